import type ExcelJS from 'exceljs';
import type { Locale } from '../../platform/i18n/messages';
import { translate } from '../../platform/i18n/messages';
import { parseLooseDate } from '../../platform/dates';
import { type ZodIssueLike, zodIssueToField } from '../../platform/errors';
import { cellText, type SheetColumn } from '../../platform/spreadsheet';
import type { OrganisationRow } from './organisations.repository';
import { type CreateOrganisationInput, createOrganisationBody } from './organisations.schemas';
import { checkOrganisationRules } from './organisations.service';
import { codeFromLabel, COUNCIL_ROLE_LABELS, INDUSTRY_LABELS, TYPE_LABELS } from './organisations.vocabulary';
import { findRegionByName, regionName } from './regions';

export const ORGANISATION_COLUMNS: readonly SheetColumn[] = [
  { key: 'name', header: '单位名称', headerEn: 'Name', width: 36, required: true },
  { key: 'shortName', header: '简称', headerEn: 'Short name', width: 14 },
  { key: 'type', header: '单位类型', headerEn: 'Type', width: 12, required: true },
  { key: 'creditCode', header: '统一社会信用代码', headerEn: 'Credit code', width: 22, required: true },
  { key: 'regionCode', header: '行政区划', headerEn: 'Region', width: 14, required: true },
  { key: 'address', header: '地址', headerEn: 'Address', width: 30 },
  { key: 'industry', header: '行业', headerEn: 'Industry', width: 14, required: true },
  { key: 'councilRole', header: '理事会职务', headerEn: 'Council role', width: 14 },
  { key: 'joinedOn', header: '入会日期', headerEn: 'Joined on', width: 12 },
  { key: 'isHighTech', header: '高新技术企业', headerEn: 'High-tech enterprise', width: 12 },
  { key: 'isTechSme', header: '科技型中小企业', headerEn: 'Tech SME', width: 12 },
  { key: 'contactName', header: '联系人', headerEn: 'Contact', width: 10 },
  { key: 'contactPhone', header: '联系电话', headerEn: 'Contact phone', width: 16 },
  { key: 'contactEmail', header: '联系邮箱', headerEn: 'Contact e-mail', width: 22 },
  { key: 'website', header: '网站', headerEn: 'Website', width: 22 },
  { key: 'description', header: '简介', headerEn: 'Description', width: 40 },
];

export const EXPORT_COLUMNS: readonly SheetColumn[] = [
  ...ORGANISATION_COLUMNS,
  { key: 'regionName', header: '所在地区', headerEn: 'Region name', width: 24 },
  { key: 'isActive', header: '状态', headerEn: 'Status', width: 8 },
];

export const TEMPLATE_NOTES = [
  '带 * 的列必填。每行一个单位；导入时所有行校验通过才会写入，任何一行有错误则整个文件都不导入。',
  'Columns marked * are required. One organisation per row; nothing is written unless every row is valid.',
  `单位类型：${Object.values(TYPE_LABELS).map((l) => l.zh).join('、')}`,
  `行业：${Object.values(INDUSTRY_LABELS).map((l) => l.zh).join('、')}`,
  `理事会职务（非理事会成员留空）：${Object.values(COUNCIL_ROLE_LABELS).map((l) => l.zh).join('、')}；填写职务时须填写入会日期。`,
  '行政区划：6 位国家标准代码（GB/T 2260，如 532301）或区县名称（如 楚雄市）。',
  '统一社会信用代码：18 位，系统会校验第 18 位校验码（GB 32100）。',
  '日期：2023-06-01、2023/6/1、2023年6月1日 或 Excel 日期格式均可。是/否 列填“是”或“否”。',
];

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

function toBoolean(value: ExcelJS.CellValue): boolean | string {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).normalize('NFKC').trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return text;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

/** Turns one sheet row into the create-body shape, mapping labels to codes; the schema then validates it. */
export function rowToOrganisationInput(values: Record<string, ExcelJS.CellValue>): Record<string, unknown> {
  const text = (key: string) => cellText(values[key] ?? null).normalize('NFKC').trim();
  const region = text('regionCode');
  const joined = values.joinedOn ?? null;
  return {
    name: text('name'),
    shortName: orNull(text('shortName')),
    type: codeFromLabel(TYPE_LABELS, text('type')) ?? text('type'),
    creditCode: text('creditCode'),
    regionCode: /^\d{6}$/.test(region) ? region : (findRegionByName(region) ?? region),
    address: orNull(text('address')),
    industry: codeFromLabel(INDUSTRY_LABELS, text('industry')) ?? text('industry'),
    councilRole: text('councilRole') === '' ? null : (codeFromLabel(COUNCIL_ROLE_LABELS, text('councilRole')) ?? text('councilRole')),
    joinedOn: cellText(joined) === '' ? null : (parseLooseDate(joined) ?? text('joinedOn')),
    isHighTech: toBoolean(values.isHighTech ?? null),
    isTechSme: toBoolean(values.isTechSme ?? null),
    contactName: orNull(text('contactName')),
    contactPhone: orNull(text('contactPhone')),
    contactEmail: orNull(text('contactEmail')),
    website: orNull(text('website')),
    description: orNull(text('description')),
  };
}

export type RowIssue = { row: number; column: string; message: string };

/** Validates one row with the same schema and rules as the create API; issues name the column header. */
export function validateOrganisationRow(
  locale: Locale,
  rowNumber: number,
  values: Record<string, ExcelJS.CellValue>,
): { input?: CreateOrganisationInput; issues: RowIssue[] } {
  const header = (key: string) => {
    const column = ORGANISATION_COLUMNS.find((c) => c.key === key);
    return column ? (locale === 'en' ? column.headerEn : column.header) : key;
  };
  const raw = rowToOrganisationInput(values);
  const parsed = createOrganisationBody.safeParse(raw);
  const issues: RowIssue[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = zodIssueToField(issue as unknown as ZodIssueLike);
      issues.push({ row: rowNumber, column: header(field.path.split('.')[0] ?? ''), message: translate(locale, field.message, field.params) });
    }
  }
  // Cross-field rules too, so that one pass over the file reports everything wrong with the row.
  for (const f of checkOrganisationRules(parsed.success ? parsed.data : (raw as Parameters<typeof checkOrganisationRules>[0]))) {
    const column = header(f.path);
    if (!issues.some((i) => i.column === column)) issues.push({ row: rowNumber, column, message: translate(locale, f.message, f.params) });
  }
  return issues.length || !parsed.success ? { issues } : { input: parsed.data, issues };
}

export function organisationToSheetRow(row: OrganisationRow, locale: Locale): Record<string, string | number | boolean | null> {
  const label = (labels: Record<string, { zh: string; en: string }>, code: string | null) =>
    code ? (locale === 'en' ? labels[code]?.en : labels[code]?.zh) ?? code : null;
  const yesNo = (v: boolean) => (locale === 'en' ? (v ? 'Yes' : 'No') : v ? '是' : '否');
  return {
    name: row.name,
    shortName: row.shortName,
    type: label(TYPE_LABELS, row.type),
    creditCode: row.creditCode,
    regionCode: row.regionCode,
    address: row.address,
    industry: label(INDUSTRY_LABELS, row.industry),
    councilRole: label(COUNCIL_ROLE_LABELS, row.councilRole),
    joinedOn: row.joinedOn,
    isHighTech: yesNo(row.isHighTech),
    isTechSme: yesNo(row.isTechSme),
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    website: row.website,
    description: row.description,
    regionName: regionName(row.regionCode) ?? null,
    isActive: locale === 'en' ? (row.isActive ? 'Active' : 'Inactive') : row.isActive ? '正常' : '已停用',
  };
}
