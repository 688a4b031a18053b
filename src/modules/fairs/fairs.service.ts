import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/errors';
import * as boothsRepo from './booths.repository';
import * as repo from './fairs.repository';
import type { OrganisationRef } from './fairs.repository';
import type { CancelFairInput, CreateFairInput, FairListQuery, FairView, PublicFairsQuery, PublicFairView, UpdateFairInput } from './fairs.schemas';
import { type FairRow, findFair, getManagedFair, getVisibleFair, isZoneWide, managesFair, zoneOf } from './fairs.scope';
import { phaseOf, toFairView, toPublicFairView } from './fairs.views';
import * as registrationsRepo from './registrations.repository';

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

/** Views of many fairs with two grouped count queries and one organisation lookup. */
export async function toFairViews(db: DbOrTx, actor: Actor, rows: readonly FairRow[]): Promise<FairView[]> {
  const [orgs, counts] = await Promise.all([
    repo.findOrganisationsByIds(db, rows.flatMap((f) => [...(f.hostOrganisationId ? [f.hostOrganisationId] : []), ...f.coOrganiserIds])),
    repo.countsOfFairs(db, rows.map((f) => f.id)),
  ]);
  return rows.map((f) => toFairView(f, orgs, counts.get(f.id), managesFair(actor, f)));
}

async function viewOf(db: DbOrTx, actor: Actor, fair: FairRow): Promise<FairView> {
  const [view] = await toFairViews(db, actor, [fair]);
  if (!view) throw new AppError('not_found');
  return view;
}

export async function findFairs(ctx: AppContext, actor: Actor, query: FairListQuery): Promise<{ items: FairView[]; total: number; page: number; pageSize: number }> {
  const zoneId = zoneOf(actor);
  const { page, pageSize, ...filters } = query;
  const scope: repo.FairScope = { zoneId, draftsOf: isZoneWide(actor) ? 'all' : actor.organisationId };
  const { rows, total } = await repo.findFairs(ctx.db, scope, { ...filters, q: filters.q ?? undefined }, { offset: (page - 1) * pageSize, limit: pageSize }, new Date());
  return { items: await toFairViews(ctx.db, actor, rows), total, page, pageSize };
}

export async function getFair(ctx: AppContext, actor: Actor, id: string): Promise<FairView> {
  return viewOf(ctx.db, actor, await getVisibleFair(ctx.db, actor, id));
}

type FairFacts = Pick<FairRow, 'kind' | 'specialFocus' | 'startsAt' | 'endsAt' | 'registrationClosesAt'>;

function checkFairRules(f: FairFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (f.kind === 'special' && !f.specialFocus) issues.push({ path: 'specialFocus', message: 'fairs.special_focus_required' });
  if (f.kind !== 'special' && f.specialFocus) issues.push({ path: 'specialFocus', message: 'fairs.special_focus_not_allowed' });
  if (f.endsAt <= f.startsAt) issues.push({ path: 'endsAt', message: 'fairs.ends_before_starts' });
  if (f.registrationClosesAt && f.registrationClosesAt > f.endsAt) issues.push({ path: 'registrationClosesAt', message: 'fairs.closes_after_start' });
  return issues;
}

/** Host and co-organisers: active organisations of the zone; a school's staff host their own school's fairs. */
async function checkOrganisers(
  db: DbOrTx,
  actor: Actor,
  hostOrganisationId: string | null,
  coOrganiserIds: readonly string[],
): Promise<FieldIssue[]> {
  const orgs = await repo.findOrganisationsByIds(db, [...(hostOrganisationId ? [hostOrganisationId] : []), ...coOrganiserIds]);
  const usable = (org: OrganisationRef | undefined) => org !== undefined && org.zoneId === actor.zoneId && org.isActive;
  const issues: FieldIssue[] = [];
  if (hostOrganisationId && !usable(orgs.get(hostOrganisationId))) issues.push({ path: 'hostOrganisationId', message: 'fairs.host_invalid' });
  if (actor.role !== 'operator' && hostOrganisationId !== actor.organisationId) issues.push({ path: 'hostOrganisationId', message: 'fairs.host_must_be_own' });
  coOrganiserIds.forEach((id, i) => {
    if (!usable(orgs.get(id))) issues.push({ path: `coOrganiserIds.${i}`, message: 'fairs.co_organiser_invalid' });
  });
  return issues;
}

/** Operators create their zone's fairs; a school's staff create fairs their school hosts; nobody else. */
async function assertMayCreate(db: DbOrTx, actor: Actor): Promise<void> {
  zoneOf(actor);
  if (actor.role === 'operator') return;
  if (!actor.organisationId) throw new AppError('forbidden');
  const own = (await repo.findOrganisationsByIds(db, [actor.organisationId])).get(actor.organisationId);
  if (!own || own.type !== 'school' || !own.isActive) throw new AppError('forbidden');
}

export async function createFair(ctx: AppContext, actor: Actor, input: CreateFairInput, source: AuditSource): Promise<FairView> {
  await assertMayCreate(ctx.db, actor);
  const zoneId = zoneOf(actor);
  const hostOrganisationId = actor.role === 'operator' ? (input.hostOrganisationId ?? null) : (input.hostOrganisationId ?? actor.organisationId);
  const coOrganiserIds = [...new Set(input.coOrganiserIds ?? [])];
  const facts = {
    kind: input.kind,
    specialFocus: input.specialFocus ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    registrationClosesAt: input.registrationClosesAt ?? null,
  };
  throwIfIssues([...checkFairRules(facts), ...(await checkOrganisers(ctx.db, actor, hostOrganisationId, coOrganiserIds))]);
  const fair = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertFair(tx, {
      zoneId,
      ...facts,
      title: input.title,
      description: input.description ?? null,
      venue: input.venue,
      regionCode: input.regionCode,
      hostOrganisationId,
      coOrganiserIds,
      boothCapacity: input.boothCapacity,
      seekerCapacity: input.seekerCapacity ?? null,
      status: 'draft',
      createdBy: actor.accountId,
    });
    await recordAudit(tx, source, {
      action: 'fair.create',
      entityType: 'fair',
      entityId: row.id,
      organisationId: hostOrganisationId,
      after: { kind: row.kind, title: row.title, startsAt: row.startsAt, endsAt: row.endsAt, boothCapacity: row.boothCapacity, seekerCapacity: row.seekerCapacity },
    });
    return row;
  });
  return viewOf(ctx.db, actor, fair);
}

export async function updateFair(ctx: AppContext, actor: Actor, id: string, input: UpdateFairInput, source: AuditSource): Promise<FairView> {
  const current = await getManagedFair(ctx.db, actor, id);
  if (current.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_cancelled' }] });
  const { expectedVersion, ...fields } = input;
  const patch: Partial<repo.NewFairRow> = {};
  if (fields.kind !== undefined) patch.kind = fields.kind;
  if (fields.specialFocus !== undefined) patch.specialFocus = fields.specialFocus;
  if (fields.title !== undefined) patch.title = fields.title;
  if (fields.description !== undefined) patch.description = fields.description;
  if (fields.venue !== undefined) patch.venue = fields.venue;
  if (fields.regionCode !== undefined) patch.regionCode = fields.regionCode;
  if (fields.startsAt !== undefined) patch.startsAt = fields.startsAt;
  if (fields.endsAt !== undefined) patch.endsAt = fields.endsAt;
  if (fields.hostOrganisationId !== undefined) patch.hostOrganisationId = fields.hostOrganisationId;
  if (fields.coOrganiserIds !== undefined) patch.coOrganiserIds = [...new Set(fields.coOrganiserIds)];
  if (fields.boothCapacity !== undefined) patch.boothCapacity = fields.boothCapacity;
  if (fields.seekerCapacity !== undefined) patch.seekerCapacity = fields.seekerCapacity;
  if (fields.registrationClosesAt !== undefined) patch.registrationClosesAt = fields.registrationClosesAt;
  const next = { ...current, ...patch } as FairRow;
  // A kind changed away from 'special' drops its focus rather than failing on it.
  if (patch.kind !== undefined && patch.kind !== 'special' && fields.specialFocus === undefined) patch.specialFocus = next.specialFocus = null;
  const issues = checkFairRules(next);
  if (fields.hostOrganisationId !== undefined || fields.coOrganiserIds !== undefined) {
    issues.push(...(await checkOrganisers(ctx.db, actor, next.hostOrganisationId, next.coOrganiserIds)));
  }
  throwIfIssues(issues);
  const fair = await ctx.db.transaction(async (tx) => {
    const locked = await findFair(tx, id, { forUpdate: true });
    if (!locked || locked.version !== expectedVersion) throw new AppError('stale_version');
    // Capacities are checked under the fair's lock, which every approval and registration also takes.
    const capacityIssues: FieldIssue[] = [];
    if (patch.boothCapacity !== undefined) {
      const approved = await boothsRepo.countApprovedBooths(tx, id);
      if (patch.boothCapacity < approved) capacityIssues.push({ path: 'boothCapacity', message: 'fairs.booth_capacity_below_approved', params: { count: approved } });
    }
    if (patch.seekerCapacity !== undefined && patch.seekerCapacity !== null) {
      const registered = await registrationsRepo.countActiveRegistrations(tx, id);
      if (patch.seekerCapacity < registered) capacityIssues.push({ path: 'seekerCapacity', message: 'fairs.seeker_capacity_below_registered', params: { count: registered } });
    }
    throwIfIssues(capacityIssues);
    const row = await repo.updateFairIfVersion(tx, id, expectedVersion, patch);
    if (!row) throw new AppError('stale_version');
    const diff = changedFields(locked as unknown as Record<string, unknown>, patch as Record<string, unknown>);
    await recordAudit(tx, source, { action: 'fair.update', entityType: 'fair', entityId: id, organisationId: row.hostOrganisationId, ...diff });
    return row;
  });
  return viewOf(ctx.db, actor, fair);
}

export async function publishFair(ctx: AppContext, actor: Actor, id: string, source: AuditSource): Promise<FairView> {
  await getManagedFair(ctx.db, actor, id);
  const fair = await ctx.db.transaction(async (tx) => {
    const locked = await findFair(tx, id, { forUpdate: true });
    if (!locked) throw new AppError('not_found');
    if (locked.status !== 'draft') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.not_draft' }] });
    const row = await repo.updateFairIfVersion(tx, id, locked.version, { status: 'published' });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, { action: 'fair.publish', entityType: 'fair', entityId: id, organisationId: row.hostOrganisationId, before: { status: locked.status }, after: { status: row.status } });
    return row;
  });
  return viewOf(ctx.db, actor, fair);
}

export async function cancelFair(ctx: AppContext, actor: Actor, id: string, input: CancelFairInput, source: AuditSource): Promise<FairView> {
  await getManagedFair(ctx.db, actor, id);
  const fair = await ctx.db.transaction(async (tx) => {
    const locked = await findFair(tx, id, { forUpdate: true });
    if (!locked) throw new AppError('not_found');
    if (input.expectedVersion !== undefined && input.expectedVersion !== locked.version) throw new AppError('stale_version');
    if (locked.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_cancelled' }] });
    if (phaseOf(locked) === 'over') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_over' }] });
    const row = await repo.updateFairIfVersion(tx, id, locked.version, { status: 'cancelled' });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'fair.cancel',
      entityType: 'fair',
      entityId: id,
      organisationId: row.hostOrganisationId,
      before: { status: locked.status },
      after: { status: row.status, reason: input.reason },
    });
    return row;
  });
  return viewOf(ctx.db, actor, fair);
}

// The portal -------------------------------------------------------------------------------------

async function toPublicViews(db: DbOrTx, rows: readonly FairRow[]): Promise<PublicFairView[]> {
  const ids = rows.map((f) => f.id);
  const [orgs, counts, booths] = await Promise.all([
    repo.findOrganisationsByIds(db, rows.flatMap((f) => [...(f.hostOrganisationId ? [f.hostOrganisationId] : []), ...f.coOrganiserIds])),
    repo.countsOfFairs(db, ids),
    boothsRepo.findApprovedBoothsOfFairs(db, ids),
  ]);
  const positions = await boothsRepo.findPositionsOfBooths(db, booths.map((b) => b.id));
  return rows.map((f) =>
    toPublicFairView(
      f,
      orgs,
      counts.get(f.id),
      booths.filter((b) => b.fairId === f.id),
      positions,
    ),
  );
}

export async function findPublicFairs(ctx: AppContext, query: PublicFairsQuery): Promise<{ items: PublicFairView[] }> {
  return { items: await toPublicViews(ctx.db, await repo.findPublishedFairs(ctx.db, query, new Date())) };
}

/** A published fair; drafts and cancelled fairs are not found on the portal. */
export async function getPublishedFair(db: DbOrTx, id: string): Promise<FairRow> {
  const fair = await findFair(db, id);
  if (!fair || fair.status !== 'published') throw new AppError('not_found');
  return fair;
}

export async function getPublicFair(ctx: AppContext, id: string): Promise<PublicFairView> {
  const [view] = await toPublicViews(ctx.db, [await getPublishedFair(ctx.db, id)]);
  if (!view) throw new AppError('not_found');
  return view;
}
