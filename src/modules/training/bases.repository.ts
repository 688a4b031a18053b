import { and, asc, count, eq, ilike, inArray, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { trainingBasePartners, trainingBases } from './training.table';

export type BaseRow = typeof trainingBases.$inferSelect;
export type NewBaseRow = typeof trainingBases.$inferInsert;
export type Partner = { id: string; name: string; type: string };
export type OrganisationRef = { id: string; name: string; shortName: string | null; type: string; zoneId: string; isActive: boolean };

export async function findBases(
  db: DbOrTx,
  zoneId: string,
  filters: { status?: string | undefined; isProvincialDemonstrative?: boolean | undefined; q?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: BaseRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(trainingBases.zoneId, zoneId)];
  if (filters.status) conditions.push(eq(trainingBases.status, filters.status));
  if (filters.isProvincialDemonstrative !== undefined) conditions.push(eq(trainingBases.isProvincialDemonstrative, filters.isProvincialDemonstrative));
  if (filters.q) conditions.push(ilike(trainingBases.name, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select().from(trainingBases).where(where).orderBy(asc(trainingBases.name), asc(trainingBases.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(trainingBases).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findBasesOfZone(db: DbOrTx, zoneId: string, baseId?: string): Promise<BaseRow[]> {
  return db
    .select()
    .from(trainingBases)
    .where(and(eq(trainingBases.zoneId, zoneId), baseId ? eq(trainingBases.id, baseId) : undefined))
    .orderBy(asc(trainingBases.name), asc(trainingBases.id));
}

export async function getBaseById(db: DbOrTx, id: string): Promise<BaseRow | undefined> {
  const [row] = await db.select().from(trainingBases).where(eq(trainingBases.id, id)).limit(1);
  return row;
}

/**
 * Reads the base and locks its row until the transaction ends: bookings of one base are checked
 * and written one transaction at a time, so two requests for the last stations cannot both pass.
 */
export async function lockBase(tx: DbOrTx, id: string): Promise<BaseRow | undefined> {
  const [row] = await tx.select().from(trainingBases).where(eq(trainingBases.id, id)).for('update');
  return row;
}

export async function insertBase(db: DbOrTx, row: NewBaseRow): Promise<BaseRow> {
  const [created] = await db.insert(trainingBases).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateBaseIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewBaseRow>): Promise<BaseRow | undefined> {
  const [row] = await db
    .update(trainingBases)
    .set({ ...patch, version: sql`${trainingBases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(trainingBases.id, id), eq(trainingBases.version, version)))
    .returning();
  return row;
}

export async function replacePartners(db: DbOrTx, baseId: string, organisationIds: string[]): Promise<void> {
  await db.delete(trainingBasePartners).where(eq(trainingBasePartners.baseId, baseId));
  if (organisationIds.length === 0) return;
  await db.insert(trainingBasePartners).values(organisationIds.map((organisationId, sortOrder) => ({ baseId, organisationId, sortOrder })));
}

/** Each base's co-building organisations, lead builder first. */
export async function findPartners(db: DbOrTx, baseIds: string[]): Promise<Map<string, Partner[]>> {
  const byBase = new Map<string, Partner[]>();
  if (baseIds.length === 0) return byBase;
  const rows = await db
    .select({ baseId: trainingBasePartners.baseId, id: organisations.id, name: organisations.name, type: organisations.type })
    .from(trainingBasePartners)
    .innerJoin(organisations, eq(organisations.id, trainingBasePartners.organisationId))
    .where(inArray(trainingBasePartners.baseId, baseIds))
    .orderBy(asc(trainingBasePartners.sortOrder));
  for (const { baseId, ...partner } of rows) byBase.set(baseId, [...(byBase.get(baseId) ?? []), partner]);
  return byBase;
}

export async function findOrganisationsByIds(db: DbOrTx, ids: string[]): Promise<Map<string, OrganisationRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      type: organisations.type,
      zoneId: organisations.zoneId,
      isActive: organisations.isActive,
    })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/** 省级示范公共实训基地 completed on or before `until`. */
export async function countDemonstrativeBases(db: DbOrTx, zoneId: string, until: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(trainingBases)
    .where(
      and(
        eq(trainingBases.zoneId, zoneId),
        eq(trainingBases.isProvincialDemonstrative, true),
        isNotNull(trainingBases.completedOn),
        lte(trainingBases.completedOn, until),
      ),
    );
  return row?.n ?? 0;
}

/** Operating bases and their stations. */
export async function countOperatingBases(db: DbOrTx, zoneId: string): Promise<{ bases: number; stations: number }> {
  const [row] = await db
    .select({ bases: count(), stations: sql<number>`coalesce(sum(${trainingBases.stations}), 0)::int` })
    .from(trainingBases)
    .where(and(eq(trainingBases.zoneId, zoneId), eq(trainingBases.status, 'operating')));
  return { bases: row?.bases ?? 0, stations: Number(row?.stations ?? 0) };
}
