import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import * as basesRepo from './bases.repository';
import type { BaseRow } from './bases.repository';
import { type CapacityProblem, findCapacityProblems, formatRange, toMinutes } from './booking-capacity';
import * as repo from './bookings.repository';
import type { BookingScope, BookingWithNames } from './bookings.repository';
import type { BookingFilters, BookingView, CalendarQuery, CalendarView, CancelBookingInput, CreateBookingInput, RecordUseInput } from './bookings.schemas';
import { BOOKING_HORIZON_DAYS, BOOKING_ORGANISATION_TYPES, type BookingStatus } from './training.codes';
import { isZoneWide, organisationProblem, throwIfIssues, zoneOf } from './training.scope';

const DAY_MS = 86_400_000;
const MAX_CALENDAR_DAYS = 62;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function rangeOf(row: { startsAt: string; endsAt: string }) {
  return { start: toMinutes(row.startsAt), end: toMinutes(row.endsAt) };
}

export function toBookingView(row: BookingWithNames): BookingView {
  const attendedHours = row.attendedMinutes === null ? null : row.attendedMinutes / 60;
  return {
    id: row.id,
    baseId: row.baseId,
    baseName: row.baseName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    date: row.bookedOn,
    startTime: row.startsAt.slice(0, 5),
    endTime: row.endsAt.slice(0, 5),
    stations: row.stations,
    trainees: row.trainees,
    purpose: row.purpose,
    status: row.status as BookingStatus,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    attendedTrainees: row.attendedTrainees,
    attendedHours,
    traineeHours: row.attendedTrainees === null || attendedHours === null ? null : row.attendedTrainees * attendedHours,
    useRecordedAt: row.useRecordedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

function scopeOf(actor: Actor): BookingScope {
  const zoneId = zoneOf(actor);
  if (isZoneWide(actor)) return { zoneId };
  if (!actor.organisationId) throw new AppError('forbidden');
  return { zoneId, organisationId: actor.organisationId };
}

/** A booking the actor may see: the zone's for operators and government, otherwise only their organisation's own. */
async function getVisibleBooking(ctx: AppContext, actor: Actor, id: string): Promise<BookingWithNames> {
  const row = await repo.getBookingById(ctx.db, id);
  const scope = scopeOf(actor);
  if (!row || row.zoneId !== scope.zoneId || ('organisationId' in scope && row.organisationId !== scope.organisationId)) throw new AppError('not_found');
  return row;
}

/** The rules a booking must meet before capacity is even looked at. */
export function checkBookingRules(
  input: { date: string; startTime: string; endTime: string; stations: number; trainees: number },
  base: Pick<BaseRow, 'status' | 'opensAt' | 'closesAt' | 'stations' | 'capacity'>,
  context: { today: string; mayBookPast: boolean },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (base.status !== 'operating') issues.push({ path: 'baseId', message: 'training.base.not_operating' });
  if (!context.mayBookPast && input.date < context.today) issues.push({ path: 'date', message: 'training.booking.date_in_past' });
  if (input.date > addDays(context.today, BOOKING_HORIZON_DAYS)) {
    issues.push({ path: 'date', message: 'training.booking.too_far_ahead', params: { days: BOOKING_HORIZON_DAYS } });
  }
  const start = toMinutes(input.startTime);
  const end = toMinutes(input.endTime);
  const hours = { opens: base.opensAt.slice(0, 5), closes: base.closesAt.slice(0, 5) };
  if (end <= start) issues.push({ path: 'endTime', message: 'training.booking.ends_before_starts' });
  if (start < toMinutes(base.opensAt)) issues.push({ path: 'startTime', message: 'training.booking.outside_hours', params: hours });
  if (end > toMinutes(base.closesAt)) issues.push({ path: 'endTime', message: 'training.booking.outside_hours', params: hours });
  if (input.stations > base.stations) issues.push({ path: 'stations', message: 'training.booking.over_base_stations', params: { limit: base.stations } });
  if (input.trainees > base.capacity) issues.push({ path: 'trainees', message: 'training.booking.over_base_capacity', params: { limit: base.capacity } });
  return issues;
}

/**
 * The conflict error: it names the field, when, how much is free, and the bookings in the way —
 * with their organisation for zone staff and for the booker's own bookings, as times alone otherwise.
 */
function conflictError(actor: Actor, date: string, problems: CapacityProblem[], holdings: BookingWithNames[]): AppError {
  const byId = new Map(holdings.map((h) => [h.id, h]));
  const isVisible = (h: BookingWithNames) => isZoneWide(actor) || h.organisationId === actor.organisationId;
  const describe = (h: BookingWithNames) => {
    const time = formatRange(rangeOf(h));
    return isVisible(h) ? `${time} ${h.organisationShortName ?? h.organisationName}` : time;
  };
  const fields: FieldIssue[] = problems.map((p) => ({
    path: p.field,
    message: p.field === 'stations' ? 'training.booking.stations_conflict' : 'training.booking.trainees_conflict',
    params: {
      date,
      time: formatRange(p.at),
      free: p.free,
      limit: p.limit,
      bookings: p.collidingIds.flatMap((id) => {
        const h = byId.get(id);
        return h ? [describe(h)] : [];
      }).join(', '),
    },
  }));
  const collisions = [...new Set(problems.flatMap((p) => p.collidingIds))].flatMap((id) => {
    const h = byId.get(id);
    if (!h) return [];
    const visible = isVisible(h);
    return [
      {
        bookingId: visible ? h.id : null,
        organisationName: visible ? h.organisationName : null,
        startTime: h.startsAt.slice(0, 5),
        endTime: h.endsAt.slice(0, 5),
        stations: h.stations,
        trainees: h.trainees,
      },
    ];
  });
  return new AppError('conflict', { fields, details: { collisions } });
}

/** Which organisation a booking is for: the operator names it; schools and enterprises book for themselves. */
async function bookingOrganisation(ctx: AppContext, actor: Actor, organisationId: string | undefined): Promise<basesRepo.OrganisationRef> {
  if (actor.role === 'operator') {
    if (!organisationId) throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'training.booking.organisation_required' }] });
    const org = (await basesRepo.findOrganisationsByIds(ctx.db, [organisationId])).get(organisationId);
    const problem = organisationProblem(actor, 'organisationId', org, BOOKING_ORGANISATION_TYPES, 'training.booking.organisation_type');
    if (problem || !org) throw new AppError('validation_failed', { fields: problem ? [problem] : [] });
    return org;
  }
  if (!actor.organisationId || (organisationId && organisationId !== actor.organisationId)) throw new AppError('forbidden');
  const org = (await basesRepo.findOrganisationsByIds(ctx.db, [actor.organisationId])).get(actor.organisationId);
  // An association's or bank's staff hold the role but their organisation does not book bases.
  if (!org || !(BOOKING_ORGANISATION_TYPES as readonly string[]).includes(org.type)) throw new AppError('forbidden');
  return org;
}

export async function createBooking(ctx: AppContext, actor: Actor, input: CreateBookingInput, source: AuditSource): Promise<BookingView> {
  const zoneId = zoneOf(actor);
  const org = await bookingOrganisation(ctx, actor, input.organisationId);
  const base = await basesRepo.getBaseById(ctx.db, input.baseId);
  if (!base || base.zoneId !== zoneId) throw new AppError('validation_failed', { fields: [{ path: 'baseId', message: 'not_found' }] });
  const today = todayInChina();
  // Operators also enter bookings made by phone after the day; schools and enterprises book ahead.
  const context = { today, mayBookPast: actor.role === 'operator' };
  throwIfIssues(checkBookingRules(input, base, context));
  const id = await ctx.db.transaction(async (tx) => {
    const locked = await basesRepo.lockBase(tx, base.id);
    if (!locked) throw new AppError('not_found');
    // The base may have changed between the first read and the lock.
    throwIfIssues(checkBookingRules(input, locked, context));
    const holdings = await repo.findHoldingsOfDay(tx, base.id, input.date);
    const problems = findCapacityProblems(
      { start: toMinutes(input.startTime), end: toMinutes(input.endTime), stations: input.stations, trainees: input.trainees },
      holdings.map((h) => ({ id: h.id, ...rangeOf(h), stations: h.stations, trainees: h.trainees })),
      { stations: locked.stations, trainees: locked.capacity },
    );
    if (problems.length) throw conflictError(actor, input.date, problems, holdings);
    const row = await repo.insertBooking(tx, {
      zoneId,
      baseId: base.id,
      organisationId: org.id,
      bookedOn: input.date,
      startsAt: input.startTime,
      endsAt: input.endTime,
      stations: input.stations,
      trainees: input.trainees,
      purpose: input.purpose,
      createdBy: actor.accountId,
    });
    await recordAudit(tx, source, {
      action: 'training_booking.create',
      entityType: 'training_booking',
      entityId: row.id,
      organisationId: org.id,
      after: { baseId: base.id, date: input.date, startTime: input.startTime, endTime: input.endTime, stations: input.stations, trainees: input.trainees, purpose: input.purpose },
    });
    return row.id;
  });
  return toBookingView(await getVisibleBooking(ctx, actor, id));
}

export async function cancelBooking(ctx: AppContext, actor: Actor, id: string, input: CancelBookingInput, source: AuditSource): Promise<BookingView> {
  const current = await getVisibleBooking(ctx, actor, id);
  if (current.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'training.booking.already_cancelled' }] });
  if (current.useRecordedAt) throw new AppError('conflict', { fields: [{ path: 'status', message: 'training.booking.use_recorded' }] });
  if (actor.role !== 'operator' && current.bookedOn <= todayInChina()) {
    throw new AppError('conflict', { fields: [{ path: 'date', message: 'training.booking.already_started' }] });
  }
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateBookingIfVersion(tx, id, input.version, { status: 'cancelled', cancelledAt: new Date(), cancelReason: input.reason ?? null });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'training_booking.cancel',
      entityType: 'training_booking',
      entityId: id,
      organisationId: row.organisationId,
      before: { status: current.status },
      after: { status: row.status, reason: row.cancelReason },
    });
  });
  return toBookingView(await getVisibleBooking(ctx, actor, id));
}

/** Records who came and for how long, once the booked day has come. */
export async function recordBookingUse(ctx: AppContext, actor: Actor, id: string, input: RecordUseInput, source: AuditSource): Promise<BookingView> {
  const current = await getVisibleBooking(ctx, actor, id);
  if (current.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'training.booking.use_of_cancelled' }] });
  const issues: FieldIssue[] = [];
  if (current.bookedOn > todayInChina()) issues.push({ path: 'date', message: 'training.booking.not_yet_held', params: { date: current.bookedOn } });
  const base = await basesRepo.getBaseById(ctx.db, current.baseId);
  if (base && input.attendedTrainees > base.capacity) {
    issues.push({ path: 'attendedTrainees', message: 'training.booking.attended_over_capacity', params: { limit: base.capacity } });
  }
  const range = rangeOf(current);
  const bookedMinutes = range.end - range.start;
  const attendedMinutes = Math.round(input.attendedHours * 60);
  if (attendedMinutes > bookedMinutes) issues.push({ path: 'attendedHours', message: 'training.booking.hours_over_booking', params: { hours: bookedMinutes / 60 } });
  throwIfIssues(issues);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateBookingIfVersion(tx, id, input.version, { attendedTrainees: input.attendedTrainees, attendedMinutes, useRecordedAt: new Date() });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'training_booking.record_use',
      entityType: 'training_booking',
      entityId: id,
      organisationId: row.organisationId,
      before: { attendedTrainees: current.attendedTrainees, attendedMinutes: current.attendedMinutes },
      after: { attendedTrainees: row.attendedTrainees, attendedMinutes: row.attendedMinutes },
    });
  });
  return toBookingView(await getVisibleBooking(ctx, actor, id));
}

export async function getBooking(ctx: AppContext, actor: Actor, id: string): Promise<BookingView> {
  return toBookingView(await getVisibleBooking(ctx, actor, id));
}

export async function findBookings(
  ctx: AppContext,
  actor: Actor,
  filters: BookingFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: BookingView[]; total: number; page: number; pageSize: number }> {
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new AppError('validation_failed', { fields: [{ path: 'querystring.from', message: 'period.from_after_to' }] });
  }
  const { rows, total } = await repo.findBookings(ctx.db, scopeOf(actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize }, todayInChina());
  return { items: rows.map(toBookingView), total, page: page.page, pageSize: page.pageSize };
}

/** The calendar of a range: every confirmed booking, others' shown only as occupied to schools and enterprises. */
export async function getCalendar(ctx: AppContext, actor: Actor, query: CalendarQuery): Promise<CalendarView> {
  const zoneId = zoneOf(actor);
  if (query.from > query.to) throw new AppError('validation_failed', { fields: [{ path: 'querystring.from', message: 'period.from_after_to' }] });
  if (query.to > addDays(query.from, MAX_CALENDAR_DAYS - 1)) {
    throw new AppError('validation_failed', { fields: [{ path: 'querystring.to', message: 'training.calendar.range_too_long', params: { days: MAX_CALENDAR_DAYS } }] });
  }
  const bases = await basesRepo.findBasesOfZone(ctx.db, zoneId, query.baseId);
  if (query.baseId && bases.length === 0) throw new AppError('not_found');
  const rows = await repo.findCalendarBookings(ctx.db, zoneId, query);
  const seesAll = isZoneWide(actor);
  return {
    from: query.from,
    to: query.to,
    bases: bases.map((b) => ({ id: b.id, name: b.name, stations: b.stations, capacity: b.capacity, opensAt: b.opensAt.slice(0, 5), closesAt: b.closesAt.slice(0, 5), status: b.status })),
    slots: rows.map((r) => {
      const isOwn = r.organisationId === actor.organisationId;
      return {
        baseId: r.baseId,
        date: r.bookedOn,
        startTime: r.startsAt.slice(0, 5),
        endTime: r.endsAt.slice(0, 5),
        stations: r.stations,
        trainees: r.trainees,
        isOwn,
        booking: seesAll || isOwn ? { id: r.id, organisationName: r.organisationName, purpose: r.purpose } : null,
      };
    }),
  };
}
