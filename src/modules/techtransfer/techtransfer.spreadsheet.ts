import type ExcelJS from 'exceljs';
import { parseLooseDate } from '../../platform/dates';
import { type ZodIssueLike, zodIssueToField } from '../../platform/errors';
import { type Locale, type MessageKey, translate } from '../../platform/i18n/messages';
import { cellText, type SheetColumn } from '../../platform/spreadsheet';
import { parseMoney } from './money';
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPE_SYNONYMS,
  LEGAL_STATUS_LABELS,
  LEGAL_STATUS_SYNONYMS,
  PATENT_TYPE_LABELS,
  PATENT_TYPE_SYNONYMS,
} from './techtransfer.codes';
import { checkPatentRules } from './techtransfer.rules';
import { type CreateContractInput, type CreatePatentInput, createContractBody, createPatentBody } from './techtransfer.schemas';

// Rows of the registries' Excel exports (专利检索/专利管理系统 and 技术合同登记系统) and of our
// templates, turned into the create-API shapes and validated with the same schemas and rules.
// Pure: the organisations of the zone are passed in; the import service adds the database checks.

export type RowIssue = { row: number; column: string; message: string };
export type SheetValues = Record<string, ExcelJS.CellValue>;
/** An organisation of the zone, matched by its full or short name. */
export type NamedOrganisation = { id: string; name: string; shortName: string | null };

/** The template's columns (written in this order), then the other headers registry exports use for them. */
export const PATENT_COLUMNS: readonly SheetColumn[] = [
  { key: 'applicationNumber', header: '申请号', headerEn: 'Application number', width: 18, required: true },
  { key: 'type', header: '专利类型', headerEn: 'Patent type', width: 10 },
  { key: 'title', header: '专利名称', headerEn: 'Title', width: 36, required: true },
  { key: 'owners', header: '专利权人', headerEn: 'Owners', width: 36, required: true },
  { key: 'inventors', header: '发明人', headerEn: 'Inventors', width: 24 },
  { key: 'filedOn', header: '申请日', headerEn: 'Filing date', width: 12, required: true },
  { key: 'grantedOn', header: '授权公告日', headerEn: 'Grant date', width: 12 },
  { key: 'legalStatus', header: '法律状态', headerEn: 'Legal status', width: 10, required: true },
  { key: 'legalStatusOn', header: '失效日', headerEn: 'Lapse date', width: 12 },
];

export const CONTRACT_COLUMNS: readonly SheetColumn[] = [
  { key: 'contractNumber', header: '合同登记编号', headerEn: 'Contract number', width: 20, required: true },
  { key: 'title', header: '合同名称', headerEn: 'Title', width: 36, required: true },
  { key: 'type', header: '合同类型', headerEn: 'Contract type', width: 10, required: true },
  { key: 'seller', header: '卖方', headerEn: 'Seller', width: 30, required: true },
  { key: 'buyer', header: '买方', headerEn: 'Buyer', width: 30, required: true },
  { key: 'amount', header: '成交金额(元)', headerEn: 'Amount (yuan)', width: 16 },
  { key: 'signedOn', header: '签订日期', headerEn: 'Signed on', width: 12 },
  { key: 'registeredOn', header: '登记日期', headerEn: 'Registered on', width: 12, required: true },
  { key: 'registry', header: '登记机构', headerEn: 'Registry', width: 26, required: true },
];

/** Columns that exports carry and the import does not need (read and ignored). */
const IGNORED = 'ignored';
const ignored = (...headers: string[]): SheetColumn[] => headers.map((header) => ({ key: IGNORED, header, headerEn: header }));
const alias = (key: string, ...headers: string[]): SheetColumn[] => headers.map((header) => ({ key, header, headerEn: header }));

/** Headers are compared after NFKC (full-width brackets become ASCII) with spaces and * removed. */
export const PATENT_READ_COLUMNS: readonly SheetColumn[] = [
  ...PATENT_COLUMNS,
  ...alias('applicationNumber', '专利号', '申请号/专利号', '专利申请号'),
  ...alias('type', '类型', '专利种类'),
  ...alias('title', '发明名称', '名称', '发明创造名称', '专利名'),
  ...alias('owners', '申请(专利权)人', '专利权人/申请人', '申请人', '权利人', '当前权利人', '专利权人(申请人)'),
  ...alias('inventors', '发明(设计)人', '发明人/设计人', '设计人'),
  ...alias('filedOn', '申请日期'),
  ...alias('grantedOn', '授权日', '授权日期', '授权公告日期'),
  ...alias('legalStatus', '当前法律状态', '法律状态/事件'),
  ...alias('legalStatusOn', '失效日期', '法律状态日', '法律状态公告日'),
  ...ignored('序号', '公开(公告)号', '公开号', '公开日', '公开(公告)日', '授权公告号', '主分类号', 'IPC分类号', '分类号', '代理机构', '代理人', '地址', '申请人地址', '摘要', '备注', '优先权'),
];

export const CONTRACT_READ_COLUMNS: readonly SheetColumn[] = [
  ...CONTRACT_COLUMNS,
  { key: 'amountWan', header: '成交金额(万元)', headerEn: 'Amount (10k yuan)' },
  ...alias('amountWan', '合同成交额(万元)', '合同金额(万元)', '成交额(万元)'),
  ...alias('amount', '合同成交额(元)', '合同金额(元)', '成交额(元)', '成交金额', '合同成交额', '合同金额'),
  ...alias('contractNumber', '登记编号', '合同编号', '合同登记号', '登记号'),
  ...alias('title', '项目名称', '合同项目名称'),
  ...alias('type', '技术合同类型', '合同类别'),
  ...alias('seller', '卖方名称', '卖方单位', '技术卖方', '卖方(技术方)'),
  ...alias('buyer', '买方名称', '买方单位', '技术买方', '买方(委托方)'),
  ...alias('signedOn', '合同签订日期', '签订日'),
  ...alias('registeredOn', '认定登记日期', '登记日'),
  ...alias('registry', '登记机构名称', '技术合同登记机构', '登记点'),
  ...ignored('序号', '技术领域', '社会经济目标', '知识产权类别', '所属行业', '技术交易额', '备注', '卖方地区', '买方地区'),
];

export const PATENT_TEMPLATE_NOTES = [
  '带 * 的列必填。每行一件专利；所有行校验通过才会导入，任何一行有错误则整个文件都不导入。',
  'Columns marked * are required. One patent per row; nothing is written unless every row is valid.',
  '申请号：2003 年起为 12 位数字加校验位（如 202310123459.X），此前为 8 位加校验位；可带 CN/ZL 前缀和空格。系统按国家知识产权局规则核对校验位。',
  `专利类型：${Object.values(PATENT_TYPE_LABELS).map((l) => l.zh).join('、')}；留空时按申请号第 5 位（1 发明、2 实用新型、3 外观设计、8/9 PCT）判断。`,
  '专利权人：多个权利人用分号（；）或顿号（、）分隔；按单位全称或简称匹配本园区成员单位，至少须有一个成员单位。',
  `法律状态：${Object.values(LEGAL_STATUS_LABELS).map((l) => l.zh).join('、')}（也可写 授权、实审、驳回、终止 等）；有效专利须填授权公告日，失效专利须填失效日。`,
  '日期：2023-06-01、2023/6/1、2023年6月1日 或 Excel 日期格式均可。',
  '也可直接导入专利检索系统导出的表格：申请(专利权)人、发明(设计)人、授权日 等列名均可识别，序号、公开号、IPC分类号等列会被忽略。',
];

export const CONTRACT_TEMPLATE_NOTES = [
  '带 * 的列必填。每行一份技术合同；所有行校验通过才会导入，任何一行有错误则整个文件都不导入。',
  'Columns marked * are required. One contract per row; nothing is written unless every row is valid.',
  `合同类型：${Object.values(CONTRACT_TYPE_LABELS).map((l) => l.zh).join('、')}。`,
  '卖方、买方：按单位全称或简称匹配本园区成员单位，至少一方须为成员单位；园区外单位照写全称。',
  '成交金额：默认单位为元，可写 1,234.56、12.3万元、1.2亿元；精确到分。登记系统导出的“成交金额(万元)”列也可识别。',
  '日期：2023-06-01、2023/6/1、2023年6月1日 或 Excel 日期格式均可。签订日期不能晚于登记日期。',
];

function text(values: SheetValues, key: string): string {
  return cellText(values[key] ?? null)
    .normalize('NFKC')
    .trim();
}

function dateOrText(values: SheetValues, key: string): string | null {
  const raw = values[key] ?? null;
  if (cellText(raw).trim() === '') return null;
  return parseLooseDate(raw) ?? text(values, key);
}

/** Names in one cell: 昆明理工大学；楚雄医药高等专科学校、云南华派药业有限公司 */
export function splitNames(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[;；、,，\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function labelCode<K extends string>(value: string, labels: Record<K, { zh: string; en: string }>, synonyms: Record<string, K>): K | undefined {
  const wanted = value.replace(/\s+/g, '');
  for (const [code, label] of Object.entries(labels) as [K, { zh: string; en: string }][]) {
    if (wanted === code || wanted === label.zh || wanted.toLowerCase() === label.en.toLowerCase()) return code;
  }
  return synonyms[wanted];
}

/** Finds an organisation of the zone by full name, then by short name. */
export function matchOrganisation(name: string, organisations: readonly NamedOrganisation[]): NamedOrganisation | undefined {
  return organisations.find((o) => o.name === name) ?? organisations.find((o) => o.shortName !== null && o.shortName === name);
}

/**
 * The application number as the cell holds it. Excel turns "201310011109.0" typed into a number
 * cell into 201310011109: a whole 12- or 8-digit number read from a number cell lost its ".0".
 */
function applicationNumberText(values: SheetValues): string {
  const raw = values.applicationNumber ?? null;
  if (typeof raw === 'number' && Number.isInteger(raw) && /^(\d{12}|\d{8})$/.test(String(raw))) return `${raw}.0`;
  return text(values, 'applicationNumber');
}

function issueList(
  locale: Locale,
  rowNumber: number,
  columns: readonly SheetColumn[],
  zodIssues: readonly unknown[],
  extra: { path: string; message: MessageKey; params?: Record<string, unknown> }[],
): RowIssue[] {
  const header = (key: string) => {
    const column = columns.find((c) => c.key === key);
    return column ? (locale === 'en' ? column.headerEn : column.header) : key;
  };
  const issues: RowIssue[] = [];
  const add = (path: string, message: MessageKey, params?: Record<string, unknown>) => {
    const column = header(path.split('.')[0] ?? '');
    if (!issues.some((i) => i.column === column)) issues.push({ row: rowNumber, column, message: translate(locale, message, params) });
  };
  for (const issue of zodIssues) {
    const field = zodIssueToField(issue as ZodIssueLike);
    add(field.path, field.message, field.params);
  }
  for (const e of extra) add(e.path, e.message, e.params);
  return issues;
}

/** One patent row: labels to codes, owner names matched to the zone's organisations, then the create schema and rules. */
export function validatePatentRow(
  locale: Locale,
  rowNumber: number,
  values: SheetValues,
  organisations: readonly NamedOrganisation[],
  today: string,
): { input?: CreatePatentInput; issues: RowIssue[] } {
  const extra: { path: string; message: MessageKey; params?: Record<string, unknown> }[] = [];
  const typeText = text(values, 'type');
  const statusText = text(values, 'legalStatus');
  const ownerNames = splitNames(text(values, 'owners'));
  const owners = ownerNames.map((name) => {
    const org = matchOrganisation(name, organisations);
    return org ? { organisationId: org.id } : { name };
  });
  if (ownerNames.length > 0 && owners.every((o) => !('organisationId' in o))) {
    extra.push({ path: 'owners', message: 'techtransfer_import.no_zone_party', params: { column: locale === 'en' ? 'Owners' : '专利权人' } });
  }
  const type = typeText === '' ? undefined : labelCode(typeText, PATENT_TYPE_LABELS, PATENT_TYPE_SYNONYMS);
  if (typeText !== '' && !type) extra.push({ path: 'type', message: 'techtransfer_import.unknown_value', params: { value: typeText } });
  const legalStatus = statusText === '' ? undefined : labelCode(statusText, LEGAL_STATUS_LABELS, LEGAL_STATUS_SYNONYMS);
  if (statusText !== '' && !legalStatus) extra.push({ path: 'legalStatus', message: 'techtransfer_import.unknown_value', params: { value: statusText } });
  const raw = {
    applicationNumber: applicationNumberText(values),
    type: type ?? (typeText === '' ? undefined : 'invalid'),
    title: text(values, 'title'),
    owners,
    inventors: splitNames(text(values, 'inventors')),
    filedOn: dateOrText(values, 'filedOn') ?? undefined,
    grantedOn: dateOrText(values, 'grantedOn'),
    legalStatus: legalStatus ?? (statusText === '' ? undefined : 'invalid'),
    legalStatusOn: dateOrText(values, 'legalStatusOn'),
  };
  // A blank type follows the number's type digit (1/8 invention, 2/9 utility model, 3 design).
  if (raw.type === undefined) {
    const parsedNumber = createPatentBody.shape.applicationNumber.safeParse(raw.applicationNumber);
    raw.type = parsedNumber.success ? numberType(parsedNumber.data) : 'invention';
  }
  const parsed = createPatentBody.safeParse(raw);
  const zodIssues = parsed.success ? [] : parsed.error.issues.filter((i) => !extra.some((e) => e.path === String(i.path[0])));
  if (parsed.success) extra.push(...checkPatentRules(parsed.data, today));
  const issues = issueList(locale, rowNumber, PATENT_COLUMNS, zodIssues, extra);
  return issues.length || !parsed.success ? { issues } : { input: parsed.data, issues };
}

function numberType(canonical: string): 'invention' | 'utility_model' | 'design' {
  const digits = canonical.split('.')[0] ?? '';
  const digit = digits.length === 12 ? digits[4] : digits[2];
  return digit === '2' || digit === '9' ? 'utility_model' : digit === '3' ? 'design' : 'invention';
}

/** One contract row: the amount read exactly (元 by default, 万元 from a 万元 column), parties matched by name. */
export function validateContractRow(
  locale: Locale,
  rowNumber: number,
  values: SheetValues,
  organisations: readonly NamedOrganisation[],
  today: string,
): { input?: CreateContractInput; issues: RowIssue[] } {
  const extra: { path: string; message: MessageKey; params?: Record<string, unknown> }[] = [];
  const party = (key: 'seller' | 'buyer') => {
    const name = text(values, key);
    const org = name ? matchOrganisation(name, organisations) : undefined;
    return org ? { organisationId: org.id } : { name };
  };
  const seller = party('seller');
  const buyer = party('buyer');
  if (text(values, 'seller') && text(values, 'buyer') && !('organisationId' in seller) && !('organisationId' in buyer)) {
    extra.push({ path: 'seller', message: 'techtransfer_import.no_zone_party', params: { column: locale === 'en' ? 'Seller and buyer' : '卖方和买方' } });
  } else if ('organisationId' in seller && 'organisationId' in buyer && seller.organisationId === buyer.organisationId) {
    extra.push({ path: 'buyer', message: 'tech_contract.same_party' });
  }
  const typeText = text(values, 'type');
  const type = labelCode(typeText, CONTRACT_TYPE_LABELS, CONTRACT_TYPE_SYNONYMS);
  if (typeText !== '' && !type) extra.push({ path: 'type', message: 'techtransfer_import.unknown_value', params: { value: typeText } });
  // The amount is parsed here with the column's unit, then handed to the schema as exact 元 text.
  const amountCell = cellText(values.amount ?? null).trim() !== '' ? { raw: values.amount, unit: 'yuan' as const } : { raw: values.amountWan, unit: 'wan' as const };
  let amount: string | undefined;
  if (amountCell.raw !== undefined && amountCell.raw !== null && cellText(amountCell.raw).trim() !== '') {
    const value = typeof amountCell.raw === 'number' ? amountCell.raw : cellText(amountCell.raw);
    const money = parseMoney(value, amountCell.unit);
    if (money.ok) amount = `${Math.trunc(money.fen / 100)}.${String(money.fen % 100).padStart(2, '0')}`;
    else extra.push({ path: 'amount', message: `money.${money.problem}` });
  }
  const raw = {
    contractNumber: text(values, 'contractNumber'),
    title: text(values, 'title'),
    type: type ?? (typeText === '' ? undefined : typeText),
    seller,
    buyer,
    amount,
    signedOn: dateOrText(values, 'signedOn'),
    registeredOn: dateOrText(values, 'registeredOn') ?? undefined,
    registry: text(values, 'registry'),
  };
  const parsed = createContractBody.safeParse(raw);
  const zodIssues = parsed.success ? [] : parsed.error.issues.filter((i) => !extra.some((e) => e.path === String(i.path[0])));
  if (parsed.success) {
    if (parsed.data.registeredOn > today) extra.push({ path: 'registeredOn', message: 'techtransfer.date_in_future' });
    if (parsed.data.signedOn && parsed.data.signedOn > parsed.data.registeredOn) extra.push({ path: 'signedOn', message: 'tech_contract.signed_after_registered' });
  }
  const issues = issueList(locale, rowNumber, CONTRACT_COLUMNS, zodIssues, extra);
  return issues.length || !parsed.success ? { issues } : { input: parsed.data, issues };
}
