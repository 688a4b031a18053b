import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, fieldError } from '../../platform/errors';
import { regionName } from '../organisations/regions';
import type { ApplicationStatus } from '../positions/positions.codes';
import * as positionRepo from '../positions/positions.repository';
import type { PositionWithOrg } from '../positions/positions.repository';
import { publicPositionSchema } from '../positions/positions.schemas';
import { isOpen, toPositionView } from '../positions/positions.service';
import type { Gender } from '../talent/talent.codes';
import { DEFAULT_WEIGHTS, type MatchingWeights } from './engine/scoring';
import { isMatchable, positionFeatures, seekerFeatures, withoutSensitiveFactors, withoutSensitiveWeights } from './matching.features';
import type { MatchingIndex } from './matching.index';
import * as repo from './matching.repository';
import type { CandidatesQuery, CandidateView, WeightsView } from './matching.schemas';
import type { recommendedPositionsSchema } from './matching.schemas';
import type { z } from 'zod';

export type CurrentWeights = { version: number; weights: MatchingWeights };

/** The weights in force in a zone: its latest version, or the defaults (version 0). */
export async function currentWeights(ctx: AppContext, zoneId: string): Promise<CurrentWeights> {
  const row = await repo.findLatestWeights(ctx.db, zoneId);
  return row ? { version: row.version, weights: { ...DEFAULT_WEIGHTS, ...row.weights } } : { version: 0, weights: DEFAULT_WEIGHTS };
}

export function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

export async function getWeights(ctx: AppContext, actor: Actor): Promise<WeightsView> {
  const zoneId = zoneOf(actor);
  const history = await repo.findWeightsHistory(ctx.db, zoneId, 1);
  const latest = history[0];
  if (!latest) return { version: 0, weights: DEFAULT_WEIGHTS, note: null, createdAt: null, createdByName: null };
  return toWeightsView(latest);
}

function toWeightsView(row: repo.WeightsRow & { createdByName: string | null }): WeightsView {
  return {
    version: row.version,
    weights: { ...DEFAULT_WEIGHTS, ...row.weights },
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
  };
}

export async function findWeightsHistory(ctx: AppContext, actor: Actor): Promise<{ items: WeightsView[] }> {
  const rows = await repo.findWeightsHistory(ctx.db, zoneOf(actor), 50);
  return { items: rows.map(toWeightsView) };
}

/** Saves a new version of the zone's weights; the previous versions stay, and the change is audited. */
export async function updateWeights(
  ctx: AppContext,
  actor: Actor,
  input: { weights: MatchingWeights; note?: string | null | undefined; expectedVersion: number },
  source: AuditSource,
): Promise<WeightsView> {
  const zoneId = zoneOf(actor);
  const before = await currentWeights(ctx, zoneId);
  if (before.version !== input.expectedVersion) throw new AppError('stale_version');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertWeightsVersion(tx, {
      zoneId,
      version: before.version + 1,
      weights: input.weights,
      note: input.note ?? null,
      createdBy: actor.accountId,
    });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'matching.weights',
      entityType: 'matching_weights',
      entityId: row.id,
      before: { version: before.version, weights: before.weights },
      after: { version: row.version, weights: row.weights, note: row.note },
    });
  });
  return getWeights(ctx, actor);
}

/** A position an actor may rank for: operators their zone's, enterprise staff their own. Others: not found. */
export async function getRankablePosition(ctx: AppContext, actor: Actor, positionId: string): Promise<PositionWithOrg> {
  const found = await positionRepo.getPositionById(ctx.db, positionId);
  const visible =
    found &&
    ((actor.role === 'operator' && found.zoneId === actor.zoneId) ||
      ((actor.role === 'org_admin' || actor.role === 'org_staff') && found.position.organisationId === actor.organisationId));
  if (!found || !visible) throw new AppError('not_found');
  return found;
}

function candidateSeeker(row: repo.SeekerForMatching): CandidateView['seeker'] {
  const s = row.seeker;
  return {
    id: s.id,
    name: s.name,
    gender: (s.gender as Gender | null) ?? null,
    birthYear: s.birthDate?.slice(0, 4) ?? null,
    educationLevel: (s.educationLevel as CandidateView['seeker']['educationLevel']) ?? null,
    school: s.school,
    major: s.major,
    experienceYears: s.experienceYears,
    skills: s.skills,
    preferredRegions: s.preferredRegions.map((code) => regionName(code) ?? code),
    expectedSalaryMin: s.expectedSalaryMin,
    expectedSalaryMax: s.expectedSalaryMax,
    availableFrom: s.availableFrom,
    summary: s.summary,
  };
}

/**
 * "Who fits this position?": consenting seekers of the zone, best first, each with the
 * contribution of every factor. Seekers whose consent lapsed after the index caught up are left out.
 */
export async function rankCandidatesForPosition(
  ctx: AppContext,
  index: MatchingIndex,
  actor: Actor,
  positionId: string,
  query: CandidatesQuery,
): Promise<{ items: CandidateView[]; matched: number; weightsVersion: number }> {
  const found = await getRankablePosition(ctx, actor, positionId);
  const { version, weights } = await currentWeights(ctx, found.zoneId);
  const isEnterprise = actor.role !== 'operator';
  const { limit, ...filters } = query;
  const ranked = await index.rankCandidates(positionFeatures(found.position), isEnterprise ? withoutSensitiveWeights(weights) : weights, {
    zoneId: found.zoneId,
    today: todayInChina(),
    limit,
    filters,
  });
  const ids = ranked.items.map((r) => r.seekerId);
  const [rows, existing] = await Promise.all([
    repo.getSeekersForMatching(ctx.db, ids),
    repo.findExistingApplications(ctx.db, positionId, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.seeker.id, r]));
  const applicationOf = new Map(existing.map((a) => [a.seekerId, a]));
  const items: CandidateView[] = [];
  for (const r of ranked.items) {
    const row = byId.get(r.seekerId);
    if (!row || !isMatchable(row)) continue;
    const application = applicationOf.get(r.seekerId);
    items.push({
      seeker: candidateSeeker(row),
      match: isEnterprise ? withoutSensitiveFactors(r.match) : r.match,
      application: application ? { id: application.id, status: application.status as ApplicationStatus, channel: application.channel } : null,
    });
  }
  return { items, matched: ranked.matched, weightsVersion: version };
}

type RecommendedPositions = z.infer<typeof recommendedPositionsSchema>;

/** "Recommended for you": open positions of the seeker's zone ranked for them, with reasons. */
export async function recommendPositionsForMe(ctx: AppContext, index: MatchingIndex, actor: Actor, limit: number): Promise<RecommendedPositions> {
  const [row] = await repo.getSeekersForMatching(ctx.db, [await ownSeekerId(ctx, actor)]);
  if (!row || row.seeker.erasedAt || !row.seeker.zoneId) return { enabled: false, items: [], weightsVersion: 0 };
  const { version, weights } = await currentWeights(ctx, row.seeker.zoneId);
  if (!row.seeker.autoRecommend) return { enabled: false, items: [], weightsVersion: version };
  const [applied, liked] = await Promise.all([
    positionRepo.findPositionIdsAppliedBy(ctx.db, row.seeker.id),
    repo.findLikedPositionIds(ctx.db, row.seeker.id),
  ]);
  // The seeker's own view of themselves: ranked on their profile whatever they share with enterprises.
  const features = { ...seekerFeatures(ctx.keys, { ...row, hasMatchingConsent: true }), eligible: true };
  const ranked = await index.rankOpenings(features, weights, {
    zoneId: row.seeker.zoneId,
    today: todayInChina(),
    limit,
    exclude: new Set(applied),
  });
  const positions = await positionRepo.getPositionsByIds(
    ctx.db,
    ranked.items.map((r) => r.positionId),
  );
  const byId = new Map(positions.map((p) => [p.position.id, p]));
  const likedSet = new Set(liked);
  const items: RecommendedPositions['items'] = [];
  for (const r of ranked.items) {
    const p = byId.get(r.positionId);
    if (!p || !isOpen(p.position)) continue;
    items.push({ position: publicPositionSchema.parse(toPositionView(p)), match: r.match, isLiked: likedSet.has(r.positionId) });
  }
  return { enabled: true, items, weightsVersion: version };
}

async function ownSeekerId(ctx: AppContext, actor: Actor): Promise<string> {
  const seeker = await positionRepo.findSeekerByAccount(ctx.db, actor.accountId);
  if (!seeker || seeker.erasedAt) throw fieldError('profile', 'matching.profile_required');
  return seeker.id;
}

export async function getAutoRecommend(ctx: AppContext, actor: Actor): Promise<{ enabled: boolean }> {
  const seeker = await positionRepo.findSeekerByAccount(ctx.db, actor.accountId);
  return { enabled: seeker ? seeker.autoRecommend : true };
}

/** The seeker switches automated recommendation on or off (PIPL art. 24); audited like a consent. */
export async function setAutoRecommend(ctx: AppContext, actor: Actor, enabled: boolean, source: AuditSource): Promise<{ enabled: boolean }> {
  const seekerId = await ownSeekerId(ctx, actor);
  await ctx.db.transaction(async (tx) => {
    await repo.setAutoRecommend(tx, seekerId, enabled);
    await recordAudit(tx, source, { action: 'seeker.auto_recommend', entityType: 'seeker', entityId: seekerId, after: { autoRecommend: enabled } });
  });
  return { enabled };
}

export async function findMyLikes(ctx: AppContext, actor: Actor): Promise<{ positionIds: string[] }> {
  const seeker = await positionRepo.findSeekerByAccount(ctx.db, actor.accountId);
  return { positionIds: seeker ? await repo.findLikedPositionIds(ctx.db, seeker.id) : [] };
}

export async function likePosition(ctx: AppContext, actor: Actor, positionId: string, liked: boolean): Promise<{ positionIds: string[] }> {
  const seekerId = await ownSeekerId(ctx, actor);
  if (liked) {
    const found = await positionRepo.getPositionById(ctx.db, positionId);
    if (!found || found.position.status !== 'published') throw new AppError('not_found');
    await repo.insertLike(ctx.db, seekerId, positionId);
  } else {
    await repo.deleteLike(ctx.db, seekerId, positionId);
  }
  return { positionIds: await repo.findLikedPositionIds(ctx.db, seekerId) };
}

/** The enterprise's own order among a position's applicants (1 = first choice), used by batch allocation. */
export async function setEmployerRank(ctx: AppContext, actor: Actor, applicationId: string, rank: number | null, source: AuditSource): Promise<{ employerRank: number | null }> {
  const found = await positionRepo.getApplicationById(ctx.db, applicationId);
  if (!found || found.application.organisationId !== actor.organisationId) throw new AppError('not_found');
  await ctx.db.transaction(async (tx) => {
    await repo.setEmployerRank(tx, applicationId, rank);
    await recordAudit(tx, source, {
      action: 'application.employer_rank',
      entityType: 'application',
      entityId: applicationId,
      organisationId: found.application.organisationId,
      before: { employerRank: found.application.employerRank },
      after: { employerRank: rank },
    });
  });
  return { employerRank: rank };
}
