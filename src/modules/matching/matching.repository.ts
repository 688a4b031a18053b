import { and, asc, count, countDistinct, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { startOfDayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';
import { allocations, matchingWeights, positionLikes, recommendations } from './matching.table';

export type SeekerRow = typeof seekers.$inferSelect;
export type WeightsRow = typeof matchingWeights.$inferSelect;
export type RecommendationRow = typeof recommendations.$inferSelect;
export type AllocationRow = typeof allocations.$inferSelect;

/** A seeker with the two consents matching depends on. */
export type SeekerForMatching = { seeker: SeekerRow; hasMatchingConsent: boolean; hasDisabilityConsent: boolean };

/** Written with explicit table names: in a select list drizzle renders columns unqualified, which inside this subquery would all mean `consents`. */
function activeConsent(purpose: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from consents c where c.seeker_id = "seekers"."id" and c.purpose = ${purpose} and c.withdrawn_at is null)`;
}

const seekerForMatching = {
  seeker: seekers,
  hasMatchingConsent: activeConsent('job_matching'),
  hasDisabilityConsent: activeConsent('sensitive_disability'),
};

export async function findSeekerChanges(db: DbOrTx, afterSeq: number, limit: number): Promise<SeekerForMatching[]> {
  return db.select(seekerForMatching).from(seekers).where(gt(seekers.changeSeq, afterSeq)).orderBy(asc(seekers.changeSeq)).limit(limit);
}

/**
 * The zone's seekers without accounts of their own (walk-ins and imported résumés), in the order
 * they were written: the demo generator scores them deterministically.
 */
export async function findZoneSeekersWithoutAccount(db: DbOrTx, zoneId: string): Promise<SeekerForMatching[]> {
  return db
    .select(seekerForMatching)
    .from(seekers)
    .where(and(eq(seekers.zoneId, zoneId), isNull(seekers.accountId)))
    .orderBy(asc(seekers.changeSeq));
}

export async function getSeekersForMatching(db: DbOrTx, ids: string[]): Promise<SeekerForMatching[]> {
  if (ids.length === 0) return [];
  return db.select(seekerForMatching).from(seekers).where(inArray(seekers.id, ids));
}

export async function setAutoRecommend(db: DbOrTx, seekerId: string, enabled: boolean): Promise<void> {
  await db.update(seekers).set({ autoRecommend: enabled, updatedAt: new Date() }).where(eq(seekers.id, seekerId));
}

// --- weights -------------------------------------------------------------------------------

export async function findLatestWeights(db: DbOrTx, zoneId: string): Promise<WeightsRow | undefined> {
  const rows = await db.select().from(matchingWeights).where(eq(matchingWeights.zoneId, zoneId)).orderBy(desc(matchingWeights.version)).limit(1);
  return rows[0];
}

export async function findWeightsHistory(db: DbOrTx, zoneId: string, limit: number): Promise<(WeightsRow & { createdByName: string | null })[]> {
  const rows = await db
    .select({ row: matchingWeights, createdByName: sql<string | null>`(select display_name from accounts where accounts.id = ${matchingWeights.createdBy})` })
    .from(matchingWeights)
    .where(eq(matchingWeights.zoneId, zoneId))
    .orderBy(desc(matchingWeights.version))
    .limit(limit);
  return rows.map((r) => ({ ...r.row, createdByName: r.createdByName }));
}

/** Inserts the next version; returns undefined when another writer took that version number first. */
export async function insertWeightsVersion(db: DbOrTx, row: typeof matchingWeights.$inferInsert): Promise<WeightsRow | undefined> {
  const rows = await db.insert(matchingWeights).values(row).onConflictDoNothing().returning();
  return rows[0];
}

// --- recommendations -----------------------------------------------------------------------

export async function insertRecommendations(db: DbOrTx, rows: (typeof recommendations.$inferInsert)[]): Promise<RecommendationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(recommendations).values(rows).returning();
}

export type RecommendationQuery = {
  scope: { zoneId: string } | { organisationId: string };
  positionId?: string | undefined;
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export type RecommendationWithNames = {
  recommendation: RecommendationRow;
  status: string;
  declineReason: string | null;
  hiredAt: Date | null;
  statusChangedAt: Date;
  positionTitle: string;
  organisationName: string;
  seekerName: string;
};

/** The instant after a calendar day in China: periods are [from 00:00, to + 1 day 00:00). */
function dayAfter(isoDate: string): Date {
  return new Date(startOfDayInChina(isoDate).getTime() + 86_400_000);
}

function recommendationWhere(query: RecommendationQuery): SQL | undefined {
  return and(
    'zoneId' in query.scope ? eq(recommendations.zoneId, query.scope.zoneId) : eq(recommendations.organisationId, query.scope.organisationId),
    query.positionId ? eq(recommendations.positionId, query.positionId) : undefined,
    query.status ? eq(applications.status, query.status) : undefined,
    query.from ? gte(recommendations.createdAt, startOfDayInChina(query.from)) : undefined,
    query.to ? lt(recommendations.createdAt, dayAfter(query.to)) : undefined,
  );
}

export async function findRecommendations(
  db: DbOrTx,
  query: RecommendationQuery,
  page: { offset: number; limit: number },
): Promise<{ rows: RecommendationWithNames[]; total: number }> {
  const where = recommendationWhere(query);
  const [rows, totals] = await Promise.all([
    db
      .select({
        recommendation: recommendations,
        status: applications.status,
        declineReason: applications.declineReason,
        hiredAt: applications.hiredAt,
        statusChangedAt: applications.statusChangedAt,
        positionTitle: positions.title,
        organisationName: organisations.name,
        seekerName: seekers.name,
      })
      .from(recommendations)
      .innerJoin(applications, eq(applications.id, recommendations.applicationId))
      .innerJoin(positions, eq(positions.id, recommendations.positionId))
      .innerJoin(organisations, eq(organisations.id, recommendations.organisationId))
      .innerJoin(seekers, eq(seekers.id, recommendations.seekerId))
      .where(where)
      .orderBy(desc(recommendations.createdAt), desc(recommendations.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(recommendations)
      .innerJoin(applications, eq(applications.id, recommendations.applicationId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Positions (of these) a seeker was already recommended to or applied for. */
export async function findExistingApplications(
  db: DbOrTx,
  positionId: string,
  seekerIds: string[],
): Promise<{ id: string; seekerId: string; status: string; channel: string }[]> {
  if (seekerIds.length === 0) return [];
  return db
    .select({ id: applications.id, seekerId: applications.seekerId, status: applications.status, channel: applications.channel })
    .from(applications)
    .where(and(eq(applications.positionId, positionId), inArray(applications.seekerId, seekerIds)));
}

/** A literal, not a parameter: GROUP BY must see the same expression as the select list. */
function periodFormat(unit: 'month' | 'year'): SQL {
  return sql.raw(unit === 'month' ? "'YYYY-MM'" : "'YYYY'");
}

export type PeriodCounts = {
  period: string;
  recommendations: number;
  people: number;
  positions: number;
};

/**
 * Recommendations made per period (Asia/Shanghai months or years): how many, how many distinct
 * people, how many distinct positions.
 */
export async function countRecommendationsByPeriod(db: DbOrTx, zoneId: string, from: string, to: string, unit: 'month' | 'year'): Promise<PeriodCounts[]> {
  const period = sql<string>`to_char(${recommendations.createdAt} at time zone 'Asia/Shanghai', ${periodFormat(unit)})`;
  const rows = await db
    .select({
      period,
      recommendations: count(),
      people: countDistinct(recommendations.seekerId),
      positions: countDistinct(recommendations.positionId),
    })
    .from(recommendations)
    .where(and(eq(recommendations.zoneId, zoneId), gte(recommendations.createdAt, startOfDayInChina(from)), lt(recommendations.createdAt, dayAfter(to))))
    .groupBy(period)
    .orderBy(period);
  return rows;
}

/** The whole range at once (distinct counts do not add up across periods). */
export async function countRecommendationsInRange(db: DbOrTx, zoneId: string, from: string, to: string): Promise<Omit<PeriodCounts, 'period'>> {
  const rows = await db
    .select({ recommendations: count(), people: countDistinct(recommendations.seekerId), positions: countDistinct(recommendations.positionId) })
    .from(recommendations)
    .where(and(eq(recommendations.zoneId, zoneId), gte(recommendations.createdAt, startOfDayInChina(from)), lt(recommendations.createdAt, dayAfter(to))));
  return rows[0] ?? { recommendations: 0, people: 0, positions: 0 };
}

export type HireCounts = { period: string; hires: number; positionsFilled: number };

/** Hires of recommended candidates by the date of hire, and the distinct positions they filled: per period, or over the range ('all'). */
export async function countRecommendationHires(
  db: DbOrTx,
  zoneId: string,
  from: string,
  to: string,
  unit: 'month' | 'year' | 'all',
): Promise<HireCounts[]> {
  const where = and(
    eq(recommendations.zoneId, zoneId),
    eq(applications.status, 'hired'),
    isNotNull(applications.hiredAt),
    gte(applications.hiredAt, startOfDayInChina(from)),
    lt(applications.hiredAt, dayAfter(to)),
  );
  const counts = { hires: count(), positionsFilled: countDistinct(applications.positionId) };
  const base = () => db.select({ ...counts, period: sql<string>`'all'` }).from(recommendations).innerJoin(applications, eq(applications.id, recommendations.applicationId));
  if (unit === 'all') return base().where(where);
  const period = sql<string>`to_char(${applications.hiredAt} at time zone 'Asia/Shanghai', ${periodFormat(unit)})`;
  return db
    .select({ ...counts, period })
    .from(recommendations)
    .innerJoin(applications, eq(applications.id, recommendations.applicationId))
    .where(where)
    .groupBy(period)
    .orderBy(period);
}

// --- likes ---------------------------------------------------------------------------------

export async function insertLike(db: DbOrTx, seekerId: string, positionId: string): Promise<void> {
  await db.insert(positionLikes).values({ seekerId, positionId }).onConflictDoNothing();
}

export async function deleteLike(db: DbOrTx, seekerId: string, positionId: string): Promise<void> {
  await db.delete(positionLikes).where(and(eq(positionLikes.seekerId, seekerId), eq(positionLikes.positionId, positionId)));
}

export async function findLikedPositionIds(db: DbOrTx, seekerId: string): Promise<string[]> {
  const rows = await db
    .select({ positionId: positionLikes.positionId })
    .from(positionLikes)
    .where(eq(positionLikes.seekerId, seekerId))
    .orderBy(asc(positionLikes.createdAt));
  return rows.map((r) => r.positionId);
}

export async function deleteLikesOfSeeker(db: DbOrTx, seekerId: string): Promise<void> {
  await db.delete(positionLikes).where(eq(positionLikes.seekerId, seekerId));
}

// --- batch allocation ----------------------------------------------------------------------

export type PreferenceRow = { seekerId: string; positionId: string; at: Date; employerRank: number | null; applicationId: string | null };

/** Open applications (the seeker's first choices, in the order made) to these positions. */
export async function findOpenApplicationsTo(db: DbOrTx, positionIds: string[]): Promise<PreferenceRow[]> {
  if (positionIds.length === 0) return [];
  return db
    .select({
      seekerId: applications.seekerId,
      positionId: applications.positionId,
      at: applications.createdAt,
      employerRank: applications.employerRank,
      applicationId: applications.id,
    })
    .from(applications)
    .where(and(inArray(applications.positionId, positionIds), inArray(applications.status, ['applied', 'interview', 'offer'])))
    .orderBy(asc(applications.createdAt), asc(applications.id));
}

/** Likes of these positions by seekers who have not applied to them. */
export async function findLikesOf(db: DbOrTx, positionIds: string[]): Promise<PreferenceRow[]> {
  if (positionIds.length === 0) return [];
  const rows = await db
    .select({ seekerId: positionLikes.seekerId, positionId: positionLikes.positionId, at: positionLikes.createdAt })
    .from(positionLikes)
    .leftJoin(applications, and(eq(applications.positionId, positionLikes.positionId), eq(applications.seekerId, positionLikes.seekerId)))
    .where(and(inArray(positionLikes.positionId, positionIds), isNull(applications.id)))
    .orderBy(asc(positionLikes.createdAt), asc(positionLikes.positionId));
  return rows.map((r) => ({ ...r, employerRank: null, applicationId: null }));
}

export async function insertAllocation(db: DbOrTx, row: typeof allocations.$inferInsert): Promise<AllocationRow> {
  const [created] = await db.insert(allocations).values(row).returning();
  if (!created) throw new Error('allocation insert returned no row');
  return created;
}

export async function getAllocation(db: DbOrTx, id: string): Promise<AllocationRow | undefined> {
  const rows = await db.select().from(allocations).where(eq(allocations.id, id)).limit(1);
  return rows[0];
}

export async function findAllocations(db: DbOrTx, zoneId: string, page: { offset: number; limit: number }): Promise<{ rows: AllocationRow[]; total: number }> {
  const where = eq(allocations.zoneId, zoneId);
  const [rows, totals] = await Promise.all([
    db.select().from(allocations).where(where).orderBy(desc(allocations.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(allocations).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Decides a draft allocation; undefined when it was no longer a draft at that version. */
export async function decideAllocation(
  db: DbOrTx,
  id: string,
  version: number,
  patch: { status: 'approved' | 'discarded'; approvedBy: string },
): Promise<AllocationRow | undefined> {
  const rows = await db
    .update(allocations)
    .set({ ...patch, decidedAt: new Date(), version: sql`${allocations.version} + 1` })
    .where(and(eq(allocations.id, id), eq(allocations.version, version), eq(allocations.status, 'draft')))
    .returning();
  return rows[0];
}

export async function setEmployerRank(db: DbOrTx, applicationId: string, rank: number | null): Promise<void> {
  await db.update(applications).set({ employerRank: rank, updatedAt: new Date() }).where(eq(applications.id, applicationId));
}

export async function findRecommendationsOfSeeker(db: DbOrTx, seekerId: string): Promise<RecommendationWithNames[]> {
  return db
    .select({
      recommendation: recommendations,
      status: applications.status,
      declineReason: applications.declineReason,
      hiredAt: applications.hiredAt,
      statusChangedAt: applications.statusChangedAt,
      positionTitle: positions.title,
      organisationName: organisations.name,
      seekerName: seekers.name,
    })
    .from(recommendations)
    .innerJoin(applications, eq(applications.id, recommendations.applicationId))
    .innerJoin(positions, eq(positions.id, recommendations.positionId))
    .innerJoin(organisations, eq(organisations.id, recommendations.organisationId))
    .innerJoin(seekers, eq(seekers.id, recommendations.seekerId))
    .where(eq(recommendations.seekerId, seekerId))
    .orderBy(desc(recommendations.createdAt))
    .limit(200);
}

/** Erasure: the reasons stored with a recommendation describe the seeker, so they go. */
export async function scrubRecommendationsOfSeeker(db: DbOrTx, seekerId: string): Promise<number> {
  const rows = await db.update(recommendations).set({ factors: [], note: null }).where(eq(recommendations.seekerId, seekerId)).returning({ id: recommendations.id });
  return rows.length;
}

/** Seekers (of these) already recommended to the position. */
export async function findRecommendedSeekers(db: DbOrTx, positionId: string, seekerIds: string[]): Promise<Set<string>> {
  if (seekerIds.length === 0) return new Set();
  const rows = await db
    .select({ seekerId: recommendations.seekerId })
    .from(recommendations)
    .where(and(eq(recommendations.positionId, positionId), inArray(recommendations.seekerId, seekerIds)));
  return new Set(rows.map((r) => r.seekerId));
}
