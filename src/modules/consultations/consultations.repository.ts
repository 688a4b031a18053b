import { and, asc, count, countDistinct, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../accounts/accounts.table';
import { seekers } from '../talent/talent.table';
import type { StatsGroup } from './consultations.codes';
import { consultations } from './consultations.table';

export type ConsultationRow = typeof consultations.$inferSelect;
export type NewConsultationRow = typeof consultations.$inferInsert;
export type ConsultationWithNames = ConsultationRow & { seekerName: string; counsellorName: string };

export type ConsultationQuery = {
  zoneId: string;
  from?: string | undefined;
  to?: string | undefined;
  topic?: string | undefined;
  seekerId?: string | undefined;
  counsellorId?: string | undefined;
};

function conditions(query: ConsultationQuery): SQL | undefined {
  return and(
    eq(consultations.zoneId, query.zoneId),
    query.from ? gte(consultations.heldOn, query.from) : undefined,
    query.to ? lte(consultations.heldOn, query.to) : undefined,
    query.topic ? eq(consultations.topic, query.topic) : undefined,
    query.seekerId ? eq(consultations.seekerId, query.seekerId) : undefined,
    query.counsellorId ? eq(consultations.counsellorId, query.counsellorId) : undefined,
  );
}

const withNames = {
  consultation: consultations,
  seekerName: seekers.name,
  counsellorName: accounts.displayName,
};

function flatten(row: { consultation: ConsultationRow; seekerName: string; counsellorName: string }): ConsultationWithNames {
  return { ...row.consultation, seekerName: row.seekerName, counsellorName: row.counsellorName };
}

export async function findConsultations(
  db: DbOrTx,
  query: ConsultationQuery,
  page: { offset: number; limit: number },
): Promise<{ rows: ConsultationWithNames[]; total: number }> {
  const where = conditions(query);
  const [rows, totals] = await Promise.all([
    db
      .select(withNames)
      .from(consultations)
      .innerJoin(seekers, eq(seekers.id, consultations.seekerId))
      .innerJoin(accounts, eq(accounts.id, consultations.counsellorId))
      .where(where)
      .orderBy(desc(consultations.heldOn), desc(consultations.createdAt), desc(consultations.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(consultations).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

export async function getConsultationById(db: DbOrTx, id: string): Promise<ConsultationWithNames | undefined> {
  const rows = await db
    .select(withNames)
    .from(consultations)
    .innerJoin(seekers, eq(seekers.id, consultations.seekerId))
    .innerJoin(accounts, eq(accounts.id, consultations.counsellorId))
    .where(eq(consultations.id, id))
    .limit(1);
  return rows[0] ? flatten(rows[0]) : undefined;
}

export async function insertConsultation(db: DbOrTx, row: NewConsultationRow): Promise<ConsultationRow> {
  const [created] = await db.insert(consultations).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/**
 * Updates only when the row is as the editor last saw it. The table has no version column, so
 * its updatedAt (at the millisecond precision a client sees) serves as the version.
 */
export async function updateConsultationIfUnchanged(
  db: DbOrTx,
  id: string,
  seenUpdatedAt: Date,
  patch: Partial<NewConsultationRow>,
): Promise<ConsultationRow | undefined> {
  const [row] = await db
    .update(consultations)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(consultations.id, id), sql`date_trunc('milliseconds', ${consultations.updatedAt}) = ${seenUpdatedAt.toISOString()}::timestamptz`))
    .returning();
  return row;
}

const PERIOD_FORMAT: Record<StatsGroup, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

/** Consultations and distinct seekers: per period, per topic, and over the whole range. */
export async function countConsultations(
  db: DbOrTx,
  query: ConsultationQuery & { from: string; to: string },
  groupBy: StatsGroup,
): Promise<{
  total: { consultations: number; seekers: number };
  periods: { period: string; consultations: number; seekers: number }[];
  topics: { topic: string; consultations: number; seekers: number }[];
}> {
  const where = conditions(query);
  const period = sql<string>`to_char(${consultations.heldOn}, ${sql.raw(`'${PERIOD_FORMAT[groupBy]}'`)})`;
  const counts = { consultations: count(), seekers: countDistinct(consultations.seekerId) };
  const [total, periods, topics] = await Promise.all([
    db.select(counts).from(consultations).where(where),
    db.select({ period, ...counts }).from(consultations).where(where).groupBy(period).orderBy(asc(period)),
    db.select({ topic: consultations.topic, ...counts }).from(consultations).where(where).groupBy(consultations.topic).orderBy(asc(consultations.topic)),
  ]);
  return { total: total[0] ?? { consultations: 0, seekers: 0 }, periods, topics };
}

export async function findConsultationsOfSeeker(db: DbOrTx, seekerId: string): Promise<ConsultationWithNames[]> {
  const rows = await db
    .select(withNames)
    .from(consultations)
    .innerJoin(seekers, eq(seekers.id, consultations.seekerId))
    .innerJoin(accounts, eq(accounts.id, consultations.counsellorId))
    .where(eq(consultations.seekerId, seekerId))
    .orderBy(desc(consultations.heldOn), desc(consultations.createdAt));
  return rows.map(flatten);
}

/** Erasure keeps each consultation (date and topic, for anonymous counts) but not the counsellor's notes about the person. */
export async function scrubConsultationsOfSeeker(db: DbOrTx, seekerId: string): Promise<number> {
  const rows = await db
    .update(consultations)
    .set({ notes: null, updatedAt: new Date() })
    .where(eq(consultations.seekerId, seekerId))
    .returning({ id: consultations.id });
  return rows.length;
}
