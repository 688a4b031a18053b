import { EDUCATION_LEVELS } from '../../positions/positions.codes';
import { educationCode, grown, IdLists, maxOf, nextCapacity, numberKey, SlotMap, stringKey, tableOf, TupleVocabulary, Vocabulary } from './encoding';
import type { MajorInfo } from './majors';
import {
  hundredthsOf,
  type MatchingWeights,
  pointsOf,
  type PositionFeatureInput,
  type PreparedPosition,
  type PreparedSeeker,
  preparePosition,
  prepareSeeker,
  scoreAccommodation,
  scoreAvailability,
  scoreEducation,
  scoreExperience,
  scoreLocation,
  scoreMajor,
  scorePrepared,
  scoreSalary,
  type ScoredMatch,
  type SeekerFeatureInput,
  skillPoints,
  weightSum,
} from './scoring';
import type { CanonicalSkill } from './skills';
import { IDF_SCALE, idfUnits, type TermWeight } from './text';
import { TopKSelector } from './top-k';

// Open positions ranked for one seeker (为你推荐), the other direction of the candidate index
// and built from the same parts (encoding.ts, top-k.ts, the factor functions of scoring.ts): one
// slot per open position, its factor inputs as vocabulary ids gathered into a major-set id and
// "profile" (education, experience, accessibility, salary) and "place" (region, closing date)
// tuple ids; required skills and the words of title and duties as id lists. A ranking fills one
// table per factor for the seeker, sums them per tuple, adds them up over the zone's positions
// (four lookups and the required skills each), and adds text relevance only where it can change
// the top K. The text factor weighs a position's words by their IDF over the indexed positions
// (`termWeight`). 200 000 positions take about 70 MB.

export type OpeningRankOptions = {
  zoneId: string;
  /** ISO date in Asia/Shanghai. */
  today: string;
  limit: number;
  /** Positions left out (already applied to, dismissed). */
  exclude?: ReadonlySet<string>;
};

export type RankedPosition = { positionId: string; match: ScoredMatch };

export type OpeningIndex = {
  /** Adds or replaces an open position (the caller removes closed ones). */
  upsert: (position: PositionFeatureInput) => void;
  remove: (id: string) => void;
  readonly size: number;
  memoryBytes: () => number;
  /** The IDF of a word over the indexed positions: what the text factor weighs words with. */
  termWeight: TermWeight;
  /** The best `limit` open positions of the zone for the seeker, best first. */
  rankFor: (seeker: SeekerFeatureInput, weights: MatchingWeights, options: OpeningRankOptions) => { items: RankedPosition[] };
};

type Salary = { min: number | null; max: number | null };

// Components of the tuples.
const PROFILE_EDUCATION = 0;
const PROFILE_EXPERIENCE = 1;
const PROFILE_FRIENDLY = 2;
const PROFILE_SALARY = 3;
const PLACE_REGION = 0;
const PLACE_CLOSING = 1;

/** Points in hundredths for one seeker and weights, by column id; skills by required × held. */
type Tables = {
  majorSet: Int32Array;
  profile: Int32Array;
  place: Int32Array;
  skills: Int32Array;
  skillStride: number;
  heldSkill: Uint8Array;
  structuredMax: number;
};

class PositionIndex implements OpeningIndex {
  private readonly slots = new SlotMap();
  private capacity = 0;
  // Columns, one entry per slot: zone (0 for a free slot), major set, profile and place tuple ids.
  private zone = new Uint16Array(0);
  private majorSet = new Uint32Array(0);
  private profile = new Uint32Array(0);
  private place = new Uint32Array(0);
  private readonly skills = new IdLists(0);
  private readonly terms = new IdLists(0);
  private readonly zones = new Vocabulary<string>(stringKey, true);
  private readonly majorSets = new Vocabulary<readonly MajorInfo[]>((set) => set.map((m) => m.key).join('|'));
  private readonly experiences = new Vocabulary<number>(numberKey);
  private readonly regions = new Vocabulary<string>(stringKey);
  private readonly salaries = new Vocabulary<Salary>((s) => `${s.min}|${s.max}`);
  private readonly dates = new Vocabulary<string>(stringKey, true);
  private readonly profiles = new TupleVocabulary(4);
  private readonly places = new TupleVocabulary(2);
  /** Required skills with the label the posting gave them (an unknown skill keeps its own spelling). */
  private readonly skillNames = new Vocabulary<CanonicalSkill>((s) => `${s.key}\t${s.label}`);
  private readonly words = new Vocabulary<string>(stringKey);
  private documentFrequency = new Int32Array(1024);
  /** Bumped by every change of the postings, so IDF-derived caches know they are stale. */
  private generation = 1;
  /** IDF units by word id, as of `wordUnitsGeneration`. */
  private wordUnits = new Float64Array(0);
  private wordUnitsGeneration = 0;
  /** Per slot: the IDF units of all its words (the text share's denominator), as of `wordTotalGeneration`. */
  private wordTotal = new Float64Array(0);
  private wordTotalGeneration = new Uint32Array(0);
  /** The most skills a stored posting requires (sizes the skill points table). */
  private mostRequired = 0;
  private candidateSlots = new Int32Array(0);
  private candidatePoints = new Int32Array(0);
  private readonly selector = new TopKSelector();

  get size(): number {
    return this.slots.size;
  }

  readonly termWeight: TermWeight = (term) => {
    const id = this.words.find(term);
    return idfUnits(id === undefined ? 0 : this.documentFrequency[id]!, this.slots.size) / IDF_SCALE;
  };

  upsert(position: PositionFeatureInput): void {
    const prepared = preparePosition(position);
    const { slot, isNew } = this.slots.acquire(position.id);
    if (slot >= this.capacity) this.grow(slot + 1);
    if (!isNew) this.forgetWords(slot);
    this.zone[slot] = this.zones.intern(position.zoneId);
    this.majorSet[slot] = this.majorSets.intern(prepared.majors);
    this.profile[slot] = this.profiles.intern([
      educationCode(prepared.educationLevel),
      this.experiences.intern(prepared.experienceYears),
      prepared.isDisabilityFriendly ? 1 : 0,
      this.salaries.intern({ min: prepared.salaryMin, max: prepared.salaryMax }),
    ]);
    this.place[slot] = this.places.intern([this.regions.intern(prepared.regionCode), this.dates.intern(prepared.closingOn)]);
    this.skills.set(
      slot,
      prepared.skills.map((skill) => this.skillNames.intern(skill)),
    );
    this.mostRequired = Math.max(this.mostRequired, prepared.skills.length);
    const wordIds = prepared.terms.map((term) => this.words.intern(term));
    if (this.words.size > this.documentFrequency.length) this.documentFrequency = grown(this.documentFrequency, this.words.size * 2);
    for (const id of wordIds) this.documentFrequency[id]! += 1;
    this.terms.set(slot, wordIds);
    this.generation += 1;
  }

  remove(id: string): void {
    const slot = this.slots.release(id);
    if (slot === undefined) return;
    this.forgetWords(slot);
    this.zone[slot] = 0;
    this.skills.clear(slot);
    this.terms.clear(slot);
    this.generation += 1;
  }

  private forgetWords(slot: number): void {
    for (const id of this.terms.read(slot)) this.documentFrequency[id]! -= 1;
  }

  private grow(needed: number): void {
    const capacity = nextCapacity(this.capacity, needed);
    this.zone = grown(this.zone, capacity);
    this.majorSet = grown(this.majorSet, capacity);
    this.profile = grown(this.profile, capacity);
    this.place = grown(this.place, capacity);
    this.wordTotal = grown(this.wordTotal, capacity);
    this.wordTotalGeneration = grown(this.wordTotalGeneration, capacity);
    this.skills.ensureSlots(capacity);
    this.terms.ensureSlots(capacity);
    this.capacity = capacity;
  }

  memoryBytes(): number {
    const arrays = [
      this.zone, this.majorSet, this.profile, this.place, this.documentFrequency, this.wordUnits, this.wordTotal,
      this.wordTotalGeneration, this.candidateSlots, this.candidatePoints,
    ];
    return (
      arrays.reduce((sum, array) => sum + array.byteLength, 0) +
      this.skills.memoryBytes() +
      this.terms.memoryBytes() +
      this.slots.memoryBytes() +
      this.majorSets.memoryBytes(160) +
      this.skillNames.memoryBytes(100) +
      this.words.memoryBytes(40) +
      this.salaries.memoryBytes(40) +
      this.experiences.memoryBytes(16) +
      this.regions.memoryBytes(40) +
      this.dates.memoryBytes(40) +
      this.zones.memoryBytes(60) +
      this.profiles.memoryBytes() +
      this.places.memoryBytes()
    );
  }

  /** The stored position of a slot, as scoring reads it. */
  private decode(slot: number): PreparedPosition {
    const profile = this.profile[slot]!;
    const place = this.place[slot]!;
    const salary = this.salaries.value(this.profiles.component(profile, PROFILE_SALARY))!;
    return {
      educationLevel: EDUCATION_LEVELS[this.profiles.component(profile, PROFILE_EDUCATION)]!,
      majors: this.majorSets.value(this.majorSet[slot]!)!,
      skills: this.skills.read(slot).map((id) => this.skillNames.value(id)!),
      experienceYears: this.experiences.value(this.profiles.component(profile, PROFILE_EXPERIENCE))!,
      regionCode: this.regions.value(this.places.component(place, PLACE_REGION))!,
      salaryMin: salary.min,
      salaryMax: salary.max,
      isDisabilityFriendly: this.profiles.component(profile, PROFILE_FRIENDLY) === 1,
      closingOn: this.dates.value(this.places.component(place, PLACE_CLOSING)),
      terms: this.terms.read(slot).map((id) => this.words.value(id)!),
    };
  }

  private currentWordUnits(): Float64Array {
    if (this.wordUnitsGeneration !== this.generation) {
      if (this.wordUnits.length < this.words.size) this.wordUnits = new Float64Array(this.words.size * 2);
      const count = this.slots.size;
      for (let id = 0; id < this.words.size; id += 1) this.wordUnits[id] = idfUnits(this.documentFrequency[id]!, count);
      this.wordUnitsGeneration = this.generation;
    }
    return this.wordUnits;
  }

  rankFor(seekerInput: SeekerFeatureInput, weights: MatchingWeights, options: OpeningRankOptions): { items: RankedPosition[] } {
    const zone = this.zones.find(options.zoneId);
    if (zone === undefined || options.limit <= 0) return { items: [] };
    const seeker = prepareSeeker(seekerInput);
    const excluded: number[] = [];
    for (const id of options.exclude ?? []) {
      const slot = this.slots.slotOf(id);
      if (slot !== undefined && this.zone[slot] === zone) {
        excluded.push(slot);
        this.zone[slot] = 0;
      }
    }
    try {
      const tables = this.tables(seeker, weights, options.today);
      if (this.candidateSlots.length < this.capacity) {
        this.candidateSlots = new Int32Array(this.capacity);
        this.candidatePoints = new Int32Array(this.capacity);
      }
      const { top } = this.selector.select({
        count: this.scan(tables, zone),
        slots: this.candidateSlots,
        structured: this.candidatePoints,
        structuredMax: tables.structuredMax,
        textMax: hundredthsOf(pointsOf(weights.text, 1)),
        weightTotal: weightSum(weights),
        limit: options.limit,
        minTenths: null,
        textOf: this.textScorer(seeker, weights.text),
        idOf: (slot) => this.slots.ids[slot]!,
      });
      return {
        items: top.map(({ slot }) => ({
          positionId: this.slots.ids[slot]!,
          match: scorePrepared(weights, this.decode(slot), seeker, options.today, this.termWeight),
        })),
      };
    } finally {
      for (const slot of excluded) this.zone[slot] = zone;
    }
  }

  private tables(seeker: PreparedSeeker, weights: MatchingWeights, today: string): Tables {
    const hundredths = (points: number) => hundredthsOf(points);
    const stride = this.mostRequired + 1;
    const skills = new Int32Array(stride * stride);
    for (let required = 0; required < stride; required += 1) {
      for (let held = 0; held <= required; held += 1) skills[required * stride + held] = hundredths(skillPoints(weights.skills, held, required));
    }
    const education = Int32Array.from(EDUCATION_LEVELS, (need) => hundredths(scoreEducation(weights.education, need, seeker.educationLevel).points));
    const experience = tableOf(this.experiences, (need) => hundredths(scoreExperience(weights.experience, need!, seeker.experienceYears).points));
    const friendly = Int32Array.of(
      hundredths(scoreAccommodation(weights.accommodation, seeker.needsAccommodation, false).points),
      hundredths(scoreAccommodation(weights.accommodation, seeker.needsAccommodation, true).points),
    );
    const salary = tableOf(this.salaries, (s) => hundredths(scoreSalary(weights.salary, seeker.expectedSalaryMin, s!.min, s!.max).points));
    const region = tableOf(this.regions, (code) => hundredths(scoreLocation(weights.location, seeker.preferredRegions, code!).points));
    const closing = tableOf(this.dates, (date) => hundredths(scoreAvailability(weights.availability, seeker.availableFrom, today, date).points));
    const majorSet = tableOf(this.majorSets, (set) => hundredths(scoreMajor(weights.major, set!, seeker.major).points));
    const profile = this.profiles.sumOf([education, experience, friendly, salary]);
    const place = this.places.sumOf([region, closing]);
    return {
      majorSet,
      profile,
      place,
      skills,
      skillStride: stride,
      heldSkill: Uint8Array.from(this.skillNames.values, (skill) => (skill !== null && seeker.skills.has(skill.key) ? 1 : 0)),
      structuredMax: maxOf(majorSet) + maxOf(profile) + maxOf(place) + maxOf(skills),
    };
  }

  /** Structured hundredths of every open position of the zone, into the scratch arrays; returns how many. */
  private scan(tables: Tables, zoneId: number): number {
    const { majorSet: majorTable, profile: profileTable, place: placeTable, skills: skillTable, skillStride, heldSkill } = tables;
    const outSlots = this.candidateSlots;
    const outPoints = this.candidatePoints;
    const zone = this.zone;
    const majorSet = this.majorSet;
    const profile = this.profile;
    const place = this.place;
    const skillStart = this.skills.start;
    const skillLength = this.skills.length;
    const skillData = this.skills.data;
    const end = this.slots.end;
    let count = 0;
    for (let slot = 0; slot < end; slot += 1) {
      if (zone[slot] !== zoneId) continue;
      const from = skillStart[slot]!;
      const required = skillLength[slot]!;
      let held = 0;
      for (let k = from; k < from + required; k += 1) held += heldSkill[skillData[k]!]!;
      outPoints[count] = majorTable[majorSet[slot]!]! + skillTable[required * skillStride + held]! + profileTable[profile[slot]!]! + placeTable[place[slot]!]!;
      outSlots[count] = slot;
      count += 1;
    }
    return count;
  }

  /**
   * Text points (hundredths) of a position slot for the seeker: the IDF units of the position's
   * words the seeker has, over those of all its words (kept per slot until the postings change).
   */
  private textScorer(seeker: PreparedSeeker, weight: number): (slot: number) => number {
    const units = this.currentWordUnits();
    const held = new Uint8Array(this.words.size);
    for (const term of seeker.terms) {
      const id = this.words.find(term);
      if (id !== undefined) held[id] = 1;
    }
    const start = this.terms.start;
    const length = this.terms.length;
    const data = this.terms.data;
    const totals = this.wordTotal;
    const totalsGeneration = this.wordTotalGeneration;
    const generation = this.generation;
    return (slot) => {
      const from = start[slot]!;
      const to = from + length[slot]!;
      if (totalsGeneration[slot] !== generation) {
        let total = 0;
        for (let k = from; k < to; k += 1) total += units[data[k]!]!;
        totals[slot] = total;
        totalsGeneration[slot] = generation;
      }
      const total = totals[slot]!;
      if (total === 0) return 0;
      let matched = 0;
      for (let k = from; k < to; k += 1) {
        const id = data[k]!;
        if (held[id] === 1) matched += units[id]!;
      }
      return hundredthsOf(pointsOf(weight, matched / total));
    };
  }
}

export function createOpeningIndex(): OpeningIndex {
  return new PositionIndex();
}
