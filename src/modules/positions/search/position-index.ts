import { INDUSTRIES, type Industry } from '../../organisations/organisations.codes';
import { EDUCATION_LABELS_ZH, EDUCATION_LEVELS, EMPLOYMENT_TYPES, type EducationLevel, type EmploymentType } from '../positions.codes';
import { analyseQuery, normalizeSearchText, segmentText, type TextSegmentation, wordCharacterTable } from './segment';

// The in-process full-text index of published positions (公开岗位检索). Pure: no I/O, no timers.
//
// How the server uses it
// - Build: `const index = createPositionIndex()`, then `index.upsert(doc)` for every published
//   position, read in pages (keyset on id) joined to its organisation for `organisationName` and
//   `industry`, with `publishedAt` as epoch ms (bench/search.bench.ts `buildIndex` does exactly
//   this). 200 000 positions take about 10 s (jieba and bigram hashing; 11.3 s in the search
//   benchmark, reading included) and ~150 MB (`memoryBytes()`).
// - Keep in step: every write to `positions` takes the next `position_change_seq`; each instance
//   remembers the highest change_seq it has applied, polls `where change_seq > last order by
//   change_seq`, and calls `upsert` for rows that are published and `remove(id)` for the others
//   (closed, filled, returned, deleted). `upsert` of a known id replaces the old posting and `remove`
//   takes effect at once; both are synchronous and cheap (p99 0.1 ms at 200 000), except that about
//   once per 40 000 changes one of them compacts the index (0.3–1 s at 200 000). Scores do not
//   depend on the order or history of these calls, so every instance (and PGlite or the server)
//   answers the same.
// - Search: `index.search({ q, regionCode, …, offset, limit })` → `{ ids, total }`; the caller loads
//   the page's rows by id (`where id in (…)`) and keeps the order of `ids`. `limit` and `offset`
//   are not capped here, so the route caps them.
//
// Matching. The query is cut into words (segment.ts); a posting matches when every word occurs,
// as a substring, in one of its fields (title, skills, majors, organisation name, the Chinese label of
// the education level, duties). Words are found through a character-bigram index over all fields,
// so a posting that contains the word is found whatever jieba made of its text (负责制药设备 →
// 负责制|药 still matches 制药): recall against substring matching is complete by construction.
// A two-character word is one bigram, an exact match. A longer word intersects its bigrams; the
// survivors are confirmed by the index of jieba words of three characters or more where the text
// has the word as a jieba word, and by reading the stored text otherwise.
//
// Ranking (BM25-like, without term frequency): each word adds idf × the weight of the best field
// it occurs in (title ≫ skills, majors > organisation, education > duties), halved where it only
// occurs inside another jieba word (电工 in 机电|工程师) instead of as a word of its own, scaled for a
// title by how much of the title it covers; a word found in several fields gets a little extra;
// a query run cut into several words (制药工程师) adds a bonus when it occurs unbroken in the title.
// Ties go to the more recent posting, then to the smaller id.
//
// Layout. Documents live in slots (typed arrays per attribute); a removed slot is dead until a
// compaction renumbers the live ones. Postings per bigram are delta + varint coded entries
// `slot << 4 | field << 1 | isWord` in one compact buffer, with small per-bigram tails for
// documents added since the last compaction; jieba words of three or more characters have
// postings of the same kind. Searching allocates only small arrays (the page).

export type SearchablePosition = {
  id: string;
  title: string;
  organisationName: string;
  duties: string;
  skills: string[];
  majors: string[];
  educationLevel: EducationLevel;
  /** GB/T 2260 six-digit code of the workplace */
  regionCode: string;
  /** The posting organisation's industry. */
  industry: Industry;
  /** Yuan per month */
  salaryMin: number | null;
  salaryMax: number | null;
  isDisabilityFriendly: boolean;
  employmentType: EmploymentType;
  /** Epoch milliseconds */
  publishedAt: number;
};

export type PositionSearchQuery = {
  q?: string | undefined;
  /** Six digits; a province (530000) or prefecture (532300) code matches every county in it. */
  regionCode?: string | undefined;
  industry?: Industry | undefined;
  /** Exact requirement. */
  educationLevel?: EducationLevel | undefined;
  employmentType?: EmploymentType | undefined;
  /** Keeps positions whose salaryMax (or salaryMin when there is no maximum) is at least this; 面议 postings drop out. */
  minSalary?: number | undefined;
  isDisabilityFriendly?: boolean | undefined;
  /** `relevance` (default) orders by score, then recency; without words it is recency. */
  sort?: 'relevance' | 'recent' | undefined;
  offset?: number | undefined;
  /** Default 20. */
  limit?: number | undefined;
};

export type PositionSearchResult = { ids: string[]; total: number };

export type PositionIndex = {
  /** Adds the position, or replaces the one with the same id. */
  upsert(doc: SearchablePosition): void;
  /** Makes the position unfindable; false when the id was not indexed. */
  remove(id: string): boolean;
  has(id: string): boolean;
  search(query: PositionSearchQuery): PositionSearchResult;
  /** Number of positions indexed. */
  readonly size: number;
  /** Approximate heap bytes held by the index. */
  memoryBytes(): number;
};

export function createPositionIndex(): PositionIndex {
  return new InMemoryPositionIndex();
}

// ---------------------------------------------------------------------------------------------
// Fields and scoring constants

const TITLE = 0;
const SKILLS = 1;
const MAJORS = 2;
const ORGANISATION = 3;
const EDUCATION = 4;
const DUTIES = 5;
const FIELD_COUNT = 6;
/** fieldStart holds FIELD_COUNT + 1 offsets per slot: field f spans [start[f], start[f + 1] - 1). */
const STARTS_PER_SLOT = FIELD_COUNT + 1;

const FIELD_WEIGHTS: readonly number[] = (() => {
  const weights = new Array<number>(FIELD_COUNT);
  weights[TITLE] = 8;
  weights[SKILLS] = 3;
  weights[MAJORS] = 3;
  weights[ORGANISATION] = 2;
  weights[EDUCATION] = 2;
  weights[DUTIES] = 1;
  return weights;
})();
/** A word found only inside another jieba word counts this much of a whole-word match. */
const INNER_MATCH_FACTOR = 0.5;
/** Extra credit for each further field a word occurs in, relative to its weight there. */
const EXTRA_FIELD_FACTOR = 0.2;
/** An unbroken query run (制药工程师) counts this much of a word on top of its words … */
const PHRASE_FACTOR = 0.5;
/** … where it is found in the title (elsewhere the words alone say enough). */
const PHRASE_FIELDS = 1 << TITLE;
const ALL_FIELDS = (1 << FIELD_COUNT) - 1;

/** Separates fields, and the items of skills and majors, inside a slot's text; never part of a word. */
const SEPARATOR = '\u0001';
/** Field texts are cut to these lengths so that a slot's offsets fit in 16 bits. */
const MAX_TEXT_LENGTH = 200;
const MAX_LIST_LENGTH = 2000;
const MAX_DUTIES_LENGTH = 60000;

/** Bigram key of a character that ends a run of word characters (lets one-character queries use the index). */
const END = 0;

// Heuristics that choose between walking a posting list and checking candidates' text.
/** Checking one candidate's six fields costs about as much as decoding this many postings entries. */
const CHECK_COST_IN_ENTRIES = 72;
/** A further bigram list is intersected only when not much longer than the candidates so far. */
const INTERSECT_RATIO = 4;

// Compaction: tails are merged when they hold this share of the main buffer; dead slots are dropped
// when they make up this share of all slots.
const TAIL_SHARE = 0.25;
const MIN_TAIL_BYTES = 1 << 16;
const DEAD_SHARE = 0.2;
const MIN_DEAD_SLOTS = 1024;

const STAMP_LIMIT = 0x3fffffff;

type Filter = {
  regionDivisor: number;
  regionValue: number;
  industry: number;
  education: number;
  employment: number;
  minSalary: number;
  /** 0 any, 1 only not friendly, 2 only friendly */
  friendly: number;
  isEmpty: boolean;
};

type Term = {
  word: string;
  df: number;
  /** Phrases (by index) that contain this word. */
  phrases: number[];
};

function growTo<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const Ctor = array.constructor as new (length: number) => T;
  const grown = new Ctor(Math.max(size, Math.ceil(array.length * 1.5), 16));
  grown.set(array);
  return grown;
}

function indexOrZero(list: readonly string[], value: string): number {
  return list.indexOf(value) + 1;
}

class InMemoryPositionIndex implements PositionIndex {
  private readonly isWordChar = wordCharacterTable();

  // Slots
  private slotCount = 0;
  private liveCount = 0;
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  private texts: string[] = [];
  private alive = new Uint8Array(0);
  private fieldStart = new Uint16Array(0);
  private boundaryOffset = new Uint32Array(0);
  private boundaryBits = new Uint8Array(0);
  private boundaryUsed = 0;
  private region = new Int32Array(0);
  private industry = new Uint8Array(0);
  private education = new Uint8Array(0);
  private employment = new Uint8Array(0);
  /** salaryMax, else salaryMin, else -1 */
  private salary = new Int32Array(0);
  private friendly = new Uint8Array(0);
  private publishedAt = new Float64Array(0);

  // Bigram dictionary: open addressing over `first << 16 | second` (0 never occurs: `first` is a
  // word character) to a posting list id; jieba words to posting list ids.
  private gramKeys = new Uint32Array(1 << 12);
  private gramSlots = new Int32Array(1 << 12);
  private gramCount = 0;
  private readonly gramsByFirst = new Map<number, number[]>();
  private readonly wordPostings = new Map<string, number>();

  // Posting lists (bigrams and words): compact main buffer plus per-list tails
  private postingCount = 0;
  private postingDocs = new Uint32Array(0);
  private postingLast = new Uint32Array(0);
  private main: Uint8Array = new Uint8Array(0);
  private mainStart = new Uint32Array(0);
  private mainLength = new Uint32Array(0);
  private tails: (Uint8Array | undefined)[] = [];
  private tailLength = new Uint32Array(0);
  private tailBytes = 0;

  // Scratch, reused by every call
  private stamp = 0;
  private postingStamp = new Int32Array(0);
  private postingIsWord = new Uint8Array(0);
  private fieldPostings = new Int32Array(256);
  private termStamp = new Int32Array(0);
  private termFields = new Uint8Array(0);
  private termWords = new Uint8Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private candidateStamp = new Int32Array(0);
  private candidateScore = new Float64Array(0);
  private candidates = new Int32Array(0);
  private candidateCount = 0;
  private decodeA = new Uint32Array(1024);
  private decodeB = new Uint32Array(1024);
  /** Per phrase of the query: the fields of each candidate where all of the phrase's words were found. */
  private phraseMasks: Uint8Array[] = [];

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  upsert(doc: SearchablePosition): void {
    this.remove(doc.id);
    this.reserveStamps(FIELD_COUNT);
    const slot = this.slotCount;
    this.ensureSlotCapacity(slot + 1);
    this.slotCount += 1;
    this.liveCount += 1;
    this.slotOf.set(doc.id, slot);
    this.ids[slot] = doc.id;
    this.alive[slot] = 1;

    const fields = new Array<string>(FIELD_COUNT);
    fields[TITLE] = normalizeSearchText(doc.title).slice(0, MAX_TEXT_LENGTH);
    fields[SKILLS] = normalizeSearchText(doc.skills.join(SEPARATOR)).slice(0, MAX_LIST_LENGTH);
    fields[MAJORS] = normalizeSearchText(doc.majors.join(SEPARATOR)).slice(0, MAX_LIST_LENGTH);
    fields[ORGANISATION] = normalizeSearchText(doc.organisationName).slice(0, MAX_TEXT_LENGTH);
    fields[EDUCATION] = EDUCATION_LABELS_ZH[doc.educationLevel];
    fields[DUTIES] = normalizeSearchText(doc.duties).slice(0, MAX_DUTIES_LENGTH);
    const text = fields.join(SEPARATOR);
    this.texts[slot] = text;
    let offset = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      this.fieldStart[slot * STARTS_PER_SLOT + f] = offset;
      offset += (fields[f] ?? '').length + 1;
    }
    this.fieldStart[slot * STARTS_PER_SLOT + FIELD_COUNT] = offset;

    const segmentation = segmentText(text, 3);
    this.storeBoundaries(slot, segmentation.boundaries);
    this.indexPostings(slot, text, segmentation);

    const regionCode = /^\d{6}$/.test(doc.regionCode) ? Number(doc.regionCode) : -1;
    this.region[slot] = regionCode;
    this.industry[slot] = indexOrZero(INDUSTRIES, doc.industry);
    this.education[slot] = indexOrZero(EDUCATION_LEVELS, doc.educationLevel);
    this.employment[slot] = indexOrZero(EMPLOYMENT_TYPES, doc.employmentType);
    this.salary[slot] = doc.salaryMax ?? doc.salaryMin ?? -1;
    this.friendly[slot] = doc.isDisabilityFriendly ? 1 : 0;
    this.publishedAt[slot] = doc.publishedAt;

    this.compactIfNeeded();
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.reserveStamps(FIELD_COUNT);
    this.forgetPostings(slot);
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.ids[slot] = '';
    this.texts[slot] = '';
    this.liveCount -= 1;
    this.compactIfNeeded();
    return true;
  }

  private ensureSlotCapacity(size: number): void {
    if (this.alive.length >= size) return;
    this.alive = growTo(this.alive, size);
    const capacity = this.alive.length;
    this.fieldStart = growTo(this.fieldStart, capacity * STARTS_PER_SLOT);
    this.boundaryOffset = growTo(this.boundaryOffset, capacity);
    this.region = growTo(this.region, capacity);
    this.industry = growTo(this.industry, capacity);
    this.education = growTo(this.education, capacity);
    this.employment = growTo(this.employment, capacity);
    this.salary = growTo(this.salary, capacity);
    this.friendly = growTo(this.friendly, capacity);
    this.publishedAt = growTo(this.publishedAt, capacity);
    this.termStamp = growTo(this.termStamp, capacity);
    this.termFields = growTo(this.termFields, capacity);
    this.termWords = growTo(this.termWords, capacity);
    this.touched = growTo(this.touched, capacity);
    this.candidateStamp = growTo(this.candidateStamp, capacity);
    this.candidateScore = growTo(this.candidateScore, capacity);
    this.candidates = growTo(this.candidates, capacity);
  }

  private storeBoundaries(slot: number, boundaries: Uint8Array): void {
    const bytes = (boundaries.length + 7) >> 3;
    this.boundaryBits = growTo(this.boundaryBits, this.boundaryUsed + bytes);
    const base = this.boundaryUsed;
    this.boundaryOffset[slot] = base;
    for (let i = 0; i < boundaries.length; i += 1) {
      if (boundaries[i]) this.boundaryBits[base + (i >> 3)]! |= 1 << (i & 7);
    }
    this.boundaryUsed += bytes;
  }

  private isBoundary(slot: number, at: number): boolean {
    return ((this.boundaryBits[this.boundaryOffset[slot]! + (at >> 3)]! >> (at & 7)) & 1) === 1;
  }

  /**
   * Appends one entry per (bigram, field) and per (long jieba word, field) of the slot; a slot's
   * fields are appended in order, so every list stays sorted.
   */
  private indexPostings(slot: number, text: string, segmentation: TextSegmentation): void {
    const fieldOfWord = this.fieldsOfWords(slot, segmentation);
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const count = this.collectFieldPostings(slot, f, text, segmentation, fieldOfWord);
      for (let k = 0; k < count; k += 1) {
        const posting = this.fieldPostings[k]!;
        this.append(posting, slot * 16 + f * 2 + this.postingIsWord[posting]!, slot);
      }
    }
  }

  /**
   * A removed slot's entries stay in the lists until the next renumbering, but no longer count
   * towards document frequencies, so scores do not depend on an instance's history.
   */
  private forgetPostings(slot: number): void {
    const text = this.texts[slot]!;
    const segmentation = segmentText(text, 3);
    const fieldOfWord = this.fieldsOfWords(slot, segmentation);
    const seen = new Set<number>();
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      const count = this.collectFieldPostings(slot, f, text, segmentation, fieldOfWord);
      for (let k = 0; k < count; k += 1) {
        const posting = this.fieldPostings[k]!;
        if (seen.has(posting)) continue;
        seen.add(posting);
        this.postingDocs[posting]! -= 1;
      }
    }
  }

  private fieldsOfWords(slot: number, segmentation: TextSegmentation): number[] {
    return segmentation.starts.map((start) => {
      let f = 0;
      while (f + 1 < FIELD_COUNT && start >= this.fieldStart[slot * STARTS_PER_SLOT + f + 1]!) f += 1;
      return f;
    });
  }

  /** Each posting list of one field of a slot once, into fieldPostings (isWord in postingIsWord); returns the count. */
  private collectFieldPostings(slot: number, f: number, text: string, segmentation: TextSegmentation, fieldOfWord: number[]): number {
    const isWordChar = this.isWordChar;
    const boundaries = segmentation.boundaries;
    const start = this.fieldStart[slot * STARTS_PER_SLOT + f]!;
    const end = this.fieldStart[slot * STARTS_PER_SLOT + f + 1]! - 1;
    const fieldStamp = this.nextStamp();
    this.fieldPostings = growTo(this.fieldPostings, end - start + segmentation.words.length);
    let count = 0;
    for (let i = start; i < end; i += 1) {
      const first = text.charCodeAt(i);
      if (isWordChar[first] !== 1) continue;
      const second = i + 1 < end ? text.charCodeAt(i + 1) : END;
      const isPair = second !== END && isWordChar[second] === 1;
      const gram = this.gramId(isPair ? ((first << 16) | second) >>> 0 : (first << 16) >>> 0, first);
      const isWord = isPair && boundaries[i] === 1 && boundaries[i + 2] === 1 ? 1 : 0;
      if (this.postingStamp[gram] !== fieldStamp) {
        this.postingStamp[gram] = fieldStamp;
        this.postingIsWord[gram] = isWord;
        this.fieldPostings[count++] = gram;
      } else if (isWord) {
        this.postingIsWord[gram] = 1;
      }
    }
    for (let k = 0; k < segmentation.words.length; k += 1) {
      if (fieldOfWord[k] !== f) continue;
      const word = segmentation.words[k]!;
      let posting = this.wordPostings.get(word);
      if (posting === undefined) {
        posting = this.newPosting();
        this.wordPostings.set(word, posting);
      }
      if (this.postingStamp[posting] !== fieldStamp) {
        this.postingStamp[posting] = fieldStamp;
        this.postingIsWord[posting] = 1;
        this.fieldPostings[count++] = posting;
      }
    }
    return count;
  }

  private gramHash(key: number, mask: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
  }

  private findGram(key: number): number {
    const mask = this.gramKeys.length - 1;
    for (let at = this.gramHash(key, mask); ; at = (at + 1) & mask) {
      const stored = this.gramKeys[at]!;
      if (stored === key) return this.gramSlots[at]!;
      if (stored === 0) return -1;
    }
  }

  private gramId(key: number, first: number): number {
    const found = this.findGram(key);
    if (found >= 0) return found;
    if ((this.gramCount + 1) * 2 > this.gramKeys.length) this.rehashGrams();
    const mask = this.gramKeys.length - 1;
    let at = this.gramHash(key, mask);
    while (this.gramKeys[at] !== 0) at = (at + 1) & mask;
    const id = this.newPosting();
    this.gramCount += 1;
    this.gramKeys[at] = key;
    this.gramSlots[at] = id;
    const byFirst = this.gramsByFirst.get(first);
    if (byFirst) byFirst.push(id);
    else this.gramsByFirst.set(first, [id]);
    return id;
  }

  private newPosting(): number {
    const id = this.postingCount;
    this.postingCount += 1;
    const size = this.postingCount;
    this.postingDocs = growTo(this.postingDocs, size);
    this.postingLast = growTo(this.postingLast, size);
    this.mainStart = growTo(this.mainStart, size);
    this.mainLength = growTo(this.mainLength, size);
    this.tailLength = growTo(this.tailLength, size);
    this.postingStamp = growTo(this.postingStamp, size);
    this.postingIsWord = growTo(this.postingIsWord, size);
    this.tails.push(undefined);
    return id;
  }

  private rehashGrams(): void {
    const oldKeys = this.gramKeys;
    const oldSlots = this.gramSlots;
    this.gramKeys = new Uint32Array(oldKeys.length * 2);
    this.gramSlots = new Int32Array(oldKeys.length * 2);
    const mask = this.gramKeys.length - 1;
    for (let i = 0; i < oldKeys.length; i += 1) {
      const key = oldKeys[i]!;
      if (key === 0) continue;
      let at = this.gramHash(key, mask);
      while (this.gramKeys[at] !== 0) at = (at + 1) & mask;
      this.gramKeys[at] = key;
      this.gramSlots[at] = oldSlots[i]!;
    }
  }

  private append(posting: number, entry: number, slot: number): void {
    const last = this.postingLast[posting]!;
    if (this.postingDocs[posting] === 0 || last >>> 4 !== slot) this.postingDocs[posting]! += 1;
    let delta = entry - last;
    this.postingLast[posting] = entry;
    let tail = this.tails[posting];
    let length = this.tailLength[posting]!;
    if (!tail || tail.length < length + 5) {
      const grown = new Uint8Array(tail ? tail.length * 2 : 8);
      if (tail) grown.set(tail);
      tail = grown;
      this.tails[posting] = tail;
    }
    const before = length;
    while (delta >= 0x80) {
      tail[length++] = (delta & 0x7f) | 0x80;
      delta = Math.floor(delta / 128);
    }
    tail[length++] = delta;
    this.tailLength[posting] = length;
    this.tailBytes += length - before;
  }

  // -------------------------------------------------------------------------------------------
  // Compaction

  private compactIfNeeded(): void {
    const dead = this.slotCount - this.liveCount;
    if (dead >= MIN_DEAD_SLOTS && dead > this.slotCount * DEAD_SHARE) this.renumber();
    else if (this.tailBytes > Math.max(MIN_TAIL_BYTES, this.main.length * TAIL_SHARE)) this.mergeTails();
  }

  /** Main buffer + tails → one main buffer; entries are delta coded across both, so bytes are copied as they are. */
  private mergeTails(): void {
    const merged = new Uint8Array(this.main.length + this.tailBytes);
    let at = 0;
    for (let g = 0; g < this.postingCount; g += 1) {
      const start = at;
      const length = this.mainLength[g]!;
      merged.set(this.main.subarray(this.mainStart[g]!, this.mainStart[g]! + length), at);
      at += length;
      const tail = this.tails[g];
      if (tail) {
        merged.set(tail.subarray(0, this.tailLength[g]!), at);
        at += this.tailLength[g]!;
        this.tails[g] = undefined;
        this.tailLength[g] = 0;
      }
      this.mainStart[g] = start;
      this.mainLength[g] = at - start;
    }
    this.main = merged;
    this.tailBytes = 0;
  }

  /** Drops dead slots: live slots move down in order, so every list stays sorted after re-coding. */
  private renumber(): void {
    const newSlot = new Int32Array(this.slotCount).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.slotCount; slot += 1) if (this.alive[slot]) newSlot[slot] = next++;

    const writer = new ByteWriter(this.main.length + this.tailBytes);
    for (let g = 0; g < this.postingCount; g += 1) {
      const count = this.decode(g, 0);
      const entries = this.decodeA;
      const start = writer.length;
      let last = 0;
      let docs = 0;
      let lastSlot = -1;
      for (let k = 0; k < count; k += 1) {
        const entry = entries[k]!;
        const slot = newSlot[entry >>> 4]!;
        if (slot < 0) continue;
        const moved = slot * 16 + (entry & 15);
        writer.varint(moved - last);
        last = moved;
        if (slot !== lastSlot) {
          docs += 1;
          lastSlot = slot;
        }
      }
      this.mainStart[g] = start;
      this.mainLength[g] = writer.length - start;
      this.postingLast[g] = last;
      this.postingDocs[g] = docs;
      this.tails[g] = undefined;
      this.tailLength[g] = 0;
    }
    this.main = writer.finish();
    this.tailBytes = 0;

    const boundaries = new Uint8Array(this.boundaryUsed);
    let boundaryUsed = 0;
    for (let slot = 0; slot < this.slotCount; slot += 1) {
      const to = newSlot[slot]!;
      if (to < 0) continue;
      const textLength = this.texts[slot]!.length;
      const bytes = (textLength + 8) >> 3;
      const from = this.boundaryOffset[slot]!;
      boundaries.set(this.boundaryBits.subarray(from, from + bytes), boundaryUsed);
      this.boundaryOffset[to] = boundaryUsed;
      boundaryUsed += bytes;
      this.ids[to] = this.ids[slot]!;
      this.texts[to] = this.texts[slot]!;
      this.alive[to] = 1;
      this.fieldStart.copyWithin(to * STARTS_PER_SLOT, slot * STARTS_PER_SLOT, (slot + 1) * STARTS_PER_SLOT);
      this.region[to] = this.region[slot]!;
      this.industry[to] = this.industry[slot]!;
      this.education[to] = this.education[slot]!;
      this.employment[to] = this.employment[slot]!;
      this.salary[to] = this.salary[slot]!;
      this.friendly[to] = this.friendly[slot]!;
      this.publishedAt[to] = this.publishedAt[slot]!;
      this.slotOf.set(this.ids[to]!, to);
    }
    this.boundaryBits = boundaries;
    this.boundaryUsed = boundaryUsed;
    this.alive.fill(0, next);
    this.ids.length = next;
    this.texts.length = next;
    this.slotCount = next;
    // Stamps refer to old slot numbers.
    this.termStamp.fill(0);
    this.candidateStamp.fill(0);
  }

  // -------------------------------------------------------------------------------------------
  // Reading postings

  /** Stamps mark "seen in this pass" without clearing arrays; they restart, with the arrays cleared, before running out. */
  private reserveStamps(count: number): void {
    if (this.stamp + count < STAMP_LIMIT) return;
    this.stamp = 0;
    this.postingStamp.fill(0);
    this.termStamp.fill(0);
    this.candidateStamp.fill(0);
  }

  private nextStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }

  private postingBytes(posting: number): number {
    return this.mainLength[posting]! + this.tailLength[posting]!;
  }

  /** Decodes a posting list's entries into decodeA (into = 0) or decodeB (into = 1); returns the count. */
  private decode(posting: number, into: 0 | 1): number {
    const capacity = this.postingBytes(posting);
    let out = into === 0 ? this.decodeA : this.decodeB;
    if (out.length < capacity) {
      out = new Uint32Array(Math.max(capacity, out.length * 2));
      if (into === 0) this.decodeA = out;
      else this.decodeB = out;
    }
    let count = 0;
    let value = 0;
    let shift = 1;
    let delta = 0;
    const segments: [Uint8Array | undefined, number, number][] = [
      [this.main, this.mainStart[posting]!, this.mainLength[posting]!],
      [this.tails[posting], 0, this.tailLength[posting]!],
    ];
    for (const [bytes, start, length] of segments) {
      if (!bytes) continue;
      const end = start + length;
      for (let i = start; i < end; i += 1) {
        const byte = bytes[i]!;
        delta += (byte & 0x7f) * shift;
        if (byte < 0x80) {
          value += delta;
          out[count++] = value;
          delta = 0;
          shift = 1;
        } else {
          shift *= 128;
        }
      }
    }
    return count;
  }

  // -------------------------------------------------------------------------------------------
  // Searching

  search(query: PositionSearchQuery): PositionSearchResult {
    const limit = Math.max(0, Math.floor(query.limit ?? 20));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const filter = compileFilter(query);
    if (!filter) return { ids: [], total: 0 };
    const analysed = analyseQuery(query.q ?? '');
    this.reserveStamps(analysed.words.length + analysed.phrases.length + 1);
    const queryStamp = this.nextStamp();
    this.candidateCount = 0;

    if (analysed.words.length === 0) {
      for (let slot = 0; slot < this.slotCount; slot += 1) {
        if (this.alive[slot] && (filter.isEmpty || this.passes(slot, filter))) {
          this.candidates[this.candidateCount++] = slot;
          this.candidateScore[slot] = 0;
        }
      }
    } else {
      const byRecency = query.sort === 'recent';
      const phrases = byRecency ? [] : analysed.phrases;
      const terms: Term[] = analysed.words
        .map((word) => ({
          word,
          df: this.estimateDocs(word),
          phrases: phrases.flatMap((phrase, p) => (phrase.includes(word) ? [p] : [])),
        }))
        .sort((a, b) => a.df - b.df || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
      for (let p = 0; p < phrases.length; p += 1) this.phraseMasks[p] = growTo(this.phraseMasks[p] ?? new Uint8Array(0), this.alive.length);
      const phraseSeen = new Set<number>();
      for (let t = 0; t < terms.length; t += 1) {
        const term = terms[t]!;
        if (term.df === 0) {
          this.candidateCount = 0;
          break;
        }
        this.applyTerm(term, t === 0, queryStamp, filter, phraseSeen);
        if (this.candidateCount === 0) break;
      }
      for (let p = 0; p < phrases.length && this.candidateCount > 0; p += 1) this.applyPhrase(phrases[p]!, p, phraseSeen.has(p));
    }

    const byRecency = query.sort === 'recent';
    const total = this.candidateCount;
    const wanted = Math.min(total, offset + limit);
    const ranked = this.selectTop(wanted, byRecency);
    const ids: string[] = [];
    for (let k = offset; k < ranked.length; k += 1) ids.push(this.ids[ranked[k]!]!);
    return { ids, total };
  }

  /**
   * The bonus of an unbroken query run: it can only occur in fields where each of its words was
   * found (`phraseMasks`), so only those fields of those candidates are read.
   */
  private applyPhrase(phrase: string, p: number, hasWords: boolean): void {
    const masks = this.phraseMasks[p]!;
    const weight = PHRASE_FACTOR * this.idf(this.estimateDocs(phrase));
    const termStamp = this.nextStamp();
    this.touchedCount = 0;
    for (let k = 0; k < this.candidateCount; k += 1) {
      const slot = this.candidates[k]!;
      const fields = (hasWords ? masks[slot]! : ALL_FIELDS) & PHRASE_FIELDS;
      if (fields === 0) continue;
      for (let f = 0; f < FIELD_COUNT; f += 1) {
        if ((fields & (1 << f)) === 0) continue;
        const found = this.findInField(slot, f, phrase);
        if (found > 0) this.mark(slot, f, found === 2, termStamp);
      }
      if (this.termStamp[slot] === termStamp) this.candidateScore[slot]! += weight * this.termScore(slot, phrase.length);
    }
  }

  /** Documents a word can match at most, from its bigrams' document counts. */
  private estimateDocs(word: string): number {
    if (word.length === 1) {
      let sum = 0;
      for (const gram of this.gramsByFirst.get(word.charCodeAt(0)) ?? []) sum += this.postingDocs[gram]!;
      return Math.min(sum, this.liveCount);
    }
    let least = Infinity;
    for (let i = 0; i + 1 < word.length; i += 1) {
      const gram = this.findGram(((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1)) >>> 0);
      least = Math.min(least, gram < 0 ? 0 : this.postingDocs[gram]!);
    }
    return Math.min(least, this.liveCount);
  }

  /** Entries a posting-driven match of the word would decode (an estimate, in entries). */
  private postingCost(word: string): number {
    if (word.length === 1) {
      let sum = 0;
      for (const gram of this.gramsByFirst.get(word.charCodeAt(0)) ?? []) sum += this.postingBytes(gram);
      return sum;
    }
    let least = Infinity;
    for (let i = 0; i + 1 < word.length; i += 1) {
      const gram = this.findGram(((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1)) >>> 0);
      least = Math.min(least, gram < 0 ? 0 : this.postingBytes(gram));
    }
    return least;
  }

  private applyTerm(term: Term, isFirst: boolean, queryStamp: number, filter: Filter, phraseSeen: Set<number>): void {
    const termStamp = this.nextStamp();
    this.touchedCount = 0;
    const word = term.word;
    if (!isFirst && this.candidateCount * CHECK_COST_IN_ENTRIES < this.postingCost(word)) {
      for (let k = 0; k < this.candidateCount; k += 1) {
        const slot = this.candidates[k]!;
        for (let f = 0; f < FIELD_COUNT; f += 1) {
          const found = this.findInField(slot, f, word);
          if (found > 0) this.mark(slot, f, found === 2, termStamp);
        }
      }
    } else {
      this.matchFromPostings(word, isFirst, queryStamp, termStamp, filter);
    }

    const weight = this.idf(term.df);
    if (isFirst) {
      for (let k = 0; k < this.touchedCount; k += 1) {
        const slot = this.touched[k]!;
        this.candidates[k] = slot;
        this.candidateStamp[slot] = queryStamp;
        this.candidateScore[slot] = weight * this.termScore(slot, word.length);
      }
      this.candidateCount = this.touchedCount;
    } else {
      let kept = 0;
      for (let k = 0; k < this.candidateCount; k += 1) {
        const slot = this.candidates[k]!;
        if (this.termStamp[slot] === termStamp) {
          this.candidateScore[slot]! += weight * this.termScore(slot, word.length);
          this.candidates[kept++] = slot;
        } else {
          this.candidateStamp[slot] = 0;
        }
      }
      this.candidateCount = kept;
    }
    for (const p of term.phrases) {
      const masks = this.phraseMasks[p]!;
      const isFirstWord = !phraseSeen.has(p);
      phraseSeen.add(p);
      for (let k = 0; k < this.candidateCount; k += 1) {
        const slot = this.candidates[k]!;
        masks[slot] = isFirstWord ? this.termFields[slot]! : masks[slot]! & this.termFields[slot]!;
      }
    }
  }

  private idf(df: number): number {
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /** For the first word, a live posting that passes the filters; for the others, one still in the running. */
  private isInScope(slot: number, isFirst: boolean, queryStamp: number, filter: Filter): boolean {
    if (!isFirst) return this.candidateStamp[slot] === queryStamp;
    return this.alive[slot] === 1 && (filter.isEmpty || this.passes(slot, filter));
  }

  private matchFromPostings(word: string, isFirst: boolean, queryStamp: number, termStamp: number, filter: Filter): void {
    if (word.length === 1) {
      for (const gram of this.gramsByFirst.get(word.charCodeAt(0)) ?? []) {
        const count = this.decode(gram, 0);
        const entries = this.decodeA;
        for (let k = 0; k < count; k += 1) {
          const entry = entries[k]!;
          const slot = entry >>> 4;
          if (this.isInScope(slot, isFirst, queryStamp, filter)) this.mark(slot, (entry >>> 1) & 7, true, termStamp);
        }
      }
      return;
    }

    const grams: number[] = [];
    for (let i = 0; i + 1 < word.length; i += 1) {
      const gram = this.findGram(((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1)) >>> 0);
      if (gram < 0) return;
      grams.push(gram);
    }
    if (word.length === 2) {
      const count = this.decode(grams[0]!, 0);
      const entries = this.decodeA;
      for (let k = 0; k < count; k += 1) {
        const entry = entries[k]!;
        const slot = entry >>> 4;
        if (this.isInScope(slot, isFirst, queryStamp, filter)) this.mark(slot, (entry >>> 1) & 7, (entry & 1) === 1, termStamp);
      }
      return;
    }

    // Three characters or more: intersect (document, field) pairs over the bigrams, shortest lists
    // first, then confirm each survivor against the text, since the bigrams may sit apart.
    grams.sort((a, b) => this.postingBytes(a) - this.postingBytes(b));
    let count = this.decode(grams[0]!, 0);
    for (let g = 1; g < grams.length && count > 0; g += 1) {
      if (this.postingBytes(grams[g]!) > count * INTERSECT_RATIO) break;
      const otherCount = this.decode(grams[g]!, 1);
      count = intersectPairs(this.decodeA, count, this.decodeB, otherCount);
    }
    const entries = this.decodeA;
    const wordPosting = this.wordPostings.get(word);
    const confirmedCount = wordPosting === undefined ? 0 : this.decode(wordPosting, 1);
    const confirmed = this.decodeB;
    let c = 0;
    for (let k = 0; k < count; k += 1) {
      const entry = entries[k]!;
      const slot = entry >>> 4;
      if (!this.isInScope(slot, isFirst, queryStamp, filter)) continue;
      const pair = entry >>> 1;
      while (c < confirmedCount && confirmed[c]! >>> 1 < pair) c += 1;
      const field = pair & 7;
      if (c < confirmedCount && confirmed[c]! >>> 1 === pair) {
        this.mark(slot, field, true, termStamp);
        continue;
      }
      const found = this.findInField(slot, field, word);
      if (found > 0) this.mark(slot, field, found === 2, termStamp);
    }
  }

  private mark(slot: number, field: number, isWord: boolean, termStamp: number): void {
    if (this.termStamp[slot] !== termStamp) {
      this.termStamp[slot] = termStamp;
      this.termFields[slot] = 0;
      this.termWords[slot] = 0;
      this.touched[this.touchedCount++] = slot;
    }
    this.termFields[slot]! |= 1 << field;
    if (isWord) this.termWords[slot]! |= 1 << field;
  }

  /** 0: not in the field; 1: only inside other words; 2: as a word of its own somewhere in the field. */
  private findInField(slot: number, field: number, word: string): 0 | 1 | 2 {
    const text = this.texts[slot]!;
    const base = slot * STARTS_PER_SLOT + field;
    const start = this.fieldStart[base]!;
    const end = this.fieldStart[base + 1]! - 1;
    const last = end - word.length;
    let found: 0 | 1 = 0;
    // indexOf cannot stop at the field's end, so short fields are scanned here instead.
    const isShort = end - start < 48;
    const first = word.charCodeAt(0);
    for (let at = isShort ? start : text.indexOf(word, start); at >= 0 && at <= last; at = isShort ? at + 1 : text.indexOf(word, at + 1)) {
      if (isShort && (text.charCodeAt(at) !== first || !text.startsWith(word, at))) continue;
      if (word.length === 1 || (this.isBoundary(slot, at) && this.isBoundary(slot, at + word.length))) return 2;
      found = 1;
    }
    return found;
  }

  /** Score of one word in one document from the fields it was found in (the same whichever way it was found). */
  private termScore(slot: number, wordLength: number): number {
    const fields = this.termFields[slot]!;
    const words = this.termWords[slot]!;
    let best = 0;
    let sum = 0;
    for (let f = 0; f < FIELD_COUNT; f += 1) {
      if ((fields & (1 << f)) === 0) continue;
      let score: number = FIELD_WEIGHTS[f]!;
      if ((words & (1 << f)) === 0) score *= INNER_MATCH_FACTOR;
      if (f === TITLE) {
        const base = slot * STARTS_PER_SLOT;
        const titleLength = this.fieldStart[base + 1]! - 1 - this.fieldStart[base]!;
        score *= 0.7 + 0.3 * Math.min(1, wordLength / Math.max(1, titleLength));
      }
      if (score > best) best = score;
      sum += score;
    }
    return best + EXTRA_FIELD_FACTOR * (sum - best);
  }

  private passes(slot: number, filter: Filter): boolean {
    if (filter.regionDivisor > 0 && Math.floor(this.region[slot]! / filter.regionDivisor) !== filter.regionValue) return false;
    if (filter.industry > 0 && this.industry[slot] !== filter.industry) return false;
    if (filter.education > 0 && this.education[slot] !== filter.education) return false;
    if (filter.employment > 0 && this.employment[slot] !== filter.employment) return false;
    if (filter.minSalary >= 0 && this.salary[slot]! < filter.minSalary) return false;
    if (filter.friendly > 0 && this.friendly[slot] !== filter.friendly - 1) return false;
    return true;
  }

  /** `a` ranks before `b`. */
  private isBefore(a: number, b: number, byRecency: boolean): boolean {
    if (!byRecency) {
      const scoreA = this.candidateScore[a]!;
      const scoreB = this.candidateScore[b]!;
      if (scoreA !== scoreB) return scoreA > scoreB;
    }
    const timeA = this.publishedAt[a]!;
    const timeB = this.publishedAt[b]!;
    if (timeA !== timeB) return timeA > timeB;
    return this.ids[a]! < this.ids[b]!;
  }

  /** The best `wanted` candidates in order: a heap whose root is the weakest kept so far. */
  private selectTop(wanted: number, byRecency: boolean): Int32Array {
    const heap = new Int32Array(wanted);
    if (wanted === 0) return heap;
    let size = 0;
    const worse = (i: number, j: number) => this.isBefore(heap[j]!, heap[i]!, byRecency);
    const siftDown = (from: number) => {
      let i = from;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) return;
        const right = left + 1;
        const weakest = right < size && worse(right, left) ? right : left;
        if (!worse(weakest, i)) return;
        const held = heap[i]!;
        heap[i] = heap[weakest]!;
        heap[weakest] = held;
        i = weakest;
      }
    };
    for (let k = 0; k < this.candidateCount; k += 1) {
      const slot = this.candidates[k]!;
      if (size < wanted) {
        let i = size++;
        heap[i] = slot;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(i, parent)) break;
          const held = heap[i]!;
          heap[i] = heap[parent]!;
          heap[parent] = held;
          i = parent;
        }
      } else if (this.isBefore(slot, heap[0]!, byRecency)) {
        heap[0] = slot;
        siftDown(0);
      }
    }
    // Pop the weakest repeatedly into the back of the array: the result runs best first.
    for (let end = size - 1; end > 0; end -= 1) {
      const weakest = heap[0]!;
      heap[0] = heap[end]!;
      heap[end] = weakest;
      size = end;
      siftDown(0);
    }
    return heap;
  }

  // -------------------------------------------------------------------------------------------

  memoryBytes(): number {
    const typed = [
      this.alive, this.fieldStart, this.boundaryOffset, this.boundaryBits, this.region, this.industry, this.education,
      this.employment, this.salary, this.friendly, this.publishedAt, this.gramKeys, this.gramSlots, this.postingDocs,
      this.postingLast, this.main, this.mainStart, this.mainLength, this.tailLength, this.postingStamp, this.postingIsWord,
      this.fieldPostings, this.termStamp, this.termFields, this.termWords, this.touched, this.candidateStamp,
      this.candidateScore, this.candidates, this.decodeA, this.decodeB,
    ].reduce((sum, array) => sum + array.byteLength, 0);
    let strings = 0;
    for (let slot = 0; slot < this.slotCount; slot += 1) {
      // V8 keeps a CJK string at two bytes a character, an id (ASCII) at one, plus a header each.
      strings += 16 + this.texts[slot]!.length * 2 + 16 + this.ids[slot]!.length;
    }
    let tails = 0;
    for (const tail of this.tails) if (tail) tails += tail.byteLength + 64;
    let words = 0;
    for (const word of this.wordPostings.keys()) words += 64 + word.length * 2;
    const gramLists = this.gramCount * 8 + this.gramsByFirst.size * 48 + words;
    // Map entry and the two array cells per slot.
    const maps = this.slotOf.size * 40 + this.slotCount * 16;
    return typed + strings + tails + gramLists + maps;
  }
}

/** Keeps the (document, field) pairs of `a` that also occur in `b`, in place; returns the new count. */
function intersectPairs(a: Uint32Array, countA: number, b: Uint32Array, countB: number): number {
  let i = 0;
  let j = 0;
  let kept = 0;
  while (i < countA && j < countB) {
    const pairA = a[i]! >>> 1;
    const pairB = b[j]! >>> 1;
    if (pairA === pairB) {
      a[kept++] = a[i]!;
      i += 1;
      j += 1;
    } else if (pairA < pairB) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return kept;
}

function compileFilter(query: PositionSearchQuery): Filter | undefined {
  let regionDivisor = 0;
  let regionValue = 0;
  if (query.regionCode !== undefined) {
    if (!/^\d{6}$/.test(query.regionCode)) return undefined;
    const code = Number(query.regionCode);
    regionDivisor = code % 10000 === 0 ? 10000 : code % 100 === 0 ? 100 : 1;
    regionValue = code / regionDivisor;
  }
  const filter = {
    regionDivisor,
    regionValue,
    industry: query.industry ? indexOrZero(INDUSTRIES, query.industry) : 0,
    education: query.educationLevel ? indexOrZero(EDUCATION_LEVELS, query.educationLevel) : 0,
    employment: query.employmentType ? indexOrZero(EMPLOYMENT_TYPES, query.employmentType) : 0,
    minSalary: query.minSalary ?? -1,
    friendly: query.isDisabilityFriendly === undefined ? 0 : query.isDisabilityFriendly ? 2 : 1,
  };
  const isEmpty =
    filter.regionDivisor === 0 && filter.industry === 0 && filter.education === 0 && filter.employment === 0 && filter.minSalary < 0 && filter.friendly === 0;
  return { ...filter, isEmpty };
}

class ByteWriter {
  private bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  varint(value: number): void {
    if (this.bytes.length < this.length + 5) this.bytes = growTo(this.bytes, (this.length + 5) * 2);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.bytes[this.length++] = rest;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}
