import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../accounts/accounts.table';
import { fairBoothPositions, fairBooths, fairCheckinScans, fairIntents, fairRegistrations, fairs, fairSurveyResponses } from '../fairs/fairs.table';
import { liveApplications, liveEvents, liveQuestions, liveRunSheetItems, liveSessions } from '../live/live.table';
import { applications, positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';

// Bulk writes of the demo fairs and live sessions: multi-row inserts in chunks (PGlite pays per statement).
const CHUNK = 500;

async function insertChunked<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

export async function countFairs(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(fairs);
  return row?.n ?? 0;
}

/** The zone's talent pool without accounts, with the phone hash that ties each to the generator's record. */
export async function findPoolSeekerHashes(db: DbOrTx, zoneId: string): Promise<{ id: string; phoneHash: string | null }[]> {
  return db
    .select({ id: seekers.id, phoneHash: seekers.phoneHash })
    .from(seekers)
    .where(and(eq(seekers.zoneId, zoneId), isNull(seekers.accountId), isNull(seekers.erasedAt)));
}

export async function findSeekersByIds(db: DbOrTx, ids: string[]) {
  return insertChunked(ids, (chunk) => db.select().from(seekers).where(inArray(seekers.id, chunk)));
}

export async function findZoneApplications(db: DbOrTx, zoneId: string) {
  return db
    .select({ positionId: applications.positionId, seekerId: applications.seekerId, status: applications.status, hiredAt: applications.hiredAt })
    .from(applications)
    .innerJoin(positions, eq(positions.id, applications.positionId))
    .where(eq(positions.zoneId, zoneId));
}

/** Any active account of each organisation, the longest-standing first. */
export async function findOrganisationAccounts(db: DbOrTx, organisationIds: string[]): Promise<{ id: string; organisationId: string | null }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({ id: accounts.id, organisationId: accounts.organisationId })
    .from(accounts)
    .where(and(inArray(accounts.organisationId, organisationIds), isNotNull(accounts.organisationId), eq(accounts.isActive, true)))
    .orderBy(asc(accounts.createdAt));
}

export async function insertAccountsReturningIds(db: DbOrTx, rows: (typeof accounts.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(accounts).values(chunk).returning({ id: accounts.id }))).map((r) => r.id);
}

export async function insertFairsReturningIds(db: DbOrTx, rows: (typeof fairs.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(fairs).values(chunk).returning({ id: fairs.id }))).map((r) => r.id);
}

export async function insertBoothsReturningIds(db: DbOrTx, rows: (typeof fairBooths.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(fairBooths).values(chunk).returning({ id: fairBooths.id }))).map((r) => r.id);
}

export async function insertBoothPositions(db: DbOrTx, rows: (typeof fairBoothPositions.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(fairBoothPositions).values(chunk).returning({ boothId: fairBoothPositions.boothId }));
}

export async function insertRegistrationsReturningIds(db: DbOrTx, rows: (typeof fairRegistrations.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(fairRegistrations).values(chunk).returning({ id: fairRegistrations.id }))).map((r) => r.id);
}

export async function insertScans(db: DbOrTx, rows: (typeof fairCheckinScans.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(fairCheckinScans).values(chunk).returning({ id: fairCheckinScans.id }));
}

export async function insertIntents(db: DbOrTx, rows: (typeof fairIntents.$inferInsert)[]): Promise<void> {
  // Smaller chunks: each collected intent carries its résumé snapshot.
  for (let i = 0; i < rows.length; i += 250) await db.insert(fairIntents).values(rows.slice(i, i + 250));
}

export async function insertSurveyResponses(db: DbOrTx, rows: (typeof fairSurveyResponses.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(fairSurveyResponses).values(chunk).returning({ id: fairSurveyResponses.id }));
}

export async function insertLiveSessionsReturningIds(db: DbOrTx, rows: (typeof liveSessions.$inferInsert)[]): Promise<string[]> {
  return (await db.insert(liveSessions).values(rows).returning({ id: liveSessions.id })).map((r) => r.id);
}

export async function insertRunSheetItems(db: DbOrTx, rows: (typeof liveRunSheetItems.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(liveRunSheetItems).values(chunk).returning({ id: liveRunSheetItems.id }));
}

/** Events in the order given (a VALUES list takes its serial ids in order): the order viewers replay them in. */
export async function insertLiveEvents(db: DbOrTx, rows: (typeof liveEvents.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(liveEvents).values(chunk).returning({ id: liveEvents.id }));
}

export async function insertLiveQuestions(db: DbOrTx, rows: (typeof liveQuestions.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(liveQuestions).values(chunk).returning({ id: liveQuestions.id }));
}

export async function insertLiveApplications(db: DbOrTx, rows: (typeof liveApplications.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(liveApplications).values(chunk).returning({ applicationId: liveApplications.applicationId }));
}
