import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import * as positionRepo from '../positions/positions.repository';
import type { PositionWithOrg } from '../positions/positions.repository';
import { isOpen } from '../positions/positions.service';
import { allocateStable, buildAllocationInstance, choiceIndexOf, countBlockingPairs } from './engine/allocation';
import type { ScoredMatch } from './engine/scoring';
import type { AllocationStatus } from './matching.codes';
import { isMatchable, positionFeatures } from './matching.features';
import type { MatchingIndex } from './matching.index';
import * as repo from './matching.repository';
import type { AllocationView } from './matching.schemas';
import { currentWeights, zoneOf } from './matching.service';
import type { AllocationResult } from './matching.types';
import { type Recommendation, writeRecommendations } from './recommendations.service';

function toView(row: repo.AllocationRow): AllocationView {
  return {
    id: row.id,
    title: row.title,
    status: row.status as AllocationStatus,
    positionIds: row.positionIds,
    result: row.result,
    weightsVersion: row.weightsVersion,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}

async function openPositionsOfZone(ctx: AppContext, zoneId: string, ids: string[]): Promise<PositionWithOrg[]> {
  const unique = [...new Set(ids)];
  const found = await positionRepo.getPositionsByIds(ctx.db, unique);
  if (found.length !== unique.length || found.some((p) => p.zoneId !== zoneId || !isOpen(p.position))) {
    throw new AppError('validation_failed', { fields: [{ path: 'positionIds', message: 'matching.positions_not_open' }] });
  }
  const order = new Map(unique.map((id, i) => [id, i]));
  return found.sort((a, b) => (order.get(a.position.id) ?? 0) - (order.get(b.position.id) ?? 0));
}

/**
 * Computes a stable allocation of the candidates who applied to or liked the chosen positions:
 * each seeker's preferences are their applications (in the order made), then their likes; each
 * position orders candidates by the enterprise's own ranking where given, then by score. Seats
 * are the unfilled headcount. The result is a draft: a person approves it before anything is sent.
 */
export async function createAllocation(
  ctx: AppContext,
  index: MatchingIndex,
  actor: Actor,
  input: { title: string; positionIds: string[] },
  source: AuditSource,
): Promise<AllocationView> {
  const zoneId = zoneOf(actor);
  const positions = await openPositionsOfZone(ctx, zoneId, input.positionIds);
  const positionIds = positions.map((p) => p.position.id);
  const [applied, liked] = await Promise.all([repo.findOpenApplicationsTo(ctx.db, positionIds), repo.findLikesOf(ctx.db, positionIds)]);
  const preferenceRows = [...applied, ...liked];
  const seekerRows = await repo.getSeekersForMatching(ctx.db, [...new Set(preferenceRows.map((r) => r.seekerId))]);
  const matchable = new Map(seekerRows.filter((r) => isMatchable(r) && r.seeker.zoneId === zoneId).map((r) => [r.seeker.id, r]));

  // Candidates and their ordered lists (applications first, in the order made; then likes).
  const candidateIds: string[] = [];
  const candidateIndex = new Map<string, number>();
  const preferences: number[][] = [];
  const positionIndex = new Map(positionIds.map((id, i) => [id, i]));
  for (const row of preferenceRows) {
    if (!matchable.has(row.seekerId)) continue;
    let c = candidateIndex.get(row.seekerId);
    if (c === undefined) {
      c = candidateIds.length;
      candidateIndex.set(row.seekerId, c);
      candidateIds.push(row.seekerId);
      preferences.push([]);
    }
    const p = positionIndex.get(row.positionId) as number;
    const list = preferences[c] as number[];
    if (!list.includes(p)) list.push(p);
  }

  // Each position's order: the enterprise's ranks first, then score, then seeker id for a strict order.
  const { version, weights } = await currentWeights(ctx, zoneId);
  const today = todayInChina();
  const scores = new Map<string, ScoredMatch>();
  const employerRank = new Map(applied.filter((r) => r.employerRank !== null).map((r) => [`${r.positionId}:${r.seekerId}`, r.employerRank as number]));
  const applicantsOf: string[][] = positions.map(() => []);
  preferences.forEach((list, c) => {
    for (const p of list) applicantsOf[p]?.push(candidateIds[c] as string);
  });
  const scoredPerPosition = await index.scoreCandidates(
    positions.map((found, p) => ({ position: positionFeatures(found.position), seekerIds: applicantsOf[p] as string[] })),
    weights,
    today,
  );
  const positionOrders: number[][] = [];
  for (const [p, found] of positions.entries()) {
    const applicants = applicantsOf[p] as string[];
    const scored = scoredPerPosition[p] as Map<string, ScoredMatch>;
    for (const [seekerId, match] of scored) scores.set(`${found.position.id}:${seekerId}`, match);
    const keyed = applicants.map((seekerId) => ({
      seekerId,
      rank: employerRank.get(`${found.position.id}:${seekerId}`) ?? Number.POSITIVE_INFINITY,
      score: scored.get(seekerId)?.total ?? 0,
    }));
    keyed.sort((a, b) => a.rank - b.rank || b.score - a.score || (a.seekerId < b.seekerId ? -1 : 1));
    positionOrders.push(keyed.map((k) => candidateIndex.get(k.seekerId) as number));
  }

  const capacities = positions.map((p) => Math.max(0, p.position.headcount - p.position.filledCount));
  const instance = buildAllocationInstance({ capacities, candidatePreferences: preferences, positionOrders });
  const started = performance.now();
  const { positionOf } = allocateStable(instance);
  const wallMs = Math.round((performance.now() - started) * 100) / 100;

  const result: AllocationResult = { assignments: [], unassigned: [], positions: [], stats: { candidates: candidateIds.length, positions: positions.length, capacity: capacities.reduce((a, b) => a + b, 0), assigned: 0, blockingPairs: countBlockingPairs(instance, positionOf), wallMs } };
  const assignedPerPosition = new Array<number>(positions.length).fill(0);
  candidateIds.forEach((seekerId, c) => {
    const name = matchable.get(seekerId)?.seeker.name ?? '';
    const p = positionOf[c] ?? -1;
    const choices = (preferences[c] as number[]).length;
    if (p < 0) {
      result.unassigned.push({ seekerId, seekerName: name, choices });
      return;
    }
    const found = positions[p] as PositionWithOrg;
    assignedPerPosition[p] = (assignedPerPosition[p] ?? 0) + 1;
    const order = positionOrders[p] as number[];
    const choice = choiceIndexOf(instance, c, positionOf);
    result.assignments.push({
      seekerId,
      seekerName: name,
      positionId: found.position.id,
      positionTitle: found.position.title,
      organisationName: found.organisationName,
      seekerChoice: choice + 1,
      seekerChoices: choices,
      positionRank: (instance.prefPositionRank[(instance.prefStart[c] ?? 0) + choice] ?? 0) + 1,
      positionCandidates: order.length,
      score: scores.get(`${found.position.id}:${seekerId}`)?.total ?? 0,
      byEmployerOrder: employerRank.has(`${found.position.id}:${seekerId}`),
    });
  });
  result.stats.assigned = result.assignments.length;
  result.positions = positions.map((found, p) => ({
    positionId: found.position.id,
    title: found.position.title,
    organisationName: found.organisationName,
    capacity: capacities[p] ?? 0,
    assigned: assignedPerPosition[p] ?? 0,
    candidates: (positionOrders[p] as number[]).length,
  }));

  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertAllocation(tx, { zoneId, title: input.title, positionIds, result, weightsVersion: version, createdBy: actor.accountId });
    await recordAudit(tx, source, {
      action: 'allocation.create',
      entityType: 'allocation',
      entityId: created.id,
      after: { title: created.title, positions: positionIds.length, candidates: result.stats.candidates, assigned: result.stats.assigned },
    });
    return created;
  });
  return toView(row);
}

async function getZoneAllocation(ctx: AppContext, actor: Actor, id: string): Promise<repo.AllocationRow> {
  const row = await repo.getAllocation(ctx.db, id);
  if (!row || row.zoneId !== zoneOf(actor)) throw new AppError('not_found');
  return row;
}

export async function getAllocation(ctx: AppContext, actor: Actor, id: string): Promise<AllocationView> {
  return toView(await getZoneAllocation(ctx, actor, id));
}

export async function findAllocations(ctx: AppContext, actor: Actor, page: { page: number; pageSize: number }) {
  const { rows, total } = await repo.findAllocations(ctx.db, zoneOf(actor), { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return {
    items: rows.map((row) => {
      const { result, ...view } = toView(row);
      return { ...view, stats: result.stats };
    }),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

type Skipped = { seekerId: string; positionId: string; reason: 'position_not_open' | 'seeker_not_eligible' | 'already_recommended' };

/**
 * A person approves the allocation: every assignment they did not exclude becomes a
 * recommendation (an applicant's own application is linked, others get one). Assignments that
 * no longer hold — the position closed, the seeker withdrew consent — are skipped and reported.
 */
export async function approveAllocation(
  ctx: AppContext,
  index: MatchingIndex,
  actor: Actor,
  id: string,
  input: { version: number; excludedSeekerIds: string[] },
  source: AuditSource,
): Promise<{ allocation: AllocationView; recommended: number; skipped: Skipped[] }> {
  const row = await getZoneAllocation(ctx, actor, id);
  if (row.status !== 'draft') throw new AppError('validation_failed', { fields: [{ path: 'version', message: 'matching.allocation_not_draft' }] });
  const assigned = new Set(row.result.assignments.map((a) => a.seekerId));
  const unknown = input.excludedSeekerIds.findIndex((s) => !assigned.has(s));
  if (unknown >= 0) throw new AppError('validation_failed', { fields: [{ path: `excludedSeekerIds.${unknown}`, message: 'matching.allocation_unknown_seeker' }] });
  const excluded = new Set(input.excludedSeekerIds);
  const chosen = row.result.assignments.filter((a) => !excluded.has(a.seekerId));

  const positions = new Map((await positionRepo.getPositionsByIds(ctx.db, [...new Set(chosen.map((a) => a.positionId))])).map((p) => [p.position.id, p]));
  const seekers = new Map((await repo.getSeekersForMatching(ctx.db, chosen.map((a) => a.seekerId))).map((r) => [r.seeker.id, r]));
  const { version, weights } = await currentWeights(ctx, row.zoneId);
  const today = todayInChina();
  const skipped: Skipped[] = [];
  const byPosition = new Map<string, Recommendation[]>();
  for (const a of chosen) {
    const found = positions.get(a.positionId);
    const seeker = seekers.get(a.seekerId);
    if (!found || !isOpen(found.position)) {
      skipped.push({ seekerId: a.seekerId, positionId: a.positionId, reason: 'position_not_open' });
      continue;
    }
    if (!seeker || !isMatchable(seeker)) {
      skipped.push({ seekerId: a.seekerId, positionId: a.positionId, reason: 'seeker_not_eligible' });
      continue;
    }
    const list = byPosition.get(a.positionId) ?? [];
    list.push({ seeker, match: { total: a.score, factors: [] }, existingApplicationId: null });
    byPosition.set(a.positionId, list);
  }
  // Current scores and links to the seekers' own applications, per position.
  const entries = [...byPosition.entries()];
  const currentScores = await index.scoreCandidates(
    entries.map(([positionId, list]) => ({
      position: positionFeatures((positions.get(positionId) as PositionWithOrg).position),
      seekerIds: list.map((r) => r.seeker.seeker.id),
    })),
    weights,
    today,
  );
  for (const [i, [positionId, list]] of entries.entries()) {
    const ids = list.map((r) => r.seeker.seeker.id);
    const scores = currentScores[i] as Map<string, ScoredMatch>;
    const [existing, already] = await Promise.all([
      repo.findExistingApplications(ctx.db, positionId, ids),
      repo.findRecommendedSeekers(ctx.db, positionId, ids),
    ]);
    const applicationOf = new Map(existing.map((e) => [e.seekerId, e]));
    const kept = list.filter((r) => {
      const seekerId = r.seeker.seeker.id;
      const application = applicationOf.get(seekerId);
      if (already.has(seekerId) || (application && !isOpenApplication(application.status))) {
        skipped.push({ seekerId, positionId, reason: 'already_recommended' });
        return false;
      }
      r.match = scores.get(seekerId) ?? r.match;
      r.existingApplicationId = application?.id ?? null;
      return true;
    });
    byPosition.set(positionId, kept);
  }

  let recommended = 0;
  const decided = await ctx.db.transaction(async (tx) => {
    const updated = await repo.decideAllocation(tx, id, input.version, { status: 'approved', approvedBy: actor.accountId });
    if (!updated) throw new AppError('stale_version');
    for (const [positionId, list] of byPosition) {
      if (list.length === 0) continue;
      const created = await writeRecommendations(ctx, tx, source, positions.get(positionId) as PositionWithOrg, list, {
        weightsVersion: version,
        note: null,
        allocationId: id,
        recommendedBy: actor.accountId,
      });
      recommended += created.length;
    }
    await recordAudit(tx, source, {
      action: 'allocation.approve',
      entityType: 'allocation',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'approved', recommended, excluded: input.excludedSeekerIds.length, skipped: skipped.length },
    });
    return updated;
  });
  return { allocation: toView(decided), recommended, skipped };
}

function isOpenApplication(status: string): boolean {
  return status === 'applied' || status === 'interview' || status === 'offer';
}

export async function discardAllocation(ctx: AppContext, actor: Actor, id: string, input: { version: number }, source: AuditSource): Promise<AllocationView> {
  const row = await getZoneAllocation(ctx, actor, id);
  if (row.status !== 'draft') throw new AppError('validation_failed', { fields: [{ path: 'version', message: 'matching.allocation_not_draft' }] });
  const decided = await ctx.db.transaction(async (tx) => {
    const updated = await repo.decideAllocation(tx, id, input.version, { status: 'discarded', approvedBy: actor.accountId });
    if (!updated) throw new AppError('stale_version');
    await recordAudit(tx, source, { action: 'allocation.discard', entityType: 'allocation', entityId: id, before: { status: 'draft' }, after: { status: 'discarded' } });
    return updated;
  });
  return toView(decided);
}
