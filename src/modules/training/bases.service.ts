import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/errors';
import { regionName } from '../organisations/regions';
import * as repo from './bases.repository';
import type { BaseRow, Partner } from './bases.repository';
import type { BaseFilters, BaseView, CreateBaseInput, UpdateBaseInput } from './bases.schemas';
import { formatRange, type Holding, peakOf, toMinutes } from './booking-capacity';
import { findHoldingsFrom } from './bookings.repository';
import { type BaseStatus, PARTNER_ORGANISATION_TYPES } from './training.codes';
import { organisationProblem, requireInZone, throwIfIssues, zoneOf } from './training.scope';

export function hoursPerDay(base: { opensAt: string; closesAt: string }): number {
  return (toMinutes(base.closesAt) - toMinutes(base.opensAt)) / 60;
}

export function toBaseView(row: BaseRow, partners: Partner[]): BaseView {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode) ?? null,
    address: row.address,
    majors: row.majors,
    stations: row.stations,
    capacity: row.capacity,
    opensAt: row.opensAt.slice(0, 5),
    closesAt: row.closesAt.slice(0, 5),
    hoursPerDay: hoursPerDay(row),
    status: row.status as BaseStatus,
    isProvincialDemonstrative: row.isProvincialDemonstrative,
    completedOn: row.completedOn,
    description: row.description,
    partners: partners.map((p) => ({ ...p, type: p.type as BaseView['partners'][number]['type'] })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function viewOf(db: DbOrTx, row: BaseRow): Promise<BaseView> {
  return toBaseView(row, (await repo.findPartners(db, [row.id])).get(row.id) ?? []);
}

/** A base of the actor's zone; any other is not found. */
export async function getVisibleBase(ctx: AppContext, actor: Actor, id: string): Promise<BaseRow> {
  return requireInZone(actor, await repo.getBaseById(ctx.db, id));
}

/** Rules across fields, on the base as it would be after the change. */
export function checkBaseRules(
  base: { opensAt: string; closesAt: string; status: string; isProvincialDemonstrative: boolean; completedOn?: string | null | undefined },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (toMinutes(base.closesAt) <= toMinutes(base.opensAt)) issues.push({ path: 'closesAt', message: 'training.base.closes_before_opens' });
  const needsCompletion = base.status === 'operating' || base.status === 'suspended' || base.isProvincialDemonstrative;
  if (needsCompletion && !base.completedOn) issues.push({ path: 'completedOn', message: 'training.base.completion_required' });
  if (base.completedOn && base.completedOn > today) issues.push({ path: 'completedOn', message: 'training.base.completed_in_future' });
  return issues;
}

async function partnerIssues(ctx: AppContext, actor: Actor, partnerIds: string[]): Promise<FieldIssue[]> {
  const found = await repo.findOrganisationsByIds(ctx.db, partnerIds);
  return partnerIds.flatMap((id, i) => {
    const problem = organisationProblem(actor, `partnerIds.${i}`, found.get(id), PARTNER_ORGANISATION_TYPES, 'training.base.partner_type');
    return problem ? [problem] : [];
  });
}

/**
 * What a smaller base or shorter opening hours would break: bookings from today on must still fit.
 * Runs with the base row locked, so no booking slips in between the check and the change.
 */
async function bookingIssues(tx: DbOrTx, current: BaseRow, next: { stations: number; capacity: number; opensAt: string; closesAt: string }, today: string): Promise<FieldIssue[]> {
  const holdings = await findHoldingsFrom(tx, current.id, today);
  const issues: FieldIssue[] = [];
  const opens = toMinutes(next.opensAt);
  const closes = toMinutes(next.closesAt);
  const outside = holdings.find((b) => toMinutes(b.startsAt) < opens || toMinutes(b.endsAt) > closes);
  if (outside) {
    issues.push({
      path: toMinutes(outside.startsAt) < opens ? 'opensAt' : 'closesAt',
      message: 'training.base.hours_exclude_bookings',
      params: { date: outside.bookedOn, time: formatRange({ start: toMinutes(outside.startsAt), end: toMinutes(outside.endsAt) }) },
    });
  }
  const byDay = new Map<string, Holding[]>();
  for (const b of holdings) {
    byDay.set(b.bookedOn, [...(byDay.get(b.bookedOn) ?? []), { id: b.id, start: toMinutes(b.startsAt), end: toMinutes(b.endsAt), stations: b.stations, trainees: b.trainees }]);
  }
  // The first day that would no longer fit, at its fullest moment, for each dimension.
  for (const [field, path, message, limit] of [
    ['stations', 'stations', 'training.base.stations_below_bookings', next.stations],
    ['trainees', 'capacity', 'training.base.capacity_below_bookings', next.capacity],
  ] as const) {
    for (const [date, day] of byDay) {
      const peak = peakOf({ start: 0, end: 24 * 60 }, day, field);
      if (peak.load <= limit) continue;
      issues.push({ path, message, params: { date, time: formatRange(peak.at), booked: peak.load } });
      break;
    }
  }
  return issues;
}

export async function findBases(
  ctx: AppContext,
  actor: Actor,
  filters: BaseFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: BaseView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findBases(ctx.db, zoneOf(actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  const partners = await repo.findPartners(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => toBaseView(r, partners.get(r.id) ?? [])), total, page: page.page, pageSize: page.pageSize };
}

export async function getBase(ctx: AppContext, actor: Actor, id: string): Promise<BaseView> {
  return viewOf(ctx.db, await getVisibleBase(ctx, actor, id));
}

export async function createBase(ctx: AppContext, actor: Actor, input: CreateBaseInput, source: AuditSource): Promise<BaseView> {
  const zoneId = zoneOf(actor);
  throwIfIssues([...checkBaseRules(input, todayInChina()), ...(await partnerIssues(ctx, actor, input.partnerIds))]);
  const { partnerIds, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertBase(tx, { ...fields, completedOn: fields.completedOn ?? null, zoneId });
    await repo.replacePartners(tx, row.id, partnerIds);
    const view = await viewOf(tx, row);
    await recordAudit(tx, source, { action: 'training_base.create', entityType: 'training_base', entityId: row.id, after: view });
    return view;
  });
}

export async function updateBase(ctx: AppContext, actor: Actor, id: string, input: UpdateBaseInput, source: AuditSource): Promise<BaseView> {
  const current = await getVisibleBase(ctx, actor, id);
  const { version, partnerIds, ...patch } = input;
  const today = todayInChina();
  const next = {
    stations: patch.stations ?? current.stations,
    capacity: patch.capacity ?? current.capacity,
    opensAt: patch.opensAt ?? current.opensAt,
    closesAt: patch.closesAt ?? current.closesAt,
    status: patch.status ?? current.status,
    isProvincialDemonstrative: patch.isProvincialDemonstrative ?? current.isProvincialDemonstrative,
    completedOn: patch.completedOn === undefined ? current.completedOn : patch.completedOn,
  };
  throwIfIssues([...checkBaseRules(next, today), ...(partnerIds ? await partnerIssues(ctx, actor, partnerIds) : [])]);
  return ctx.db.transaction(async (tx) => {
    const locked = await repo.lockBase(tx, id);
    if (!locked || locked.version !== version) throw new AppError('stale_version');
    const isShrinking =
      next.stations < locked.stations ||
      next.capacity < locked.capacity ||
      toMinutes(next.opensAt) > toMinutes(locked.opensAt) ||
      toMinutes(next.closesAt) < toMinutes(locked.closesAt);
    if (isShrinking) throwIfIssues(await bookingIssues(tx, locked, next, today));
    const before = await viewOf(tx, locked);
    const row = await repo.updateBaseIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    if (partnerIds) await repo.replacePartners(tx, id, partnerIds);
    const after = await viewOf(tx, row);
    const diff = changedFields(before, after);
    for (const key of ['version', 'updatedAt'] as const) {
      delete diff.before[key];
      delete diff.after[key];
    }
    await recordAudit(tx, source, { action: 'training_base.update', entityType: 'training_base', entityId: id, ...diff });
    return after;
  });
}
