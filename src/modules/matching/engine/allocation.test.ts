import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateStable,
  buildAllocationInstance,
  choiceIndexOf,
  countBlockingPairs,
  findBlockingPairs,
  type AllocationInstance,
} from './allocation';

type Input = Parameters<typeof buildAllocationInstance>[0];
type Pair = { candidate: number; position: number };

function allocate(input: Input): { instance: AllocationInstance; positionOf: number[]; proposals: number } {
  const instance = buildAllocationInstance(input);
  const { positionOf, proposals } = allocateStable(instance);
  return { instance, positionOf: [...positionOf], proposals };
}

// ---------------------------------------------------------------------------------------------
// Oracles written from the definitions with plain arrays, independent of the typed-array code.

function rankMaps(input: Input): Map<number, number>[] {
  return input.positionOrders.map((order) => new Map(order.map((candidate, rank) => [candidate, rank])));
}

/** Place of a position in the candidate's list; unassigned or unlisted is worse than every listed place. */
function placeOf(input: Input, candidate: number, position: number): number {
  const place = position < 0 ? -1 : input.candidatePreferences[candidate]!.indexOf(position);
  return place < 0 ? Number.POSITIVE_INFINITY : place;
}

/** Blocking pairs by the definition; a holder off its own list counts as one the position does not accept. */
function naiveBlockingPairs(input: Input, positionOf: readonly number[], ranks = rankMaps(input)): Pair[] {
  const holderRank = (position: number, holder: number): number =>
    (input.candidatePreferences[holder]!.includes(position) ? ranks[position]!.get(holder) : undefined) ?? Number.POSITIVE_INFINITY;
  const holders = input.capacities.map((_, position) => positionOf.flatMap((p, candidate) => (p === position ? [candidate] : [])));
  const pairs: Pair[] = [];
  input.candidatePreferences.forEach((preferences, candidate) => {
    const current = placeOf(input, candidate, positionOf[candidate]!);
    preferences.forEach((position, place) => {
      if (place >= current) return;
      const rank = ranks[position]!.get(candidate);
      if (rank === undefined) return;
      const held = holders[position]!;
      const wantsCandidate =
        held.length < input.capacities[position]! ||
        held.some((other) => holderRank(position, other) > rank);
      if (wantsCandidate) pairs.push({ candidate, position });
    });
  });
  return pairs;
}

/**
 * Deferred acceptance the textbook way: `pick` chooses which free candidate proposes next, one
 * proposal at a time; a position over capacity drops the candidate it ranks worst.
 */
function referenceAllocate(input: Input, pick: (freeCount: number) => number): number[] {
  const ranks = rankMaps(input);
  const next = input.candidatePreferences.map(() => 0);
  const held: number[][] = input.capacities.map(() => []);
  const free = input.candidatePreferences.map((_, candidate) => candidate);
  while (free.length > 0) {
    const at = pick(free.length);
    const candidate = free[at]!;
    const preferences = input.candidatePreferences[candidate]!;
    if (next[candidate]! >= preferences.length) {
      free.splice(at, 1);
      continue;
    }
    const position = preferences[next[candidate]!]!;
    next[candidate] = next[candidate]! + 1;
    if (!ranks[position]!.has(candidate)) continue;
    free.splice(at, 1);
    const holders = held[position]!;
    holders.push(candidate);
    if (holders.length > input.capacities[position]!) {
      holders.sort((a, b) => ranks[position]!.get(a)! - ranks[position]!.get(b)!);
      free.push(holders.pop()!);
    }
  }
  const positionOf = input.candidatePreferences.map(() => -1);
  held.forEach((holders, position) => holders.forEach((candidate) => (positionOf[candidate] = position)));
  return positionOf;
}

/** Every stable allocation, by trying every assignment of mutually acceptable pairs within capacity. */
function allStableAllocations(input: Input): number[][] {
  const ranks = rankMaps(input);
  const candidateCount = input.candidatePreferences.length;
  const assignment = new Array<number>(candidateCount).fill(-1);
  const load = input.capacities.map(() => 0);
  const stable: number[][] = [];
  const assignFrom = (candidate: number): void => {
    if (candidate === candidateCount) {
      if (naiveBlockingPairs(input, assignment, ranks).length === 0) stable.push([...assignment]);
      return;
    }
    assignment[candidate] = -1;
    assignFrom(candidate + 1);
    for (const position of input.candidatePreferences[candidate]!) {
      if (!ranks[position]!.has(candidate) || load[position]! >= input.capacities[position]!) continue;
      assignment[candidate] = position;
      load[position] = load[position]! + 1;
      assignFrom(candidate + 1);
      load[position] = load[position]! - 1;
    }
    assignment[candidate] = -1;
  };
  assignFrom(0);
  return stable;
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

type InstanceLimits = { candidates: number; positions: number; capacity: number; isComplete?: boolean };

/**
 * Random instances: each candidate lists a random ordered subset of positions and each position
 * orders a random subset of candidates; with isComplete, every list holds every index (denser
 * competition, hence more instances with several stable allocations). Unbiased, because fast-check's
 * bias towards small values would make most lists empty.
 */
function inputArbitrary({ candidates, positions, capacity, isComplete = false }: InstanceLimits): fc.Arbitrary<Input> {
  const ordered = (count: number): fc.Arbitrary<number[]> => fc.shuffledSubarray(range(count), isComplete ? { minLength: count } : {});
  const sized = fc.record({ candidateCount: fc.integer({ min: 0, max: candidates }), positionCount: fc.integer({ min: 0, max: positions }) });
  return fc.noBias(
    sized.chain(({ candidateCount, positionCount }) =>
      fc.record({
        capacities: fc.array(fc.integer({ min: 0, max: capacity }), { minLength: positionCount, maxLength: positionCount }),
        candidatePreferences: fc.array(ordered(positionCount), { minLength: candidateCount, maxLength: candidateCount }),
        positionOrders: fc.array(ordered(candidateCount), { minLength: positionCount, maxLength: positionCount }),
      }),
    ),
  );
}

/**
 * As many candidates as seats and complete lists: the balanced markets where candidates and
 * positions disagree most often, so several stable allocations are common.
 */
const BALANCED = fc.noBias(
  fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 4 }).chain((capacities) => {
    const candidateCount = capacities.reduce((sum, seats) => sum + seats, 0);
    return fc.record({
      capacities: fc.constant(capacities),
      candidatePreferences: fc.array(fc.shuffledSubarray(range(capacities.length), { minLength: capacities.length }), {
        minLength: candidateCount,
        maxLength: candidateCount,
      }),
      positionOrders: fc.array(fc.shuffledSubarray(range(candidateCount), { minLength: candidateCount }), {
        minLength: capacities.length,
        maxLength: capacities.length,
      }),
    });
  }),
);

const SMALL = fc.oneof(
  inputArbitrary({ candidates: 8, positions: 4, capacity: 3 }),
  inputArbitrary({ candidates: 8, positions: 4, capacity: 3, isComplete: true }),
  BALANCED,
);
const MEDIUM = fc.oneof(
  inputArbitrary({ candidates: 60, positions: 15, capacity: 6 }),
  inputArbitrary({ candidates: 60, positions: 15, capacity: 6, isComplete: true }),
);

// ---------------------------------------------------------------------------------------------

describe('stable allocation: hand-made cases', () => {
  it('gives candidates their favourites when two stable allocations exist', () => {
    // A: X > Y, B: Y > X; X: B > A, Y: A > B. Both [X, Y] and [Y, X] are stable; candidates propose, so [X, Y].
    const input = { capacities: [1, 1], candidatePreferences: [[0, 1], [1, 0]], positionOrders: [[1, 0], [0, 1]] };
    const { instance, positionOf, proposals } = allocate(input);
    expect(positionOf).toEqual([0, 1]);
    expect(proposals).toBe(2);
    expect(countBlockingPairs(instance, Int32Array.from([1, 0]))).toBe(0);
    expect(allStableAllocations(input)).toEqual(expect.arrayContaining([[0, 1], [1, 0]]));
  });

  it("solves Gale and Shapley's 1962 example with three stable matchings", () => {
    // Men α β γ propose to women A B C; each man's first choice is a different woman.
    const input = {
      capacities: [1, 1, 1],
      candidatePreferences: [[0, 1, 2], [1, 2, 0], [2, 0, 1]],
      positionOrders: [[1, 2, 0], [2, 0, 1], [0, 1, 2]],
    };
    const { positionOf, proposals } = allocate(input);
    expect(positionOf).toEqual([0, 1, 2]);
    expect(proposals).toBe(3);
    expect(allStableAllocations(input).sort()).toEqual([[0, 1, 2], [1, 2, 0], [2, 0, 1]]);
  });

  it('follows a chain of evictions through a position with two seats', () => {
    // Everyone wants X (2 seats) before Y (1 seat); X prefers later candidates, Y earlier ones.
    const input = { capacities: [2, 1], candidatePreferences: [[0, 1], [0, 1], [0, 1], [0, 1]], positionOrders: [[3, 2, 1, 0], [0, 1, 2, 3]] };
    const { instance, positionOf, proposals } = allocate(input);
    expect(positionOf).toEqual([1, -1, 0, 0]);
    expect(proposals).toBe(6);
    expect(countBlockingPairs(instance, Int32Array.from(positionOf))).toBe(0);
    expect([0, 1, 2, 3].map((candidate) => choiceIndexOf(instance, candidate, Int32Array.from(positionOf)))).toEqual([1, -1, 0, 0]);
  });

  it('places nobody in a position with no seats', () => {
    const input = { capacities: [0, 5], candidatePreferences: [[0, 1], [0, 1], [0]], positionOrders: [[0, 1, 2], [0, 1]] };
    const { instance, positionOf } = allocate(input);
    expect(positionOf).toEqual([1, 1, -1]);
    expect(findBlockingPairs(instance, Int32Array.from(positionOf))).toEqual([]);
  });

  it('leaves everyone unassigned when no position accepts anyone, after trying every listed position', () => {
    const input = { capacities: [3, 3], candidatePreferences: [[0, 1], [1], [1, 0]], positionOrders: [[], []] };
    const { instance, positionOf, proposals } = allocate(input);
    expect(positionOf).toEqual([-1, -1, -1]);
    expect(proposals).toBe(5);
    expect(instance.prefPositionRank).toEqual(Int32Array.from([-1, -1, -1, -1, -1]));
    expect(countBlockingPairs(instance, Int32Array.from(positionOf))).toBe(0);
  });

  it('skips a position that does not accept the candidate', () => {
    const input = { capacities: [1, 1], candidatePreferences: [[0, 1]], positionOrders: [[], [0]] };
    expect(allocate(input).positionOf).toEqual([1]);
  });

  it('handles empty instances and empty lists', () => {
    expect(allocate({ capacities: [], candidatePreferences: [], positionOrders: [] })).toMatchObject({ positionOf: [], proposals: 0 });
    expect(allocate({ capacities: [], candidatePreferences: [[], []], positionOrders: [] })).toMatchObject({ positionOf: [-1, -1], proposals: 0 });
    expect(allocate({ capacities: [4], candidatePreferences: [], positionOrders: [[]] })).toMatchObject({ positionOf: [], proposals: 0 });
  });

  it('stores each position’s rank of each candidate, so ties cannot be expressed', () => {
    const instance = buildAllocationInstance({
      capacities: [1, 2, 0],
      candidatePreferences: [[2, 0], [], [0, 1, 2]],
      positionOrders: [[2, 0], [1, 2], [0]],
    });
    expect(instance.candidateCount).toBe(3);
    expect(instance.positionCount).toBe(3);
    expect(instance.capacities).toEqual(Int32Array.from([1, 2, 0]));
    expect(instance.prefStart).toEqual(Int32Array.from([0, 2, 2, 5]));
    expect(instance.prefPositions).toEqual(Int32Array.from([2, 0, 0, 1, 2]));
    expect(instance.prefPositionRank).toEqual(Int32Array.from([0, 1, 0, 1, -1]));
  });

  it('finds the blocking pairs of an unstable allocation, up to a limit', () => {
    const instance = buildAllocationInstance({ capacities: [1, 1], candidatePreferences: [[0, 1], [1, 0]], positionOrders: [[1, 0], [0, 1]] });
    const nobodyPlaced = Int32Array.from([-1, -1]);
    expect(findBlockingPairs(instance, nobodyPlaced)).toEqual([
      { candidate: 0, position: 0 },
      { candidate: 0, position: 1 },
      { candidate: 1, position: 1 },
      { candidate: 1, position: 0 },
    ]);
    expect(findBlockingPairs(instance, nobodyPlaced, 2)).toHaveLength(2);
    expect(findBlockingPairs(instance, nobodyPlaced, 0)).toEqual([]);
    expect(countBlockingPairs(instance, nobodyPlaced)).toBe(4);
    // Both in Y: X is free and both accept it; A also prefers X to Y, B is already in its favourite.
    expect(findBlockingPairs(instance, Int32Array.from([1, 1]))).toEqual([{ candidate: 0, position: 0 }]);
  });

  it('rejects malformed input with the offending index in the message', () => {
    const valid = { capacities: [1, 1], candidatePreferences: [[0, 1]], positionOrders: [[0], [0]] };
    expect(() => buildAllocationInstance({ ...valid, candidatePreferences: [[0, 2]] })).toThrow('candidatePreferences[0][1] = 2 is not a position index');
    expect(() => buildAllocationInstance({ ...valid, candidatePreferences: [[1, 1]] })).toThrow('candidatePreferences[0] lists position 1 more than once');
    expect(() => buildAllocationInstance({ ...valid, candidatePreferences: [[0.5]] })).toThrow('candidatePreferences[0][0] = 0.5');
    expect(() => buildAllocationInstance({ ...valid, positionOrders: [[0], [1]] })).toThrow('positionOrders[1][0] = 1 is not a candidate index');
    expect(() => buildAllocationInstance({ ...valid, positionOrders: [[0, 0], [0]] })).toThrow('positionOrders[0] lists candidate 0 more than once');
    expect(() => buildAllocationInstance({ ...valid, positionOrders: [[0]] })).toThrow('one order per position');
    expect(() => buildAllocationInstance({ ...valid, capacities: [1, -1] })).toThrow('capacities[1] = -1');
    expect(() => buildAllocationInstance({ ...valid, capacities: [1.5, 1] })).toThrow('capacities[0] = 1.5');
  });

  it('rejects an instance or allocation whose arrays do not fit together', () => {
    const instance = buildAllocationInstance({ capacities: [1], candidatePreferences: [[0], [0]], positionOrders: [[1, 0]] });
    expect(() => allocateStable({ ...instance, prefStart: Int32Array.from([0, 1]) })).toThrow('prefStart has length 2');
    expect(() => allocateStable({ ...instance, prefPositions: Int32Array.from([0, 3]) })).toThrow('prefPositions[1] = 3 is not a position index');
    expect(() => allocateStable({ ...instance, capacities: Int32Array.from([-2]) })).toThrow('capacities[0] = -2');
    expect(() => countBlockingPairs(instance, Int32Array.from([0]))).toThrow('positionOf has length 1');
    expect(() => findBlockingPairs(instance, Int32Array.from([0, 1]))).toThrow('positionOf[1] = 1 is neither -1 nor a position index');
    expect(() => choiceIndexOf(instance, 2, Int32Array.from([0, -1]))).toThrow('candidate 2 is not a candidate index');
  });
});

describe('stable allocation: properties on random instances', () => {
  it('leaves no blocking pair', () => {
    fc.assert(
      fc.property(MEDIUM, (input) => {
        const { instance, positionOf } = allocate(input);
        expect(countBlockingPairs(instance, Int32Array.from(positionOf))).toBe(0);
        expect(naiveBlockingPairs(input, positionOf)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps within capacities and assigns only mutually acceptable pairs', () => {
    fc.assert(
      fc.property(MEDIUM, (input) => {
        const { instance, positionOf, proposals } = allocate(input);
        const ranks = rankMaps(input);
        const load = input.capacities.map(() => 0);
        positionOf.forEach((position, candidate) => {
          if (position < 0) return;
          load[position] = load[position]! + 1;
          expect(input.candidatePreferences[candidate]).toContain(position);
          expect(ranks[position]!.has(candidate)).toBe(true);
          expect(choiceIndexOf(instance, candidate, Int32Array.from(positionOf))).toBe(input.candidatePreferences[candidate]!.indexOf(position));
        });
        load.forEach((count, position) => expect(count).toBeLessThanOrEqual(input.capacities[position]!));
        expect(proposals).toBeLessThanOrEqual(instance.prefPositions.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every candidate its best place over all stable allocations (exhaustive on small instances)', () => {
    let withSeveralStable = 0;
    fc.assert(
      fc.property(SMALL, (input) => {
        const { positionOf } = allocate(input);
        const stable = allStableAllocations(input);
        if (stable.length > 1) withSeveralStable += 1;
        expect(stable).toContainEqual(positionOf);
        for (const other of stable) {
          positionOf.forEach((position, candidate) => {
            expect(placeOf(input, candidate, position)).toBeLessThanOrEqual(placeOf(input, candidate, other[candidate]!));
          });
          // Rural hospitals theorem: the same candidates are placed, and each position fills the same seats.
          expect(other.map((p) => p >= 0)).toEqual(positionOf.map((p) => p >= 0));
          expect(input.capacities.map((_, p) => other.filter((q) => q === p).length)).toEqual(
            input.capacities.map((_, p) => positionOf.filter((q) => q === p).length),
          );
        }
      }),
      { numRuns: 500 },
    );
    // The comparison means something only if many instances have a choice of stable allocations (~45 expected).
    expect(withSeveralStable).toBeGreaterThan(10);
  }, 30_000); // ~3 s alone: up to 5^8 candidate allocations per instance, on a shared machine

  it('does not depend on the order in which free candidates propose', () => {
    fc.assert(
      fc.property(MEDIUM, fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), (input, picks) => {
        let step = 0;
        const reference = referenceAllocate(input, (freeCount) => picks[step++ % picks.length]! % freeCount);
        expect(allocate(input).positionOf).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the blocking pairs of the definition in arbitrary allocations', () => {
    const withAllocation = MEDIUM.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.array(fc.integer({ min: -1, max: input.capacities.length - 1 }), {
          minLength: input.candidatePreferences.length,
          maxLength: input.candidatePreferences.length,
        }),
      ),
    );
    fc.assert(
      fc.property(withAllocation, fc.nat({ max: 20 }), ([input, positionOf], limit) => {
        const instance = buildAllocationInstance(input);
        const expected = naiveBlockingPairs(input, positionOf);
        expect(findBlockingPairs(instance, Int32Array.from(positionOf))).toEqual(expected);
        expect(countBlockingPairs(instance, Int32Array.from(positionOf))).toBe(expected.length);
        expect(findBlockingPairs(instance, Int32Array.from(positionOf), limit)).toEqual(expected.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it("builds ranks that are each candidate's place in the position's order, distinct per position", () => {
    fc.assert(
      fc.property(MEDIUM, (input) => {
        const instance = buildAllocationInstance(input);
        const seen = input.capacities.map(() => new Set<number>());
        input.candidatePreferences.forEach((preferences, candidate) => {
          preferences.forEach((position, place) => {
            const entry = instance.prefStart[candidate]! + place;
            const rank = instance.prefPositionRank[entry]!;
            expect(instance.prefPositions[entry]).toBe(position);
            expect(rank).toBe(input.positionOrders[position]!.indexOf(candidate));
            if (rank >= 0) {
              expect(seen[position]!.has(rank)).toBe(false);
              seen[position]!.add(rank);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
