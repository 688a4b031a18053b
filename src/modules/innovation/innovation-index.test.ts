import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIndexWeights,
  computeIndex,
  computeIndices,
  DEFAULT_INDEX_WEIGHTS,
  emptyFacts,
  type FactorNormalisation,
  type IndexFacts,
  type IndexWeights,
  normalise,
  peerRanges,
} from './innovation-index';
import { INDEX_FACTORS, type IndexFactor } from './innovation.codes';

function facts(values: Partial<IndexFacts>): IndexFacts {
  return { ...emptyFacts(), ...values };
}

/** Weights with everything on the given factors (whole percentages), the others at 0. */
function weightsOn(settings: Partial<Record<IndexFactor, [number, FactorNormalisation]>>): IndexWeights {
  return Object.fromEntries(
    INDEX_FACTORS.map((f) => {
      const s = settings[f];
      return [f, s ? { weight: s[0], normalisation: s[1] } : { weight: 0, normalisation: { kind: 'cap', cap: 1 } }];
    }),
  ) as IndexWeights;
}

const byFactor = (result: { factors: { factor: IndexFactor }[] }, factor: IndexFactor) => result.factors.find((f) => f.factor === factor);

describe('innovation index', () => {
  it('computes a hand-worked case with the default weights', () => {
    // One enterprise alone in its zone: its R&D spending is both min and max, and counts in full.
    const f = facts({
      valid_invention_patents: 10, // log, cap 10 → 1 × 20 = 20
      high_tech: 1, // cap 1 → 1 × 10 = 10
      rd_staff_share: 0.1, // cap 0.2 → 0.5 × 10 = 5
      rd_spending: 80_000_000, // min–max, alone → 1 × 15 = 15
      research_assistant_posts: 7, // cap 5 → 1 × 5 = 5
      training_participation: 15, // cap 30 → 0.5 × 5 = 2.5
    });
    const [result] = computeIndices([f], DEFAULT_INDEX_WEIGHTS);
    expect(result?.score).toBe(57.5);
    expect(byFactor(result!, 'training_participation')).toEqual({ factor: 'training_participation', raw: 15, normalised: 0.5, weight: 5, contribution: 2.5 });
    expect(byFactor(result!, 'research_assistant_posts')).toMatchObject({ raw: 7, normalised: 1, contribution: 5 });
    expect(byFactor(result!, 'tech_sme')).toMatchObject({ raw: 0, normalised: 0, weight: 5, contribution: 0 });
    expect(result?.factors.map((x) => x.factor)).toEqual([...INDEX_FACTORS]);
  });

  it('rounds each factor once, so the contributions add up to the score', () => {
    // ln 2 ÷ ln 11 = 0.28906… → 0.2891 × 20 = 5.782 → 5.78; ln 4 ÷ ln 21 = 0.45534… → 0.4553 × 10 = 4.553 → 4.55.
    const weights = weightsOn({
      valid_invention_patents: [20, { kind: 'log', cap: 10 }],
      other_valid_patents: [10, { kind: 'log', cap: 20 }],
      rd_staff_share: [70, { kind: 'cap', cap: 0.3 }],
    });
    const f = facts({ valid_invention_patents: 1, other_valid_patents: 3, rd_staff_share: 0.1 });
    const result = computeIndex(f, peerRanges([f]), weights);
    expect(byFactor(result, 'valid_invention_patents')).toMatchObject({ normalised: 0.2891, contribution: 5.78 });
    expect(byFactor(result, 'other_valid_patents')).toMatchObject({ normalised: 0.4553, contribution: 4.55 });
    // 0.1 ÷ 0.3 = 0.3333 → × 70 = 23.331 → 23.33
    expect(byFactor(result, 'rd_staff_share')).toMatchObject({ normalised: 0.3333, contribution: 23.33 });
    expect(result.score).toBe(33.66);
    const sum = result.factors.reduce((s, x) => s + Math.round(x.contribution * 100), 0) / 100;
    expect(sum).toBe(result.score);
  });

  it('scales min–max factors over the zone’s enterprises of the year', () => {
    const weights = weightsOn({ rd_spending: [60, { kind: 'min_max' }], tech_contract_turnover: [40, { kind: 'min_max' }] });
    const zone = [
      facts({ rd_spending: 1_000_000, tech_contract_turnover: 0 }),
      facts({ rd_spending: 3_000_000, tech_contract_turnover: 500 }),
      facts({ rd_spending: 5_000_000, tech_contract_turnover: 2_000 }),
    ];
    expect(computeIndices(zone, weights).map((r) => r.score)).toEqual([0, 30 + 10, 100]);
  });

  it('handles min–max edge cases: all equal, all zero, a single enterprise, none', () => {
    const weights = weightsOn({ rd_spending: [100, { kind: 'min_max' }] });
    expect(computeIndices([facts({ rd_spending: 7 }), facts({ rd_spending: 7 })], weights).map((r) => r.score)).toEqual([100, 100]);
    expect(computeIndices([facts({}), facts({})], weights).map((r) => r.score)).toEqual([0, 0]);
    expect(computeIndices([facts({ rd_spending: 1 })], weights).map((r) => r.score)).toEqual([100]);
    expect(computeIndices([facts({})], weights).map((r) => r.score)).toEqual([0]);
    expect(computeIndices([], weights)).toEqual([]);
    // A value outside the peers' range (computed without it) is clamped into [0, 1].
    expect(normalise(20, { kind: 'min_max' }, { min: 5, max: 10 })).toBe(1);
    expect(normalise(1, { kind: 'min_max' }, { min: 5, max: 10 })).toBe(0);
    expect(peerRanges([]).rd_spending).toEqual({ min: 0, max: 0 });
  });

  it('caps and log-scales, never beyond 1, negative raw values as 0', () => {
    expect(normalise(3, { kind: 'cap', cap: 6 }, { min: 0, max: 0 })).toBe(0.5);
    expect(normalise(60, { kind: 'cap', cap: 6 }, { min: 0, max: 0 })).toBe(1);
    expect(normalise(-2, { kind: 'cap', cap: 6 }, { min: 0, max: 0 })).toBe(0);
    expect(normalise(0, { kind: 'log', cap: 10 }, { min: 0, max: 0 })).toBe(0);
    expect(normalise(10, { kind: 'log', cap: 10 }, { min: 0, max: 0 })).toBe(1);
    expect(normalise(1e12, { kind: 'log', cap: 10 }, { min: 0, max: 0 })).toBe(1);
  });

  it('checks that the weights add up to 100', () => {
    expect(checkIndexWeights(DEFAULT_INDEX_WEIGHTS)).toEqual([]);
    const short = { ...DEFAULT_INDEX_WEIGHTS, tech_sme: { weight: 2, normalisation: { kind: 'cap', cap: 1 } } } satisfies IndexWeights;
    expect(checkIndexWeights(short)).toEqual([{ path: 'weights', message: 'innovation.weights_total', params: { total: 97, expected: 100 } }]);
  });

  const arbitraryNormalisation: fc.Arbitrary<FactorNormalisation> = fc.oneof(
    fc.constant({ kind: 'min_max' as const }),
    fc.record({ kind: fc.constant('cap' as const), cap: fc.integer({ min: 1, max: 1000 }) }),
    fc.record({ kind: fc.constant('log' as const), cap: fc.integer({ min: 1, max: 1000 }) }),
  );
  const arbitraryWeights: fc.Arbitrary<IndexWeights> = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: INDEX_FACTORS.length, maxLength: INDEX_FACTORS.length }), fc.array(arbitraryNormalisation, { minLength: INDEX_FACTORS.length, maxLength: INDEX_FACTORS.length }))
    .map(([weights, normalisations]) => Object.fromEntries(INDEX_FACTORS.map((f, i) => [f, { weight: weights[i] ?? 0, normalisation: normalisations[i] ?? { kind: 'min_max' } }])) as IndexWeights);
  const arbitraryFacts: fc.Arbitrary<IndexFacts> = fc
    .array(fc.integer({ min: 0, max: 2000 }), { minLength: INDEX_FACTORS.length, maxLength: INDEX_FACTORS.length })
    .map((values) => Object.fromEntries(INDEX_FACTORS.map((f, i) => [f, values[i] ?? 0])) as IndexFacts);

  it('never lowers an enterprise’s index when it holds more valid invention patents, all else equal', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.array(arbitraryFacts, { maxLength: 6 }), fc.integer({ min: 1, max: 500 }), arbitraryWeights, (own, others, more, weights) => {
        const before = computeIndices([own, ...others], weights)[0]!;
        const richer = { ...own, valid_invention_patents: own.valid_invention_patents + more };
        const after = computeIndices([richer, ...others], weights)[0]!;
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every score within 0–100 and equal to the sum of its contributions', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFacts, { minLength: 1, maxLength: 6 }), arbitraryWeights, (zone, weights) => {
        for (const result of computeIndices(zone, weights)) {
          const total = INDEX_FACTORS.reduce((s, f) => s + weights[f].weight, 0);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(total + 0.005 * INDEX_FACTORS.length);
          expect(result.factors.reduce((s, x) => s + Math.round(x.contribution * 100), 0)).toBe(Math.round(result.score * 100));
        }
      }),
      { numRuns: 300 },
    );
  });
});
