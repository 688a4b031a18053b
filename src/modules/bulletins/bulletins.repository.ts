import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations, zones } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import type { BulletinStatus } from './bulletins.codes';
import { bulletinPositions, bulletins } from './bulletins.table';

export type BulletinRow = typeof bulletins.$inferSelect;
export type NewBulletinRow = typeof bulletins.$inferInsert;
export type BulletinWithZone = BulletinRow & { zoneName: string };

/** What a bulletin shows of a position, with its enterprise's name. */
export type BulletinPositionRow = {
  id: string;
  organisationId: string;
  enterpriseName: string;
  title: string;
  duties: string;
  headcount: number;
  educationLevel: string;
  salaryMin: number | null;
  salaryMax: number | null;
  regionCode: string;
  isDisabilityFriendly: boolean;
  status: string;
};

export type BulletinListRow = BulletinRow & { zoneName: string; positionCount: number; enterpriseCount: number };

export type BulletinListScope = {
  /** Operators and government: their zone; the public portal: every zone. */
  zoneId?: string;
  status?: BulletinStatus | undefined;
  year?: number | undefined;
};

const positionColumns = {
  id: positions.id,
  organisationId: positions.organisationId,
  enterpriseName: organisations.name,
  title: positions.title,
  duties: positions.duties,
  headcount: positions.headcount,
  educationLevel: positions.educationLevel,
  salaryMin: positions.salaryMin,
  salaryMax: positions.salaryMax,
  regionCode: positions.regionCode,
  isDisabilityFriendly: positions.isDisabilityFriendly,
  status: positions.status,
};

/** The positions among `ids` that a zone's bulletin may list: published, of an organisation in the zone. */
export async function findPublishedZonePositions(db: DbOrTx, zoneId: string, ids: string[]): Promise<BulletinPositionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(and(inArray(positions.id, ids), eq(positions.status, 'published'), eq(organisations.zoneId, zoneId)));
}

/** A bulletin's positions in its stored order, whatever their status now. */
export async function findBulletinPositions(db: DbOrTx, bulletinId: string): Promise<BulletinPositionRow[]> {
  return db
    .select(positionColumns)
    .from(bulletinPositions)
    .innerJoin(positions, eq(positions.id, bulletinPositions.positionId))
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(eq(bulletinPositions.bulletinId, bulletinId))
    .orderBy(asc(bulletinPositions.sortOrder));
}

export async function getBulletinById(db: DbOrTx, id: string): Promise<BulletinWithZone | undefined> {
  const rows = await db
    .select({ bulletin: bulletins, zoneName: zones.name })
    .from(bulletins)
    .innerJoin(zones, eq(zones.id, bulletins.zoneId))
    .where(eq(bulletins.id, id))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.bulletin, zoneName: row.zoneName } : undefined;
}

export async function getZoneName(db: DbOrTx, zoneId: string): Promise<string | undefined> {
  const rows = await db.select({ name: zones.name }).from(zones).where(eq(zones.id, zoneId)).limit(1);
  return rows[0]?.name;
}

function listConditions(scope: BulletinListScope): SQL | undefined {
  const conditions: SQL[] = [];
  if (scope.zoneId) conditions.push(eq(bulletins.zoneId, scope.zoneId));
  if (scope.status) conditions.push(eq(bulletins.status, scope.status));
  if (scope.year !== undefined) conditions.push(eq(bulletins.year, scope.year));
  return and(...conditions);
}

/** Newest issue first: by year, then by number. */
export async function findBulletins(
  db: DbOrTx,
  scope: BulletinListScope,
  page: { offset: number; limit: number },
): Promise<{ rows: BulletinListRow[]; total: number }> {
  const where = listConditions(scope);
  const [rows, totals] = await Promise.all([
    db
      .select({
        bulletin: bulletins,
        zoneName: zones.name,
        positionCount: sql<number>`(select count(*)::int from ${bulletinPositions} where ${bulletinPositions.bulletinId} = ${bulletins.id})`,
        enterpriseCount: sql<number>`(select count(distinct ${positions.organisationId})::int from ${bulletinPositions} join ${positions} on ${positions.id} = ${bulletinPositions.positionId} where ${bulletinPositions.bulletinId} = ${bulletins.id})`,
      })
      .from(bulletins)
      .innerJoin(zones, eq(zones.id, bulletins.zoneId))
      .where(where)
      .orderBy(desc(bulletins.year), desc(bulletins.issueNo), asc(zones.name), asc(bulletins.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(bulletins).where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r.bulletin,
      zoneName: r.zoneName,
      positionCount: Number(r.positionCount),
      enterpriseCount: Number(r.enterpriseCount),
    })),
    total: totals[0]?.n ?? 0,
  };
}

/** Years that have an issue in the given status, newest first. */
export async function findBulletinYears(db: DbOrTx, status: BulletinStatus): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: bulletins.year })
    .from(bulletins)
    .where(eq(bulletins.status, status))
    .orderBy(desc(bulletins.year));
  return rows.map((r) => r.year);
}

/**
 * Serialises numbering of one zone's issues of one year until the transaction ends, so two
 * operators compiling at once get consecutive numbers; the unique index stays the last guard.
 */
export async function lockIssueNumbering(tx: DbOrTx, zoneId: string, year: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`bulletins:${zoneId}:${year}`}, 0))`);
}

export async function nextIssueNo(tx: DbOrTx, zoneId: string, year: number): Promise<number> {
  const rows = await tx
    .select({ last: sql<number | null>`max(${bulletins.issueNo})` })
    .from(bulletins)
    .where(and(eq(bulletins.zoneId, zoneId), eq(bulletins.year, year)));
  return Number(rows[0]?.last ?? 0) + 1;
}

export async function insertBulletin(tx: DbOrTx, row: NewBulletinRow): Promise<BulletinRow> {
  const [inserted] = await tx.insert(bulletins).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** The bulletin's positions become exactly `positionIds`, in that order. */
export async function replaceBulletinPositions(tx: DbOrTx, bulletinId: string, positionIds: string[]): Promise<void> {
  await tx.delete(bulletinPositions).where(eq(bulletinPositions.bulletinId, bulletinId));
  if (positionIds.length === 0) return;
  await tx.insert(bulletinPositions).values(positionIds.map((positionId, sortOrder) => ({ bulletinId, positionId, sortOrder })));
}

/** Updates only when the stored version still matches, so two editors cannot overwrite each other. */
export async function updateBulletinIfVersion(
  tx: DbOrTx,
  id: string,
  version: number,
  patch: Partial<NewBulletinRow>,
): Promise<BulletinRow | undefined> {
  const [row] = await tx
    .update(bulletins)
    .set({ ...patch, version: sql`${bulletins.version} + 1`, updatedAt: new Date() })
    .where(and(eq(bulletins.id, id), eq(bulletins.version, version)))
    .returning();
  return row;
}
