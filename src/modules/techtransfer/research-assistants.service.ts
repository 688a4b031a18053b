import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { mayActFor, RESEARCH_ORGANISATION_TYPES, scopeOf, type Viewer, viewerOf } from './techtransfer.access';
import * as repo from './techtransfer.repository';
import type { RaPositionWithName, RaTargetRow } from './techtransfer.repository';
import type {
  CreateRaPositionInput,
  RaPositionFilters,
  RaPositionView,
  RaProgressView,
  RaTargetView,
  SetRaTargetInput,
  UpdateRaPositionInput,
} from './techtransfer.schemas';

// 科研助理岗位: posts organisations develop, counted per year against the operator's targets.

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

export function toRaPositionView(row: RaPositionWithName, viewer: Viewer): RaPositionView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    title: row.title,
    project: row.project,
    developedOn: row.developedOn,
    canEdit: mayActFor(viewer, row.organisationId),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function raAudit(row: { organisationId: string; title: string; project: string | null; developedOn: string }) {
  return { organisationId: row.organisationId, title: row.title, project: row.project, developedOn: row.developedOn };
}

async function getVisibleRaPosition(ctx: AppContext, viewer: Viewer, id: string): Promise<RaPositionWithName> {
  const row = await repo.getRaPositionById(ctx.db, id);
  if (!row || row.zoneId !== viewer.zoneId || (!viewer.isZoneWide && row.organisationId !== viewer.organisationId)) throw new AppError('not_found');
  return row;
}

/** The organisation is of the zone, of a kind that develops posts, and the viewer's own unless an operator asks. */
async function checkRaOrganisation(ctx: AppContext, viewer: Viewer, organisationId: string): Promise<FieldIssue[]> {
  const org = (await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, [organisationId])).get(organisationId);
  if (!org) return [{ path: 'organisationId', message: 'techtransfer.organisation_not_in_zone' }];
  if (!mayActFor(viewer, organisationId)) return [{ path: 'organisationId', message: 'techtransfer.own_organisation_only' }];
  if (!(RESEARCH_ORGANISATION_TYPES as readonly string[]).includes(org.type)) return [{ path: 'organisationId', message: 'ra.organisation_type' }];
  return [];
}

export async function findRaPositions(
  ctx: AppContext,
  actor: Actor,
  filters: RaPositionFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: RaPositionView[]; total: number; page: number; pageSize: number }> {
  const viewer = await viewerOf(ctx, actor);
  const { organisationId: ownerId, ...rest } = filters;
  const { rows, total } = await repo.findRaPositions(ctx.db, { ...scopeOf(viewer), ...rest, ownerId }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((r) => toRaPositionView(r, viewer)), total, page: page.page, pageSize: page.pageSize };
}

export async function getRaPosition(ctx: AppContext, actor: Actor, id: string): Promise<RaPositionView> {
  const viewer = await viewerOf(ctx, actor);
  return toRaPositionView(await getVisibleRaPosition(ctx, viewer, id), viewer);
}

export async function createRaPosition(ctx: AppContext, actor: Actor, input: CreateRaPositionInput, source: AuditSource): Promise<RaPositionView> {
  const viewer = await viewerOf(ctx, actor);
  const issues = await checkRaOrganisation(ctx, viewer, input.organisationId);
  if (input.developedOn > todayInChina()) issues.push({ path: 'developedOn', message: 'techtransfer.date_in_future' });
  fail(issues);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertRaPositions(tx, [{ ...input, project: input.project ?? null, zoneId: viewer.zoneId, createdBy: viewer.accountId }]);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, source, { action: 'ra_position.create', entityType: 'ra_position', entityId: row.id, organisationId: row.organisationId, after: raAudit(row) });
    return row.id;
  });
  return getRaPosition(ctx, actor, id);
}

export async function updateRaPosition(ctx: AppContext, actor: Actor, id: string, input: UpdateRaPositionInput, source: AuditSource): Promise<RaPositionView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleRaPosition(ctx, viewer, id);
  if (!mayActFor(viewer, current.organisationId)) throw new AppError('not_found');
  const { version, ...patch } = input;
  const issues = patch.organisationId && patch.organisationId !== current.organisationId ? await checkRaOrganisation(ctx, viewer, patch.organisationId) : [];
  if (patch.developedOn && patch.developedOn > todayInChina()) issues.push({ path: 'developedOn', message: 'techtransfer.date_in_future' });
  fail(issues);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateRaPositionIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'ra_position.update',
      entityType: 'ra_position',
      entityId: id,
      organisationId: row.organisationId,
      ...changedFields(raAudit(current), raAudit(row)),
    });
  });
  return getRaPosition(ctx, actor, id);
}

function toTargetView(row: RaTargetRow, organisationName: string | null): RaTargetView {
  return {
    id: row.id,
    year: row.year,
    organisationId: row.organisationId,
    organisationName,
    target: row.target,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Sets the zone's yearly target, or one organisation's. A new target needs no version; changing
 * one needs the version the operator saw, so two operators cannot silently overwrite each other.
 */
export async function setRaTarget(ctx: AppContext, actor: Actor, input: SetRaTargetInput, source: AuditSource): Promise<RaTargetView> {
  const viewer = await viewerOf(ctx, actor);
  const organisationId = input.organisationId ?? null;
  let organisationName: string | null = null;
  if (organisationId) {
    fail(await checkRaOrganisation(ctx, viewer, organisationId));
    organisationName = (await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, [organisationId])).get(organisationId)?.name ?? null;
  }
  const row = await ctx.db.transaction(async (tx) => {
    const existing = await repo.getRaTarget(tx, viewer.zoneId, input.year, organisationId);
    let saved: RaTargetRow | undefined;
    if (existing) {
      if (input.version === undefined) throw new AppError('conflict', { fields: [{ path: 'year', message: 'ra.target_exists' }] });
      saved = await repo.updateRaTargetIfVersion(tx, existing.id, input.version, input.target, viewer.accountId);
    } else {
      if (input.version !== undefined) throw new AppError('stale_version');
      saved = await repo.insertRaTarget(tx, { zoneId: viewer.zoneId, year: input.year, organisationId, target: input.target, updatedBy: viewer.accountId });
    }
    if (!saved) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'ra_target.set',
      entityType: 'ra_target',
      entityId: saved.id,
      organisationId,
      before: existing ? { target: existing.target } : null,
      after: { year: saved.year, organisationId, target: saved.target },
    });
    return saved;
  });
  return toTargetView(row, organisationName);
}

/** Posts developed in the year against the targets: the zone's, and per organisation (an organisation's staff see their own). */
export async function getRaProgress(ctx: AppContext, actor: Actor, year: number): Promise<RaProgressView> {
  const viewer = await viewerOf(ctx, actor);
  const [counts, targets] = await Promise.all([repo.countRaPositionsByOrganisation(ctx.db, scopeOf(viewer), year), repo.findRaTargets(ctx.db, viewer.zoneId, year)]);
  const zoneTarget = targets.find((t) => t.organisationId === null);
  const byOrg = new Map<string, RaProgressView['organisations'][number]>();
  for (const c of counts) {
    byOrg.set(c.organisationId, { organisationId: c.organisationId, organisationName: c.organisationName, actual: c.n, target: null, targetId: null, targetVersion: null });
  }
  for (const t of targets) {
    if (!t.organisationId || (!viewer.isZoneWide && t.organisationId !== viewer.organisationId)) continue;
    const row = byOrg.get(t.organisationId) ?? { organisationId: t.organisationId, organisationName: t.organisationName ?? '', actual: 0, target: null, targetId: null, targetVersion: null };
    byOrg.set(t.organisationId, { ...row, target: t.target, targetId: t.id, targetVersion: t.version });
  }
  const organisations = [...byOrg.values()].sort((a, b) => b.actual - a.actual || a.organisationName.localeCompare(b.organisationName, 'zh-CN'));
  const actual = counts.reduce((sum, c) => sum + c.n, 0);
  const own = organisations[0];
  return {
    year,
    total: viewer.isZoneWide ? { actual, target: zoneTarget?.target ?? null } : { actual, target: own?.target ?? null },
    organisations,
    zoneTargetId: viewer.isZoneWide ? (zoneTarget?.id ?? null) : null,
    zoneTargetVersion: viewer.isZoneWide ? (zoneTarget?.version ?? null) : null,
  };
}
