import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';
import {
  competitionEntrants,
  skillCompetitions,
  trainingAttendance,
  trainingBasePartners,
  trainingBases,
  trainingBookings,
  trainingEnrolments,
  trainingProgrammes,
  trainingSessions,
} from '../training/training.table';

// Bulk writes of the demo training year: multi-row inserts in chunks (PGlite pays per statement).
const CHUNK = 500;

async function insertChunked<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

export async function countTrainingBases(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(trainingBases);
  return row?.n ?? 0;
}

/** The zone's organisations by name, a stable order for the generator's indices. */
export async function findZoneOrganisationsByName(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** The zone's talent pool without accounts of their own, in the order they were written. */
export async function findZonePoolSeekerIds(db: DbOrTx, zoneId: string): Promise<string[]> {
  const rows = await db
    .select({ id: seekers.id })
    .from(seekers)
    .where(and(eq(seekers.zoneId, zoneId), isNull(seekers.accountId), isNull(seekers.erasedAt)))
    .orderBy(asc(seekers.changeSeq));
  return rows.map((r) => r.id);
}

export async function insertBasesReturningIds(db: DbOrTx, rows: (typeof trainingBases.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(trainingBases).values(chunk).returning({ id: trainingBases.id }))).map((r) => r.id);
}

export async function insertBasePartners(db: DbOrTx, rows: (typeof trainingBasePartners.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(trainingBasePartners).values(chunk).returning({ baseId: trainingBasePartners.baseId }));
}

export async function insertBookings(db: DbOrTx, rows: (typeof trainingBookings.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(trainingBookings).values(chunk).returning({ id: trainingBookings.id }));
}

export async function insertProgrammesReturningIds(db: DbOrTx, rows: (typeof trainingProgrammes.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(trainingProgrammes).values(chunk).returning({ id: trainingProgrammes.id }))).map((r) => r.id);
}

export async function insertSessionsReturningIds(db: DbOrTx, rows: (typeof trainingSessions.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(trainingSessions).values(chunk).returning({ id: trainingSessions.id }))).map((r) => r.id);
}

export async function insertEnrolmentsReturningIds(db: DbOrTx, rows: (typeof trainingEnrolments.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(trainingEnrolments).values(chunk).returning({ id: trainingEnrolments.id }))).map((r) => r.id);
}

export async function insertAttendance(db: DbOrTx, rows: (typeof trainingAttendance.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(trainingAttendance).values(chunk).returning({ sessionId: trainingAttendance.sessionId }));
}

export async function insertCompetitionsReturningIds(db: DbOrTx, rows: (typeof skillCompetitions.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(skillCompetitions).values(chunk).returning({ id: skillCompetitions.id }))).map((r) => r.id);
}

export async function insertEntrants(db: DbOrTx, rows: (typeof competitionEntrants.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(competitionEntrants).values(chunk).returning({ id: competitionEntrants.id }));
}
