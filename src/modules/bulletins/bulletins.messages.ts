import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of recruitment bulletins (招聘信息 第N期). */
export const BULLETINS_MESSAGES = {
  'bulletin.positions_required': { 'zh-CN': '请至少选择一个岗位', en: 'Choose at least one position' },
  'bulletin.duplicate_position': { 'zh-CN': '该岗位已在列表中', en: 'This position is already in the list' },
  'bulletin.positions_unavailable': {
    'zh-CN': '以下岗位不存在、不属于本园区或未发布：{ids}',
    en: 'These positions do not exist, are outside your zone or are not published: {ids}',
  },
  'bulletin.contact_required': { 'zh-CN': '请至少填写一个联系方式', en: 'Give at least one contact point' },
  'bulletin.not_editable': {
    'zh-CN': '已发布的招聘信息不能修改，请先撤回',
    en: 'A published bulletin cannot be changed; withdraw it first',
  },
  'bulletin.already_published': { 'zh-CN': '该期招聘信息已发布', en: 'This issue is already published' },
  'bulletin.not_published': { 'zh-CN': '该期招聘信息未发布，无需撤回', en: 'This issue is not published, so it cannot be withdrawn' },
} satisfies Catalogue;
