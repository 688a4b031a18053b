import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of booth intents, fair statistics, the follow-up and the satisfaction survey. */
export const FAIR_INTENT_MESSAGES = {
  'fairs.intent.ticket_or_registration': {
    'zh-CN': '请填写门票码或报名记录（二选一）',
    en: 'Give either the ticket code or the registration, not both',
  },
  'fairs.intent.unknown_ticket': { 'zh-CN': '门票码无效', en: 'No such ticket' },
  'fairs.intent.ticket_cancelled': { 'zh-CN': '该门票已取消', en: 'This ticket was cancelled' },
  'fairs.intent.ticket_other_fair': { 'zh-CN': '该门票不是本场招聘会的', en: 'This ticket is for another fair' },
  'fairs.intent.position_not_on_booth': { 'zh-CN': '该岗位不在本展位的招聘岗位中', en: 'This position is not offered at this booth' },
  'fairs.intent.accommodation_not_special': {
    'zh-CN': '仅残疾人专场可登记无障碍支持需求',
    en: 'Accommodation needs are shared only at fairs for people with disabilities',
  },
  'fairs.intent.profile_required': { 'zh-CN': '请先完善个人简历', en: 'Complete your résumé first' },
  'fairs.intent.fair_not_open': { 'zh-CN': '该招聘会未发布或已取消', en: 'This fair is not published or was cancelled' },
  'fairs.intent.booth_not_approved': { 'zh-CN': '该展位尚未通过审核', en: 'This booth is not approved' },
  'fairs.survey.not_over': { 'zh-CN': '招聘会结束后才能发送满意度调查', en: 'The survey can be sent once the fair is over' },
  'fairs.survey.already_sent': { 'zh-CN': '满意度调查已发送过', en: 'The survey was already sent' },
  'fairs.survey.not_open': { 'zh-CN': '本场招聘会的满意度调查尚未开放', en: 'This fair’s survey is not open' },
} satisfies Catalogue;
