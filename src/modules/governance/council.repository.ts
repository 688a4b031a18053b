import { and, asc, count, countDistinct, desc, eq, gt, gte, ilike, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import type { GovernanceScope } from './governance.access';
import type { TermStatus } from './governance.codes';
import { escapeLike } from './governance.sql';
import { councilTerms } from './governance.table';
import type { CouncilTermFilters } from './council.schemas';

export type CouncilTermRow = typeof councilTerms.$inferSelect;
export type CouncilTermWithOrg = CouncilTermRow & { organisationName: string; organisationType: string; industry: string };

const withOrg = {
  id: councilTerms.id,
  zoneId: councilTerms.zoneId,
  organisationId: councilTerms.organisationId,
  role: councilTerms.role,
  startOn: councilTerms.startOn,
  endOn: councilTerms.endOn,
  note: councilTerms.note,
  version: councilTerms.version,
  createdAt: councilTerms.createdAt,
  updatedAt: councilTerms.updatedAt,
  organisationName: organisations.name,
  organisationType: organisations.type,
  industry: organisations.industry,
};

/** Terms in force on `day`, ended before it, or starting after it. */
export function termStatusCondition(status: TermStatus, day: string): SQL | undefined {
  switch (status) {
    case 'current':
      return and(lte(councilTerms.startOn, day), or(isNull(councilTerms.endOn), gte(councilTerms.endOn, day)));
    case 'past':
      return lt(councilTerms.endOn, day);
    case 'upcoming':
      return gt(councilTerms.startOn, day);
  }
}

const ROLE_RANK = sql`case ${councilTerms.role} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary_general' then 2 when 'executive_member' then 3 else 4 end`;

export async function findCouncilTerms(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: CouncilTermFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: CouncilTermWithOrg[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(councilTerms.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(eq(councilTerms.organisationId, scope.organisationId));
  if (filters.organisationId) conditions.push(eq(councilTerms.organisationId, filters.organisationId));
  if (filters.role) conditions.push(eq(councilTerms.role, filters.role));
  if (filters.status) conditions.push(termStatusCondition(filters.status, today));
  if (filters.organisationType) conditions.push(eq(organisations.type, filters.organisationType));
  if (filters.industry) conditions.push(eq(organisations.industry, filters.industry));
  if (filters.q) conditions.push(or(ilike(organisations.name, escapeLike(filters.q)), ilike(organisations.shortName, escapeLike(filters.q))));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db
      .select(withOrg)
      .from(councilTerms)
      .innerJoin(organisations, eq(organisations.id, councilTerms.organisationId))
      .where(where)
      .orderBy(ROLE_RANK, desc(councilTerms.startOn), asc(organisations.name), asc(councilTerms.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(councilTerms).innerJoin(organisations, eq(organisations.id, councilTerms.organisationId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getCouncilTermById(db: DbOrTx, id: string): Promise<CouncilTermWithOrg | undefined> {
  const [row] = await db
    .select(withOrg)
    .from(councilTerms)
    .innerJoin(organisations, eq(organisations.id, councilTerms.organisationId))
    .where(eq(councilTerms.id, id))
    .limit(1);
  return row;
}

/**
 * Locks the organisation's row for the rest of the transaction: two operators recording terms
 * of the same organisation at once take turns, so the overlap check sees the other's term.
 */
export async function lockOrganisation(
  db: DbOrTx,
  organisationId: string,
): Promise<{ id: string; zoneId: string; councilRole: string | null; joinedOn: string | null; isActive: boolean } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, zoneId: organisations.zoneId, councilRole: organisations.councilRole, joinedOn: organisations.joinedOn, isActive: organisations.isActive })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  return row;
}

export async function findTermsOfOrganisation(db: DbOrTx, organisationId: string): Promise<CouncilTermRow[]> {
  return db.select().from(councilTerms).where(eq(councilTerms.organisationId, organisationId)).orderBy(asc(councilTerms.startOn));
}

export async function insertCouncilTerm(db: DbOrTx, row: typeof councilTerms.$inferInsert): Promise<CouncilTermRow> {
  const [created] = await db.insert(councilTerms).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateCouncilTermIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof councilTerms.$inferInsert>,
): Promise<CouncilTermRow | undefined> {
  const [row] = await db
    .update(councilTerms)
    .set({ ...patch, version: sql`${councilTerms.version} + 1`, updatedAt: new Date() })
    .where(and(eq(councilTerms.id, id), eq(councilTerms.version, version)))
    .returning();
  return row;
}

/** Keeps the organisation's own council role and joining date in step with its terms. */
export async function setOrganisationStanding(db: DbOrTx, organisationId: string, standing: { councilRole: string | null; joinedOn: string | null }): Promise<void> {
  await db
    .update(organisations)
    .set({ ...standing, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(eq(organisations.id, organisationId));
}

export async function summariseCouncil(
  db: DbOrTx,
  zoneId: string,
  day: string,
): Promise<{ members: number; byRole: { role: string; count: number }[]; byType: { type: string; count: number }[] }> {
  const where = and(eq(councilTerms.zoneId, zoneId), termStatusCondition('current', day));
  const [members, byRole, byType] = await Promise.all([
    db.select({ n: countDistinct(councilTerms.organisationId) }).from(councilTerms).where(where),
    db.select({ role: councilTerms.role, count: countDistinct(councilTerms.organisationId) }).from(councilTerms).where(where).groupBy(councilTerms.role).orderBy(ROLE_RANK),
    db
      .select({ type: organisations.type, count: countDistinct(councilTerms.organisationId) })
      .from(councilTerms)
      .innerJoin(organisations, eq(organisations.id, councilTerms.organisationId))
      .where(where)
      .groupBy(organisations.type)
      .orderBy(desc(countDistinct(councilTerms.organisationId))),
  ]);
  return { members: members[0]?.n ?? 0, byRole, byType };
}

/** Organisations with a council term in force on `day`. */
export async function countCouncilMembersOn(db: DbOrTx, zoneId: string, day: string): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(councilTerms.organisationId) })
    .from(councilTerms)
    .where(and(eq(councilTerms.zoneId, zoneId), termStatusCondition('current', day)));
  return row?.n ?? 0;
}
