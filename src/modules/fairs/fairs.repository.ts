import { and, asc, count, desc, eq, gt, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { fairBooths, fairRegistrations, fairs } from './fairs.table';
import type { FairRow } from './fairs.scope';

export type NewFairRow = typeof fairs.$inferInsert;
export type OrganisationRef = { id: string; name: string; type: string; zoneId: string; isActive: boolean };
export type FairCounts = { boothsApproved: number; boothsPending: number; registered: number; checkedIn: number };

/** Which fairs a reader lists: the whole zone (drafts included), or the zone's non-drafts plus the drafts of these hosts. */
export type FairScope = { zoneId: string; draftsOf: 'all' | string | null };

export type FairFilters = {
  kind?: string | undefined;
  phase?: 'upcoming' | 'running' | 'over' | undefined;
  status?: string | undefined;
  q?: string | undefined;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function phaseCondition(phase: FairFilters['phase'], now: Date): SQL | undefined {
  if (phase === 'upcoming') return gt(fairs.startsAt, now);
  if (phase === 'running') return and(lte(fairs.startsAt, now), gt(fairs.endsAt, now));
  if (phase === 'over') return lte(fairs.endsAt, now);
  return undefined;
}

function scopeCondition(scope: FairScope): SQL | undefined {
  if (scope.draftsOf === 'all') return eq(fairs.zoneId, scope.zoneId);
  const ownDrafts = scope.draftsOf
    ? or(eq(fairs.hostOrganisationId, scope.draftsOf), sql`${fairs.coOrganiserIds} @> ${JSON.stringify([scope.draftsOf])}::jsonb`)
    : undefined;
  return and(eq(fairs.zoneId, scope.zoneId), ownDrafts ? or(sql`${fairs.status} <> 'draft'`, ownDrafts) : sql`${fairs.status} <> 'draft'`);
}

export async function findFairs(
  db: DbOrTx,
  scope: FairScope,
  filters: FairFilters,
  page: { offset: number; limit: number },
  now: Date,
): Promise<{ rows: FairRow[]; total: number }> {
  const where = and(
    scopeCondition(scope),
    filters.kind ? eq(fairs.kind, filters.kind) : undefined,
    filters.status ? eq(fairs.status, filters.status) : undefined,
    phaseCondition(filters.phase, now),
    filters.q ? ilike(fairs.title, `%${escapeLike(filters.q)}%`) : undefined,
  );
  // Coming fairs soonest first; otherwise the latest first, so an unfiltered list opens on this season.
  const soonestFirst = filters.phase === 'upcoming' || filters.phase === 'running';
  const order = soonestFirst ? [asc(fairs.startsAt), asc(fairs.id)] : [desc(fairs.startsAt), asc(fairs.id)];
  const [rows, totals] = await Promise.all([
    db.select().from(fairs).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(fairs).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Published fairs of every zone for the portal: coming and running (`upcoming`), finished (`over`) or both. */
export async function findPublishedFairs(db: DbOrTx, filters: { phase: 'upcoming' | 'over' | 'all'; kind?: string | undefined }, now: Date): Promise<FairRow[]> {
  const phase = filters.phase === 'upcoming' ? gt(fairs.endsAt, now) : filters.phase === 'over' ? lte(fairs.endsAt, now) : undefined;
  return db
    .select()
    .from(fairs)
    .where(and(eq(fairs.status, 'published'), filters.kind ? eq(fairs.kind, filters.kind) : undefined, phase))
    .orderBy(filters.phase === 'over' ? desc(fairs.startsAt) : asc(fairs.startsAt), asc(fairs.id))
    .limit(200);
}

export async function insertFair(db: DbOrTx, row: NewFairRow): Promise<FairRow> {
  const [created] = await db.insert(fairs).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateFairIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewFairRow>): Promise<FairRow | undefined> {
  const [row] = await db
    .update(fairs)
    .set({ ...patch, version: sql`${fairs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(fairs.id, id), eq(fairs.version, version)))
    .returning();
  return row;
}

export async function findOrganisationsByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, OrganisationRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, zoneId: organisations.zoneId, isActive: organisations.isActive })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Booth and ticket counts of many fairs in two grouped queries. */
export async function countsOfFairs(db: DbOrTx, fairIds: readonly string[]): Promise<Map<string, FairCounts>> {
  const counts = new Map<string, FairCounts>(fairIds.map((id) => [id, { boothsApproved: 0, boothsPending: 0, registered: 0, checkedIn: 0 }]));
  if (fairIds.length === 0) return counts;
  const ids = [...fairIds];
  const [booths, tickets] = await Promise.all([
    db
      .select({ fairId: fairBooths.fairId, status: fairBooths.status, n: count() })
      .from(fairBooths)
      .where(and(inArray(fairBooths.fairId, ids), inArray(fairBooths.status, ['approved', 'pending'])))
      .groupBy(fairBooths.fairId, fairBooths.status),
    db
      .select({
        fairId: fairRegistrations.fairId,
        registered: count(),
        checkedIn: sql<number>`count(${fairRegistrations.checkedInAt})::int`,
      })
      .from(fairRegistrations)
      .where(and(inArray(fairRegistrations.fairId, ids), eq(fairRegistrations.status, 'registered')))
      .groupBy(fairRegistrations.fairId),
  ]);
  for (const b of booths) {
    const c = counts.get(b.fairId);
    if (!c) continue;
    if (b.status === 'approved') c.boothsApproved = b.n;
    else c.boothsPending = b.n;
  }
  for (const t of tickets) {
    const c = counts.get(t.fairId);
    if (c) Object.assign(c, { registered: t.registered, checkedIn: Number(t.checkedIn) });
  }
  return counts;
}
