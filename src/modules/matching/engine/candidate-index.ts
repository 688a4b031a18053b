import {
  educationCode,
  educationOfCode,
  grown,
  IdLists,
  maxOf,
  nextCapacity,
  numberKey,
  REJECTED,
  SlotMap,
  SlotPostings,
  stringKey,
  tableOf,
  TupleVocabulary,
  Vocabulary,
} from './encoding';
import type { MajorInfo } from './majors';
import { isRegionFitWithin, bestRegionFit } from './regions';
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
  totalTenths,
  weightSum,
} from './scoring';
import { IDF_SCALE, idfUnits, type TermWeight } from './text';
import { type TopCandidate, TopKSelector } from './top-k';

// Job seekers ranked for one position (为岗位推荐人选), exactly as `scoreMatch` scores them, at a
// million profiles. Pure: no I/O, no timers.
//
// Layout: one slot per eligible seeker, slots of removed seekers reused. Every factor input is a
// small-int id into a vocabulary (education level, canonical major, experience years, the set of
// preferred regions, expected salary, availability date). Education, experience, accommodation
// and salary ids form one "profile" tuple id, regions and availability one "place" tuple id, so a
// slot is four typed-array columns: zone (0 for a free slot), major, profile, place. Held skills
// (implied ones included) and majors are also inverted lists, id → slots. Up to RESUME_TERM_LIMIT
// résumé words per seeker are id lists in an arena, with document frequencies per word for the
// IDF of the text factor. A million profiles take about 350 MB.
//
// Ranking: one table per factor, indexed by vocabulary id and filled by the factor functions of
// scoring.ts (points in hundredths, or REJECTED where a filter rejects the value), then summed per
// tuple id, so scoring a seeker is four table lookups. Seekers are scored in tiers: first those
// holding a required skill (counted per slot from the skills' lists); then, for a position that
// names majors, those whose major earns points; then the rest. A tier is scored only while its
// best possible total (the maxima of its tables plus all of text) can still tie the K-th best or
// reach the minimum score; a specific posting seldom needs more than the first. Text relevance is
// added by TopKSelector only where it can change the top K, and explanations are built for the
// returned K only. The result is the same as scoring everyone.

export type RankFilters = {
  /** Only seekers whose education meets the requirement (an unknown education does not). */
  educationMet?: boolean;
  /** Only seekers who prefer the post's county (or a prefecture or province containing it), its prefecture, or its province; seekers without a preference are left out. */
  location?: 'county' | 'prefecture' | 'province';
  minExperienceYears?: number;
  /** Only totals of at least this (0–100). */
  minScore?: number;
};

export type CandidateRankOptions = {
  zoneId: string;
  /** ISO date in Asia/Shanghai. */
  today: string;
  limit: number;
  filters?: RankFilters;
  /** Seekers left out (already recommended, already applied). */
  exclude?: ReadonlySet<string>;
};

export type RankedSeeker = { seekerId: string; match: ScoredMatch };

export type CandidateIndex = {
  /** Adds or replaces a seeker; an ineligible seeker (no consent, recommendation off, erased) is removed. */
  upsert: (seeker: SeekerFeatureInput) => void;
  remove: (id: string) => void;
  /** Seekers indexed (all eligible). */
  readonly size: number;
  memoryBytes: () => number;
  /** The IDF of a word over the indexed résumés: what the text factor weighs words with. */
  termWeight: TermWeight;
  /** The best `limit` eligible seekers of the zone, best first; `matched` counts all that pass the filters. */
  rank: (position: PositionFeatureInput, weights: MatchingWeights, options: CandidateRankOptions) => { matched: number; items: RankedSeeker[] };
  /** The match of each listed seeker that is indexed, whatever its zone. */
  scoreSeekers: (position: PositionFeatureInput, weights: MatchingWeights, seekerIds: readonly string[], today: string) => Map<string, ScoredMatch>;
};

const MET_EDUCATION = new Set(['education.any', 'education.meets', 'education.exceeds']);

/** Points in hundredths for one position and weights: by major id, skills held, profile and place tuple ids. */
type Tables = {
  major: Int32Array;
  skills: Int32Array;
  profile: Int32Array;
  place: Int32Array;
  /** Highest possible structured points; and of a seeker holding no required skill. */
  structuredMax: number;
  withoutSkillsMax: number;
};

/** A group of seekers scored together: those whose mark is `accept`, `best` the most structured points any can have. */
type Tier = { accept: number; best: number; mark?: () => void };

/** In `marks`: the count of required skills held, and a bit for a major that earns points. */
const SKILLS_HELD = 0x7fff;
const MAJOR_MARK = 0x8000;
/** Tier of every seeker holding at least one required skill. */
const ACCEPT_SKILL_HOLDERS = -1;

// Components of the tuples.
const PROFILE_EDUCATION = 0;
const PROFILE_EXPERIENCE = 1;
const PROFILE_ACCOMMODATION = 2;
const PROFILE_SALARY = 3;
const PLACE_REGIONS = 0;
const PLACE_AVAILABILITY = 1;

class SeekerIndex implements CandidateIndex {
  private readonly slots = new SlotMap();
  private capacity = 0;
  // Columns, one entry per slot.
  private zone = new Uint16Array(0);
  private major = new Uint32Array(0);
  private profile = new Uint32Array(0);
  private place = new Uint32Array(0);
  private readonly skills = new SlotPostings(0);
  /** Major id → slots (seekers without a major are in no list). */
  private readonly majorHolders = new SlotPostings(0);
  private readonly terms = new IdLists(0);
  // Vocabularies.
  private readonly zones = new Vocabulary<string>(stringKey, true);
  private zoneSize = new Int32Array(8);
  private readonly majors = new Vocabulary<MajorInfo>((m) => m.key, true);
  private readonly experiences = new Vocabulary<number>(numberKey);
  private readonly regionSets = new Vocabulary<readonly string[]>((set) => set.join(','));
  private readonly salaries = new Vocabulary<number>(numberKey, true);
  private readonly dates = new Vocabulary<string>(stringKey, true);
  private readonly profiles = new TupleVocabulary(4);
  private readonly places = new TupleVocabulary(2);
  /** Canonical skill keys. */
  private readonly skillNames = new Vocabulary<string>(stringKey);
  private readonly words = new Vocabulary<string>(stringKey);
  private documentFrequency = new Int32Array(1024);
  // Scratch of a ranking, kept between rankings.
  /** Per slot during a ranking: required skills held (low bits) and MAJOR_MARK; 0 otherwise. */
  private marks = new Uint16Array(0);
  /** One bit per slot during a ranking: holds a required skill (so the first tier skips the others 32 at a time). */
  private holderBits = new Int32Array(0);
  private candidateSlots = new Int32Array(0);
  private candidatePoints = new Int32Array(0);
  private wordLocal = new Uint8Array(0);
  private readonly selector = new TopKSelector();

  get size(): number {
    return this.slots.size;
  }

  readonly termWeight: TermWeight = (term) => this.idf(this.words.find(term)) / IDF_SCALE;

  private idf(wordId: number | undefined): number {
    return idfUnits(wordId === undefined ? 0 : this.documentFrequency[wordId]!, this.slots.size);
  }

  upsert(seeker: SeekerFeatureInput): void {
    if (!seeker.eligible || seeker.zoneId === null) {
      this.remove(seeker.id);
      return;
    }
    const prepared = prepareSeeker(seeker);
    const { slot, isNew } = this.slots.acquire(seeker.id);
    if (slot >= this.capacity) this.grow(slot + 1);
    if (!isNew) {
      this.forgetWords(slot);
      this.zoneSize[this.zone[slot]!]! -= 1;
    }
    const zone = this.zones.intern(seeker.zoneId);
    if (zone >= this.zoneSize.length) this.zoneSize = grown(this.zoneSize, zone * 2);
    this.zoneSize[zone]! += 1;
    this.zone[slot] = zone;
    this.major[slot] = this.majors.intern(prepared.major);
    this.majorHolders.set(slot, this.major[slot] === 0 ? [] : [this.major[slot]!]);
    this.profile[slot] = this.profiles.intern([
      educationCode(prepared.educationLevel),
      this.experiences.intern(prepared.experienceYears),
      prepared.needsAccommodation ? 1 : 0,
      this.salaries.intern(prepared.expectedSalaryMin),
    ]);
    this.place[slot] = this.places.intern([this.regionSets.intern(prepared.preferredRegions), this.dates.intern(prepared.availableFrom)]);
    this.skills.set(
      slot,
      [...prepared.skills].map((key) => this.skillNames.intern(key)),
    );
    const wordIds = [...prepared.terms].map((term) => this.words.intern(term));
    if (this.words.size > this.documentFrequency.length) this.documentFrequency = grown(this.documentFrequency, this.words.size * 2);
    for (const id of wordIds) this.documentFrequency[id]! += 1;
    this.terms.set(slot, wordIds);
  }

  remove(id: string): void {
    const slot = this.slots.release(id);
    if (slot === undefined) return;
    this.forgetWords(slot);
    this.zoneSize[this.zone[slot]!]! -= 1;
    this.zone[slot] = 0;
    this.skills.removeAll(slot);
    this.majorHolders.removeAll(slot);
    this.terms.clear(slot);
  }

  private forgetWords(slot: number): void {
    for (const id of this.terms.read(slot)) this.documentFrequency[id]! -= 1;
  }

  private grow(needed: number): void {
    const capacity = nextCapacity(this.capacity, needed);
    this.zone = grown(this.zone, capacity);
    this.major = grown(this.major, capacity);
    this.profile = grown(this.profile, capacity);
    this.place = grown(this.place, capacity);
    this.marks = grown(this.marks, capacity);
    this.holderBits = grown(this.holderBits, capacity >>> 5);
    this.majorHolders.ensureSlots(capacity);
    this.skills.ensureSlots(capacity);
    this.terms.ensureSlots(capacity);
    this.capacity = capacity;
  }

  memoryBytes(): number {
    const columns = [this.zone, this.major, this.profile, this.place];
    const scratch = [this.marks, this.holderBits, this.candidateSlots, this.candidatePoints, this.wordLocal, this.documentFrequency, this.zoneSize];
    return (
      [...columns, ...scratch].reduce((sum, array) => sum + array.byteLength, 0) +
      this.skills.memoryBytes() +
      this.majorHolders.memoryBytes() +
      this.terms.memoryBytes() +
      this.slots.memoryBytes() +
      this.majors.memoryBytes(120) +
      this.regionSets.memoryBytes(80) +
      this.skillNames.memoryBytes(40) +
      this.words.memoryBytes(40) +
      this.experiences.memoryBytes(16) +
      this.salaries.memoryBytes(16) +
      this.dates.memoryBytes(40) +
      this.zones.memoryBytes(60) +
      this.profiles.memoryBytes() +
      this.places.memoryBytes()
    );
  }

  /** The stored seeker of a slot, as scoring reads it. */
  private decode(slot: number): PreparedSeeker {
    const profile = this.profile[slot]!;
    const place = this.place[slot]!;
    return {
      educationLevel: educationOfCode(this.profiles.component(profile, PROFILE_EDUCATION)),
      major: this.majors.value(this.major[slot]!),
      skills: new Set(this.skills.keysOf(slot).map((id) => this.skillNames.value(id)!)),
      experienceYears: this.experiences.value(this.profiles.component(profile, PROFILE_EXPERIENCE))!,
      preferredRegions: this.regionSets.value(this.places.component(place, PLACE_REGIONS))!,
      expectedSalaryMin: this.salaries.value(this.profiles.component(profile, PROFILE_SALARY)),
      needsAccommodation: this.profiles.component(profile, PROFILE_ACCOMMODATION) === 1,
      availableFrom: this.dates.value(this.places.component(place, PLACE_AVAILABILITY)),
      terms: new Set(this.terms.read(slot).map((id) => this.words.value(id)!)),
    };
  }

  scoreSeekers(position: PositionFeatureInput, weights: MatchingWeights, seekerIds: readonly string[], today: string): Map<string, ScoredMatch> {
    const prepared = preparePosition(position);
    const scores = new Map<string, ScoredMatch>();
    for (const id of seekerIds) {
      const slot = this.slots.slotOf(id);
      if (slot !== undefined) scores.set(id, scorePrepared(weights, prepared, this.decode(slot), today, this.termWeight));
    }
    return scores;
  }

  rank(position: PositionFeatureInput, weights: MatchingWeights, options: CandidateRankOptions): { matched: number; items: RankedSeeker[] } {
    const zone = this.zones.find(options.zoneId);
    if (zone === undefined) return { matched: 0, items: [] };
    const prepared = preparePosition(position);
    // Excluded seekers of the zone leave it for the length of this call.
    const excluded: number[] = [];
    for (const id of options.exclude ?? []) {
      const slot = this.slots.slotOf(id);
      if (slot !== undefined && this.zone[slot] === zone) {
        excluded.push(slot);
        this.zone[slot] = 0;
      }
    }
    const text = this.textScorer(prepared, weights.text);
    try {
      const { matched, top } = this.select(prepared, weights, zone, options, text.textOf, excluded.length);
      return {
        matched,
        items: top.map(({ slot }) => ({
          seekerId: this.slots.ids[slot]!,
          match: scorePrepared(weights, prepared, this.decode(slot), options.today, text.termWeight),
        })),
      };
    } finally {
      this.marks.fill(0, 0, this.slots.end);
      this.holderBits.fill(0, 0, (this.slots.end + 31) >>> 5);
      text.release();
      for (const slot of excluded) this.zone[slot] = zone;
    }
  }

  private tables(position: PreparedPosition, weights: MatchingWeights, options: CandidateRankOptions): Tables {
    const filters = options.filters ?? {};
    const hundredths = (points: number) => hundredthsOf(points);
    const education = new Int32Array(educationCode(null) + 1);
    for (let code = 0; code < education.length; code += 1) {
      const score = scoreEducation(weights.education, position.educationLevel, educationOfCode(code));
      education[code] = filters.educationMet && !MET_EDUCATION.has(score.reason) ? REJECTED : hundredths(score.points);
    }
    const experience = tableOf(this.experiences, (years) =>
      filters.minExperienceYears !== undefined && years! < filters.minExperienceYears
        ? REJECTED
        : hundredths(scoreExperience(weights.experience, position.experienceYears, years!).points),
    );
    const accommodation = Int32Array.of(
      hundredths(scoreAccommodation(weights.accommodation, false, position.isDisabilityFriendly).points),
      hundredths(scoreAccommodation(weights.accommodation, true, position.isDisabilityFriendly).points),
    );
    const salary = tableOf(this.salaries, (expected) => hundredths(scoreSalary(weights.salary, expected, position.salaryMin, position.salaryMax).points));
    const location = filters.location;
    const regions = tableOf(this.regionSets, (set) =>
      location && !isRegionFitWithin(bestRegionFit(set!, position.regionCode), location)
        ? REJECTED
        : hundredths(scoreLocation(weights.location, set!, position.regionCode).points),
    );
    const availability = tableOf(this.dates, (from) => hundredths(scoreAvailability(weights.availability, from, options.today, position.closingOn).points));
    const required = position.skills.length;
    const major = tableOf(this.majors, (held) => hundredths(scoreMajor(weights.major, position.majors, held).points));
    const skills = Int32Array.from({ length: required + 1 }, (_, held) => hundredths(skillPoints(weights.skills, held, required)));
    const profile = this.profiles.sumOf([education, experience, accommodation, salary]);
    const place = this.places.sumOf([regions, availability]);
    const others = maxOf(major) + maxOf(profile) + maxOf(place);
    return { major, skills, profile, place, structuredMax: others + maxOf(skills), withoutSkillsMax: others + skills[0]! };
  }

  /**
   * Scores the zone's seekers tier by tier and selects the top K: first the holders of a required
   * skill, then (for a position that names majors) those whose major earns points, then the rest,
   * each tier only while its best possible total could still enter the top K or reach the minimum.
   * The tiers skipped are counted for `matched`.
   */
  private select(
    position: PreparedPosition,
    weights: MatchingWeights,
    zone: number,
    options: CandidateRankOptions,
    textOf: (slot: number) => number,
    excludedCount: number,
  ): { matched: number; top: TopCandidate[] } {
    const tables = this.tables(position, weights, options);
    const weightTotal = weightSum(weights);
    const minScore = options.filters?.minScore;
    const minTenths = minScore === undefined ? null : Math.round(minScore * 10);
    const textMax = hundredthsOf(pointsOf(weights.text, 1));
    if (this.candidateSlots.length < this.capacity) {
      this.candidateSlots = new Int32Array(this.capacity);
      this.candidatePoints = new Int32Array(this.capacity);
    }
    const selectAmong = (count: number) =>
      this.selector.select({
        count,
        slots: this.candidateSlots,
        structured: this.candidatePoints,
        structuredMax: tables.structuredMax,
        textMax,
        weightTotal,
        limit: options.limit,
        minTenths,
        textOf,
        idOf: (slot) => this.slots.ids[slot]!,
      });

    const tiers: Tier[] = [];
    if (this.markSkillHolders(position)) tiers.push({ accept: ACCEPT_SKILL_HOLDERS, best: tables.structuredMax });
    if (position.majors.length > 0) {
      tiers.push({ accept: MAJOR_MARK, best: tables.withoutSkillsMax, mark: () => this.markMajorHolders(tables.major) });
      tiers.push({ accept: 0, best: tables.withoutSkillsMax - maxOf(tables.major) });
    } else {
      tiers.push({ accept: 0, best: tables.withoutSkillsMax });
    }

    let count = 0;
    let result: { matched: number; top: TopCandidate[] } | null = null;
    for (const tier of tiers) {
      if (result) {
        const best = totalTenths(tier.best + textMax, weightTotal);
        const mayMatch = minTenths !== null && best >= minTenths;
        const mayRank = result.top.length < options.limit || best >= (result.top.at(-1)?.tenths ?? 0);
        if (!mayMatch && !mayRank) {
          // This tier and the later ones (whose best is no higher) are out of the result; without a
          // minimum score they still count as matched when they pass the filters.
          if (minTenths !== null) return result;
          const filters = options.filters ?? {};
          const hasFilters = filters.educationMet || filters.location || filters.minExperienceYears !== undefined;
          const rest = hasFilters ? this.countUnmarked(tables, zone) : this.zoneSize[zone]! - excludedCount - count;
          return { matched: result.matched + rest, top: result.top };
        }
      }
      tier.mark?.();
      count = this.scan(tables, zone, tier.accept, count);
      result = selectAmong(count);
    }
    return result!;
  }

  /** Counts in `marks`, per slot, the required skills it holds, and sets its holder bit; false when no indexed seeker holds any. */
  private markSkillHolders(position: PreparedPosition): boolean {
    const marks = this.marks;
    const bits = this.holderBits;
    let isAnyHeld = false;
    for (const skill of position.skills) {
      const id = this.skillNames.find(skill.key);
      if (id === undefined) continue;
      const { slots, count } = this.skills.holders(id);
      for (let i = 0; i < count; i += 1) {
        const slot = slots[i]!;
        marks[slot]! += 1;
        bits[slot >>> 5]! |= 1 << (slot & 31);
      }
      isAnyHeld ||= count > 0;
    }
    return isAnyHeld;
  }

  /** Marks the holders of every major that earns points. */
  private markMajorHolders(majorTable: Int32Array): void {
    const marks = this.marks;
    for (let id = 1; id < majorTable.length; id += 1) {
      if (majorTable[id]! <= 0) continue;
      const { slots, count } = this.majorHolders.holders(id);
      for (let i = 0; i < count; i += 1) marks[slots[i]!]! |= MAJOR_MARK;
    }
  }

  /**
   * Structured hundredths of the zone's seekers that pass the filters and whose mark is `accept`
   * (ACCEPT_SKILL_HOLDERS: any with a required skill, found through the holder bits), into the
   * scratch arrays from `offset`, in slot order. Returns the new count.
   */
  private scan(tables: Tables, zoneId: number, accept: number, offset: number): number {
    const { major: majorTable, skills: skillTable, profile: profileTable, place: placeTable } = tables;
    const outSlots = this.candidateSlots;
    const outPoints = this.candidatePoints;
    const marks = this.marks;
    const zone = this.zone;
    const major = this.major;
    const profile = this.profile;
    const place = this.place;
    const end = this.slots.end;
    let count = offset;
    if (accept === ACCEPT_SKILL_HOLDERS) {
      const bits = this.holderBits;
      const words = (end + 31) >>> 5;
      for (let word = 0; word < words; word += 1) {
        let rest = bits[word]!;
        while (rest !== 0) {
          const lowest = rest & -rest;
          rest ^= lowest;
          const slot = (word << 5) + 31 - Math.clz32(lowest);
          if (zone[slot] !== zoneId) continue;
          const points = majorTable[major[slot]!]! + skillTable[marks[slot]! & SKILLS_HELD]! + profileTable[profile[slot]!]! + placeTable[place[slot]!]!;
          // Negative: a filter rejected the seeker.
          if (points >= 0) {
            outSlots[count] = slot;
            outPoints[count] = points;
            count += 1;
          }
        }
      }
      return count;
    }
    for (let slot = 0; slot < end; slot += 1) {
      if (marks[slot] !== accept || zone[slot] !== zoneId) continue;
      const points = majorTable[major[slot]!]! + skillTable[0]! + profileTable[profile[slot]!]! + placeTable[place[slot]!]!;
      if (points >= 0) {
        outSlots[count] = slot;
        outPoints[count] = points;
        count += 1;
      }
    }
    return count;
  }

  /** How many of the zone's unmarked seekers (no required skill, no major earning points) pass the filters. */
  private countUnmarked(tables: Tables, zoneId: number): number {
    const { profile: profileTable, place: placeTable } = tables;
    const marks = this.marks;
    const zone = this.zone;
    const profile = this.profile;
    const place = this.place;
    const end = this.slots.end;
    let count = 0;
    for (let slot = 0; slot < end; slot += 1) {
      if (marks[slot] !== 0 || zone[slot] !== zoneId) continue;
      if (profileTable[profile[slot]!]! + placeTable[place[slot]!]! >= 0) count += 1;
    }
    return count;
  }

  /**
   * Text points (hundredths) of a slot for this position: the IDF units of the position's words,
   * in a small table indexed by a per-word local number, summed over the seeker's word ids. The
   * word weights are also returned as a TermWeight, so explanations weigh words the same way;
   * `release` clears the table for the next ranking.
   */
  private textScorer(position: PreparedPosition, weight: number): { textOf: (slot: number) => number; termWeight: TermWeight; release: () => void } {
    if (this.wordLocal.length < this.words.size) this.wordLocal = new Uint8Array(this.words.size * 2);
    const local = this.wordLocal;
    const localUnits = new Float64Array(position.terms.length + 1);
    const unitsByTerm = new Map<string, number>();
    let totalUnits = 0;
    const marked: number[] = [];
    position.terms.forEach((term, i) => {
      const id = this.words.find(term);
      const units = this.idf(id);
      unitsByTerm.set(term, units);
      totalUnits += units;
      if (id !== undefined) {
        local[id] = i + 1;
        localUnits[i + 1] = units;
        marked.push(id);
      }
    });
    const start = this.terms.start;
    const length = this.terms.length;
    const data = this.terms.data;
    return {
      textOf: (slot) => {
        if (totalUnits === 0) return 0;
        let units = 0;
        const from = start[slot]!;
        const to = from + length[slot]!;
        for (let k = from; k < to; k += 1) units += localUnits[local[data[k]!]!]!;
        return hundredthsOf(pointsOf(weight, units / totalUnits));
      },
      termWeight: (term) => (unitsByTerm.get(term) ?? this.idf(this.words.find(term))) / IDF_SCALE,
      release: () => {
        for (const id of marked) local[id] = 0;
      },
    };
  }
}

export function createCandidateIndex(): CandidateIndex {
  return new SeekerIndex();
}
