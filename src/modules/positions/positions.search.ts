import type { AppContext } from '../../platform/context';
import type { Industry } from '../organisations/organisations.codes';
import type { EducationLevel, EmploymentType } from './positions.codes';
import * as repo from './positions.repository';
import { isOpen } from './positions.service';
import { createPositionIndex, type PositionSearchQuery, type SearchablePosition } from './search/position-index';

const BATCH = 5000;

/**
 * The public job search of one Qiao instance: an in-process index of open positions, built from
 * the database at start and kept in step by polling `change_seq`, so that a position published
 * through any instance becomes findable on every instance within a poll interval — and at once
 * on the instance that made the change (its routes call `catchUp` after writing).
 */
export type PositionSearch = {
  search: (query: PositionSearchQuery) => Promise<{ ids: string[]; total: number }>;
  catchUp: () => Promise<void>;
  stop: () => void;
  size: () => number;
  /** Changes whenever the indexed positions change: a key for caching what was computed from them. */
  version: () => number;
};

function toSearchable({ position: p, organisationName, industry }: repo.PositionWithOrg): SearchablePosition {
  return {
    id: p.id,
    title: p.title,
    organisationName,
    duties: p.duties,
    skills: p.skills,
    majors: p.majors,
    educationLevel: p.educationLevel as EducationLevel,
    regionCode: p.regionCode,
    industry: industry as Industry,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    isDisabilityFriendly: p.isDisabilityFriendly,
    employmentType: p.employmentType as EmploymentType,
    publishedAt: (p.publishedAt ?? p.updatedAt).getTime(),
  };
}

export function createPositionSearch(ctx: AppContext, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): PositionSearch {
  const index = createPositionIndex();
  let lastSeq = 0;
  let version = 0;
  let lastExpirySweep = 0;
  let pending: Promise<void> = Promise.resolve();

  async function pull(): Promise<void> {
    // Positions whose closing date has passed are closed once an hour, by whichever instance gets there.
    if (Date.now() - lastExpirySweep > 3600_000) {
      lastExpirySweep = Date.now();
      await repo.closeExpiredPositions(ctx.db);
    }
    for (;;) {
      const rows = await repo.findPositionChanges(ctx.db, lastSeq, BATCH);
      for (const row of rows) {
        if (isOpen(row.position)) index.upsert(toSearchable(row));
        else index.remove(row.position.id);
        lastSeq = Math.max(lastSeq, row.position.changeSeq);
      }
      if (rows.length > 0) version += 1;
      if (rows.length < BATCH) return;
    }
  }

  /** Runs one pull after any already queued, so concurrent callers never interleave. */
  function catchUp(): Promise<void> {
    pending = pending.then(pull, pull);
    return pending;
  }

  const ready = catchUp();
  const timer = setInterval(() => {
    catchUp().catch((error: unknown) => options.onError?.(error));
  }, options.pollMs ?? 1000);
  timer.unref();

  return {
    search: async (query) => {
      await ready;
      return index.search(query);
    },
    catchUp,
    stop: () => clearInterval(timer),
    size: () => index.size,
    version: () => version,
  };
}
