import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import type { OrganisationFilters } from './organisations.schemas';
import { organisations, zones } from './organisations.table';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisationRow = typeof organisations.$inferInsert;

/** Which organisations a reader may see: a zone (operators, government) or one organisation. */
export type OrganisationScope = { zoneId: string } | { organisationId: string };

function scopeCondition(scope: OrganisationScope): SQL {
  return 'zoneId' in scope ? eq(organisations.zoneId, scope.zoneId) : eq(organisations.id, scope.organisationId);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterConditions(filters: OrganisationFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const match = or(
      ilike(organisations.name, pattern),
      ilike(organisations.shortName, pattern),
      ilike(organisations.creditCode, pattern),
    );
    if (match) conditions.push(match);
  }
  if (filters.type) conditions.push(eq(organisations.type, filters.type));
  if (filters.industry) conditions.push(eq(organisations.industry, filters.industry));
  if (filters.councilRole === 'any') conditions.push(isNotNull(organisations.councilRole));
  else if (filters.councilRole === 'none') conditions.push(isNull(organisations.councilRole));
  else if (filters.councilRole) conditions.push(eq(organisations.councilRole, filters.councilRole));
  if (filters.isActive !== undefined) conditions.push(eq(organisations.isActive, filters.isActive));
  if (filters.regionCode) conditions.push(eq(organisations.regionCode, filters.regionCode));
  return conditions;
}

export async function findOrganisations(
  db: DbOrTx,
  scope: OrganisationScope,
  filters: OrganisationFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: OrganisationRow[]; total: number }> {
  const where = and(scopeCondition(scope), ...filterConditions(filters));
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(
        // Council members first, by rank, then by name in pinyin-independent code-point order.
        sql`case ${organisations.councilRole} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary_general' then 2 when 'executive_member' then 3 when 'member' then 4 else 5 end`,
        asc(organisations.name),
        asc(organisations.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getOrganisationById(db: DbOrTx, id: string): Promise<OrganisationRow | undefined> {
  const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return rows[0];
}

export async function findCreditCodesTaken(db: DbOrTx, codes: string[], exceptId?: string): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ id: organisations.id, creditCode: organisations.creditCode })
    .from(organisations)
    .where(inArray(organisations.creditCode, codes));
  return new Set(rows.filter((r) => r.id !== exceptId).map((r) => r.creditCode));
}

export async function insertOrganisations(db: DbOrTx, rows: NewOrganisationRow[]): Promise<OrganisationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(organisations).values(rows).returning();
}

/** Updates only when the stored version still matches, so two editors cannot overwrite each other. */
export async function updateOrganisationIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<NewOrganisationRow>,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .update(organisations)
    .set({ ...patch, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning();
  return row;
}

export async function countCouncilMembers(db: DbOrTx, zoneId?: string): Promise<{ type: string; n: number }[]> {
  const conditions = [isNotNull(organisations.councilRole), eq(organisations.isActive, true)];
  if (zoneId) conditions.push(eq(organisations.zoneId, zoneId));
  return db
    .select({ type: organisations.type, n: count() })
    .from(organisations)
    .where(and(...conditions))
    .groupBy(organisations.type);
}

export async function findZones(db: DbOrTx): Promise<(typeof zones.$inferSelect)[]> {
  return db.select().from(zones).orderBy(asc(zones.createdAt));
}

export async function insertZone(db: DbOrTx, zone: typeof zones.$inferInsert): Promise<typeof zones.$inferSelect> {
  const [row] = await db.insert(zones).values(zone).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findOrganisationByCodeOrName(db: DbOrTx, codeOrName: string): Promise<OrganisationRow | undefined> {
  const rows = await db
    .select()
    .from(organisations)
    .where(or(eq(organisations.creditCode, codeOrName.toUpperCase()), eq(organisations.name, codeOrName)))
    .limit(1);
  return rows[0];
}
