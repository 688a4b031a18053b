// Stable batch allocation at city scale: 100 000 generated candidates each listing 20 of 10 000
// positions (headcounts 1–30, some positions far more wanted than others), each position ordering
// its applicants by a score correlated across positions. Times loading the preferences into an
// instance, then the typed-array deferred acceptance (median of several runs after warm-up), checks
// the result is stable and within capacity, and runs an idiomatic Map/object version of the same
// algorithm on the same preferences in the same run as the baseline.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { allocateStable, buildAllocationInstance, countBlockingPairs, type AllocationInstance } from '../src/modules/matching/engine/allocation';

const CANDIDATES = 100_000;
const POSITIONS = 10_000;
const CHOICES = 20;
const MAX_HEADCOUNT = 30;
/** Spread of log-popularity: the most wanted positions draw ~50 times the applicants of the median. */
const POPULARITY_SIGMA = 1;
/** Scores are 0.8 × the candidate's general strength + 0.6 × noise per position (correlation 0.64 between positions). */
const STRENGTH_WEIGHT = 0.8;
const NOISE_WEIGHT = 0.6;
/** Applicants scoring below this are not acceptable to the position (~5 %). */
const ACCEPT_CUTOFF = -1.645;
const WARM_UPS = 2;
const RUNS = 5;
const BUILD_RUNS = 3;
const BASELINE_RUNS = 3;

function log(message: string): void {
  console.error(`[allocate bench] ${message}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** mulberry32: small, fast, deterministic. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Data

type AllocationInput = Parameters<typeof buildAllocationInstance>[0];

function generatePreferences(seed: number): AllocationInput {
  const random = createRandom(seed);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

  // Mostly small headcounts, a few large ones.
  const capacities = Array.from({ length: POSITIONS }, () => 1 + Math.floor(random() ** 2 * MAX_HEADCOUNT));
  const cumulativePopularity = new Float64Array(POSITIONS);
  let total = 0;
  for (let position = 0; position < POSITIONS; position += 1) {
    total += Math.exp(POPULARITY_SIGMA * gaussian());
    cumulativePopularity[position] = total;
  }
  const pickPosition = (): number => {
    const target = random() * total;
    let low = 0;
    let high = POSITIONS - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulativePopularity[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  // Drawing by popularity without replacement, in draw order, is a Plackett–Luce ranking: popular
  // positions are both listed more often and listed higher.
  const strength = Float64Array.from({ length: CANDIDATES }, gaussian);
  const listed = new Int32Array(POSITIONS);
  const applicants: { candidate: number[]; score: number[] }[] = Array.from({ length: POSITIONS }, () => ({ candidate: [], score: [] }));
  const candidatePreferences: number[][] = [];
  for (let candidate = 0; candidate < CANDIDATES; candidate += 1) {
    const preferences: number[] = [];
    while (preferences.length < CHOICES) {
      const position = pickPosition();
      if (listed[position] === candidate + 1) continue;
      listed[position] = candidate + 1;
      preferences.push(position);
      const score = STRENGTH_WEIGHT * strength[candidate]! + NOISE_WEIGHT * gaussian();
      if (score >= ACCEPT_CUTOFF) {
        applicants[position]!.candidate.push(candidate);
        applicants[position]!.score.push(score);
      }
    }
    candidatePreferences.push(preferences);
  }
  const positionOrders = applicants.map(({ candidate, score }) =>
    candidate
      .map((_, at) => at)
      .sort((a, b) => score[b]! - score[a]!)
      .map((at) => candidate[at]!),
  );
  return { capacities, candidatePreferences, positionOrders };
}

// ---------------------------------------------------------------------------------------------
// Baseline: the same deferred acceptance as it is usually first written, with string ids, Maps and
// an array of holders per position searched for its worst.

type BaselineCandidate = { id: string; preferences: string[] };
type BaselinePosition = { id: string; capacity: number; rankOf: Map<string, number> };

function toBaselineData(input: AllocationInput): { candidates: BaselineCandidate[]; positions: Map<string, BaselinePosition> } {
  const candidates = input.candidatePreferences.map((preferences, candidate) => ({
    id: `c${candidate}`,
    preferences: preferences.map((position) => `p${position}`),
  }));
  const positions = new Map(
    input.capacities.map((capacity, position): [string, BaselinePosition] => [
      `p${position}`,
      {
        id: `p${position}`,
        capacity,
        rankOf: new Map(input.positionOrders[position]!.map((candidate, rank) => [`c${candidate}`, rank])),
      },
    ]),
  );
  return { candidates, positions };
}

function allocateWithMaps(candidates: BaselineCandidate[], positions: Map<string, BaselinePosition>): Map<string, string> {
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const nextChoice = new Map<string, number>();
  const holders = new Map<string, string[]>();
  const assignment = new Map<string, string>();
  const free = candidates.map((candidate) => candidate.id).reverse();
  while (free.length > 0) {
    const candidate = byId.get(free.pop()!)!;
    let choice = nextChoice.get(candidate.id) ?? 0;
    while (choice < candidate.preferences.length) {
      const position = positions.get(candidate.preferences[choice]!)!;
      choice += 1;
      const rank = position.rankOf.get(candidate.id);
      if (rank === undefined) continue;
      const held = holders.get(position.id) ?? [];
      holders.set(position.id, held);
      if (held.length < position.capacity) {
        held.push(candidate.id);
        assignment.set(candidate.id, position.id);
        break;
      }
      let worst = -1;
      held.forEach((id, at) => {
        if (worst < 0 || position.rankOf.get(id)! > position.rankOf.get(held[worst]!)!) worst = at;
      });
      if (worst < 0 || position.rankOf.get(held[worst]!)! < rank) continue;
      const evicted = held[worst]!;
      held[worst] = candidate.id;
      assignment.delete(evicted);
      free.push(evicted);
      assignment.set(candidate.id, position.id);
      break;
    }
    nextChoice.set(candidate.id, choice);
  }
  return assignment;
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Throws unless every position holds at most its headcount and every assignment is acceptable to both sides. */
function checkCapacitiesAndAcceptability(instance: AllocationInstance, positionOf: Int32Array): void {
  const held = new Int32Array(instance.positionCount);
  for (let candidate = 0; candidate < instance.candidateCount; candidate += 1) {
    const position = positionOf[candidate]!;
    if (position < 0) continue;
    held[position] = held[position]! + 1;
    let entry = instance.prefStart[candidate]!;
    const end = instance.prefStart[candidate + 1]!;
    while (entry < end && instance.prefPositions[entry] !== position) entry += 1;
    if (entry === end || instance.prefPositionRank[entry]! < 0) throw new Error(`candidate ${candidate} placed in position ${position} that is not mutually acceptable`);
  }
  for (let position = 0; position < instance.positionCount; position += 1) {
    if (held[position]! > instance.capacities[position]!) throw new Error(`position ${position} holds ${held[position]} of ${instance.capacities[position]} seats`);
  }
}

// ---------------------------------------------------------------------------------------------
// Run

log(`load average at start: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
let started = performance.now();
const input = generatePreferences(20230601);
log(`generated ${CANDIDATES} candidates × ${CHOICES} choices over ${POSITIONS} positions in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const buildSamples: number[] = [];
let instance = buildAllocationInstance(input);
for (let run = 0; run < BUILD_RUNS; run += 1) {
  started = performance.now();
  instance = buildAllocationInstance(input);
  buildSamples.push(performance.now() - started);
}
const seats = instance.capacities.reduce((sum, capacity) => sum + capacity, 0);
const acceptable = instance.prefPositionRank.reduce((count, rank) => count + (rank >= 0 ? 1 : 0), 0);
log(`instance: ${instance.prefPositions.length} preference entries (${acceptable} acceptable to the position), ${seats} seats; build runs ${buildSamples.map((ms) => ms.toFixed(1)).join(', ')} ms`);

for (let run = 0; run < WARM_UPS; run += 1) allocateStable(instance);
const samples: number[] = [];
let result = allocateStable(instance);
for (let run = 0; run < RUNS; run += 1) {
  started = performance.now();
  result = allocateStable(instance);
  samples.push(performance.now() - started);
}
const { positionOf, proposals } = result;
log(`allocateStable runs ${samples.map((ms) => ms.toFixed(1)).join(', ')} ms; ${proposals} proposals`);

started = performance.now();
const blockingPairs = countBlockingPairs(instance, positionOf);
log(`countBlockingPairs in ${(performance.now() - started).toFixed(1)} ms`);
checkCapacitiesAndAcceptability(instance, positionOf);
const assigned = positionOf.reduce((count, position) => count + (position >= 0 ? 1 : 0), 0);

started = performance.now();
const baselineData = toBaselineData(input);
log(`baseline Maps built in ${(performance.now() - started).toFixed(0)} ms`);
allocateWithMaps(baselineData.candidates, baselineData.positions);
const baselineSamples: number[] = [];
let baselineAssignment = new Map<string, string>();
for (let run = 0; run < BASELINE_RUNS; run += 1) {
  started = performance.now();
  baselineAssignment = allocateWithMaps(baselineData.candidates, baselineData.positions);
  baselineSamples.push(performance.now() - started);
}
log(`baseline runs ${baselineSamples.map((ms) => ms.toFixed(0)).join(', ')} ms`);
// The candidate-optimal stable allocation is unique, so both versions must agree exactly.
positionOf.forEach((position, candidate) => {
  const expected = position < 0 ? undefined : `p${position}`;
  if (baselineAssignment.get(`c${candidate}`) !== expected) throw new Error(`baseline differs for candidate ${candidate}`);
});
log(`load average at end: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);

const wallMs = median(samples);
const baselineMs = median(baselineSamples);
console.log(`BENCH allocate.100k.wall_ms ${wallMs.toFixed(1)}`);
console.log(`BENCH allocate.100k.blocking_pairs ${blockingPairs}`);
console.log(`BENCH allocate.100k.build_ms ${median(buildSamples).toFixed(1)}`);
console.log(`BENCH allocate.100k.assigned ${assigned}`);
console.log(`BENCH allocate.100k.baseline_ms ${baselineMs.toFixed(1)}`);
console.log(`BENCH allocate.100k.speedup_vs_baseline ${(baselineMs / wallMs).toFixed(1)}`);
