import { and, count, desc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { todayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';
import { applications, positions } from './positions.table';

export type PositionRow = typeof positions.$inferSelect;
export type NewPositionRow = typeof positions.$inferInsert;
export type PositionWithOrg = { position: PositionRow; organisationName: string; industry: string; zoneId: string };
export type ApplicationRow = typeof applications.$inferSelect;

/** Which positions a reader may list: a zone (operators, government) or one organisation. */
export type PositionScope = { zoneId: string } | { organisationId: string };

function scopeCondition(scope: PositionScope): SQL {
  return 'zoneId' in scope ? eq(positions.zoneId, scope.zoneId) : eq(positions.organisationId, scope.organisationId);
}

const withOrg = {
  position: positions,
  organisationName: organisations.name,
  industry: organisations.industry,
  zoneId: organisations.zoneId,
};

export async function getPositionById(db: DbOrTx, id: string): Promise<PositionWithOrg | undefined> {
  const rows = await db
    .select(withOrg)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(eq(positions.id, id))
    .limit(1);
  return rows[0];
}

export async function getPositionsByIds(db: DbOrTx, ids: string[]): Promise<PositionWithOrg[]> {
  if (ids.length === 0) return [];
  return db
    .select(withOrg)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(positions.id, ids));
}

export async function findPositions(
  db: DbOrTx,
  scope: PositionScope,
  filters: { status?: string | undefined; organisationId?: string | undefined; q?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: PositionWithOrg[]; total: number }> {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope)];
  if (filters.status) conditions.push(eq(positions.status, filters.status));
  if (filters.organisationId) conditions.push(eq(positions.organisationId, filters.organisationId));
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(positions.title, pattern), ilike(organisations.name, pattern)));
  }
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(withOrg)
      .from(positions)
      .innerJoin(organisations, eq(organisations.id, positions.organisationId))
      .where(where)
      .orderBy(desc(positions.updatedAt), desc(positions.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(positions)
      .innerJoin(organisations, eq(organisations.id, positions.organisationId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function insertPosition(db: DbOrTx, row: NewPositionRow): Promise<PositionRow> {
  const [created] = await db.insert(positions).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** Every change takes a new change_seq, which is how search indexes on other instances notice it. */
export async function updatePositionIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<NewPositionRow>,
): Promise<PositionRow | undefined> {
  const [row] = await db
    .update(positions)
    .set({ ...patch, version: sql`${positions.version} + 1`, changeSeq: sql`nextval('position_change_seq')`, updatedAt: new Date() })
    .where(and(eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}

/** Counts a hire against the headcount and marks the position filled when it is reached. */
export async function recordHire(db: DbOrTx, id: string): Promise<PositionRow | undefined> {
  const [row] = await db
    .update(positions)
    .set({
      filledCount: sql`${positions.filledCount} + 1`,
      status: sql`case when ${positions.filledCount} + 1 >= ${positions.headcount} and ${positions.status} = 'published' then 'filled' else ${positions.status} end`,
      version: sql`${positions.version} + 1`,
      changeSeq: sql`nextval('position_change_seq')`,
      updatedAt: new Date(),
    })
    .where(eq(positions.id, id))
    .returning();
  return row;
}

/** Published positions changed after `afterSeq` (or all when 0), with what the search index needs. */
export async function findPositionChanges(db: DbOrTx, afterSeq: number, limit: number): Promise<PositionWithOrg[]> {
  return db
    .select(withOrg)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(gt(positions.changeSeq, afterSeq))
    .orderBy(positions.changeSeq)
    .limit(limit);
}

export async function findSeekerByAccount(db: DbOrTx, accountId: string): Promise<typeof seekers.$inferSelect | undefined> {
  const rows = await db.select().from(seekers).where(eq(seekers.accountId, accountId)).limit(1);
  return rows[0];
}

export async function findApplicationByKey(db: DbOrTx, idempotencyKey: string): Promise<ApplicationRow | undefined> {
  const rows = await db.select().from(applications).where(eq(applications.idempotencyKey, idempotencyKey)).limit(1);
  return rows[0];
}

export async function findPositionIdsAppliedBy(db: DbOrTx, seekerId: string): Promise<string[]> {
  const rows = await db.select({ positionId: applications.positionId }).from(applications).where(eq(applications.seekerId, seekerId));
  return rows.map((r) => r.positionId);
}

export async function findApplicationOf(db: DbOrTx, positionId: string, seekerId: string): Promise<ApplicationRow | undefined> {
  const rows = await db
    .select()
    .from(applications)
    .where(and(eq(applications.positionId, positionId), eq(applications.seekerId, seekerId)))
    .limit(1);
  return rows[0];
}

/** Inserts unless the same seeker already applied or the key was used: then returns nothing. */
export async function insertApplication(db: DbOrTx, row: typeof applications.$inferInsert): Promise<ApplicationRow | undefined> {
  const [created] = await db.insert(applications).values(row).onConflictDoNothing().returning();
  return created;
}

export type ApplicationWithNames = { application: ApplicationRow; positionTitle: string; organisationName: string; seekerName: string };

const applicationWithNames = {
  application: applications,
  positionTitle: positions.title,
  organisationName: organisations.name,
  seekerName: seekers.name,
};

export async function findApplications(
  db: DbOrTx,
  scope: { zoneId: string } | { organisationId: string } | { seekerId: string },
  filters: { positionId?: string | undefined; status?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: ApplicationWithNames[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    'zoneId' in scope
      ? eq(positions.zoneId, scope.zoneId)
      : 'organisationId' in scope
        ? eq(applications.organisationId, scope.organisationId)
        : eq(applications.seekerId, scope.seekerId),
  ];
  if (filters.positionId) conditions.push(eq(applications.positionId, filters.positionId));
  if (filters.status) conditions.push(eq(applications.status, filters.status));
  const where = and(...conditions);
  const base = () =>
    db
      .select(applicationWithNames)
      .from(applications)
      .innerJoin(positions, eq(positions.id, applications.positionId))
      .innerJoin(organisations, eq(organisations.id, applications.organisationId))
      .innerJoin(seekers, eq(seekers.id, applications.seekerId));
  const [rows, totals] = await Promise.all([
    base().where(where).orderBy(desc(applications.createdAt), desc(applications.id)).limit(page.limit).offset(page.offset),
    db
      .select({ n: count() })
      .from(applications)
      .innerJoin(positions, eq(positions.id, applications.positionId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getApplicationById(db: DbOrTx, id: string): Promise<(ApplicationWithNames & { zoneId: string }) | undefined> {
  const rows = await db
    .select({ ...applicationWithNames, zoneId: positions.zoneId })
    .from(applications)
    .innerJoin(positions, eq(positions.id, applications.positionId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(seekers, eq(seekers.id, applications.seekerId))
    .where(eq(applications.id, id))
    .limit(1);
  return rows[0];
}

export async function updateApplicationStatus(
  db: DbOrTx,
  id: string,
  fromStatus: string,
  patch: { status: string; declineReason?: string | null },
): Promise<ApplicationRow | undefined> {
  const now = new Date();
  const [row] = await db
    .update(applications)
    .set({ ...patch, updatedAt: now, statusChangedAt: now, ...(patch.status === 'hired' ? { hiredAt: now } : {}) })
    .where(and(eq(applications.id, id), eq(applications.status, fromStatus)))
    .returning();
  return row;
}

export async function closeExpiredPositions(db: DbOrTx): Promise<number> {
  const today = todayInChina();
  const rows = await db
    .update(positions)
    .set({ status: 'closed', closedAt: new Date(), changeSeq: sql`nextval('position_change_seq')`, version: sql`${positions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(positions.status, 'published'), sql`${positions.closingOn} < ${today}`))
    .returning({ id: positions.id });
  return rows.length;
}
