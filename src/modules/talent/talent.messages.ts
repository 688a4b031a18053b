import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of the talent pool: profiles, personal data and consent. */
export const TALENT_MESSAGES = {
  'id_number.format': {
    'zh-CN': '身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X',
    en: 'A national ID number has 18 characters: 17 digits, then a digit or X',
  },
  'id_number.birth_date': { 'zh-CN': '身份证号码中的出生日期无效', en: 'The birth date inside the ID number is not a valid date' },
  'id_number.check': {
    'zh-CN': '身份证号码校验位错误（应为 {expected}）',
    en: 'Wrong check character in the ID number (expected {expected})',
  },
  'id_number.taken': { 'zh-CN': '该身份证号码已在人才库中', en: 'A profile with this ID number is already in the talent pool' },
  'id_number.birth_date_mismatch': {
    'zh-CN': '出生日期与身份证号码不一致（应为 {expected}）',
    en: 'The birth date does not match the ID number (expected {expected})',
  },
  'id_number.gender_mismatch': { 'zh-CN': '性别与身份证号码不一致', en: 'The gender does not match the ID number' },
  'seeker.phone_taken': { 'zh-CN': '该手机号已在人才库中', en: 'A profile with this mobile number is already in the talent pool' },
  'seeker.birth_date_range': {
    'zh-CN': '出生日期应在 1900-01-01 至今天之间',
    en: 'The birth date must be between 1900-01-01 and today',
  },
  'seeker.salary_min_above_max': {
    'zh-CN': '期望薪资下限不能高于上限',
    en: 'The expected salary minimum must not exceed the maximum',
  },
  'seeker.end_before_start': { 'zh-CN': '结束日期不能早于开始日期', en: 'The end date must not be before the start date' },
  'seeker.erased': {
    'zh-CN': '该求职者已删除其个人信息，档案不可再修改',
    en: 'This seeker has erased their personal information; the profile can no longer be changed',
  },
  'seeker.profile_required': { 'zh-CN': '请先保存求职档案', en: 'Save your profile first' },
  'disability.consent_required': {
    'zh-CN': '残疾信息属于敏感个人信息，须经求职者单独同意（勾选同意）后方可填写',
    en: 'Disability information is sensitive personal information: it needs the seeker’s separate consent (tick the consent box)',
  },
  'disability.category_without_disability': {
    'zh-CN': '未选择“有残疾”时不能填写残疾类别',
    en: 'A disability category needs “has a disability”',
  },
  'consent.organisation_required': {
    'zh-CN': '请选择接收简历的企业',
    en: 'Choose the enterprise that receives the résumé',
  },
  'consent.organisation_not_allowed': {
    'zh-CN': '只有“向指定企业提供简历”需要选择企业',
    en: 'Only “share with a named enterprise” takes an enterprise',
  },
  'consent.organisation_invalid': {
    'zh-CN': '所选单位不存在、已停用或不是企业',
    en: 'The chosen organisation does not exist, is deactivated or is not an enterprise',
  },
  'export.too_many_rows': {
    'zh-CN': '符合条件的记录超过 {max} 条，请缩小筛选范围后再导出',
    en: 'More than {max} records match; narrow the filters before exporting',
  },
} satisfies Catalogue;
