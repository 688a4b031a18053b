import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { startOfDayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { techChallenges } from '../techtransfer/techtransfer.table';
import type { GovernanceScope } from './governance.access';
import { coreProducts, technologyNeeds } from './governance.table';
import { escapeLike } from './governance.sql';
import type { CoreProductFilters, TalentNeedFilters, TechnologyNeedFilters } from './lists.schemas';

type OrgColumns = { id: string; name: string; type: string; industry: string };
export type CoreProductRow = { product: typeof coreProducts.$inferSelect; organisation: OrgColumns };
export type TechnologyNeedRow = {
  need: typeof technologyNeeds.$inferSelect;
  organisation: OrgColumns;
  challenge: { id: string; title: string; status: string } | null;
};

const orgColumns = { id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry };

export async function getOrganisationType(db: DbOrTx, organisationId: string): Promise<string | undefined> {
  const [row] = await db.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return row?.type;
}

// ----- 核心产品清单

function coreProductConditions(scope: GovernanceScope, filters: CoreProductFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [eq(coreProducts.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(eq(coreProducts.organisationId, scope.organisationId));
  if (filters.industry) conditions.push(eq(coreProducts.industry, filters.industry));
  if (filters.organisationId) conditions.push(eq(coreProducts.organisationId, filters.organisationId));
  if (filters.q) {
    const pattern = escapeLike(filters.q);
    conditions.push(or(ilike(coreProducts.product, pattern), ilike(organisations.name, pattern), ilike(coreProducts.description, pattern)));
  }
  return conditions;
}

export async function findCoreProducts(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: CoreProductFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: CoreProductRow[]; total: number }> {
  const where = and(...coreProductConditions(scope, filters));
  const [rows, totals] = await Promise.all([
    db
      .select({ product: coreProducts, organisation: orgColumns })
      .from(coreProducts)
      .innerJoin(organisations, eq(organisations.id, coreProducts.organisationId))
      .where(where)
      .orderBy(asc(coreProducts.industry), asc(organisations.name), asc(coreProducts.product), asc(coreProducts.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(coreProducts).innerJoin(organisations, eq(organisations.id, coreProducts.organisationId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getCoreProduct(db: DbOrTx, scope: GovernanceScope, id: string): Promise<CoreProductRow | undefined> {
  const [row] = await db
    .select({ product: coreProducts, organisation: orgColumns })
    .from(coreProducts)
    .innerJoin(organisations, eq(organisations.id, coreProducts.organisationId))
    .where(and(eq(coreProducts.id, id), ...coreProductConditions(scope, {})))
    .limit(1);
  return row;
}

export async function insertCoreProduct(db: DbOrTx, row: typeof coreProducts.$inferInsert): Promise<string> {
  const [created] = await db.insert(coreProducts).values(row).returning({ id: coreProducts.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function updateCoreProductIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof coreProducts.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(coreProducts)
    .set({ ...patch, version: sql`${coreProducts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(coreProducts.id, id), eq(coreProducts.version, version)))
    .returning({ id: coreProducts.id });
  return rows.length > 0;
}

export async function deleteCoreProductIfVersion(db: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(coreProducts)
    .where(and(eq(coreProducts.id, id), eq(coreProducts.version, version)))
    .returning({ id: coreProducts.id });
  return rows.length > 0;
}

// ----- 技术需求清单

function technologyNeedConditions(scope: GovernanceScope, filters: TechnologyNeedFilters): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [eq(technologyNeeds.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(eq(technologyNeeds.organisationId, scope.organisationId));
  if (filters.industry) conditions.push(eq(technologyNeeds.industry, filters.industry));
  if (filters.status) conditions.push(eq(technologyNeeds.status, filters.status));
  if (filters.organisationId) conditions.push(eq(technologyNeeds.organisationId, filters.organisationId));
  if (filters.q) {
    const pattern = escapeLike(filters.q);
    conditions.push(or(ilike(technologyNeeds.title, pattern), ilike(organisations.name, pattern), ilike(technologyNeeds.description, pattern)));
  }
  return conditions;
}

function technologyNeedsQuery(db: DbOrTx) {
  return db
    .select({ need: technologyNeeds, organisation: orgColumns, challenge: { id: techChallenges.id, title: techChallenges.title, status: techChallenges.status } })
    .from(technologyNeeds)
    .innerJoin(organisations, eq(organisations.id, technologyNeeds.organisationId))
    .leftJoin(techChallenges, eq(techChallenges.id, technologyNeeds.challengeId));
}

export async function findTechnologyNeeds(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: TechnologyNeedFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: TechnologyNeedRow[]; total: number }> {
  const where = and(...technologyNeedConditions(scope, filters));
  const [rows, totals] = await Promise.all([
    technologyNeedsQuery(db)
      .where(where)
      .orderBy(
        sql`case ${technologyNeeds.status} when 'open' then 0 when 'in_progress' then 1 when 'solved' then 2 else 3 end`,
        asc(technologyNeeds.industry),
        asc(organisations.name),
        asc(technologyNeeds.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(technologyNeeds).innerJoin(organisations, eq(organisations.id, technologyNeeds.organisationId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getTechnologyNeed(db: DbOrTx, scope: GovernanceScope, id: string): Promise<TechnologyNeedRow | undefined> {
  const [row] = await technologyNeedsQuery(db)
    .where(and(eq(technologyNeeds.id, id), ...technologyNeedConditions(scope, {})))
    .limit(1);
  return row;
}

export async function getChallengeOwner(db: DbOrTx, challengeId: string): Promise<{ zoneId: string; organisationId: string } | undefined> {
  const [row] = await db
    .select({ zoneId: techChallenges.zoneId, organisationId: techChallenges.organisationId })
    .from(techChallenges)
    .where(eq(techChallenges.id, challengeId))
    .limit(1);
  return row;
}

export async function insertTechnologyNeed(db: DbOrTx, row: typeof technologyNeeds.$inferInsert): Promise<string> {
  const [created] = await db.insert(technologyNeeds).values(row).returning({ id: technologyNeeds.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function updateTechnologyNeedIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof technologyNeeds.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(technologyNeeds)
    .set({ ...patch, version: sql`${technologyNeeds.version} + 1`, updatedAt: new Date() })
    .where(and(eq(technologyNeeds.id, id), eq(technologyNeeds.version, version)))
    .returning({ id: technologyNeeds.id });
  return rows.length > 0;
}

export async function deleteTechnologyNeedIfVersion(db: DbOrTx, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(technologyNeeds)
    .where(and(eq(technologyNeeds.id, id), eq(technologyNeeds.version, version)))
    .returning({ id: technologyNeeds.id });
  return rows.length > 0;
}

// ----- 人才需求清单

export type TalentNeedRow = {
  organisationId: string;
  organisationName: string;
  organisationType: string;
  industry: string;
  title: string;
  positions: number;
  headcount: number;
  filled: number;
  educationLevels: string[];
  majors: string[][];
  fromVisits: number;
  lastPublishedAt: Date | string | null;
};

/** Positions behind the list: open today, or published (and not withdrawn before review) in a year. */
function talentNeedConditions(scope: GovernanceScope, filters: TalentNeedFilters, today: string): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [eq(positions.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(eq(positions.organisationId, scope.organisationId));
  if (filters.year) {
    conditions.push(
      inArray(positions.status, ['published', 'closed', 'filled']),
      gte(positions.publishedAt, startOfDayInChina(`${filters.year}-01-01`)),
      lt(positions.publishedAt, startOfDayInChina(`${filters.year + 1}-01-01`)),
    );
  } else {
    conditions.push(eq(positions.status, 'published'), or(isNull(positions.closingOn), gte(positions.closingOn, today)));
  }
  if (filters.industry) conditions.push(eq(organisations.industry, filters.industry));
  if (filters.organisationId) conditions.push(eq(positions.organisationId, filters.organisationId));
  if (filters.q) {
    const pattern = escapeLike(filters.q);
    conditions.push(or(ilike(positions.title, pattern), ilike(organisations.name, pattern)));
  }
  return conditions;
}

export async function findTalentNeeds(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: TalentNeedFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: TalentNeedRow[]; total: number }> {
  const where = and(...talentNeedConditions(scope, filters, today));
  const headcount = sql<number>`sum(${positions.headcount})::int`;
  const groups = [positions.organisationId, organisations.name, organisations.type, organisations.industry, positions.title] as const;
  const grouped = db
    .select({ organisationId: positions.organisationId, title: positions.title })
    .from(positions)
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(where)
    .groupBy(positions.organisationId, positions.title)
    .as('talent_need_groups');
  const [rows, totals] = await Promise.all([
    db
      .select({
        organisationId: positions.organisationId,
        organisationName: organisations.name,
        organisationType: organisations.type,
        industry: organisations.industry,
        title: positions.title,
        positions: sql<number>`count(*)::int`,
        headcount,
        filled: sql<number>`sum(${positions.filledCount})::int`,
        educationLevels: sql<string[]>`array_agg(distinct ${positions.educationLevel})`,
        majors: sql<string[][]>`jsonb_agg(${positions.majors})`,
        fromVisits: sql<number>`(count(*) filter (where ${positions.source} = 'visit'))::int`,
        lastPublishedAt: sql<Date | string | null>`max(${positions.publishedAt})`,
      })
      .from(positions)
      .innerJoin(organisations, eq(organisations.id, positions.organisationId))
      .where(where)
      .groupBy(...groups)
      .orderBy(desc(headcount), asc(organisations.name), asc(positions.title))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(grouped),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
