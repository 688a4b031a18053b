import type { Catalogue } from '../../platform/i18n/catalogue';

export const MATCHING_MESSAGES = {
  'matching.weights_all_zero': { 'zh-CN': '至少一项权重须大于 0', en: 'At least one weight must be above 0' },
  'matching.seeker_not_eligible': {
    'zh-CN': '该求职者未同意求职匹配、已关闭自动推荐或不在本区域，不能推荐',
    en: 'This seeker has not consented to job matching, switched automated recommendation off, or is outside your zone',
  },
  'matching.already_recommended': {
    'zh-CN': '该求职者已申请或已被推荐到此岗位',
    en: 'This seeker has already applied or been recommended for this position',
  },
  'matching.duplicate_seeker': { 'zh-CN': '同一求职者不能重复出现', en: 'The same seeker appears twice' },
  'matching.position_not_open': { 'zh-CN': '岗位未在招聘中，不能推荐', en: 'The position is not open; no recommendations can be made' },
  'matching.positions_not_open': {
    'zh-CN': '所选岗位中有未在招聘中或不属于本区域的岗位',
    en: 'Some chosen positions are not open or not in your zone',
  },
  'matching.allocation_not_draft': { 'zh-CN': '该分配方案已处理，不能再次审批', en: 'This allocation has already been decided' },
  'matching.allocation_unknown_seeker': {
    'zh-CN': '排除的求职者不在该分配结果中',
    en: 'An excluded seeker is not in this allocation’s result',
  },
  'matching.profile_required': { 'zh-CN': '请先完善求职者资料（简历）', en: 'Complete your job-seeker profile (résumé) first' },
} satisfies Catalogue;
