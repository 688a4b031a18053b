import { aliasedTable, and, asc, count, desc, eq, gte, ilike, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';
import { competitionEntrants, skillCompetitions } from './training.table';

export type CompetitionRow = typeof skillCompetitions.$inferSelect;
export type NewCompetitionRow = typeof skillCompetitions.$inferInsert;
export type CompetitionWithFacts = CompetitionRow & { organiserName: string; entrants: number; awards: number };
export type EntrantRow = typeof competitionEntrants.$inferSelect;
export type EntrantWithNames = EntrantRow & { name: string; organisationName: string | null };

const organiser = aliasedTable(organisations, 'organiser');
const entrantCount = sql<number>`(select count(*) from ${competitionEntrants} ce where ce.competition_id = ${skillCompetitions.id})::int`;
const awardCount = sql<number>`(select count(*) from ${competitionEntrants} ce where ce.competition_id = ${skillCompetitions.id} and ce.award is not null)::int`;

function selectWithFacts(db: DbOrTx) {
  return db
    .select({ competition: skillCompetitions, organiserName: organiser.name, entrants: entrantCount, awards: awardCount })
    .from(skillCompetitions)
    .innerJoin(organiser, eq(organiser.id, skillCompetitions.organiserId));
}

function flatten(row: { competition: CompetitionRow; organiserName: string; entrants: number; awards: number }): CompetitionWithFacts {
  return { ...row.competition, organiserName: row.organiserName, entrants: Number(row.entrants), awards: Number(row.awards) };
}

export async function findCompetitions(
  db: DbOrTx,
  zoneId: string,
  filters: { year?: number | undefined; q?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: CompetitionWithFacts[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(skillCompetitions.zoneId, zoneId)];
  if (filters.year) conditions.push(gte(skillCompetitions.heldOn, `${filters.year}-01-01`), lte(skillCompetitions.heldOn, `${filters.year}-12-31`));
  if (filters.q) conditions.push(ilike(skillCompetitions.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    selectWithFacts(db).where(where).orderBy(desc(skillCompetitions.heldOn), desc(skillCompetitions.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(skillCompetitions).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

export async function getCompetitionById(db: DbOrTx, id: string): Promise<CompetitionWithFacts | undefined> {
  const [row] = await selectWithFacts(db).where(eq(skillCompetitions.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** Locks the competition row, so a category cannot be removed while an entrant joins it. */
export async function lockCompetition(tx: DbOrTx, id: string): Promise<CompetitionRow | undefined> {
  const [row] = await tx.select().from(skillCompetitions).where(eq(skillCompetitions.id, id)).for('update');
  return row;
}

export async function insertCompetition(db: DbOrTx, row: NewCompetitionRow): Promise<CompetitionRow> {
  const [created] = await db.insert(skillCompetitions).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateCompetitionIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewCompetitionRow>): Promise<CompetitionRow | undefined> {
  const [row] = await db
    .update(skillCompetitions)
    .set({ ...patch, version: sql`${skillCompetitions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(skillCompetitions.id, id), eq(skillCompetitions.version, version)))
    .returning();
  return row;
}

/** Categories of a competition that have entrants, and whether any entrant has a score. */
export async function findEntrantFacts(db: DbOrTx, competitionId: string): Promise<{ categories: Set<string>; hasResults: boolean }> {
  const rows = await db
    .select({ category: competitionEntrants.category, scored: sql<number>`count(${competitionEntrants.score})::int` })
    .from(competitionEntrants)
    .where(eq(competitionEntrants.competitionId, competitionId))
    .groupBy(competitionEntrants.category);
  return { categories: new Set(rows.map((r) => r.category)), hasResults: rows.some((r) => Number(r.scored) > 0) };
}

const entrantName = sql<string>`coalesce(${seekers.name}, ${competitionEntrants.entrantName})`;

function selectEntrants(db: DbOrTx) {
  return db
    .select({ entrant: competitionEntrants, name: entrantName, organisationName: organisations.name })
    .from(competitionEntrants)
    .leftJoin(seekers, eq(seekers.id, competitionEntrants.seekerId))
    .leftJoin(organisations, eq(organisations.id, competitionEntrants.organisationId));
}

function flattenEntrant(row: { entrant: EntrantRow; name: string; organisationName: string | null }): EntrantWithNames {
  return { ...row.entrant, name: row.name, organisationName: row.organisationName };
}

export async function findEntrants(db: DbOrTx, competitionId: string, category?: string): Promise<EntrantWithNames[]> {
  const rows = await selectEntrants(db)
    .where(and(eq(competitionEntrants.competitionId, competitionId), category ? eq(competitionEntrants.category, category) : undefined))
    .orderBy(asc(competitionEntrants.category), asc(competitionEntrants.createdAt), asc(competitionEntrants.id));
  return rows.map(flattenEntrant);
}

export async function getEntrantById(db: DbOrTx, id: string): Promise<EntrantWithNames | undefined> {
  const [row] = await selectEntrants(db).where(eq(competitionEntrants.id, id)).limit(1);
  return row ? flattenEntrant(row) : undefined;
}

/** Inserts unless the seeker is already in the category: then returns nothing. */
export async function insertEntrant(db: DbOrTx, row: typeof competitionEntrants.$inferInsert): Promise<EntrantRow | undefined> {
  const [created] = await db.insert(competitionEntrants).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateEntrantIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof competitionEntrants.$inferInsert>,
): Promise<EntrantRow | undefined> {
  const [row] = await db
    .update(competitionEntrants)
    .set({ ...patch, version: sql`${competitionEntrants.version} + 1`, updatedAt: new Date() })
    .where(and(eq(competitionEntrants.id, id), eq(competitionEntrants.version, version)))
    .returning();
  return row;
}

/** Competitions held in a date range, their entrants and awards. */
export async function countCompetitionFigures(
  db: DbOrTx,
  zoneId: string,
  range: { from: string; to: string },
): Promise<{ competitions: number; entrants: number; awards: number }> {
  const where = and(eq(skillCompetitions.zoneId, zoneId), gte(skillCompetitions.heldOn, range.from), lte(skillCompetitions.heldOn, range.to));
  const [competitions] = await db.select({ n: count() }).from(skillCompetitions).where(where);
  const [entrants] = await db
    .select({ n: count(), awards: count(competitionEntrants.award) })
    .from(competitionEntrants)
    .innerJoin(skillCompetitions, eq(skillCompetitions.id, competitionEntrants.competitionId))
    .where(where);
  return { competitions: competitions?.n ?? 0, entrants: entrants?.n ?? 0, awards: entrants?.awards ?? 0 };
}

