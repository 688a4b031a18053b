import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import type { Industry, OrganisationType } from '../organisations/organisations.codes';
import type { PositionStatus } from '../positions/positions.codes';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import type { VisitKind } from './governance.codes';
import { checkVisitRules } from './governance.rules';
import * as repo from './visits.repository';
import type { VisitRow } from './visits.repository';
import type { CreateVisitInput, UpdateVisitInput, VisitFilters, VisitView } from './visits.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

async function toVisitViews(ctx: AppContext, rows: VisitRow[]): Promise<VisitView[]> {
  const ids = rows.map((r) => r.id);
  const [orgs, positions, challenges] = await Promise.all([
    repo.findVisitOrganisations(ctx.db, ids),
    repo.findVisitPositions(ctx.db, ids),
    repo.findVisitChallenges(ctx.db, ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as VisitKind,
    heldOn: row.heldOn,
    title: row.title,
    visitors: row.visitors,
    organisations: orgs
      .filter((o) => o.visitId === row.id)
      .map((o) => ({ id: o.id, name: o.name, type: o.type as OrganisationType, industry: o.industry as Industry })),
    hiringDemand: row.hiringDemand,
    painPoints: row.painPoints,
    notes: row.notes,
    positions: positions
      .filter((p) => p.visitId === row.id)
      .map((p) => ({
        id: p.id,
        title: p.title,
        organisationId: p.organisationId,
        organisationName: p.organisationName,
        status: p.status as PositionStatus,
        headcount: p.headcount,
        source: p.source as 'enterprise' | 'visit',
      })),
    challenges: challenges.filter((c) => c.visitId === row.id).map((c) => ({ id: c.id, title: c.title, organisationId: c.organisationId, status: c.status })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function getVisibleVisit(ctx: AppContext, actor: Actor, id: string): Promise<VisitRow> {
  const row = await repo.getVisit(ctx.db, governanceScopeOf(actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getVisit(ctx: AppContext, actor: Actor, id: string): Promise<VisitView> {
  const [view] = await toVisitViews(ctx, [await getVisibleVisit(ctx, actor, id)]);
  if (!view) throw new AppError('not_found');
  return view;
}

export async function findVisits(ctx: AppContext, actor: Actor, filters: VisitFilters, page: { page: number; pageSize: number }): Promise<Page<VisitView>> {
  const { rows, total } = await repo.findVisits(ctx.db, governanceScopeOf(actor), filters, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: await toVisitViews(ctx, rows), total, page: page.page, pageSize: page.pageSize };
}

/**
 * The organisations must be the zone's; a linked position or challenge must belong to one of
 * them (the demand was collected from that organisation), or it is named as not of this visit.
 */
async function checkLinks(
  ctx: AppContext,
  zoneId: string,
  links: { organisationIds: readonly string[]; positionIds: readonly string[]; challengeIds: readonly string[] },
): Promise<FieldIssue[]> {
  const { issues } = await loadZoneOrganisations(
    ctx.db,
    zoneId,
    links.organisationIds.map((id, i) => ({ id, path: `organisationIds.${i}` })),
  );
  const visited = new Set(links.organisationIds);
  const positions = new Map((await repo.findPositionsByIds(ctx.db, [...links.positionIds])).map((p) => [p.id, p]));
  links.positionIds.forEach((id, i) => {
    const position = positions.get(id);
    if (!position || position.zoneId !== zoneId) issues.push({ path: `positionIds.${i}`, message: 'not_found' });
    else if (!visited.has(position.organisationId)) issues.push({ path: `positionIds.${i}`, message: 'visit.position_not_of_visited' });
  });
  const challenges = new Map((await repo.findChallengesByIds(ctx.db, [...links.challengeIds])).map((c) => [c.id, c]));
  links.challengeIds.forEach((id, i) => {
    const challenge = challenges.get(id);
    if (!challenge || challenge.zoneId !== zoneId) issues.push({ path: `challengeIds.${i}`, message: 'visit.challenge_not_found' });
    else if (!visited.has(challenge.organisationId)) issues.push({ path: `challengeIds.${i}`, message: 'visit.challenge_not_of_visited' });
  });
  return issues;
}

function auditView(row: { kind: string; heldOn: string; title: string; visitors: string[]; hiringDemand: string | null; painPoints: string | null; notes: string | null }) {
  return { kind: row.kind, heldOn: row.heldOn, title: row.title, visitors: row.visitors, hiringDemand: row.hiringDemand, painPoints: row.painPoints, notes: row.notes };
}

export async function createVisit(ctx: AppContext, actor: Actor, input: CreateVisitInput, source: AuditSource): Promise<VisitView> {
  const zoneId = operatorZoneOf(actor);
  const issues = [...checkVisitRules(input, todayInChina()), ...(await checkLinks(ctx, zoneId, input))];
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const { organisationIds, positionIds, challengeIds } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertVisit(tx, {
      zoneId,
      kind: input.kind,
      heldOn: input.heldOn,
      title: input.title,
      visitors: input.visitors,
      hiringDemand: input.hiringDemand ?? null,
      painPoints: input.painPoints ?? null,
      notes: input.notes ?? null,
      createdBy: actor.accountId,
    });
    await repo.replaceVisitLinks(tx, row.id, { organisationIds, positionIds, challengeIds });
    await recordAudit(tx, source, {
      action: 'visit.create',
      entityType: 'visit',
      entityId: row.id,
      after: { ...auditView(row), organisationIds, positionIds, challengeIds },
    });
    return row.id;
  });
  return getVisit(ctx, actor, id);
}

export async function updateVisit(ctx: AppContext, actor: Actor, id: string, input: UpdateVisitInput, source: AuditSource): Promise<VisitView> {
  const zoneId = operatorZoneOf(actor);
  const current = await getVisibleVisit(ctx, actor, id);
  const [currentView] = await toVisitViews(ctx, [current]);
  if (!currentView) throw new AppError('not_found');
  const { version, organisationIds, positionIds, challengeIds, ...patch } = input;
  const links = {
    organisationIds: organisationIds ?? currentView.organisations.map((o) => o.id),
    positionIds: positionIds ?? currentView.positions.map((p) => p.id),
    challengeIds: challengeIds ?? currentView.challenges.map((c) => c.id),
  };
  const issues = [...checkVisitRules({ heldOn: patch.heldOn ?? current.heldOn }, todayInChina()), ...(await checkLinks(ctx, zoneId, links))];
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateVisitIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    await repo.replaceVisitLinks(tx, id, { organisationIds, positionIds, challengeIds });
    const before = { ...auditView(current), organisationIds: currentView.organisations.map((o) => o.id), positionIds: currentView.positions.map((p) => p.id), challengeIds: currentView.challenges.map((c) => c.id) };
    await recordAudit(tx, source, {
      action: 'visit.update',
      entityType: 'visit',
      entityId: id,
      ...withoutBookkeeping(changedFields(before, { ...auditView(row), ...links })),
    });
  });
  return getVisit(ctx, actor, id);
}
