import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { seekers } from '../talent/talent.table';
import { fairRegistrations, fairs } from './fairs.table';

export type RegistrationRow = typeof fairRegistrations.$inferSelect;
export type NewRegistrationRow = typeof fairRegistrations.$inferInsert;

/** A ticket with what its view shows: the fair's title, time and venue and the seeker's name. */
export type TicketRow = RegistrationRow & { fairTitle: string; fairStartsAt: Date; venue: string; seekerName: string };

function selectTickets(db: DbOrTx) {
  return db
    .select({ registration: fairRegistrations, fairTitle: fairs.title, fairStartsAt: fairs.startsAt, venue: fairs.venue, seekerName: seekers.name })
    .from(fairRegistrations)
    .innerJoin(fairs, eq(fairs.id, fairRegistrations.fairId))
    .innerJoin(seekers, eq(seekers.id, fairRegistrations.seekerId));
}

function flatten(row: { registration: RegistrationRow; fairTitle: string; fairStartsAt: Date; venue: string; seekerName: string }): TicketRow {
  return { ...row.registration, fairTitle: row.fairTitle, fairStartsAt: row.fairStartsAt, venue: row.venue, seekerName: row.seekerName };
}

/** The registration a ticket code (already normalised to its 8 characters) belongs to, at any fair. */
export async function findRegistrationByTicketCode(db: DbOrTx, ticketCode: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(fairRegistrations).where(eq(fairRegistrations.ticketCode, ticketCode)).limit(1);
  return row;
}

/** A seeker's registration at a fair (any status): one per seeker and fair. */
export async function findRegistrationByFairAndSeeker(db: DbOrTx, fairId: string, seekerId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.seekerId, seekerId)))
    .limit(1);
  return row;
}

export async function getTicketById(db: DbOrTx, id: string): Promise<TicketRow | undefined> {
  const [row] = await selectTickets(db).where(eq(fairRegistrations.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

export async function getTicketByCode(db: DbOrTx, ticketCode: string): Promise<TicketRow | undefined> {
  const [row] = await selectTickets(db).where(eq(fairRegistrations.ticketCode, ticketCode)).limit(1);
  return row ? flatten(row) : undefined;
}

export async function findTicketsOfSeeker(db: DbOrTx, seekerId: string): Promise<TicketRow[]> {
  const rows = await selectTickets(db).where(eq(fairRegistrations.seekerId, seekerId)).orderBy(desc(fairs.startsAt), asc(fairRegistrations.id));
  return rows.map(flatten);
}

/** Tickets that hold a place: what the fair's seeker capacity counts. */
export async function countActiveRegistrations(db: DbOrTx, fairId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, 'registered')));
  return row?.n ?? 0;
}

export async function insertRegistration(db: DbOrTx, row: NewRegistrationRow): Promise<RegistrationRow> {
  const [created] = await db.insert(fairRegistrations).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateRegistration(db: DbOrTx, id: string, patch: Partial<NewRegistrationRow>): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(fairRegistrations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(fairRegistrations.id, id))
    .returning();
  return row;
}

/** Checks a ticket in unless it already is: the first scan wins, later ones change nothing. */
export async function checkInRegistration(db: DbOrTx, id: string, at: Date, by: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(fairRegistrations)
    .set({ checkedInAt: at, checkedInBy: by, updatedAt: new Date() })
    .where(and(eq(fairRegistrations.id, id), isNull(fairRegistrations.checkedInAt), eq(fairRegistrations.status, 'registered')))
    .returning();
  return row;
}

/** The profile a phone number belongs to (phone hashes are unique across the pool), erased ones excluded. */
export async function findSeekerByPhoneHash(db: DbOrTx, phoneHash: string): Promise<typeof seekers.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(seekers)
    .where(and(eq(seekers.phoneHash, phoneHash), isNull(seekers.erasedAt)))
    .limit(1);
  return row;
}

export async function findRegistrationsOfFair(
  db: DbOrTx,
  fairId: string,
  filters: { status?: string | undefined; checkedIn?: boolean | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: TicketRow[]; total: number }> {
  const where = and(
    eq(fairRegistrations.fairId, fairId),
    filters.status ? eq(fairRegistrations.status, filters.status) : undefined,
    filters.checkedIn === undefined ? undefined : filters.checkedIn ? sql`${fairRegistrations.checkedInAt} is not null` : isNull(fairRegistrations.checkedInAt),
  );
  const [rows, totals] = await Promise.all([
    selectTickets(db).where(where).orderBy(desc(fairRegistrations.createdAt), asc(fairRegistrations.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(fairRegistrations).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

export async function findRegistrationsByCodes(db: DbOrTx, codes: readonly string[]): Promise<RegistrationRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(fairRegistrations).where(inArray(fairRegistrations.ticketCode, [...codes]));
}

/** Cancels a ticket that is still open: not cancelled and not checked in (a scan may land at the same moment). */
export async function cancelRegistrationIfOpen(db: DbOrTx, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .update(fairRegistrations)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(eq(fairRegistrations.id, id), eq(fairRegistrations.status, 'registered'), isNull(fairRegistrations.checkedInAt)))
    .returning();
  return row;
}

export async function countCheckedIn(db: DbOrTx, fairId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, 'registered'), sql`${fairRegistrations.checkedInAt} is not null`));
  return row?.n ?? 0;
}
