import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of career consultations (职业指导/咨询). */
export const CONSULTATION_MESSAGES = {
  'consultation.held_in_future': { 'zh-CN': '咨询日期不能晚于今天', en: 'The consultation date cannot be in the future' },
  'consultation.follow_up_before_held': {
    'zh-CN': '回访日期不能早于咨询日期',
    en: 'The follow-up date cannot be before the consultation date',
  },
  'period.from_after_to': { 'zh-CN': '开始日期不能晚于结束日期', en: 'The start date must not be after the end date' },
  'period.too_long': { 'zh-CN': '统计区间最长 {years} 年', en: 'The period can be at most {years} years long' },
} satisfies Catalogue;
