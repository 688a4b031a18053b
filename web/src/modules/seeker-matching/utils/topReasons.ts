import type { ReasonCode } from '../../../../../src/modules/matching/engine/scoring';
import type { FactorScore } from '../types';

/** How many reasons a recommended position shows before "all scores" is opened. */
const TOP_REASON_COUNT = 3;

// Points given because the post asks nothing (学历不限) or the seeker said nothing: true, but no
// reason to pick this position over another. They stay in the full breakdown.
const UNINFORMATIVE: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'education.any',
  'major.any',
  'skills.any',
  'experience.any',
  'location.no_preference',
  'salary.unknown',
  'accommodation.not_needed',
  'availability.now',
]);

/**
 * The factors that did most for a match, to show in plain words first: those that gave points for a
 * real fit, the most points first (a fuller fit of its weight breaks a tie).
 */
export function topReasons(factors: readonly FactorScore[], count = TOP_REASON_COUNT): FactorScore[] {
  return factors
    .filter((f) => f.max > 0 && f.points > 0 && !UNINFORMATIVE.has(f.reason))
    // A stable sort: equal factors keep the engine's order.
    .sort((a, b) => b.points - a.points || b.points / b.max - a.points / a.max)
    .slice(0, count);
}
