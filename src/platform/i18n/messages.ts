// Server-side messages (errors and field messages) in every language Qiao speaks. The web app's
// own strings live in web/src/i18n; these are the ones the API itself returns.
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

import { POSITION_MESSAGES } from '../../modules/positions/positions.messages';
import { CONSULTATION_MESSAGES } from '../../modules/consultations/consultations.messages';
import { TALENT_MESSAGES } from '../../modules/talent/talent.messages';
import { RESUME_IMPORT_MESSAGES } from '../../modules/talent/resume-import.messages';
import { BULLETINS_MESSAGES } from '../../modules/bulletins/bulletins.messages';
import { MATCHING_MESSAGES } from '../../modules/matching/matching.messages';
import { NOTIFICATION_MESSAGES } from '../../modules/notifications/notifications.messages';
import { INNOVATION_MESSAGES } from '../../modules/innovation/innovation.messages';
import { TRAINING_MESSAGES } from '../../modules/training/training.messages';
import { TECHTRANSFER_MESSAGES } from '../../modules/techtransfer/techtransfer.messages';
import { GOVERNANCE_MESSAGES } from '../../modules/governance/governance.messages';
import { FAIR_INTENT_MESSAGES } from '../../modules/fairs/fair-intents.messages';
import { FAIRS_MESSAGES } from '../../modules/fairs/fairs.messages';
import { LIVE_MESSAGES } from '../../modules/live/live.messages';
import type { Catalogue } from './catalogue';

/** Messages of the platform itself; each module adds its own in `<module>.messages.ts`, merged below. */
const PLATFORM_MESSAGES = {
  // error codes
  validation_failed: { 'zh-CN': '提交的数据有误，请检查标出的字段', en: 'Some fields are invalid; please check them' },
  bad_request: { 'zh-CN': '请求格式有误', en: 'The request is malformed' },
  malformed_json: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  session_expired: { 'zh-CN': '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  invalid_credentials: { 'zh-CN': '账号或密码错误', en: 'Wrong account or password' },
  totp_required: { 'zh-CN': '请输入身份验证器中的 6 位动态码', en: 'Enter the 6-digit code from your authenticator app' },
  totp_invalid: { 'zh-CN': '动态码不正确', en: 'The authenticator code is wrong' },
  account_locked: {
    'zh-CN': '连续登录失败次数过多，账号已锁定 {minutes} 分钟',
    en: 'Too many failed sign-ins; the account is locked for {minutes} minutes',
  },
  account_disabled: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  restricted_session: {
    'zh-CN': '请先完成安全设置（启用双因素认证或修改密码）',
    en: 'Finish the security set-up first (enable two-factor sign-in or change your password)',
  },
  forbidden: { 'zh-CN': '没有权限执行此操作', en: 'You are not allowed to do this' },
  csrf_failed: { 'zh-CN': '安全校验失败，请刷新页面后重试', en: 'Security check failed; reload the page and try again' },
  not_found: { 'zh-CN': '未找到该记录', en: 'Not found' },
  route_not_found: { 'zh-CN': '接口不存在', en: 'No such endpoint' },
  conflict: { 'zh-CN': '与现有数据冲突', en: 'Conflicts with existing data' },
  stale_version: {
    'zh-CN': '该记录已被他人修改，请刷新后再保存',
    en: 'Someone else changed this record; reload it before saving',
  },
  payload_too_large: { 'zh-CN': '提交的内容过大', en: 'The request body is too large' },
  rate_limited: { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  internal: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
  import_failed: {
    'zh-CN': '导入文件有 {count} 处错误，未导入任何数据',
    en: 'The file has {count} errors; nothing was imported',
  },
  // field messages
  'field.required': { 'zh-CN': '必填', en: 'Required' },
  'field.invalid_type': { 'zh-CN': '类型不正确，应为{expected}', en: 'Wrong type: expected {expected}' },
  'field.too_short': { 'zh-CN': '至少 {minimum} 个字符', en: 'At least {minimum} characters' },
  'field.too_long': { 'zh-CN': '最多 {maximum} 个字符', en: 'At most {maximum} characters' },
  'field.too_small': { 'zh-CN': '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  'field.too_big': { 'zh-CN': '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  'field.invalid_value': { 'zh-CN': '取值不在允许范围内：{options}', en: 'Must be one of: {options}' },
  'field.invalid_format': { 'zh-CN': '格式不正确', en: 'Invalid format' },
  'field.invalid_email': { 'zh-CN': '邮箱格式不正确', en: 'Invalid e-mail address' },
  'field.invalid_date': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' },
  'field.unknown_key': { 'zh-CN': '不支持的字段', en: 'Unknown field' },
  'field.invalid': { 'zh-CN': '取值无效', en: 'Invalid value' },
  'credit_code.format': {
    'zh-CN': '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）',
    en: 'A unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)',
  },
  'credit_code.check': {
    'zh-CN': '统一社会信用代码校验位错误（应为 {expected}）',
    en: 'Wrong check character in the unified social credit code (expected {expected})',
  },
  'credit_code.taken': { 'zh-CN': '该统一社会信用代码已登记', en: 'This credit code is already registered' },
  'region.unknown': { 'zh-CN': '不是有效的行政区划代码', en: 'Not a valid administrative division code' },
  'phone.format': { 'zh-CN': '手机号应为 11 位，以 1 开头', en: 'A mobile number has 11 digits starting with 1' },
  'phone.taken': { 'zh-CN': '该手机号已注册', en: 'This mobile number is already registered' },
  'username.format': {
    'zh-CN': '用户名为 3–32 位字母、数字、下划线、点或连字符，以字母开头',
    en: 'A user name has 3–32 letters, digits, _ . or -, starting with a letter',
  },
  'username.taken': { 'zh-CN': '该用户名已被使用', en: 'This user name is taken' },
  'email.taken': { 'zh-CN': '该邮箱已被使用', en: 'This e-mail address is taken' },
  'password.too_short': { 'zh-CN': '密码至少 8 位', en: 'The password needs at least 8 characters' },
  'password.classes': {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少 3 类',
    en: 'The password needs 3 of: upper-case, lower-case, digits, symbols',
  },
  'password.common': { 'zh-CN': '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  'password.same_as_username': { 'zh-CN': '密码不能包含用户名', en: 'The password must not contain the user name' },
  'password.wrong_current': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  'organisation.role_needs_org': {
    'zh-CN': '该角色的账号必须属于一个单位',
    en: 'Accounts with this role must belong to an organisation',
  },
  'organisation.inactive': { 'zh-CN': '该单位已停用', en: 'This organisation is deactivated' },
  'joined_on.requires_council_role': {
    'zh-CN': '填写入会日期时须选择理事会职务',
    en: 'A joining date needs a council role',
  },
  'council_role.requires_joined_on': {
    'zh-CN': '理事会成员须填写入会日期',
    en: 'A council member needs a joining date',
  },
  'import.not_spreadsheet': {
    'zh-CN': '文件不是有效的 Excel (.xlsx) 文件',
    en: 'The file is not a valid Excel (.xlsx) workbook',
  },
  'import.empty': { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  'import.unknown_headers': {
    'zh-CN': '表头无法识别：{headers}。请使用导入模板',
    en: 'Unrecognised headers: {headers}. Please use the import template',
  },
  'import.missing_headers': {
    'zh-CN': '缺少必需的列：{headers}',
    en: 'Required columns are missing: {headers}',
  },
  'import.duplicate_in_file': {
    'zh-CN': '与第 {row} 行的统一社会信用代码重复',
    en: 'Same credit code as row {row}',
  },
  'import.too_many_rows': { 'zh-CN': '单次最多导入 {max} 行', en: 'At most {max} rows per import' },
} satisfies Catalogue;

export const MESSAGES = {
  ...PLATFORM_MESSAGES,
  ...TALENT_MESSAGES,
  ...RESUME_IMPORT_MESSAGES,
  ...CONSULTATION_MESSAGES,
  ...POSITION_MESSAGES,
  ...BULLETINS_MESSAGES,
  ...MATCHING_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...INNOVATION_MESSAGES,
  ...TRAINING_MESSAGES,
  ...TECHTRANSFER_MESSAGES,
  ...GOVERNANCE_MESSAGES,
  ...FAIR_INTENT_MESSAGES,
  ...FAIRS_MESSAGES,
  ...LIVE_MESSAGES,
};

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, unknown> = {}): string {
  const template = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Picks zh-CN unless the Accept-Language header prefers English. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
