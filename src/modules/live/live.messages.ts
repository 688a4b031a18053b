import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of live-streamed recruitment (网络直播带岗). */
export const LIVE_MESSAGES = {
  'live.stream_url_https': { 'zh-CN': '直播地址须为 https:// 开头的网址', en: 'The stream address must be an https:// URL' },
  'live.ends_before_starts': { 'zh-CN': '结束时间须晚于开始时间', en: 'The end must be after the start' },
  'live.host_type': { 'zh-CN': '主办单位须为本园区的企业或学校', en: 'The host must be an enterprise or school of this zone' },
  'live.position_not_found': { 'zh-CN': '不是本园区的岗位', en: 'Not a position of this zone' },
  'live.position_not_published': { 'zh-CN': '该岗位未发布或已截止', en: 'This position is not published or has closed' },
  'live.position_not_own': { 'zh-CN': '企业只能推介本单位的岗位', en: 'An enterprise features only its own positions' },
  'live.position_repeated': { 'zh-CN': '同一岗位在串词单中只能出现一次', en: 'A position appears on the run-sheet once' },
  'live.items_locked': { 'zh-CN': '直播开始后不能再修改串词单', en: 'The run-sheet cannot change once the session has started' },
  'live.wrong_status': { 'zh-CN': '直播当前状态为“{status}”，不能执行此操作', en: 'The session is {status}; this is not possible now' },
  'live.item_not_on_run_sheet': { 'zh-CN': '不是本场直播串词单中的岗位', en: 'Not an item of this session’s run-sheet' },
  'live.position_not_on_run_sheet': { 'zh-CN': '该岗位不在本场直播的串词单中', en: 'This position is not on the session’s run-sheet' },
  'live.not_on_air': { 'zh-CN': '直播未在进行中，暂不能投递', en: 'The session is not live; applications open while it is on air' },
  'live.answer_required': { 'zh-CN': '文字回答须填写回答内容', en: 'A text answer needs the answer' },
} satisfies Catalogue;
