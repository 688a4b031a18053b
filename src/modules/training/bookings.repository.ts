import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { trainingBases, trainingBookings } from './training.table';

export type BookingRow = typeof trainingBookings.$inferSelect;
export type NewBookingRow = typeof trainingBookings.$inferInsert;
export type BookingWithNames = BookingRow & { baseName: string; organisationName: string; organisationShortName: string | null };

/** Which bookings a reader may list: the zone (operators, government) or one organisation's own. */
export type BookingScope = { zoneId: string } | { zoneId: string; organisationId: string };

const withNames = {
  booking: trainingBookings,
  baseName: trainingBases.name,
  organisationName: organisations.name,
  organisationShortName: organisations.shortName,
};

function flatten(row: { booking: BookingRow; baseName: string; organisationName: string; organisationShortName: string | null }): BookingWithNames {
  return { ...row.booking, baseName: row.baseName, organisationName: row.organisationName, organisationShortName: row.organisationShortName };
}

function selectWithNames(db: DbOrTx) {
  return db
    .select(withNames)
    .from(trainingBookings)
    .innerJoin(trainingBases, eq(trainingBases.id, trainingBookings.baseId))
    .innerJoin(organisations, eq(organisations.id, trainingBookings.organisationId));
}

export async function getBookingById(db: DbOrTx, id: string): Promise<BookingWithNames | undefined> {
  const [row] = await selectWithNames(db).where(eq(trainingBookings.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** The confirmed bookings of a base on one day, which a new or changed booking must fit beside. */
export async function findHoldingsOfDay(db: DbOrTx, baseId: string, date: string): Promise<BookingWithNames[]> {
  const rows = await selectWithNames(db)
    .where(and(eq(trainingBookings.baseId, baseId), eq(trainingBookings.bookedOn, date), eq(trainingBookings.status, 'confirmed')))
    .orderBy(asc(trainingBookings.startsAt), asc(trainingBookings.endsAt));
  return rows.map(flatten);
}

/** Confirmed bookings of a base from `from` on, which a change of the base's size or hours must keep room for. */
export async function findHoldingsFrom(db: DbOrTx, baseId: string, from: string): Promise<BookingRow[]> {
  return db
    .select()
    .from(trainingBookings)
    .where(and(eq(trainingBookings.baseId, baseId), gte(trainingBookings.bookedOn, from), eq(trainingBookings.status, 'confirmed')))
    .orderBy(asc(trainingBookings.bookedOn), asc(trainingBookings.startsAt));
}

export async function insertBooking(db: DbOrTx, row: NewBookingRow): Promise<BookingRow> {
  const [created] = await db.insert(trainingBookings).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateBookingIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewBookingRow>): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(trainingBookings)
    .set({ ...patch, version: sql`${trainingBookings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(trainingBookings.id, id), eq(trainingBookings.version, version)))
    .returning();
  return row;
}

function scopeCondition(scope: BookingScope): SQL | undefined {
  return and(eq(trainingBookings.zoneId, scope.zoneId), 'organisationId' in scope ? eq(trainingBookings.organisationId, scope.organisationId) : undefined);
}

export async function findBookings(
  db: DbOrTx,
  scope: BookingScope,
  filters: {
    baseId?: string | undefined;
    organisationId?: string | undefined;
    status?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    use?: 'recorded' | 'missing' | undefined;
  },
  page: { offset: number; limit: number },
  today: string,
): Promise<{ rows: BookingWithNames[]; total: number }> {
  const useCondition =
    filters.use === 'recorded'
      ? isNotNull(trainingBookings.useRecordedAt)
      : filters.use === 'missing'
        ? and(eq(trainingBookings.status, 'confirmed'), isNull(trainingBookings.useRecordedAt), lt(trainingBookings.bookedOn, today))
        : undefined;
  const where = and(
    scopeCondition(scope),
    useCondition,
    filters.baseId ? eq(trainingBookings.baseId, filters.baseId) : undefined,
    filters.organisationId ? eq(trainingBookings.organisationId, filters.organisationId) : undefined,
    filters.status ? eq(trainingBookings.status, filters.status) : undefined,
    filters.from ? gte(trainingBookings.bookedOn, filters.from) : undefined,
    filters.to ? lte(trainingBookings.bookedOn, filters.to) : undefined,
  );
  const [rows, totals] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(desc(trainingBookings.bookedOn), desc(trainingBookings.startsAt), desc(trainingBookings.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(trainingBookings).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

/** Confirmed bookings of the zone (or one base) between two dates, for the calendar. */
export async function findCalendarBookings(db: DbOrTx, zoneId: string, range: { from: string; to: string; baseId?: string | undefined }): Promise<BookingWithNames[]> {
  const rows = await selectWithNames(db)
    .where(
      and(
        eq(trainingBookings.zoneId, zoneId),
        range.baseId ? eq(trainingBookings.baseId, range.baseId) : undefined,
        eq(trainingBookings.status, 'confirmed'),
        gte(trainingBookings.bookedOn, range.from),
        lte(trainingBookings.bookedOn, range.to),
      ),
    )
    .orderBy(asc(trainingBookings.bookedOn), asc(trainingBookings.startsAt), asc(trainingBookings.id));
  return rows.map(flatten);
}

const bookedHours = sql<string>`sum(${trainingBookings.trainees} * extract(epoch from (${trainingBookings.endsAt} - ${trainingBookings.startsAt})) / 3600)`;
const usedHours = sql<string>`coalesce(sum(${trainingBookings.attendedTrainees} * ${trainingBookings.attendedMinutes}), 0) / 60.0`;

/** Per base and month: confirmed bookings, booked trainee-hours and used (recorded) trainee-hours. */
export async function sumUseByBaseAndMonth(
  db: DbOrTx,
  zoneId: string,
  range: { from: string; to: string; baseId?: string | undefined },
): Promise<{ baseId: string; month: string; bookings: number; bookedTraineeHours: number; usedTraineeHours: number }[]> {
  const month = sql<string>`to_char(${trainingBookings.bookedOn}, 'YYYY-MM')`;
  const rows = await db
    .select({ baseId: trainingBookings.baseId, month, bookings: count(), booked: bookedHours, used: usedHours })
    .from(trainingBookings)
    .where(
      and(
        eq(trainingBookings.zoneId, zoneId),
        range.baseId ? eq(trainingBookings.baseId, range.baseId) : undefined,
        eq(trainingBookings.status, 'confirmed'),
        gte(trainingBookings.bookedOn, range.from),
        lte(trainingBookings.bookedOn, range.to),
      ),
    )
    .groupBy(trainingBookings.baseId, month);
  return rows.map((r) => ({ baseId: r.baseId, month: r.month, bookings: r.bookings, bookedTraineeHours: Number(r.booked), usedTraineeHours: Number(r.used) }));
}

/** Confirmed bookings and used trainee-hours of the zone in a date range. */
export async function sumZoneUse(db: DbOrTx, zoneId: string, range: { from: string; to: string }): Promise<{ bookings: number; usedTraineeHours: number }> {
  const [row] = await db
    .select({ bookings: count(), used: usedHours })
    .from(trainingBookings)
    .where(
      and(
        eq(trainingBookings.zoneId, zoneId),
        ne(trainingBookings.status, 'cancelled'),
        gte(trainingBookings.bookedOn, range.from),
        lte(trainingBookings.bookedOn, range.to),
      ),
    );
  return { bookings: row?.bookings ?? 0, usedTraineeHours: Number(row?.used ?? 0) };
}
