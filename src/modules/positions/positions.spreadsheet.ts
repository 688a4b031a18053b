import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Locale } from '../../platform/i18n/messages';
import { type SheetColumn, writeSheet } from '../../platform/spreadsheet';
import { INDUSTRY_LABELS } from '../organisations/organisations.vocabulary';
import { EDUCATION_LABELS_ZH, type EducationLevel, type PositionStatus } from './positions.codes';
import * as repo from './positions.repository';
import { positionScopeOf, toPositionView } from './positions.service';

const MAX_EXPORT_ROWS = 50_000;

const STATUS_LABELS: Record<PositionStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  published: '招聘中',
  closed: '已关闭',
  filled: '已招满',
};

const EMPLOYMENT_LABELS: Record<string, string> = { full_time: '全职', part_time: '兼职', internship: '实习', seasonal: '季节性' };

const COLUMNS: readonly SheetColumn[] = [
  { key: 'title', header: '岗位名称', headerEn: 'Title', width: 24 },
  { key: 'organisationName', header: '企业', headerEn: 'Enterprise', width: 30 },
  { key: 'industry', header: '行业', headerEn: 'Industry', width: 12 },
  { key: 'status', header: '状态', headerEn: 'Status', width: 10 },
  { key: 'headcount', header: '招聘人数', headerEn: 'Headcount', width: 10 },
  { key: 'filledCount', header: '已录用', headerEn: 'Filled', width: 8 },
  { key: 'education', header: '学历要求', headerEn: 'Education', width: 10 },
  { key: 'majors', header: '专业', headerEn: 'Majors', width: 24 },
  { key: 'skills', header: '技能', headerEn: 'Skills', width: 24 },
  { key: 'experienceYears', header: '工作经验（年）', headerEn: 'Experience (years)', width: 12 },
  { key: 'region', header: '工作地点', headerEn: 'Location', width: 24 },
  { key: 'salaryMin', header: '月薪下限（元）', headerEn: 'Salary from (yuan)', width: 12 },
  { key: 'salaryMax', header: '月薪上限（元）', headerEn: 'Salary to (yuan)', width: 12 },
  { key: 'employmentType', header: '用工形式', headerEn: 'Employment', width: 10 },
  { key: 'isDisabilityFriendly', header: '残障友好', headerEn: 'Disability-friendly', width: 10 },
  { key: 'accommodation', header: '无障碍支持', headerEn: 'Accommodation', width: 24 },
  { key: 'closingOn', header: '截止日期', headerEn: 'Closing', width: 12 },
  { key: 'publishedAt', header: '发布日期', headerEn: 'Published', width: 12 },
  { key: 'source', header: '来源', headerEn: 'Source', width: 10 },
];

/** The positions the caller manages (their enterprise's, or the zone's), filtered, as one xlsx sheet. */
export async function exportPositions(
  ctx: AppContext,
  actor: Actor,
  filters: { status?: PositionStatus | undefined; organisationId?: string | undefined; q?: string | undefined },
  locale: Locale,
  source: AuditSource,
): Promise<Buffer> {
  const { rows } = await repo.findPositions(ctx.db, positionScopeOf(actor), filters, { offset: 0, limit: MAX_EXPORT_ROWS });
  await recordAudit(ctx.db, source, { action: 'position.export', entityType: 'position', after: { filters, count: rows.length } });
  const yesNo = (v: boolean) => (locale === 'en' ? (v ? 'Yes' : 'No') : v ? '是' : '否');
  const sheetRows = rows.map((row) => {
    const p = toPositionView(row);
    return {
      title: p.title,
      organisationName: p.organisationName,
      industry: locale === 'en' ? INDUSTRY_LABELS[p.industry].en : INDUSTRY_LABELS[p.industry].zh,
      status: locale === 'en' ? p.status : STATUS_LABELS[p.status],
      headcount: p.headcount,
      filledCount: p.filledCount,
      education: locale === 'en' ? p.educationLevel : EDUCATION_LABELS_ZH[p.educationLevel as EducationLevel],
      majors: p.majors.join('、'),
      skills: p.skills.join('、'),
      experienceYears: p.experienceYears,
      region: p.regionName ?? p.regionCode,
      salaryMin: p.salaryMin,
      salaryMax: p.salaryMax,
      employmentType: locale === 'en' ? p.employmentType : (EMPLOYMENT_LABELS[p.employmentType] ?? p.employmentType),
      isDisabilityFriendly: yesNo(p.isDisabilityFriendly),
      accommodation: p.accommodation,
      closingOn: p.closingOn,
      publishedAt: p.publishedAt?.slice(0, 10) ?? null,
      source: locale === 'en' ? p.source : p.source === 'visit' ? '走访录入' : '企业发布',
    };
  });
  const columns = locale === 'en' ? COLUMNS.map((c) => ({ ...c, header: c.headerEn })) : COLUMNS;
  return writeSheet(locale === 'en' ? 'Positions' : '岗位', columns, sheetRows);
}
