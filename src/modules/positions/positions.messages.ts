import type { Catalogue } from '../../platform/i18n/catalogue';

export const POSITION_MESSAGES = {
  'position.salary_range': { 'zh-CN': '最低月薪不能高于最高月薪', en: 'The minimum salary cannot exceed the maximum' },
  'position.not_enterprise': { 'zh-CN': '只有企业可以发布岗位', en: 'Only enterprises post positions' },
  'position.organisation_required': {
    'zh-CN': '代企业录入岗位时须选择企业',
    en: 'Choose the enterprise when recording a position on its behalf',
  },
  'position.closing_in_past': { 'zh-CN': '截止日期不能早于今天', en: 'The closing date cannot be in the past' },
  'position.wrong_status': {
    'zh-CN': '岗位当前状态为“{status}”，不能执行此操作',
    en: 'The position is “{status}”; this action is not possible now',
  },
  'position.not_open': { 'zh-CN': '该岗位未在招聘中', en: 'This position is not open for applications' },
  'application.profile_required': {
    'zh-CN': '请先完善求职者资料（简历）再申请',
    en: 'Complete your job-seeker profile (résumé) before applying',
  },
  'application.already_applied': { 'zh-CN': '您已申请过该岗位', en: 'You have already applied for this position' },
  'application.wrong_transition': {
    'zh-CN': '申请状态不能从“{from}”变为“{to}”',
    en: 'An application cannot move from “{from}” to “{to}”',
  },
} satisfies Catalogue;
