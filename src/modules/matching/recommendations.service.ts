import type { Actor } from '../../platform/access';
import { type AuditEntry, type AuditSource, recordAuditMany } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/errors';
import { queueSeekerNotices, type SeekerNotice } from '../notifications/notifications.service';
import { resumeSnapshot } from '../positions/applications.service';
import type { ApplicationStatus } from '../positions/positions.codes';
import * as positionRepo from '../positions/positions.repository';
import type { PositionWithOrg } from '../positions/positions.repository';
import { isOpen } from '../positions/positions.service';
import type { ScoredMatch } from './engine/scoring';
import type { RecommendationStatsGroup } from './matching.codes';
import { isMatchable, positionFeatures, withoutSensitiveFactors } from './matching.features';
import type { MatchingIndex } from './matching.index';
import * as repo from './matching.repository';
import type { RecommendationView } from './matching.schemas';
import { currentWeights, zoneOf } from './matching.service';

function toView(row: repo.RecommendationWithNames, forEnterprise = false): RecommendationView {
  const r = row.recommendation;
  const shown = forEnterprise ? withoutSensitiveFactors({ total: r.score, factors: r.factors }) : { total: r.score, factors: r.factors };
  return {
    id: r.id,
    applicationId: r.applicationId,
    positionId: r.positionId,
    positionTitle: row.positionTitle,
    organisationId: r.organisationId,
    organisationName: row.organisationName,
    seekerId: r.seekerId,
    seekerName: row.seekerName,
    status: row.status as ApplicationStatus,
    declineReason: row.declineReason,
    score: shown.total,
    factors: shown.factors,
    weightsVersion: r.weightsVersion,
    allocationId: r.allocationId,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
    hiredAt: row.hiredAt?.toISOString() ?? null,
  };
}

export type Recommendation = {
  seeker: repo.SeekerForMatching;
  match: ScoredMatch;
  /** The seeker's own application to the position, when a batch allocation recommends an applicant. */
  existingApplicationId: string | null;
};

/**
 * Writes recommendations in the caller's transaction: the application the enterprise answers
 * (unless the seeker already applied), the recommendation with its score as the person saw it,
 * the seeker's notice and the audit entries. Returns the recommendation ids.
 */
export async function writeRecommendations(
  ctx: AppContext,
  tx: DbOrTx,
  source: AuditSource,
  found: PositionWithOrg,
  items: Recommendation[],
  meta: { weightsVersion: number; note: string | null; allocationId: string | null; recommendedBy: string },
): Promise<string[]> {
  const p = found.position;
  const rows = [];
  const notices: SeekerNotice[] = [];
  for (const item of items) {
    const s = item.seeker.seeker;
    let applicationId = item.existingApplicationId;
    if (!applicationId) {
      const application = await positionRepo.insertApplication(tx, {
        positionId: p.id,
        seekerId: s.id,
        organisationId: p.organisationId,
        resumeSnapshot: resumeSnapshot(ctx, s),
        channel: 'recommendation',
      });
      // Someone applied or recommended the same pair meanwhile: refuse the whole request.
      if (!application) throw new AppError('conflict', { fields: [{ path: 'seekerIds', message: 'matching.already_recommended' }] });
      applicationId = application.id;
    }
    rows.push({
      applicationId,
      zoneId: found.zoneId,
      positionId: p.id,
      seekerId: s.id,
      organisationId: p.organisationId,
      score: item.match.total,
      factors: item.match.factors,
      weightsVersion: meta.weightsVersion,
      allocationId: meta.allocationId,
      note: meta.note,
      recommendedBy: meta.recommendedBy,
    });
    notices.push({
      seekerId: s.id,
      zoneId: s.zoneId,
      accountId: s.accountId,
      kind: 'recommended',
      params: { positionId: p.id, positionTitle: p.title, organisationName: found.organisationName },
    });
  }
  const created = await repo.insertRecommendations(tx, rows);
  await queueSeekerNotices(ctx, tx, notices);
  await recordAuditMany(
    tx,
    source,
    created.map(
      (r): AuditEntry => ({
        action: 'recommendation.create',
        entityType: 'recommendation',
        entityId: r.id,
        organisationId: r.organisationId,
        after: { positionId: r.positionId, seekerId: r.seekerId, applicationId: r.applicationId, score: r.score, allocationId: r.allocationId },
      }),
    ),
  );
  return created.map((r) => r.id);
}

/**
 * 推荐: the operator recommends chosen candidates to an open position of their zone. All or
 * nothing: one ineligible, repeated or already recommended seeker refuses the request, naming it.
 */
export async function recommendCandidates(
  ctx: AppContext,
  index: MatchingIndex,
  actor: Actor,
  input: { positionId: string; seekerIds: string[]; note?: string | null | undefined },
  source: AuditSource,
): Promise<{ items: RecommendationView[] }> {
  const zoneId = zoneOf(actor);
  const found = await positionRepo.getPositionById(ctx.db, input.positionId);
  if (!found || found.zoneId !== zoneId) throw new AppError('validation_failed', { fields: [{ path: 'positionId', message: 'matching.position_not_open' }] });
  if (!isOpen(found.position)) throw new AppError('validation_failed', { fields: [{ path: 'positionId', message: 'matching.position_not_open' }] });

  const [rows, existing] = await Promise.all([
    repo.getSeekersForMatching(ctx.db, input.seekerIds),
    repo.findExistingApplications(ctx.db, input.positionId, input.seekerIds),
  ]);
  const byId = new Map(rows.map((r) => [r.seeker.id, r]));
  const taken = new Set(existing.map((a) => a.seekerId));
  const seen = new Set<string>();
  const fields: FieldIssue[] = [];
  input.seekerIds.forEach((id, i) => {
    const row = byId.get(id);
    const path = `seekerIds.${i}`;
    if (seen.has(id)) fields.push({ path, message: 'matching.duplicate_seeker' });
    else if (!row || row.seeker.zoneId !== zoneId || !isMatchable(row)) fields.push({ path, message: 'matching.seeker_not_eligible' });
    else if (taken.has(id)) fields.push({ path, message: 'matching.already_recommended' });
    seen.add(id);
  });
  if (fields.length > 0) throw new AppError('validation_failed', { fields });

  const { version, weights } = await currentWeights(ctx, zoneId);
  const [scores = new Map<string, ScoredMatch>()] = await index.scoreCandidates(
    [{ position: positionFeatures(found.position), seekerIds: input.seekerIds }],
    weights,
    todayInChina(),
  );
  const items: Recommendation[] = input.seekerIds.map((id, i) => {
    const match = scores.get(id);
    // The index no longer holds the seeker as matchable: their consent changed a moment ago.
    if (!match) throw new AppError('validation_failed', { fields: [{ path: `seekerIds.${i}`, message: 'matching.seeker_not_eligible' }] });
    return { seeker: byId.get(id) as repo.SeekerForMatching, match, existingApplicationId: null };
  });
  const ids = await ctx.db.transaction((tx) =>
    writeRecommendations(ctx, tx, source, found, items, { weightsVersion: version, note: input.note ?? null, allocationId: null, recommendedBy: actor.accountId }),
  );
  const { rows: created } = await repo.findRecommendations(ctx.db, { scope: { zoneId }, positionId: input.positionId }, { offset: 0, limit: 1000 });
  const wanted = new Set(ids);
  return { items: created.filter((r) => wanted.has(r.recommendation.id)).map((row) => toView(row)) };
}

function readerScope(actor: Actor): repo.RecommendationQuery['scope'] {
  if ((actor.role === 'operator' || actor.role === 'government') && actor.zoneId) return { zoneId: actor.zoneId };
  if ((actor.role === 'org_admin' || actor.role === 'org_staff') && actor.organisationId) return { organisationId: actor.organisationId };
  throw new AppError('forbidden');
}

export async function findRecommendations(
  ctx: AppContext,
  actor: Actor,
  filters: { positionId?: string | undefined; status?: ApplicationStatus | undefined; from?: string | undefined; to?: string | undefined },
  page: { page: number; pageSize: number },
): Promise<{ items: RecommendationView[]; total: number; page: number; pageSize: number }> {
  const scope = readerScope(actor);
  const { rows, total } = await repo.findRecommendations(ctx.db, { scope, ...filters }, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  const forEnterprise = 'organisationId' in scope;
  return { items: rows.map((row) => toView(row, forEnterprise)), total, page: page.page, pageSize: page.pageSize };
}

/** The seeker's own recommendations, with why each was made. */
export async function findMyRecommendations(ctx: AppContext, actor: Actor): Promise<{ items: RecommendationView[] }> {
  const seeker = await positionRepo.findSeekerByAccount(ctx.db, actor.accountId);
  if (!seeker) return { items: [] };
  const rows = await repo.findRecommendationsOfSeeker(ctx.db, seeker.id);
  return { items: rows.map((row) => toView(row)) };
}

function yearStart(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

/** People recommended, positions that received them, hires and conversion, per month or year. */
export async function getRecommendationStats(
  ctx: AppContext,
  actor: Actor,
  query: { from?: string | undefined; to?: string | undefined; groupBy: RecommendationStatsGroup },
) {
  const zoneId = zoneOf(actor);
  const to = query.to ?? todayInChina();
  const from = query.from ?? yearStart(to);
  if (from > to) throw new AppError('validation_failed', { fields: [{ path: 'querystring.from', message: 'period.from_after_to' }] });
  const [periods, total, hiresByPeriod, hiresTotal] = await Promise.all([
    repo.countRecommendationsByPeriod(ctx.db, zoneId, from, to, query.groupBy),
    repo.countRecommendationsInRange(ctx.db, zoneId, from, to),
    repo.countRecommendationHires(ctx.db, zoneId, from, to, query.groupBy),
    repo.countRecommendationHires(ctx.db, zoneId, from, to, 'all'),
  ]);
  const keys = [...new Set([...periods.map((p) => p.period), ...hiresByPeriod.map((h) => h.period)])].sort();
  const made = new Map(periods.map((p) => [p.period, p]));
  const hired = new Map(hiresByPeriod.map((h) => [h.period, h]));
  const hires = hiresTotal[0]?.hires ?? 0;
  return {
    from,
    to,
    groupBy: query.groupBy,
    total: {
      ...total,
      hires,
      positionsFilled: hiresTotal[0]?.positionsFilled ?? 0,
      conversion: total.recommendations > 0 ? Math.round((hires / total.recommendations) * 1000) / 1000 : 0,
    },
    periods: keys.map((period) => ({
      period,
      recommendations: made.get(period)?.recommendations ?? 0,
      people: made.get(period)?.people ?? 0,
      positions: made.get(period)?.positions ?? 0,
      hires: hired.get(period)?.hires ?? 0,
      positionsFilled: hired.get(period)?.positionsFilled ?? 0,
    })),
  };
}
