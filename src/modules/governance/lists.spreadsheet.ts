// The three lists as xlsx, filtered as on screen, with Chinese or English headers and labels.
import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import type { Locale } from '../../platform/i18n/messages';
import { type SheetColumn, writeSheet } from '../../platform/spreadsheet';
import { INDUSTRY_LABELS } from '../organisations/organisations.vocabulary';
import { EDUCATION_LABELS_ZH } from '../positions/positions.codes';
import type { TechnologyNeedStatus } from './governance.codes';
import * as repo from './lists.repository';
import type { CoreProductFilters, TalentNeedFilters, TechnologyNeedFilters } from './lists.schemas';
import { listsScopeOf, toCoreProductView, toTalentNeedView, toTechnologyNeedView } from './lists.service';

const MAX_EXPORT_ROWS = 50_000;
const ALL = { offset: 0, limit: MAX_EXPORT_ROWS };

const NEED_STATUS_LABELS: Record<TechnologyNeedStatus, { zh: string; en: string }> = {
  open: { zh: '待对接', en: 'Open' },
  in_progress: { zh: '攻关中', en: 'In progress' },
  solved: { zh: '已解决', en: 'Solved' },
  closed: { zh: '已关闭', en: 'Closed' },
};

function localised(locale: Locale, columns: readonly SheetColumn[]): readonly SheetColumn[] {
  return locale === 'en' ? columns.map((c) => ({ ...c, header: c.headerEn })) : columns;
}

function label(locale: Locale, labels: { zh: string; en: string }): string {
  return locale === 'en' ? labels.en : labels.zh;
}

const CORE_PRODUCT_COLUMNS: readonly SheetColumn[] = [
  { key: 'industry', header: '产业', headerEn: 'Industry', width: 14 },
  { key: 'product', header: '核心产品', headerEn: 'Core product', width: 28 },
  { key: 'enterprise', header: '生产企业', headerEn: 'Enterprise', width: 36 },
  { key: 'description', header: '说明', headerEn: 'Description', width: 48 },
];

export async function exportCoreProducts(ctx: AppContext, actor: Actor, filters: CoreProductFilters, locale: Locale, source: AuditSource): Promise<Buffer> {
  const { rows } = await repo.findCoreProducts(ctx.db, await listsScopeOf(ctx, actor), filters, ALL);
  await recordAudit(ctx.db, source, { action: 'core_product.export', entityType: 'core_product', after: { filters, count: rows.length } });
  const sheetRows = rows.map(toCoreProductView).map((p) => ({
    industry: label(locale, INDUSTRY_LABELS[p.industry]),
    product: p.product,
    enterprise: p.organisation.name,
    description: p.description,
  }));
  return writeSheet(locale === 'en' ? 'Core products' : '核心产品清单', localised(locale, CORE_PRODUCT_COLUMNS), sheetRows);
}

const TECHNOLOGY_NEED_COLUMNS: readonly SheetColumn[] = [
  { key: 'industry', header: '产业', headerEn: 'Industry', width: 14 },
  { key: 'enterprise', header: '企业', headerEn: 'Enterprise', width: 36 },
  { key: 'title', header: '技术需求', headerEn: 'Technology need', width: 32 },
  { key: 'description', header: '需求描述', headerEn: 'Description', width: 56 },
  { key: 'status', header: '状态', headerEn: 'Status', width: 10 },
  { key: 'challenge', header: '揭榜挂帅项目', headerEn: 'Technical challenge', width: 28 },
];

export async function exportTechnologyNeeds(ctx: AppContext, actor: Actor, filters: TechnologyNeedFilters, locale: Locale, source: AuditSource): Promise<Buffer> {
  const { rows } = await repo.findTechnologyNeeds(ctx.db, await listsScopeOf(ctx, actor), filters, ALL);
  await recordAudit(ctx.db, source, { action: 'technology_need.export', entityType: 'technology_need', after: { filters, count: rows.length } });
  const sheetRows = rows.map(toTechnologyNeedView).map((n) => ({
    industry: label(locale, INDUSTRY_LABELS[n.industry]),
    enterprise: n.organisation.name,
    title: n.title,
    description: n.description,
    status: label(locale, NEED_STATUS_LABELS[n.status]),
    challenge: n.challenge?.title ?? null,
  }));
  return writeSheet(locale === 'en' ? 'Technology needs' : '技术需求清单', localised(locale, TECHNOLOGY_NEED_COLUMNS), sheetRows);
}

const TALENT_NEED_COLUMNS: readonly SheetColumn[] = [
  { key: 'industry', header: '产业', headerEn: 'Industry', width: 14 },
  { key: 'enterprise', header: '企业', headerEn: 'Enterprise', width: 36 },
  { key: 'title', header: '岗位', headerEn: 'Post', width: 24 },
  { key: 'headcount', header: '需求人数', headerEn: 'Headcount', width: 10 },
  { key: 'filled', header: '已录用', headerEn: 'Filled', width: 8 },
  { key: 'positions', header: '岗位数', headerEn: 'Positions', width: 8 },
  { key: 'education', header: '最低学历', headerEn: 'Minimum education', width: 12 },
  { key: 'majors', header: '专业', headerEn: 'Majors', width: 36 },
  { key: 'fromVisits', header: '走访收集', headerEn: 'From visits', width: 10 },
  { key: 'lastPublishedOn', header: '最近发布', headerEn: 'Last published', width: 12 },
];

export async function exportTalentNeeds(ctx: AppContext, actor: Actor, filters: TalentNeedFilters, locale: Locale, source: AuditSource): Promise<Buffer> {
  const { rows } = await repo.findTalentNeeds(ctx.db, await listsScopeOf(ctx, actor), filters, todayInChina(), ALL);
  await recordAudit(ctx.db, source, { action: 'talent_need.export', entityType: 'talent_need', after: { filters, count: rows.length } });
  const sheetRows = rows.map(toTalentNeedView).map((n) => ({
    industry: label(locale, INDUSTRY_LABELS[n.organisation.industry]),
    enterprise: n.organisation.name,
    title: n.title,
    headcount: n.headcount,
    filled: n.filled,
    positions: n.positions,
    education: locale === 'en' ? n.minEducation : EDUCATION_LABELS_ZH[n.minEducation],
    majors: n.majors.join('、'),
    fromVisits: n.fromVisits,
    lastPublishedOn: n.lastPublishedOn,
  }));
  return writeSheet(locale === 'en' ? 'Talent needs' : '人才需求清单', localised(locale, TALENT_NEED_COLUMNS), sheetRows);
}
