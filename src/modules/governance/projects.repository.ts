import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import type { GovernanceScope } from './governance.access';
import { demonstrationProjects, projectMilestones } from './governance.table';
import { escapeLike } from './governance.sql';
import type { ProjectFilters } from './projects.schemas';

export type ProjectRow = typeof demonstrationProjects.$inferSelect;
export type ProjectWithLead = { project: ProjectRow; lead: { id: string; name: string; type: string; industry: string } | null };
export type MilestoneRow = typeof projectMilestones.$inferSelect;

function scopeConditions(scope: GovernanceScope): SQL[] {
  const conditions: SQL[] = [eq(demonstrationProjects.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(eq(demonstrationProjects.leadOrganisationId, scope.organisationId));
  return conditions;
}

function base(db: DbOrTx) {
  return db
    .select({
      project: demonstrationProjects,
      lead: { id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry },
    })
    .from(demonstrationProjects)
    .leftJoin(organisations, eq(organisations.id, demonstrationProjects.leadOrganisationId));
}

export async function findProjects(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: ProjectFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: ProjectWithLead[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.leadOrganisationId) conditions.push(eq(demonstrationProjects.leadOrganisationId, filters.leadOrganisationId));
  if (filters.year) {
    conditions.push(
      lte(demonstrationProjects.startOn, `${filters.year}-12-31`),
      or(isNull(demonstrationProjects.endOn), gte(demonstrationProjects.endOn, `${filters.year}-01-01`)),
    );
  }
  if (filters.q) conditions.push(or(ilike(demonstrationProjects.title, escapeLike(filters.q)), ilike(demonstrationProjects.focus, escapeLike(filters.q))));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    base(db).where(where).orderBy(desc(demonstrationProjects.startOn), asc(demonstrationProjects.title)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(demonstrationProjects).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getProject(db: DbOrTx, scope: GovernanceScope, id: string): Promise<ProjectWithLead | undefined> {
  const [row] = await base(db)
    .where(and(eq(demonstrationProjects.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function findMilestones(db: DbOrTx, projectIds: string[]): Promise<MilestoneRow[]> {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(projectMilestones)
    .where(inArray(projectMilestones.projectId, projectIds))
    .orderBy(asc(projectMilestones.dueOn), asc(projectMilestones.createdAt));
}

export async function getMilestone(db: DbOrTx, id: string): Promise<MilestoneRow | undefined> {
  const [row] = await db.select().from(projectMilestones).where(eq(projectMilestones.id, id)).limit(1);
  return row;
}

export async function insertProject(db: DbOrTx, row: typeof demonstrationProjects.$inferInsert): Promise<ProjectRow> {
  const [created] = await db.insert(demonstrationProjects).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateProjectIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof demonstrationProjects.$inferInsert>,
): Promise<ProjectRow | undefined> {
  const [row] = await db
    .update(demonstrationProjects)
    .set({ ...patch, version: sql`${demonstrationProjects.version} + 1`, updatedAt: new Date() })
    .where(and(eq(demonstrationProjects.id, id), eq(demonstrationProjects.version, version)))
    .returning();
  return row;
}

export async function insertMilestone(db: DbOrTx, row: typeof projectMilestones.$inferInsert): Promise<MilestoneRow> {
  const [created] = await db.insert(projectMilestones).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateMilestoneIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof projectMilestones.$inferInsert>,
): Promise<MilestoneRow | undefined> {
  const [row] = await db
    .update(projectMilestones)
    .set({ ...patch, version: sql`${projectMilestones.version} + 1`, updatedAt: new Date() })
    .where(and(eq(projectMilestones.id, id), eq(projectMilestones.version, version)))
    .returning();
  return row;
}
