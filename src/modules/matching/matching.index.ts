import type { AppContext } from '../../platform/context';
import * as positionRepo from '../positions/positions.repository';
import { isOpen } from '../positions/positions.service';
import { createCandidateIndex, type RankFilters } from './engine/candidate-index';
import { createOpeningIndex } from './engine/opening-index';
import type { MatchingWeights, PositionFeatureInput, ScoredMatch, SeekerFeatureInput } from './engine/scoring';
import { positionFeatures, seekerFeatures } from './matching.features';
import * as repo from './matching.repository';

const BATCH = 5000;

export type RankedCandidate = { seekerId: string; match: ScoredMatch };
export type RankedOpening = { positionId: string; match: ScoredMatch };

/**
 * The matching engine of one Qiao instance: seekers and open positions encoded in typed arrays,
 * built from the database at start and kept in step by polling the change sequences (a seeker's
 * moves on every write and every consent change, by trigger). Every ranking first catches up,
 * so a profile changed through any instance is ranked as it is now, and a withdrawn consent
 * takes the seeker out at once.
 */
export type MatchingIndex = {
  rankCandidates: (
    position: PositionFeatureInput,
    weights: MatchingWeights,
    options: { zoneId: string; today: string; limit: number; filters?: RankFilters; exclude?: ReadonlySet<string> },
  ) => Promise<{ matched: number; items: RankedCandidate[] }>;
  rankOpenings: (
    seeker: SeekerFeatureInput,
    weights: MatchingWeights,
    options: { zoneId: string; today: string; limit: number; exclude?: ReadonlySet<string> },
  ) => Promise<{ items: RankedOpening[] }>;
  /**
   * Scores of the given seekers for each position, as the ranking would give them (ineligible
   * seekers are absent), after one catch-up for all the positions.
   */
  scoreCandidates: (
    requests: readonly { position: PositionFeatureInput; seekerIds: readonly string[] }[],
    weights: MatchingWeights,
    today: string,
  ) => Promise<Map<string, ScoredMatch>[]>;
  catchUp: () => Promise<void>;
  stop: () => Promise<void>;
  sizes: () => { seekers: number; positions: number };
};

export function createMatchingIndex(ctx: AppContext, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): MatchingIndex {
  const candidates = createCandidateIndex();
  const openings = createOpeningIndex();
  let seekerSeq = 0;
  let positionSeq = 0;
  let pending: Promise<void> = Promise.resolve();

  async function pullSeekers(): Promise<void> {
    for (;;) {
      const rows = await repo.findSeekerChanges(ctx.db, seekerSeq, BATCH);
      for (const row of rows) {
        candidates.upsert(seekerFeatures(ctx.keys, row));
        seekerSeq = Math.max(seekerSeq, row.seeker.changeSeq);
      }
      if (rows.length < BATCH) return;
    }
  }

  async function pullPositions(): Promise<void> {
    for (;;) {
      const rows = await positionRepo.findPositionChanges(ctx.db, positionSeq, BATCH);
      for (const row of rows) {
        if (isOpen(row.position)) openings.upsert(positionFeatures(row.position));
        else openings.remove(row.position.id);
        positionSeq = Math.max(positionSeq, row.position.changeSeq);
      }
      if (rows.length < BATCH) return;
    }
  }

  async function pull(): Promise<void> {
    await pullSeekers();
    await pullPositions();
  }

  /** Runs one pull after any already queued, so concurrent callers never interleave. */
  function catchUp(): Promise<void> {
    pending = pending.then(pull, pull);
    return pending;
  }

  const timer = setInterval(() => {
    catchUp().catch((error: unknown) => options.onError?.(error));
  }, options.pollMs ?? 2000);
  timer.unref();

  return {
    rankCandidates: async (position, weights, rankOptions) => {
      await catchUp();
      return candidates.rank(position, weights, rankOptions);
    },
    rankOpenings: async (seeker, weights, rankOptions) => {
      await catchUp();
      return openings.rankFor(seeker, weights, rankOptions);
    },
    scoreCandidates: async (requests, weights, today) => {
      await catchUp();
      return requests.map((r) => candidates.scoreSeekers(r.position, weights, r.seekerIds, today));
    },
    catchUp,
    stop: async () => {
      clearInterval(timer);
      // Let a catch-up in flight finish before the database closes.
      await pending.catch(() => undefined);
    },
    sizes: () => ({ seekers: candidates.size, positions: openings.size }),
  };
}
