import { asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../accounts/accounts.table';
import { bulletinPositions, bulletins } from '../bulletins/bulletins.table';
import { consultations } from '../consultations/consultations.table';
import { matchingWeights, positionLikes, recommendations } from '../matching/matching.table';
import { organisations } from '../organisations/organisations.table';
import type { PositionRow } from '../positions/positions.repository';
import { applications, positions } from '../positions/positions.table';
import { consents, seekers } from '../talent/talent.table';

// Bulk writes of the demo loader: multi-row inserts in chunks (PGlite pays per statement).
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function countRows(
  db: DbOrTx,
  table: 'positions' | 'seekers' | 'consultations' | 'bulletins' | 'applications' | 'position_likes' | 'matching_weights',
): Promise<number> {
  const t = { positions, seekers, consultations, bulletins, applications, position_likes: positionLikes, matching_weights: matchingWeights }[table];
  const [row] = await db.select({ n: count() }).from(t);
  return row?.n ?? 0;
}

export async function findZoneOrganisations(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry, regionCode: organisations.regionCode })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId));
}

export async function findAccountIdByUsername(db: DbOrTx, username: string): Promise<string | undefined> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  return row?.id;
}

export async function insertPositionsReturningIds(db: DbOrTx, rows: (typeof positions.$inferInsert)[]): Promise<string[]> {
  const ids: string[] = [];
  await insertChunked(rows, async (chunk) => {
    const inserted = await db.insert(positions).values(chunk).returning({ id: positions.id });
    ids.push(...inserted.map((r) => r.id));
  });
  return ids;
}

export async function insertSeekersReturningIds(db: DbOrTx, rows: (typeof seekers.$inferInsert)[]): Promise<string[]> {
  const ids: string[] = [];
  await insertChunked(rows, async (chunk) => {
    const inserted = await db.insert(seekers).values(chunk).returning({ id: seekers.id });
    ids.push(...inserted.map((r) => r.id));
  });
  return ids;
}

export async function insertConsents(db: DbOrTx, rows: (typeof consents.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(consents).values(chunk));
}

export async function insertConsultations(db: DbOrTx, rows: (typeof consultations.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(consultations).values(chunk));
}

export async function insertBulletin(
  db: DbOrTx,
  row: typeof bulletins.$inferInsert,
  positionIds: string[],
): Promise<void> {
  const [created] = await db.insert(bulletins).values(row).returning({ id: bulletins.id });
  if (!created) throw new Error('insert returned no row');
  await insertChunked(
    positionIds.map((positionId, sortOrder) => ({ bulletinId: created.id, positionId, sortOrder })),
    (chunk) => db.insert(bulletinPositions).values(chunk),
  );
}

/** The zone's positions in the order they were written, so the demo's matching activity comes out the same each time. */
export async function findZonePositionsInOrder(db: DbOrTx, zoneId: string): Promise<PositionRow[]> {
  return db.select().from(positions).where(eq(positions.zoneId, zoneId)).orderBy(asc(positions.changeSeq));
}

export async function insertMatchingWeights(db: DbOrTx, row: typeof matchingWeights.$inferInsert): Promise<void> {
  await db.insert(matchingWeights).values(row);
}

export async function insertApplicationsReturningIds(db: DbOrTx, rows: (typeof applications.$inferInsert)[]): Promise<string[]> {
  const ids: string[] = [];
  await insertChunked(rows, async (chunk) => {
    const inserted = await db.insert(applications).values(chunk).returning({ id: applications.id });
    ids.push(...inserted.map((r) => r.id));
  });
  return ids;
}

export async function insertRecommendations(db: DbOrTx, rows: (typeof recommendations.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(recommendations).values(chunk));
}

export async function insertPositionLikes(db: DbOrTx, rows: (typeof positionLikes.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(positionLikes).values(chunk));
}

/** Sets a position's filled count after its hires; one that reached its headcount is filled, as a hire through the API makes it. */
export async function setPositionFilledCount(db: DbOrTx, id: string, fill: { filledCount: number; isFilled: boolean; at: Date }): Promise<void> {
  await db
    .update(positions)
    .set({
      filledCount: fill.filledCount,
      ...(fill.isFilled ? { status: 'filled' } : {}),
      version: sql`${positions.version} + 1`,
      changeSeq: sql`nextval('position_change_seq')`,
      updatedAt: fill.at,
    })
    .where(eq(positions.id, id));
}
