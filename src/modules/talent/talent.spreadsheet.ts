import ExcelJS from 'exceljs';
import { type Actor, can } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { maskPhone } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import type { Locale } from '../../platform/i18n/messages';
import { maskIdNumber, normaliseIdNumber } from '../../platform/id-number';
import { normalisePhone } from '../../platform/validation';
import { type SheetColumn, writeSheet } from '../../platform/spreadsheet';
import { CONSULTATION_TOPIC_LABELS } from '../consultations/consultations.codes';
import { regionName } from '../organisations/regions';
import { EDUCATION_LABELS_ZH, type EducationLevel } from '../positions/positions.codes';
import {
  CONSENT_PURPOSE_LABELS,
  DISABILITY_CATEGORY_LABELS,
  GENDER_LABELS,
  SEEKER_SOURCE_LABELS,
} from './talent.codes';
import * as repo from './talent.repository';
import type { SeekerRow } from './talent.repository';
import type { MyData, SeekerFilters } from './talent.schemas';
import { auditPersonalDataReads, operatorZone, seekerQueryOf } from './talent.service';
import { unsealPersonalData } from './talent.views';

export const EXPORT_MAX_ROWS = 50_000;

const EDUCATION_LABELS_EN: Record<EducationLevel, string> = {
  none: 'None',
  junior_high: 'Junior high school',
  high_school: 'High school',
  secondary_vocational: 'Secondary vocational',
  associate: 'Associate (大专)',
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

function labelOf<K extends string>(labels: Record<K, { zh: string; en: string }>, code: string | null, locale: Locale): string | null {
  if (code === null) return null;
  const label = labels[code as K] as { zh: string; en: string } | undefined;
  return label ? (locale === 'en' ? label.en : label.zh) : code;
}

function educationLabel(level: string | null, locale: Locale): string | null {
  if (level === null) return null;
  return locale === 'en' ? (EDUCATION_LABELS_EN[level as EducationLevel] ?? level) : (EDUCATION_LABELS_ZH[level as EducationLevel] ?? level);
}

export const SEEKER_EXPORT_COLUMNS: readonly SheetColumn[] = [
  { key: 'name', header: '姓名', headerEn: 'Name', width: 10 },
  { key: 'gender', header: '性别', headerEn: 'Gender', width: 6 },
  { key: 'birthDate', header: '出生日期', headerEn: 'Birth date', width: 12 },
  { key: 'idNumber', header: '身份证号码', headerEn: 'ID number', width: 22 },
  { key: 'phone', header: '手机号', headerEn: 'Mobile', width: 14 },
  { key: 'email', header: '邮箱', headerEn: 'E-mail', width: 22 },
  { key: 'educationLevel', header: '学历', headerEn: 'Education', width: 8 },
  { key: 'school', header: '毕业院校', headerEn: 'School', width: 24 },
  { key: 'major', header: '专业', headerEn: 'Major', width: 18 },
  { key: 'graduationOn', header: '毕业时间', headerEn: 'Graduated on', width: 12 },
  { key: 'skills', header: '技能', headerEn: 'Skills', width: 30 },
  { key: 'experienceYears', header: '工作年限', headerEn: 'Years of experience', width: 8 },
  { key: 'preferredRegions', header: '意向地区', headerEn: 'Preferred regions', width: 30 },
  { key: 'expectedSalaryMin', header: '期望薪资下限（元/月）', headerEn: 'Expected salary from (yuan/month)', width: 12 },
  { key: 'expectedSalaryMax', header: '期望薪资上限（元/月）', headerEn: 'Expected salary to (yuan/month)', width: 12 },
  { key: 'availableFrom', header: '可到岗日期', headerEn: 'Available from', width: 12 },
  { key: 'source', header: '来源', headerEn: 'Source', width: 10 },
  { key: 'createdAt', header: '登记时间', headerEn: 'Registered at', width: 12 },
];

function seekerToSheetRow(row: SeekerRow, idNumber: string | null, phone: string | null, locale: Locale) {
  return {
    name: row.name,
    gender: labelOf(GENDER_LABELS, row.gender, locale),
    birthDate: row.birthDate,
    idNumber,
    phone,
    email: row.email,
    educationLevel: educationLabel(row.educationLevel, locale),
    school: row.school,
    major: row.major,
    graduationOn: row.graduationOn,
    skills: row.skills.join('、'),
    experienceYears: row.experienceYears,
    preferredRegions: row.preferredRegions.map((code) => regionName(code) ?? code).join('；'),
    expectedSalaryMin: row.expectedSalaryMin,
    expectedSalaryMax: row.expectedSalaryMax,
    availableFrom: row.availableFrom,
    source: labelOf(SEEKER_SOURCE_LABELS, row.source, locale),
    createdAt: row.createdAt.toISOString().slice(0, 10),
  };
}

/**
 * The operator's zone's seekers matching the list filters, as xlsx. Phone and ID number are masked
 * unless `full` is asked for by a holder of 'seeker.personal_data'; then each exported seeker's
 * full-value read is audited like a single one.
 */
export async function exportSeekers(
  ctx: AppContext,
  actor: Actor,
  filters: SeekerFilters & { full?: '0' | '1' | undefined },
  locale: Locale,
  source: AuditSource,
): Promise<Buffer> {
  const { full, ...listFilters } = filters;
  const isFull = full === '1';
  if (isFull && !can(actor.role, 'seeker.personal_data')) throw new AppError('forbidden');
  const query = seekerQueryOf(ctx, operatorZone(actor), listFilters);
  const rows = await findSeekerRowsForExport(ctx, query);
  const sheetRows = rows.map((row) => {
    const personal = unsealPersonalData(ctx.keys, row);
    const idNumber = personal.idNumber ? (isFull ? personal.idNumber : maskIdNumber(personal.idNumber)) : null;
    const phone = personal.phone ? (isFull ? personal.phone : maskPhone(personal.phone)) : null;
    return seekerToSheetRow(row, idNumber, phone, locale);
  });
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, source, {
      action: 'seeker.export',
      entityType: 'seeker',
      after: { filters: { ...listFilters, q: searchForAudit(query, listFilters.q) }, count: rows.length, full: isFull },
    });
    if (isFull) await auditPersonalDataReads(tx, source, rows.map((row) => row.id), 'export');
  });
  const columns = SEEKER_EXPORT_COLUMNS.map((c) => (locale === 'en' ? { ...c, header: c.headerEn } : c));
  return writeSheet(locale === 'en' ? 'Seekers' : '求职者', columns, sheetRows);
}

/** A phone or ID number typed as the search goes into the log masked, like everywhere else. */
function searchForAudit(query: repo.SeekerQuery, q: string | undefined): string | undefined {
  if (q && query.phoneHash) return maskPhone(normalisePhone(q));
  if (q && query.idNumberHash) return maskIdNumber(normaliseIdNumber(q));
  return q;
}

async function findSeekerRowsForExport(ctx: AppContext, query: repo.SeekerQuery): Promise<SeekerRow[]> {
  const { rows, total } = await repo.findSeekers(ctx.db, query, { offset: 0, limit: EXPORT_MAX_ROWS });
  if (total > EXPORT_MAX_ROWS) {
    throw new AppError('validation_failed', { fields: [{ path: 'querystring', message: 'export.too_many_rows', params: { max: EXPORT_MAX_ROWS } }] });
  }
  return rows;
}

// The seeker's own data as a workbook: one sheet per part ------------------------------------

type Cell = string | number | boolean | null;

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][], widths: number[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  headers.forEach((_, i) => {
    sheet.getColumn(i + 1).width = widths[i] ?? 16;
  });
  for (const row of rows) sheet.addRow(row);
}

/** What GET /api/me/data returns, laid out for people: profile as field/value pairs, then one sheet per list. */
export async function buildMyDataWorkbook(data: MyData, locale: Locale): Promise<Buffer> {
  const en = locale === 'en';
  const t = (zh: string, english: string) => (en ? english : zh);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Qiao 桥';
  const p = data.profile;
  const join = (items: string[]) => items.join(en ? ', ' : '、');
  const profileRows: Cell[][] = [
    [t('导出时间', 'Exported at'), data.exportedAt],
    [t('账号', 'Account'), data.account.username],
    [t('账号名称', 'Account name'), data.account.displayName],
    [t('账号邮箱', 'Account e-mail'), data.account.email],
    [t('账号手机号', 'Account mobile'), data.account.phone],
    [t('同意的隐私政策版本', 'Privacy policy accepted'), data.account.privacyPolicyVersion],
    [t('同意时间', 'Accepted at'), data.account.privacyAcceptedAt],
    [t('注册时间', 'Registered at'), data.account.createdAt],
    [t('自动推荐岗位', 'Automated recommendation'), data.autoRecommend ? t('开启', 'On') : t('关闭', 'Off')],
  ];
  if (p) {
    const d = p.disability;
    profileRows.push(
      [t('姓名', 'Name'), p.name],
      [t('性别', 'Gender'), labelOf(GENDER_LABELS, p.gender, locale)],
      [t('出生日期', 'Birth date'), p.birthDate],
      [t('身份证号码', 'ID number'), p.idNumber],
      [t('手机号', 'Mobile'), p.phone],
      [t('邮箱', 'E-mail'), p.email],
      [t('学历', 'Education'), educationLabel(p.educationLevel, locale)],
      [t('毕业院校', 'School'), p.school],
      [t('专业', 'Major'), p.major],
      [t('毕业时间', 'Graduated on'), p.graduationOn],
      [t('技能', 'Skills'), join(p.skills)],
      [t('工作年限', 'Years of experience'), p.experienceYears],
      [t('意向地区', 'Preferred regions'), join(p.preferredRegionNames)],
      [t('期望薪资下限（元/月）', 'Expected salary from (yuan/month)'), p.expectedSalaryMin],
      [t('期望薪资上限（元/月）', 'Expected salary to (yuan/month)'), p.expectedSalaryMax],
      [t('可到岗日期', 'Available from'), p.availableFrom],
      [t('自我介绍', 'Summary'), p.summary],
      [t('残疾情况', 'Disability'), d ? (d.hasDisability ? t('有', 'Yes') : t('无', 'No')) : null],
      [t('残疾类别', 'Disability category'), d ? labelOf(DISABILITY_CATEGORY_LABELS, d.category, locale) : null],
      [t('所需便利条件', 'Accommodation needed'), d?.accommodation ?? null],
      [t('来源', 'Source'), labelOf(SEEKER_SOURCE_LABELS, p.source, locale)],
      [t('建档时间', 'Profile created at'), p.createdAt],
    );
    for (const [i, e] of p.education.entries()) {
      profileRows.push([t(`教育经历 ${i + 1}`, `Education ${i + 1}`), [e.school, e.major, educationLabel(e.level, locale), e.startOn, e.endOn].filter(Boolean).join(' · ')]);
    }
    for (const [i, e] of p.experience.entries()) {
      profileRows.push([t(`工作经历 ${i + 1}`, `Experience ${i + 1}`), [e.employer, e.title, e.startOn, e.endOn, e.description].filter(Boolean).join(' · ')]);
    }
  }
  addSheet(workbook, t('档案', 'Profile'), [t('项目', 'Field'), t('内容', 'Value')], profileRows, [24, 60]);
  addSheet(
    workbook,
    t('同意记录', 'Consents'),
    [t('用途', 'Purpose'), t('企业', 'Enterprise'), t('隐私政策版本', 'Policy version'), t('同意时间', 'Granted at'), t('撤回时间', 'Withdrawn at')],
    data.consents.map((c) => [labelOf(CONSENT_PURPOSE_LABELS, c.purpose, locale), c.organisationName, c.policyVersion, c.grantedAt, c.withdrawnAt]),
    [40, 30, 14, 24, 24],
  );
  addSheet(
    workbook,
    t('求职申请', 'Applications'),
    [t('岗位', 'Position'), t('企业', 'Enterprise'), t('状态', 'Status'), t('渠道', 'Channel'), t('留言', 'Cover note'), t('申请时间', 'Applied at')],
    data.applications.map((a) => [a.positionTitle, a.organisationName, a.status, a.channel, a.coverNote, a.createdAt]),
    [24, 30, 12, 10, 40, 24],
  );
  addSheet(
    workbook,
    t('咨询记录', 'Consultations'),
    [t('日期', 'Date'), t('主题', 'Topic'), t('记录', 'Notes'), t('回访日期', 'Follow-up on')],
    data.consultations.map((c) => [c.heldOn, labelOf(CONSULTATION_TOPIC_LABELS, c.topic, locale), c.notes, c.followUpOn]),
    [12, 14, 60, 12],
  );
  addSheet(
    workbook,
    t('岗位推荐', 'Recommendations'),
    [t('岗位', 'Position'), t('企业', 'Enterprise'), t('匹配得分', 'Score'), t('各项得分', 'Factor points'), t('推荐时间', 'Recommended at')],
    data.recommendations.map((r) => [r.positionTitle, r.organisationName, r.score, r.reasons.map((f) => `${f.factor} ${f.points}/${f.max}`).join('; '), r.createdAt]),
    [24, 30, 10, 60, 24],
  );
  addSheet(
    workbook,
    t('消息', 'Messages'),
    [t('内容', 'Text'), t('时间', 'Sent at'), t('已读时间', 'Read at')],
    data.notifications.map((n) => [n.text, n.createdAt, n.readAt]),
    [70, 24, 24],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
