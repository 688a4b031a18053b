import type { Catalogue } from '../../platform/i18n/catalogue';

/** Messages of the résumé import: whole-file problems on `file`, and the row-by-row report. */
export const RESUME_IMPORT_MESSAGES = {
  'resume_import.file_required': {
    'zh-CN': '请上传 .xlsx 或 .csv 文件（文件内容作为请求体）',
    en: 'Upload an .xlsx or .csv file (the file itself as the request body)',
  },
  'resume_import.not_spreadsheet': {
    'zh-CN': '文件不是 Excel (.xlsx) 或 CSV 文件；旧版 .xls 请在 Excel/WPS 中另存为 .xlsx 后再上传',
    en: 'The file is neither an Excel (.xlsx) workbook nor a CSV file; save an old .xls file as .xlsx first',
  },
  'resume_import.bad_encoding': {
    'zh-CN': 'CSV 文件的编码无法识别，请另存为 UTF-8 或 GBK 编码',
    en: 'The CSV file’s encoding is not recognised; save it as UTF-8 or GBK',
  },
  'resume_import.csv_malformed': {
    'zh-CN': 'CSV 文件格式有误（第 {line} 行附近，如引号未闭合），请用 Excel 或 WPS 另存为 CSV 后再上传',
    en: 'The CSV file is malformed near line {line} (for example an unclosed quote); save it again as CSV from Excel or WPS',
  },
  'resume_import.empty': { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  'resume_import.no_header': {
    'zh-CN': '文件中没有表头行，请使用导入模板',
    en: 'The file has no header row; please use the import template',
  },
  'resume_import.unknown_headers': {
    'zh-CN': '表头无法识别：{headers}。请使用导入模板中的列名',
    en: 'Unrecognised headers: {headers}. Please use the column names of the import template',
  },
  'resume_import.duplicate_headers': { 'zh-CN': '表头重复：{headers}', en: 'Headers appear twice: {headers}' },
  'resume_import.missing_headers': { 'zh-CN': '缺少必需的列：{headers}', en: 'Required columns are missing: {headersEn}' },
  'resume_import.too_many_rows': { 'zh-CN': '单次最多导入 {max} 行', en: 'At most {max} rows per import' },
  'resume_import.too_large': { 'zh-CN': '文件不能超过 {max} MB', en: 'The file must not exceed {max} MB' },
  'resume_import.busy': {
    'zh-CN': '正在进行的导入过多，请稍后再试',
    en: 'Too many imports are in progress; try again later',
  },
  'resume_import.not_ready': {
    'zh-CN': '该导入正在读取、已经提交或已失败，不能提交',
    en: 'This import is still being read, already committed or failed; it cannot be committed',
  },
  'resume_import.notice': {
    'zh-CN': '导入的简历不会向企业展示，也不会用于岗位推荐，直到求职者本人同意（求职匹配授权）。',
    en: 'Imported résumés are not shown to enterprises or used for matching until the seeker consents (job-matching consent).',
  },
  // row messages
  'resume_import.name_required': { 'zh-CN': '姓名必填', en: 'The name is required' },
  'resume_import.too_long': { 'zh-CN': '最多 {max} 个字符', en: 'At most {max} characters' },
  'resume_import.id_or_phone_required': {
    'zh-CN': '身份证号和手机号至少填写一项（用于去重和联系）',
    en: 'Give the ID number or the mobile number (used to find duplicates and to reach the seeker)',
  },
  'resume_import.id_number_format': {
    'zh-CN': '身份证号应为 18 位：前 17 位为数字，最后一位为数字或 X',
    en: 'An ID number has 18 characters: 17 digits, then a digit or X',
  },
  'resume_import.id_number_as_number': {
    'zh-CN': '身份证号被 Excel 存成了数字，末几位已丢失；请将该列设为“文本”格式后重新填写',
    en: 'Excel stored the ID number as a number and lost its last digits; format the column as text and enter it again',
  },
  'resume_import.id_number_birth_date': {
    'zh-CN': '身份证号中的出生日期无效',
    en: 'The birth date inside the ID number is not a valid date',
  },
  'resume_import.id_number_check': {
    'zh-CN': '身份证号校验位错误（按前 17 位计算应为 {expected}）',
    en: 'Wrong check character in the ID number (the first 17 digits give {expected})',
  },
  'resume_import.phone_format': {
    'zh-CN': '手机号应为 11 位数字，以 1 开头',
    en: 'A mobile number has 11 digits starting with 1',
  },
  'resume_import.email_format': { 'zh-CN': '邮箱格式不正确', en: 'Invalid e-mail address' },
  'resume_import.gender': { 'zh-CN': '性别应填“男”或“女”', en: 'Gender must be 男/male or 女/female' },
  'resume_import.gender_mismatch': {
    'zh-CN': '性别与身份证号不一致',
    en: 'The gender does not match the ID number',
  },
  'resume_import.birth_date_mismatch': {
    'zh-CN': '出生日期与身份证号不一致（应为 {expected}）',
    en: 'The birth date does not match the ID number (expected {expected})',
  },
  'resume_import.date': {
    'zh-CN': '日期无法识别，可填写 2023-06-01、2023/6/1、2023年6月1日 或 Excel 日期',
    en: 'Unrecognised date: use 2023-06-01, 2023/6/1, 2023年6月1日 or an Excel date',
  },
  'resume_import.month': {
    'zh-CN': '日期无法识别，可填写 2023年6月、2023.06、2023-06-01、2023届 或 Excel 日期',
    en: 'Unrecognised date: use 2023年6月, 2023.06, 2023-06-01, 2023届 or an Excel date',
  },
  'resume_import.date_range': {
    'zh-CN': '日期应在 1950 年至 {max} 年之间',
    en: 'The date must lie between 1950 and {max}',
  },
  'resume_import.education_level': {
    'zh-CN': '学历无法识别，可填写：{options}',
    en: 'Unrecognised education level; use one of: {options}',
  },
  'resume_import.skills': {
    'zh-CN': '技能最多 {maxItems} 项，每项最多 {maxLength} 个字符',
    en: 'At most {maxItems} skills of at most {maxLength} characters each',
  },
  'resume_import.experience_years': {
    'zh-CN': '工作年限应为 0–60 的整数（可写“3年”“应届”）',
    en: 'Years of experience must be a whole number from 0 to 60 (“3年” and “应届” work too)',
  },
  'resume_import.region': {
    'zh-CN': '地区无法识别：{name}（可填写区县或市州名称，或 6 位行政区划代码）',
    en: 'Unknown region: {name} (use a county or prefecture name, or a 6-digit division code)',
  },
  'resume_import.too_many_regions': { 'zh-CN': '期望地区最多 {max} 个', en: 'At most {max} preferred regions' },
  'resume_import.salary': {
    'zh-CN': '期望月薪无法识别，可填写 5000、4000-6000、5k、1.2万 或“面议”（单位：元/月）',
    en: 'Unrecognised expected salary: use 5000, 4000-6000, 5k, 1.2万 or 面议 (yuan per month)',
  },
  'resume_import.salary_range': {
    'zh-CN': '期望月薪应在 {min}–{max} 元之间，且下限不高于上限',
    en: 'The expected monthly salary must lie between {min} and {max} yuan, minimum not above maximum',
  },
  'resume_import.phone_conflict_in_file': {
    'zh-CN': '手机号与第 {row} 行相同，但两行的身份证号不一致，无法判断是否为同一人',
    en: 'Same mobile number as row {row} but the ID numbers disagree: cannot tell whether this is the same person',
  },
  'resume_import.phone_conflict_in_pool': {
    'zh-CN': '人才库中已有使用该手机号的人员，但身份证号不一致，无法判断是否为同一人',
    en: 'The talent pool has a profile with this mobile number but another ID number: cannot tell whether this is the same person',
  },
} satisfies Catalogue;
