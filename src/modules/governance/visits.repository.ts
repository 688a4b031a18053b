import { and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { techChallenges } from '../techtransfer/techtransfer.table';
import type { GovernanceScope } from './governance.access';
import { visitChallenges, visitOrganisations, visitPositions, visits } from './governance.table';
import { escapeLike, qualified as q } from './governance.sql';
import type { VisitFilters } from './visits.schemas';

export type VisitRow = typeof visits.$inferSelect;
export type VisitOrganisationRow = { visitId: string; id: string; name: string; type: string; industry: string };
export type VisitPositionRow = {
  visitId: string;
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  status: string;
  headcount: number;
  source: string;
  zoneId: string;
};
export type ChallengeRow = { id: string; title: string; organisationId: string; status: string; zoneId: string };

function visitedBy(organisationId: string): SQL {
  return sql`exists (select 1 from ${visitOrganisations} where ${q(visitOrganisations.visitId)} = ${q(visits.id)} and ${q(visitOrganisations.organisationId)} = ${organisationId})`;
}

function scopeConditions(scope: GovernanceScope): SQL[] {
  const conditions: SQL[] = [eq(visits.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(visitedBy(scope.organisationId));
  return conditions;
}

export async function findVisits(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: VisitFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: VisitRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.kind) conditions.push(eq(visits.kind, filters.kind));
  if (filters.organisationId) conditions.push(visitedBy(filters.organisationId));
  if (filters.from) conditions.push(gte(visits.heldOn, filters.from));
  if (filters.to) conditions.push(lte(visits.heldOn, filters.to));
  if (filters.q) {
    const pattern = escapeLike(filters.q);
    conditions.push(or(ilike(visits.title, pattern), ilike(visits.hiringDemand, pattern), ilike(visits.painPoints, pattern)));
  }
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select().from(visits).where(where).orderBy(desc(visits.heldOn), desc(visits.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(visits).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getVisit(db: DbOrTx, scope: GovernanceScope, id: string): Promise<VisitRow | undefined> {
  const [row] = await db
    .select()
    .from(visits)
    .where(and(eq(visits.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function findVisitOrganisations(db: DbOrTx, visitIds: string[]): Promise<VisitOrganisationRow[]> {
  if (visitIds.length === 0) return [];
  return db
    .select({ visitId: visitOrganisations.visitId, id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry })
    .from(visitOrganisations)
    .innerJoin(organisations, eq(organisations.id, visitOrganisations.organisationId))
    .where(inArray(visitOrganisations.visitId, visitIds))
    .orderBy(asc(organisations.name));
}

const positionColumns = {
  id: positions.id,
  title: positions.title,
  organisationId: positions.organisationId,
  organisationName: organisations.name,
  status: positions.status,
  headcount: positions.headcount,
  source: positions.source,
  zoneId: positions.zoneId,
};

export async function findVisitPositions(db: DbOrTx, visitIds: string[]): Promise<VisitPositionRow[]> {
  if (visitIds.length === 0) return [];
  return db
    .select({ visitId: visitPositions.visitId, ...positionColumns })
    .from(visitPositions)
    .innerJoin(positions, eq(positions.id, visitPositions.positionId))
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(visitPositions.visitId, visitIds))
    .orderBy(asc(positions.createdAt));
}

export async function findVisitChallenges(db: DbOrTx, visitIds: string[]): Promise<(ChallengeRow & { visitId: string })[]> {
  if (visitIds.length === 0) return [];
  return db
    .select({ visitId: visitChallenges.visitId, id: techChallenges.id, title: techChallenges.title, organisationId: techChallenges.organisationId, status: techChallenges.status, zoneId: techChallenges.zoneId })
    .from(visitChallenges)
    .innerJoin(techChallenges, eq(techChallenges.id, visitChallenges.challengeId))
    .where(inArray(visitChallenges.visitId, visitIds))
    .orderBy(asc(techChallenges.createdAt));
}

export async function findPositionsByIds(db: DbOrTx, ids: string[]): Promise<Omit<VisitPositionRow, 'visitId'>[]> {
  if (ids.length === 0) return [];
  return db
    .select(positionColumns)
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(positions.id, ids));
}

export async function findChallengesByIds(db: DbOrTx, ids: string[]): Promise<ChallengeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: techChallenges.id, title: techChallenges.title, organisationId: techChallenges.organisationId, status: techChallenges.status, zoneId: techChallenges.zoneId })
    .from(techChallenges)
    .where(inArray(techChallenges.id, ids));
}

export async function insertVisit(db: DbOrTx, row: typeof visits.$inferInsert): Promise<VisitRow> {
  const [created] = await db.insert(visits).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateVisitIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<typeof visits.$inferInsert>): Promise<VisitRow | undefined> {
  const [row] = await db
    .update(visits)
    .set({ ...patch, version: sql`${visits.version} + 1`, updatedAt: new Date() })
    .where(and(eq(visits.id, id), eq(visits.version, version)))
    .returning();
  return row;
}

/** Replaces a visit's organisations, positions and challenges with the lists given (those given only). */
export async function replaceVisitLinks(
  db: DbOrTx,
  visitId: string,
  links: { organisationIds?: readonly string[] | undefined; positionIds?: readonly string[] | undefined; challengeIds?: readonly string[] | undefined },
): Promise<void> {
  if (links.organisationIds) {
    await db.delete(visitOrganisations).where(eq(visitOrganisations.visitId, visitId));
    if (links.organisationIds.length) await db.insert(visitOrganisations).values(links.organisationIds.map((organisationId) => ({ visitId, organisationId })));
  }
  if (links.positionIds) {
    await db.delete(visitPositions).where(eq(visitPositions.visitId, visitId));
    if (links.positionIds.length) await db.insert(visitPositions).values(links.positionIds.map((positionId) => ({ visitId, positionId })));
  }
  if (links.challengeIds) {
    await db.delete(visitChallenges).where(eq(visitChallenges.visitId, visitId));
    if (links.challengeIds.length) await db.insert(visitChallenges).values(links.challengeIds.map((challengeId) => ({ visitId, challengeId })));
  }
}

/** Distinct enterprises visited or at a symposium from `from` to `to`. */
export async function countEnterprisesVisited(db: DbOrTx, zoneId: string, from: string, to: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${visitOrganisations.organisationId})::int` })
    .from(visits)
    .innerJoin(visitOrganisations, eq(visitOrganisations.visitId, visits.id))
    .innerJoin(organisations, eq(organisations.id, visitOrganisations.organisationId))
    .where(and(eq(visits.zoneId, zoneId), eq(organisations.type, 'enterprise'), gte(visits.heldOn, from), lte(visits.heldOn, to)));
  return row?.n ?? 0;
}
