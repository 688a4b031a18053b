import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { fairBoothPositions, fairBooths } from './fairs.table';

export type BoothRow = typeof fairBooths.$inferSelect;
export type NewBoothRow = typeof fairBooths.$inferInsert;
export type BoothWithOrganisation = BoothRow & { organisationName: string };
export type BoothPositionRow = {
  boothId: string;
  id: string;
  title: string;
  headcount: number;
  salaryMin: number | null;
  salaryMax: number | null;
  isDisabilityFriendly: boolean;
};

function selectBooths(db: DbOrTx) {
  return db.select({ booth: fairBooths, organisationName: organisations.name }).from(fairBooths).innerJoin(organisations, eq(organisations.id, fairBooths.organisationId));
}

function flatten(row: { booth: BoothRow; organisationName: string }): BoothWithOrganisation {
  return { ...row.booth, organisationName: row.organisationName };
}

// Booth numbers sort naturally (A2 before A10) for lists and printouts.
const BOOTH_ORDER = [sql`${fairBooths.boothNumber} is null`, sql`length(${fairBooths.boothNumber})`, asc(fairBooths.boothNumber), asc(fairBooths.createdAt)];

export async function getBoothById(db: DbOrTx, id: string): Promise<BoothWithOrganisation | undefined> {
  const [row] = await selectBooths(db).where(eq(fairBooths.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** The booth whose QR code holds this token. */
export async function findBoothByQrToken(db: DbOrTx, qrToken: string): Promise<BoothWithOrganisation | undefined> {
  const [row] = await selectBooths(db).where(eq(fairBooths.qrToken, qrToken)).limit(1);
  return row ? flatten(row) : undefined;
}

export async function findBoothOfOrganisation(db: DbOrTx, fairId: string, organisationId: string): Promise<BoothRow | undefined> {
  const [row] = await db
    .select()
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.organisationId, organisationId)))
    .limit(1);
  return row;
}

export async function findBoothsOfFair(
  db: DbOrTx,
  fairId: string,
  filters: { status?: string | undefined; organisationId?: string | undefined },
): Promise<BoothWithOrganisation[]> {
  const rows = await selectBooths(db)
    .where(
      and(
        eq(fairBooths.fairId, fairId),
        filters.status ? eq(fairBooths.status, filters.status) : undefined,
        filters.organisationId ? eq(fairBooths.organisationId, filters.organisationId) : undefined,
      ),
    )
    .orderBy(...BOOTH_ORDER);
  return rows.map(flatten);
}

/** Approved booths of many fairs at once, for the public calendar. */
export async function findApprovedBoothsOfFairs(db: DbOrTx, fairIds: readonly string[]): Promise<BoothWithOrganisation[]> {
  if (fairIds.length === 0) return [];
  const rows = await selectBooths(db)
    .where(and(inArray(fairBooths.fairId, [...fairIds]), eq(fairBooths.status, 'approved')))
    .orderBy(...BOOTH_ORDER);
  return rows.map(flatten);
}

export async function findPositionsOfBooths(db: DbOrTx, boothIds: readonly string[]): Promise<BoothPositionRow[]> {
  if (boothIds.length === 0) return [];
  return db
    .select({
      boothId: fairBoothPositions.boothId,
      id: positions.id,
      title: positions.title,
      headcount: positions.headcount,
      salaryMin: positions.salaryMin,
      salaryMax: positions.salaryMax,
      isDisabilityFriendly: positions.isDisabilityFriendly,
    })
    .from(fairBoothPositions)
    .innerJoin(positions, eq(positions.id, fairBoothPositions.positionId))
    .where(inArray(fairBoothPositions.boothId, [...boothIds]))
    .orderBy(asc(fairBoothPositions.boothId), asc(fairBoothPositions.sortOrder));
}

/** Which of these positions are the organisation's published ones. */
export async function findPublishedPositionIds(db: DbOrTx, organisationId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.organisationId, organisationId), eq(positions.status, 'published'), inArray(positions.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

export async function countApprovedBooths(db: DbOrTx, fairId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.status, 'approved')));
  return row?.n ?? 0;
}

export async function findBoothByNumber(db: DbOrTx, fairId: string, boothNumber: string): Promise<BoothRow | undefined> {
  const [row] = await db
    .select()
    .from(fairBooths)
    .where(and(eq(fairBooths.fairId, fairId), eq(fairBooths.boothNumber, boothNumber)))
    .limit(1);
  return row;
}

export async function insertBooth(db: DbOrTx, row: NewBoothRow): Promise<BoothRow> {
  const [created] = await db.insert(fairBooths).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateBoothIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewBoothRow>): Promise<BoothRow | undefined> {
  const [row] = await db
    .update(fairBooths)
    .set({ ...patch, version: sql`${fairBooths.version} + 1`, updatedAt: new Date() })
    .where(and(eq(fairBooths.id, id), eq(fairBooths.version, version)))
    .returning();
  return row;
}

export async function replaceBoothPositions(db: DbOrTx, boothId: string, positionIds: readonly string[]): Promise<void> {
  await db.delete(fairBoothPositions).where(eq(fairBoothPositions.boothId, boothId));
  if (positionIds.length === 0) return;
  await db.insert(fairBoothPositions).values(positionIds.map((positionId, sortOrder) => ({ boothId, positionId, sortOrder })));
}
