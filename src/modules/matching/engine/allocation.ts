// Stable batch allocation (稳定批量分配): candidate-proposing deferred acceptance (Gale–Shapley,
// many-to-one with capacities) over flat typed arrays, plus the checks that prove a result stable.
// Pure code: the matching service loads preferences, builds an instance and reports the result.

/**
 * Preferences of both sides in compressed rows. Candidate c's acceptable positions, most preferred
 * first, are prefPositions[prefStart[c] .. prefStart[c + 1]); prefPositionRank holds, entry by
 * entry, where that position ranks c (0 = its favourite, distinct per position), or -1 when the
 * position does not accept c.
 */
export type AllocationInstance = {
  candidateCount: number;
  positionCount: number;
  /** Seats per position, ≥ 0. */
  capacities: Int32Array;
  /** Length candidateCount + 1: offsets into prefPositions and prefPositionRank. */
  prefStart: Int32Array;
  /** Each candidate's acceptable positions, most preferred first, no repeats. */
  prefPositions: Int32Array;
  /** Per preference entry: the position's rank of that candidate (0 = best), or -1 = not accepted. */
  prefPositionRank: Int32Array;
};

type AllocationInput = {
  /** Seats per position. */
  capacities: readonly number[];
  /** Per candidate, position indices best first. */
  candidatePreferences: readonly (readonly number[])[];
  /** Per position, candidate indices best first; a candidate missing from it is unacceptable to it. */
  positionOrders: readonly (readonly number[])[];
};

type BlockingPair = { candidate: number; position: number };

const INT32_MAX = 0x7fffffff;

/**
 * Builds the compressed instance from index lists, rejecting anything that would make the result
 * meaningless: out-of-range indices, repeated entries, impossible capacities. Linear in the input.
 */
export function buildAllocationInstance(input: AllocationInput): AllocationInstance {
  const { capacities, candidatePreferences, positionOrders } = input;
  const positionCount = capacities.length;
  const candidateCount = candidatePreferences.length;
  if (positionOrders.length !== positionCount) {
    throw new Error(`positionOrders has ${positionOrders.length} orders but capacities has ${positionCount} positions: one order per position`);
  }

  const capacityArray = new Int32Array(positionCount);
  capacities.forEach((capacity, position) => {
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > INT32_MAX) {
      throw new Error(`capacities[${position}] = ${capacity} is not a whole number of seats ≥ 0`);
    }
    capacityArray[position] = capacity;
  });

  let entryCount = 0;
  for (const preferences of candidatePreferences) entryCount += preferences.length;
  const prefStart = new Int32Array(candidateCount + 1);
  const prefPositions = new Int32Array(entryCount);
  // A stamp per position (candidate index + 1) detects repeats without clearing between candidates.
  const positionStamp = new Int32Array(positionCount);
  let at = 0;
  candidatePreferences.forEach((preferences, candidate) => {
    prefStart[candidate] = at;
    preferences.forEach((position, place) => {
      if (!Number.isInteger(position) || position < 0 || position >= positionCount) {
        throw new Error(`candidatePreferences[${candidate}][${place}] = ${position} is not a position index (0 to ${positionCount - 1})`);
      }
      if (positionStamp[position] === candidate + 1) {
        throw new Error(`candidatePreferences[${candidate}] lists position ${position} more than once`);
      }
      positionStamp[position] = candidate + 1;
      prefPositions[at] = position;
      at += 1;
    });
  });
  prefStart[candidateCount] = at;

  // Invert the positions' orders into per-candidate rows of (position, rank), so each candidate's
  // ranks can be looked up through one scratch array indexed by position.
  const rankedStart = new Int32Array(candidateCount + 1);
  const candidateStamp = new Int32Array(candidateCount);
  positionOrders.forEach((order, position) => {
    order.forEach((candidate, rank) => {
      if (!Number.isInteger(candidate) || candidate < 0 || candidate >= candidateCount) {
        throw new Error(`positionOrders[${position}][${rank}] = ${candidate} is not a candidate index (0 to ${candidateCount - 1})`);
      }
      if (candidateStamp[candidate] === position + 1) {
        throw new Error(`positionOrders[${position}] lists candidate ${candidate} more than once`);
      }
      candidateStamp[candidate] = position + 1;
      rankedStart[candidate + 1] = rankedStart[candidate + 1]! + 1;
    });
  });
  for (let candidate = 0; candidate < candidateCount; candidate += 1) {
    rankedStart[candidate + 1] = rankedStart[candidate + 1]! + rankedStart[candidate]!;
  }
  const rankedFill = rankedStart.slice(0, candidateCount);
  const rankedPosition = new Int32Array(rankedStart[candidateCount]!);
  const rankedRank = new Int32Array(rankedStart[candidateCount]!);
  positionOrders.forEach((order, position) => {
    order.forEach((candidate, rank) => {
      const slot = rankedFill[candidate]!;
      rankedPosition[slot] = position;
      rankedRank[slot] = rank;
      rankedFill[candidate] = slot + 1;
    });
  });

  const prefPositionRank = new Int32Array(entryCount);
  const rankByPosition = new Int32Array(positionCount).fill(-1);
  for (let candidate = 0; candidate < candidateCount; candidate += 1) {
    const rankedEnd = rankedStart[candidate + 1]!;
    for (let k = rankedStart[candidate]!; k < rankedEnd; k += 1) rankByPosition[rankedPosition[k]!] = rankedRank[k]!;
    const end = prefStart[candidate + 1]!;
    for (let entry = prefStart[candidate]!; entry < end; entry += 1) prefPositionRank[entry] = rankByPosition[prefPositions[entry]!]!;
    for (let k = rankedStart[candidate]!; k < rankedEnd; k += 1) rankByPosition[rankedPosition[k]!] = -1;
  }

  return { candidateCount, positionCount, capacities: capacityArray, prefStart, prefPositions, prefPositionRank };
}

/**
 * The candidate-optimal stable allocation: every candidate gets the best position it can hold in
 * any stable allocation. Each position keeps its held candidates in a max-heap by rank (worst on
 * top) inside one shared array, so a proposal costs O(log capacity). `proposals` counts every
 * application a candidate made, including those to positions that do not accept it.
 */
export function allocateStable(instance: AllocationInstance): { positionOf: Int32Array; proposals: number } {
  assertInstanceShape(instance);
  const { candidateCount, positionCount, capacities, prefStart, prefPositions, prefPositionRank } = instance;

  // A position can never hold more candidates than apply to it acceptably, so its heap is sized by
  // that: a headcount far above the applicant count costs no memory.
  const acceptableApplicants = new Int32Array(positionCount);
  for (let entry = 0; entry < prefPositions.length; entry += 1) {
    if (prefPositionRank[entry]! >= 0) {
      const position = prefPositions[entry]!;
      acceptableApplicants[position] = acceptableApplicants[position]! + 1;
    }
  }
  const seatStart = new Int32Array(positionCount + 1);
  for (let position = 0; position < positionCount; position += 1) {
    seatStart[position + 1] = seatStart[position]! + Math.min(capacities[position]!, acceptableApplicants[position]!);
  }

  const heldCount = new Int32Array(positionCount);
  const heldRank = new Int32Array(seatStart[positionCount]!);
  const heldCandidate = new Int32Array(seatStart[positionCount]!);
  const positionOf = new Int32Array(candidateCount).fill(-1);
  const nextEntry = prefStart.slice(0, candidateCount);
  // Free candidates on a stack; candidate 0 first. An evicted candidate is pushed back once, so the
  // stack never holds more than every candidate.
  const free = new Int32Array(candidateCount);
  let freeTop = 0;
  for (let candidate = candidateCount - 1; candidate >= 0; candidate -= 1) free[freeTop++] = candidate;

  let proposals = 0;
  while (freeTop > 0) {
    const candidate = free[--freeTop]!;
    const end = prefStart[candidate + 1]!;
    let entry = nextEntry[candidate]!;
    while (entry < end) {
      const position = prefPositions[entry]!;
      const rank = prefPositionRank[entry]!;
      entry += 1;
      proposals += 1;
      if (rank < 0) continue;
      const base = seatStart[position]!;
      const seats = seatStart[position + 1]! - base;
      const held = heldCount[position]!;
      if (held < seats) {
        siftUp(heldRank, heldCandidate, base, held, rank, candidate);
        heldCount[position] = held + 1;
        positionOf[candidate] = position;
        break;
      }
      // Full (or no seats): the worst held candidate sits at the heap's root.
      if (seats === 0 || heldRank[base]! < rank) continue;
      const evicted = heldCandidate[base]!;
      positionOf[evicted] = -1;
      free[freeTop++] = evicted;
      siftDownFromRoot(heldRank, heldCandidate, base, seats, rank, candidate);
      positionOf[candidate] = position;
      break;
    }
    nextEntry[candidate] = entry;
  }
  return { positionOf, proposals };
}

/** Inserts (rank, candidate) at slot `size` of the max-heap starting at `base` and restores order. */
function siftUp(ranks: Int32Array, candidates: Int32Array, base: number, size: number, rank: number, candidate: number): void {
  let slot = size;
  while (slot > 0) {
    const parent = (slot - 1) >> 1;
    const parentRank = ranks[base + parent]!;
    if (parentRank >= rank) break;
    ranks[base + slot] = parentRank;
    candidates[base + slot] = candidates[base + parent]!;
    slot = parent;
  }
  ranks[base + slot] = rank;
  candidates[base + slot] = candidate;
}

/** Replaces the root of the full max-heap of `size` slots at `base` with (rank, candidate). */
function siftDownFromRoot(ranks: Int32Array, candidates: Int32Array, base: number, size: number, rank: number, candidate: number): void {
  let slot = 0;
  for (;;) {
    let child = 2 * slot + 1;
    if (child >= size) break;
    let childRank = ranks[base + child]!;
    if (child + 1 < size) {
      const rightRank = ranks[base + child + 1]!;
      if (rightRank > childRank) {
        child += 1;
        childRank = rightRank;
      }
    }
    if (childRank <= rank) break;
    ranks[base + slot] = childRank;
    candidates[base + slot] = candidates[base + child]!;
    slot = child;
  }
  ranks[base + slot] = rank;
  candidates[base + slot] = candidate;
}

/**
 * Pairs (candidate, position) that would both rather be together: the candidate lists the position
 * above its assignment (or is unassigned), the position accepts it, and the position has a free seat
 * or holds someone it ranks below the candidate. Works on any allocation, not only stable ones: an
 * assignment missing from the candidate's list counts as worse than everything listed, and a holder
 * the position does not accept, or who does not list it, as worse than everyone it accepts (the
 * instance knows a position's ranks only of those who list it). Stops after `limit` pairs.
 */
export function findBlockingPairs(instance: AllocationInstance, positionOf: Int32Array, limit = Number.POSITIVE_INFINITY): BlockingPair[] {
  if (!(limit >= 0)) throw new Error(`limit = ${limit} must be ≥ 0`);
  const pairs: BlockingPair[] = [];
  if (limit === 0) return pairs;
  visitBlockingPairs(instance, positionOf, (candidate, position) => {
    pairs.push({ candidate, position });
    return pairs.length < limit;
  });
  return pairs;
}

/** How many blocking pairs an allocation has (0 = stable); see findBlockingPairs. */
export function countBlockingPairs(instance: AllocationInstance, positionOf: Int32Array): number {
  let count = 0;
  visitBlockingPairs(instance, positionOf, () => {
    count += 1;
    return true;
  });
  return count;
}

/** Calls `visit` per blocking pair until it returns false; O(entries + positions). */
function visitBlockingPairs(instance: AllocationInstance, positionOf: Int32Array, visit: (candidate: number, position: number) => boolean): void {
  assertInstanceShape(instance);
  assertAllocationShape(instance, positionOf);
  const { candidateCount, positionCount, capacities, prefStart, prefPositions, prefPositionRank } = instance;

  // First pass: where each candidate's assignment sits in its list, and per position how many it
  // holds and the worst rank among them.
  const assignedEntry = new Int32Array(candidateCount);
  const heldCount = new Int32Array(positionCount);
  const admitBelow = new Int32Array(positionCount).fill(-1);
  for (let candidate = 0; candidate < candidateCount; candidate += 1) {
    const position = positionOf[candidate]!;
    const end = prefStart[candidate + 1]!;
    if (position < 0) {
      assignedEntry[candidate] = end;
      continue;
    }
    heldCount[position] = heldCount[position]! + 1;
    let entry = prefStart[candidate]!;
    while (entry < end && prefPositions[entry] !== position) entry += 1;
    assignedEntry[candidate] = entry;
    const rank = entry < end ? prefPositionRank[entry]! : -1;
    const heldRank = rank < 0 ? INT32_MAX : rank;
    if (heldRank > admitBelow[position]!) admitBelow[position] = heldRank;
  }
  // A position with a free seat admits everyone it accepts; a full one, those it ranks above its worst holder.
  for (let position = 0; position < positionCount; position += 1) {
    if (heldCount[position]! < capacities[position]!) admitBelow[position] = INT32_MAX;
  }

  // Second pass: every position a candidate lists above its assignment.
  for (let candidate = 0; candidate < candidateCount; candidate += 1) {
    const above = assignedEntry[candidate]!;
    for (let entry = prefStart[candidate]!; entry < above; entry += 1) {
      const rank = prefPositionRank[entry]!;
      const position = prefPositions[entry]!;
      if (rank >= 0 && rank < admitBelow[position]! && !visit(candidate, position)) return;
    }
  }
}

/** 0-based place of the candidate's assigned position in its own list; -1 if unassigned (or assigned off its list). */
export function choiceIndexOf(instance: AllocationInstance, candidate: number, positionOf: Int32Array): number {
  if (!Number.isInteger(candidate) || candidate < 0 || candidate >= instance.candidateCount) {
    throw new Error(`candidate ${candidate} is not a candidate index (0 to ${instance.candidateCount - 1})`);
  }
  // Checks only this candidate's entry: the service calls this once per candidate.
  if (positionOf.length !== instance.candidateCount) {
    throw new Error(`positionOf has length ${positionOf.length}, expected candidateCount = ${instance.candidateCount}`);
  }
  const position = positionOf[candidate]!;
  if (position < 0) return -1;
  const start = instance.prefStart[candidate]!;
  const end = instance.prefStart[candidate + 1]!;
  for (let entry = start; entry < end; entry += 1) {
    if (instance.prefPositions[entry] === position) return entry - start;
  }
  return -1;
}

/**
 * Checks an instance's arrays fit together (lengths, offsets, index ranges), so a hand-built one
 * fails loudly instead of reading out of bounds. Repeats and rank ties are the builder's to reject.
 */
function assertInstanceShape(instance: AllocationInstance): void {
  const { candidateCount, positionCount, capacities, prefStart, prefPositions, prefPositionRank } = instance;
  if (!Number.isInteger(candidateCount) || candidateCount < 0) throw new Error(`candidateCount = ${candidateCount} must be a whole number ≥ 0`);
  if (!Number.isInteger(positionCount) || positionCount < 0) throw new Error(`positionCount = ${positionCount} must be a whole number ≥ 0`);
  if (capacities.length !== positionCount) throw new Error(`capacities has length ${capacities.length}, expected positionCount = ${positionCount}`);
  for (let position = 0; position < positionCount; position += 1) {
    if (capacities[position]! < 0) throw new Error(`capacities[${position}] = ${capacities[position]} must be ≥ 0`);
  }
  if (prefStart.length !== candidateCount + 1) throw new Error(`prefStart has length ${prefStart.length}, expected candidateCount + 1 = ${candidateCount + 1}`);
  if (prefStart[0] !== 0) throw new Error(`prefStart[0] = ${prefStart[0]} must be 0`);
  for (let candidate = 0; candidate < candidateCount; candidate += 1) {
    if (prefStart[candidate + 1]! < prefStart[candidate]!) throw new Error(`prefStart decreases at candidate ${candidate}`);
  }
  const entryCount = prefStart[candidateCount]!;
  if (prefPositions.length !== entryCount || prefPositionRank.length !== entryCount) {
    throw new Error(`prefPositions (${prefPositions.length}) and prefPositionRank (${prefPositionRank.length}) must both have prefStart[candidateCount] = ${entryCount} entries`);
  }
  for (let entry = 0; entry < entryCount; entry += 1) {
    const position = prefPositions[entry]!;
    if (position < 0 || position >= positionCount) throw new Error(`prefPositions[${entry}] = ${position} is not a position index (0 to ${positionCount - 1})`);
    if (prefPositionRank[entry]! < -1) throw new Error(`prefPositionRank[${entry}] = ${prefPositionRank[entry]} must be ≥ -1`);
  }
}

function assertAllocationShape(instance: AllocationInstance, positionOf: Int32Array): void {
  if (positionOf.length !== instance.candidateCount) {
    throw new Error(`positionOf has length ${positionOf.length}, expected candidateCount = ${instance.candidateCount}`);
  }
  for (let candidate = 0; candidate < positionOf.length; candidate += 1) {
    const position = positionOf[candidate]!;
    if (position < -1 || position >= instance.positionCount) {
      throw new Error(`positionOf[${candidate}] = ${position} is neither -1 nor a position index (0 to ${instance.positionCount - 1})`);
    }
  }
}
