import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of the innovation index (创新指数) and its loans (创新指数贷). */
export const INNOVATION_MESSAGES = {
  'innovation.weights_total': {
    'zh-CN': '各因子权重之和须为 {expected}（当前为 {total}）',
    en: 'The factor weights must add up to {expected} (now {total})',
  },
  'innovation.cap_required': { 'zh-CN': '封顶或对数归一化须填写大于 0 的上限', en: 'A cap or log normalisation needs a cap above 0' },
  'innovation.not_enterprise': { 'zh-CN': '创新指数只对企业计算', en: 'The innovation index is computed for enterprises only' },
  'innovation.year_in_future': { 'zh-CN': '年度不能晚于今年', en: 'The year cannot be after this year' },
  'innovation.rd_staff_above_total': {
    'zh-CN': '研发人员数不能多于职工总数',
    en: 'R&D staff cannot outnumber the total staff',
  },
  'innovation.rd_input_exists': {
    'zh-CN': '本单位 {year} 年度的研发投入已填报，请修改原记录',
    en: 'R&D inputs for {year} are already recorded; edit that record instead',
  },
  'innovation.amount_format': {
    'zh-CN': '金额须为以“分”计的正整数',
    en: 'An amount is a positive whole number of fen',
  },
  'loan.consent_required': {
    'zh-CN': '须同意向所选银行共享本单位创新指数后才能申请',
    en: 'You must agree to share your innovation index with the chosen bank to apply',
  },
  'loan.not_bank': { 'zh-CN': '所选单位不是合作银行', en: 'The chosen organisation is not a partner bank' },
  'loan.not_enterprise': { 'zh-CN': '只有企业可以申请创新指数贷', en: 'Only enterprises apply for innovation-index loans' },
  'loan.wrong_status': {
    'zh-CN': '贷款申请当前状态为“{status}”，不能执行此操作',
    en: 'The loan application is “{status}”; this action is not possible now',
  },
  'loan.approved_above_requested': {
    'zh-CN': '批准金额不能高于申请金额',
    en: 'The approved amount cannot exceed the amount requested',
  },
  'loan.disbursement_above_approved': {
    'zh-CN': '累计放款不能超过批准金额（尚可放款 {remaining} 元）',
    en: 'Total disbursements cannot exceed the approved amount ({remaining} yuan remain)',
  },
  'loan.disbursed_before_approval': {
    'zh-CN': '放款日期不能早于批准日期 {decidedOn}',
    en: 'The disbursement date cannot be before the approval date {decidedOn}',
  },
  'loan.date_in_future': { 'zh-CN': '日期不能晚于今天', en: 'The date cannot be in the future' },
  'loan.consent_text': {
    'zh-CN': '本单位同意将 {year} 年度创新指数（{score} 分）及其构成明细共享给 {bank}，用于创新指数贷审批。',
    en: 'We agree to share our {year} innovation index ({score} points) and its breakdown with {bank} for the review of this innovation-index loan.',
  },
} satisfies Catalogue;
