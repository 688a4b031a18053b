import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { seekers } from '../talent/talent.table';
import { fairCheckinScans, fairRegistrations } from './fairs.table';

export type ScanRow = typeof fairCheckinScans.$inferSelect;
export type NewScanRow = typeof fairCheckinScans.$inferInsert;
/** A stored scan with what its answer shows: the ticket's seeker and when the ticket was checked in. */
export type ScanWithTicket = ScanRow & { seekerName: string | null; checkedInAt: Date | null };

function selectScans(db: DbOrTx) {
  return db
    .select({ scan: fairCheckinScans, seekerName: seekers.name, checkedInAt: fairRegistrations.checkedInAt })
    .from(fairCheckinScans)
    .leftJoin(fairRegistrations, eq(fairRegistrations.id, fairCheckinScans.registrationId))
    .leftJoin(seekers, eq(seekers.id, fairRegistrations.seekerId));
}

function flatten(row: { scan: ScanRow; seekerName: string | null; checkedInAt: Date | null }): ScanWithTicket {
  return { ...row.scan, seekerName: row.seekerName, checkedInAt: row.checkedInAt };
}

export async function findScansByIds(db: DbOrTx, ids: readonly string[]): Promise<ScanWithTicket[]> {
  if (ids.length === 0) return [];
  const rows = await selectScans(db).where(inArray(fairCheckinScans.id, [...ids]));
  return rows.map(flatten);
}

export async function findLastScans(db: DbOrTx, fairId: string, limit: number): Promise<ScanWithTicket[]> {
  const rows = await selectScans(db).where(eq(fairCheckinScans.fairId, fairId)).orderBy(desc(fairCheckinScans.receivedAt), desc(fairCheckinScans.scannedAt)).limit(limit);
  return rows.map(flatten);
}

/**
 * Stores scans whose id is new; a scan id already stored (a replay, or the same scan arriving
 * through two requests at once) is left as it is. Rows go in id order so that two batches holding
 * the same ids wait for each other in one order and cannot deadlock.
 */
export async function insertScans(db: DbOrTx, rows: readonly NewScanRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inserted = await db.insert(fairCheckinScans).values(sorted).onConflictDoNothing({ target: fairCheckinScans.id }).returning({ id: fairCheckinScans.id });
  return new Set(inserted.map((r) => r.id));
}

/** Locks the tickets a batch is about to check in, in id order (a fixed order: concurrent batches cannot deadlock). */
export async function lockRegistrations(db: DbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .select({ id: fairRegistrations.id })
    .from(fairRegistrations)
    .where(inArray(fairRegistrations.id, [...ids]))
    .orderBy(asc(fairRegistrations.id))
    .for('update');
}

/** A PostgreSQL array literal: one bound parameter per column, however long the batch. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * Checks in those of the tickets not checked in yet, each at its own scan time, in one statement;
 * the ids returned are the ones this call checked in.
 */
export async function checkInRegistrations(db: DbOrTx, times: ReadonlyMap<string, Date>, by: string): Promise<Set<string>> {
  if (times.size === 0) return new Set();
  const ids = [...times.keys()];
  const ats = ids.map((id) => times.get(id)?.toISOString() ?? new Date().toISOString());
  const result = await db.execute(sql`
    update ${fairRegistrations} r set checked_in_at = v.at, checked_in_by = ${by}::uuid, updated_at = now()
    from unnest(${arrayLiteral(ids)}::uuid[], ${arrayLiteral(ats)}::timestamptz[]) as v(id, at)
    where r.id = v.id and r.checked_in_at is null and r.status = 'registered'
    returning r.id`);
  // node-postgres and PGlite both answer with the rows under `rows`.
  const rows = (result as unknown as { rows: { id: string }[] }).rows;
  return new Set(rows.map((r) => r.id));
}
