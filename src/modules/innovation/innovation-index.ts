// The innovation index (创新指数) as a pure function of plain facts: no I/O, unit-tested beside
// this file. The repository gathers the facts; this file only turns them into a score.
import type { FieldIssue } from '../../platform/errors';
import { INDEX_FACTORS, type IndexFactor, WEIGHT_TOTAL } from './innovation.codes';

export type FactorNormalisation = { kind: 'min_max' } | { kind: 'cap'; cap: number } | { kind: 'log'; cap: number };
export type FactorSetting = { weight: number; normalisation: FactorNormalisation };
/** The operator's published setting per factor: a whole-percent weight and how the raw value is scaled. */
export type IndexWeights = Record<IndexFactor, FactorSetting>;

/** One enterprise's raw values for one year, each ≥ 0 (counts, fen, 0/1 flags, shares). */
export type IndexFacts = Record<IndexFactor, number>;

/** Smallest and largest raw value of each factor among the zone's enterprises that year. */
export type PeerRanges = Record<IndexFactor, { min: number; max: number }>;

export type FactorBreakdown = {
  factor: IndexFactor;
  raw: number;
  /** In [0, 1], four decimals. */
  normalised: number;
  weight: number;
  /** weight × normalised, in index points with two decimals; the contributions add up to the score. */
  contribution: number;
};

export type IndexResult = { score: number; factors: FactorBreakdown[] };

const YUAN = 100;
const WAN_YUAN = 10_000 * YUAN;

/**
 * The weights in force until an operator publishes the zone's first version (version 0). Caps are
 * in each factor's raw unit: counts, fen, or a share (0.2 = 20 %).
 */
export const DEFAULT_INDEX_WEIGHTS: IndexWeights = {
  valid_invention_patents: { weight: 20, normalisation: { kind: 'log', cap: 10 } },
  other_valid_patents: { weight: 10, normalisation: { kind: 'log', cap: 20 } },
  tech_contract_turnover: { weight: 15, normalisation: { kind: 'log', cap: 500 * WAN_YUAN } },
  high_tech: { weight: 10, normalisation: { kind: 'cap', cap: 1 } },
  tech_sme: { weight: 5, normalisation: { kind: 'cap', cap: 1 } },
  rd_staff_share: { weight: 10, normalisation: { kind: 'cap', cap: 0.2 } },
  rd_spending: { weight: 15, normalisation: { kind: 'min_max' } },
  research_assistant_posts: { weight: 5, normalisation: { kind: 'cap', cap: 5 } },
  training_participation: { weight: 5, normalisation: { kind: 'cap', cap: 30 } },
  competition_participation: { weight: 5, normalisation: { kind: 'cap', cap: 5 } },
};

/** All zeros: an enterprise with no records at all. */
export function emptyFacts(): IndexFacts {
  return Object.fromEntries(INDEX_FACTORS.map((f) => [f, 0])) as IndexFacts;
}

export function peerRanges(peers: readonly IndexFacts[]): PeerRanges {
  return Object.fromEntries(
    INDEX_FACTORS.map((factor) => {
      const values = peers.map((p) => p[factor]);
      return [factor, values.length ? { min: Math.min(...values), max: Math.max(...values) } : { min: 0, max: 0 }];
    }),
  ) as PeerRanges;
}

/**
 * A raw value scaled into [0, 1]. Under min–max, when every enterprise has the same value (or there
 * is only one), the spread says nothing: a positive value counts in full and zero counts nothing,
 * so that a lone enterprise with patents is not scored as if it had none.
 */
export function normalise(raw: number, setting: FactorNormalisation, range: { min: number; max: number }): number {
  const x = Math.max(0, raw);
  switch (setting.kind) {
    case 'min_max': {
      const min = Math.min(range.min, x);
      const max = Math.max(range.max, x);
      if (max === min) return x > 0 ? 1 : 0;
      return (x - min) / (max - min);
    }
    case 'cap':
      return Math.min(x, setting.cap) / setting.cap;
    case 'log':
      return Math.log1p(Math.min(x, setting.cap)) / Math.log1p(setting.cap);
  }
}

/**
 * One enterprise's index: Σ weight × normalised value, 0–100. Rounding is done once per factor on
 * integers (normalised to 1/10 000, contribution to 1/100 of a point), so the shown contributions
 * add up exactly to the shown score and more of any factor never lowers it.
 */
export function computeIndex(facts: IndexFacts, ranges: PeerRanges, weights: IndexWeights): IndexResult {
  let hundredths = 0;
  const factors = INDEX_FACTORS.map((factor): FactorBreakdown => {
    const setting = weights[factor];
    const normalisedTenThousandths = Math.round(normalise(facts[factor], setting.normalisation, ranges[factor]) * 10_000);
    const contributionHundredths = Math.round((setting.weight * normalisedTenThousandths) / 100);
    hundredths += contributionHundredths;
    return {
      factor,
      raw: facts[factor],
      normalised: normalisedTenThousandths / 10_000,
      weight: setting.weight,
      contribution: contributionHundredths / 100,
    };
  });
  return { score: hundredths / 100, factors };
}

/** Every enterprise's index of a zone and year; min–max factors are scaled over exactly these enterprises. */
export function computeIndices(all: readonly IndexFacts[], weights: IndexWeights): IndexResult[] {
  const ranges = peerRanges(all);
  return all.map((facts) => computeIndex(facts, ranges, weights));
}

/** Rules the weights' shape cannot say: whole percentages adding up to 100. */
export function checkIndexWeights(weights: IndexWeights): FieldIssue[] {
  const total = INDEX_FACTORS.reduce((sum, f) => sum + weights[f].weight, 0);
  return total === WEIGHT_TOTAL ? [] : [{ path: 'weights', message: 'innovation.weights_total', params: { total, expected: WEIGHT_TOTAL } }];
}
