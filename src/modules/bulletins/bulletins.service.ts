import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { EDUCATION_LEVELS } from '../positions/positions.codes';
import {
  bulletinPortalUrl,
  defaultBulletinTitle,
  educationLabel,
  fullRegionName,
  groupByEnterprise,
  issueLabel,
  positionApplyUrl,
  salaryText,
  summariseDuties,
} from './bulletin-content';
import { type PrintableBulletin, renderBulletinPdf } from './bulletin-pdf';
import { renderBulletinPoster } from './bulletin-poster';
import { cachedFile, contentTag } from './bulletin-files';
import type { BulletinStatus } from './bulletins.codes';
import * as repo from './bulletins.repository';
import type { BulletinListRow, BulletinPositionRow, BulletinRow, BulletinWithZone } from './bulletins.repository';
import type {
  BulletinDetailView,
  BulletinFilters,
  BulletinPositionView,
  BulletinSummaryView,
  CreateBulletinInput,
  PublicBulletinSummaryView,
  PublicBulletinView,
  UpdateBulletinInput,
} from './bulletins.schemas';

type Page = { page: number; pageSize: number };

/** Absolute URLs in a bulletin (apply pages, the portal page) start here: the scheme and host the request came to. */
export type Links = { baseUrl: string };

function toPositionView(row: BulletinPositionRow, links: Links): BulletinPositionView {
  return {
    id: row.id,
    title: row.title,
    headcount: row.headcount,
    educationLevel: (EDUCATION_LEVELS as readonly string[]).includes(row.educationLevel)
      ? (row.educationLevel as BulletinPositionView['educationLevel'])
      : 'none',
    educationLabel: educationLabel(row.educationLevel),
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    salaryText: salaryText(row.salaryMin, row.salaryMax),
    regionCode: row.regionCode,
    regionName: fullRegionName(row.regionCode),
    dutiesSummary: summariseDuties(row.duties),
    isDisabilityFriendly: row.isDisabilityFriendly,
    isOpen: row.status === 'published',
    applyUrl: positionApplyUrl(links.baseUrl, row.id),
  };
}

function toPublicView(row: BulletinWithZone, positions: BulletinPositionRow[], links: Links, fileBase: string): PublicBulletinView {
  const enterprises = groupByEnterprise(positions).map((group) => ({
    organisationId: group[0]?.organisationId ?? '',
    name: group[0]?.enterpriseName ?? '',
    positions: group.map((p) => toPositionView(p, links)),
  }));
  return {
    id: row.id,
    year: row.year,
    issueNo: row.issueNo,
    issueLabel: issueLabel(row.issueNo),
    title: row.title,
    introduction: row.introduction,
    contactPoints: row.contactPoints,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    zoneName: row.zoneName,
    positionCount: positions.length,
    enterpriseCount: enterprises.length,
    headcount: positions.reduce((sum, p) => sum + p.headcount, 0),
    portalUrl: bulletinPortalUrl(links.baseUrl, row.id),
    pdfUrl: `${fileBase}/${row.id}/pdf`,
    posterUrl: `${fileBase}/${row.id}/poster.png`,
    enterprises,
  };
}

function toDetailView(row: BulletinWithZone, positions: BulletinPositionRow[], links: Links): BulletinDetailView {
  return {
    ...toPublicView(row, positions, links, '/api/bulletins'),
    status: row.status as BulletinStatus,
    version: row.version,
    positionIds: positions.map((p) => p.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toSummaryView(row: BulletinListRow): BulletinSummaryView {
  return {
    id: row.id,
    year: row.year,
    issueNo: row.issueNo,
    issueLabel: issueLabel(row.issueNo),
    title: row.title,
    status: row.status as BulletinStatus,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    positionCount: row.positionCount,
    enterpriseCount: row.enterpriseCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

/** Another zone's bulletin is simply not found, so ids cannot be probed. */
async function getZoneBulletin(db: DbOrTx, actor: Actor, id: string): Promise<BulletinWithZone> {
  const row = await repo.getBulletinById(db, id);
  if (!row || row.zoneId !== zoneOf(actor)) throw new AppError('not_found');
  return row;
}

function statusConflict(message: 'bulletin.not_editable' | 'bulletin.already_published' | 'bulletin.not_published'): AppError {
  return new AppError('conflict', { fields: [{ path: 'status', message }] });
}

/**
 * The positions of `ids`, in that order, regrouped by enterprise; refuses, naming them, any that
 * are unknown, outside the zone or not published.
 */
async function requireListablePositions(db: DbOrTx, zoneId: string, ids: string[]): Promise<BulletinPositionRow[]> {
  const found = new Map((await repo.findPublishedZonePositions(db, zoneId, ids)).map((p) => [p.id, p]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'positionIds', message: 'bulletin.positions_unavailable', params: { ids: missing.join(', ') } }],
      details: { positionIds: missing },
    });
  }
  return groupByEnterprise(ids.map((id) => found.get(id) as BulletinPositionRow)).flat();
}

/** What the audit log keeps of an issue's content. */
function auditView(row: BulletinRow, positionIds: string[]) {
  return {
    year: row.year,
    issueNo: row.issueNo,
    title: row.title,
    introduction: row.introduction,
    contactPoints: row.contactPoints,
    status: row.status,
    positionIds,
  };
}

export async function findBulletins(
  ctx: AppContext,
  actor: Actor,
  filters: BulletinFilters,
  page: Page,
): Promise<{ items: BulletinSummaryView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findBulletins(
    ctx.db,
    { zoneId: zoneOf(actor), status: filters.status, year: filters.year },
    { offset: (page.page - 1) * page.pageSize, limit: page.pageSize },
  );
  return { items: rows.map(toSummaryView), total, page: page.page, pageSize: page.pageSize };
}

export async function getBulletin(ctx: AppContext, actor: Actor, id: string, links: Links): Promise<BulletinDetailView> {
  const row = await getZoneBulletin(ctx.db, actor, id);
  return toDetailView(row, await repo.findBulletinPositions(ctx.db, id), links);
}

export async function createBulletin(
  ctx: AppContext,
  actor: Actor,
  input: CreateBulletinInput,
  links: Links,
  source: AuditSource,
): Promise<BulletinDetailView> {
  const zoneId = zoneOf(actor);
  const id = await ctx.db.transaction(async (tx) => {
    const listed = await requireListablePositions(tx, zoneId, input.positionIds);
    const zoneName = (await repo.getZoneName(tx, zoneId)) ?? '';
    await repo.lockIssueNumbering(tx, zoneId, input.year);
    const issueNo = await repo.nextIssueNo(tx, zoneId, input.year);
    const row = await repo.insertBulletin(tx, {
      zoneId,
      year: input.year,
      issueNo,
      title: input.title ?? defaultBulletinTitle(zoneName, input.year, issueNo),
      introduction: input.introduction,
      contactPoints: input.contactPoints,
      status: 'draft',
      createdBy: actor.accountId,
    });
    const positionIds = listed.map((p) => p.id);
    await repo.replaceBulletinPositions(tx, row.id, positionIds);
    await recordAudit(tx, source, { action: 'bulletin.create', entityType: 'bulletin', entityId: row.id, after: auditView(row, positionIds) });
    return row.id;
  });
  return getBulletin(ctx, actor, id, links);
}

export async function updateBulletin(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateBulletinInput,
  links: Links,
  source: AuditSource,
): Promise<BulletinDetailView> {
  const current = await getZoneBulletin(ctx.db, actor, id);
  if (current.status === 'published') throw statusConflict('bulletin.not_editable');
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.findBulletinPositions(tx, id)).map((p) => p.id);
    const listed = input.positionIds ? await requireListablePositions(tx, current.zoneId, input.positionIds) : undefined;
    const patch: Partial<repo.NewBulletinRow> = {};
    if (input.title !== undefined) patch.title = input.title ?? defaultBulletinTitle(current.zoneName, current.year, current.issueNo);
    if (input.introduction !== undefined) patch.introduction = input.introduction;
    if (input.contactPoints !== undefined) patch.contactPoints = input.contactPoints;
    const row = await repo.updateBulletinIfVersion(tx, id, input.version, patch);
    if (!row) throw new AppError('stale_version');
    const after = listed ? listed.map((p) => p.id) : before;
    if (listed) await repo.replaceBulletinPositions(tx, id, after);
    const diff = changedFields(auditView(current, before), auditView(row, after));
    await recordAudit(tx, source, { action: 'bulletin.update', entityType: 'bulletin', entityId: id, ...diff });
  });
  return getBulletin(ctx, actor, id, links);
}

/** Publishes a draft or a withdrawn issue; every position must still be published then. */
export async function publishBulletin(ctx: AppContext, actor: Actor, id: string, links: Links, source: AuditSource): Promise<BulletinDetailView> {
  const current = await getZoneBulletin(ctx.db, actor, id);
  if (current.status === 'published') throw statusConflict('bulletin.already_published');
  await ctx.db.transaction(async (tx) => {
    const ids = (await repo.findBulletinPositions(tx, id)).map((p) => p.id);
    await requireListablePositions(tx, current.zoneId, ids);
    const row = await repo.updateBulletinIfVersion(tx, id, current.version, { status: 'published', publishedAt: new Date() });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'bulletin.publish',
      entityType: 'bulletin',
      entityId: id,
      before: { status: current.status },
      after: { status: row.status, publishedAt: row.publishedAt?.toISOString() ?? null },
    });
  });
  return getBulletin(ctx, actor, id, links);
}

/** Takes a published issue off the portal; it keeps its number and can be edited and published again. */
export async function withdrawBulletin(ctx: AppContext, actor: Actor, id: string, links: Links, source: AuditSource): Promise<BulletinDetailView> {
  const current = await getZoneBulletin(ctx.db, actor, id);
  if (current.status !== 'published') throw statusConflict('bulletin.not_published');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateBulletinIfVersion(tx, id, current.version, { status: 'withdrawn' });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'bulletin.withdraw',
      entityType: 'bulletin',
      entityId: id,
      before: { status: current.status },
      after: { status: row.status },
    });
  });
  return getBulletin(ctx, actor, id, links);
}

export async function findPublicBulletins(
  ctx: AppContext,
  filters: { year?: number | undefined },
  page: Page,
): Promise<{ items: PublicBulletinSummaryView[]; total: number; page: number; pageSize: number; years: number[] }> {
  const [{ rows, total }, years] = await Promise.all([
    repo.findBulletins(ctx.db, { status: 'published', year: filters.year }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    repo.findBulletinYears(ctx.db, 'published'),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    year: row.year,
    issueNo: row.issueNo,
    issueLabel: issueLabel(row.issueNo),
    title: row.title,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    positionCount: row.positionCount,
    enterpriseCount: row.enterpriseCount,
    zoneName: row.zoneName,
  }));
  return { items, total, page: page.page, pageSize: page.pageSize, years };
}

/** A published issue; drafts and withdrawn issues are not found. */
export async function getPublicBulletin(ctx: AppContext, id: string, links: Links): Promise<PublicBulletinView> {
  const row = await repo.getBulletinById(ctx.db, id);
  if (!row || row.status !== 'published') throw new AppError('not_found');
  return toPublicView(row, await repo.findBulletinPositions(ctx.db, id), links, '/api/public/bulletins');
}

/** A rendered file, or `body: null` when the client already holds this exact version (ETag). */
export type BulletinFile = { body: Buffer | null; fileName: string; etag: string };

export type BulletinFileKind = 'pdf' | 'poster';

/**
 * The A4 PDF or the social-media poster (PNG) of a published issue, or, for a signed-in reader,
 * of any issue of their zone as a preview.
 */
export async function getBulletinFile(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  kind: BulletinFileKind,
  links: Links,
  ifNoneMatch: string | undefined,
): Promise<BulletinFile> {
  const view: PrintableBulletin = actor ? await getBulletin(ctx, actor, id, links) : await getPublicBulletin(ctx, id, links);
  const fileName = `招聘信息-${view.year}年第${view.issueNo}期${kind === 'pdf' ? '.pdf' : '-海报.png'}`;
  // The file shows nothing but the view, so the view's hash names the file's content.
  const etag = contentTag(kind, view);
  if (ifNoneMatch === etag) return { body: null, fileName, etag };
  const body = await cachedFile(etag, () => (kind === 'pdf' ? renderBulletinPdf(view) : renderBulletinPoster(view)));
  return { body, fileName, etag };
}
