import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../accounts/accounts.table';
import { bulletinPositions, bulletins } from '../bulletins/bulletins.table';
import { consultations } from '../consultations/consultations.table';
import { organisations } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { consents, seekers } from '../talent/talent.table';

// Bulk writes of the demo loader: multi-row inserts in chunks (PGlite pays per statement).
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function countRows(db: DbOrTx, table: 'positions' | 'seekers' | 'consultations' | 'bulletins'): Promise<number> {
  const t = { positions, seekers, consultations, bulletins }[table];
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
