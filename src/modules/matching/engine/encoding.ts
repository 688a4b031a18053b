import { EDUCATION_LEVELS, type EducationLevel } from '../../positions/positions.codes';

// Building blocks of the matching indexes: profiles live in slots (one row of typed arrays per
// profile, slots reused after removal), every value a factor reads is interned into a small-int
// vocabulary, and variable-length id lists (skills, words) share one arena. A ranking then fills
// one lookup table per factor (points per vocabulary id, from the factor functions of scoring.ts)
// and reads each profile with a handful of array loads.

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** A copy of `array` with room for `length` elements, the old values kept. */
export function grown<A extends TypedArray>(array: A, length: number): A {
  const next = new (array.constructor as new (n: number) => A)(length);
  next.set(array.subarray(0, Math.min(array.length, length)) as never);
  return next;
}

/** Level index of EDUCATION_LEVELS; an unknown level gets the next index. */
export const EDUCATION_UNKNOWN = EDUCATION_LEVELS.length;
const LEVEL_CODE = new Map<EducationLevel, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

export function educationCode(level: EducationLevel | null): number {
  return level === null ? EDUCATION_UNKNOWN : (LEVEL_CODE.get(level) ?? EDUCATION_UNKNOWN);
}

export function educationOfCode(code: number): EducationLevel | null {
  return EDUCATION_LEVELS[code] ?? null;
}

/**
 * Distinct values to dense ids, in the order first seen; ids never change, so tables indexed by
 * id stay valid. With `hasNull`, id 0 is null.
 */
export class Vocabulary<T> {
  private readonly idByKey = new Map<string, number>();
  readonly values: (T | null)[] = [];

  constructor(
    private readonly keyOf: (value: T) => string,
    hasNull = false,
  ) {
    if (hasNull) this.values.push(null);
  }

  intern(value: T | null): number {
    if (value === null) {
      if (this.values[0] !== null) throw new RangeError('this vocabulary has no null');
      return 0;
    }
    const key = this.keyOf(value);
    const known = this.idByKey.get(key);
    if (known !== undefined) return known;
    const id = this.values.length;
    this.idByKey.set(key, id);
    this.values.push(value);
    return id;
  }

  find(key: string): number | undefined {
    return this.idByKey.get(key);
  }

  value(id: number): T | null {
    return this.values[id] ?? null;
  }

  get size(): number {
    return this.values.length;
  }

  /** Rough heap bytes: map entry, array slot and the value's own object. */
  memoryBytes(bytesPerValue: number): number {
    return this.values.length * (72 + bytesPerValue);
  }
}

/**
 * Lists of ids per slot in one arena: `data[start[slot] … start[slot] + length[slot]]`. A new list
 * for a slot is appended and the old one left as garbage until the arena is compacted (when
 * garbage reaches half of it), so `set` is O(list) amortised. Read `data` afresh after any `set`.
 */
export class IdLists {
  start: Uint32Array;
  length: Uint16Array;
  data: Int32Array;
  private used = 0;
  private garbage = 0;

  constructor(slots: number, initialData = 1024) {
    this.start = new Uint32Array(slots);
    this.length = new Uint16Array(slots);
    this.data = new Int32Array(initialData);
  }

  ensureSlots(slots: number): void {
    if (slots <= this.start.length) return;
    this.start = grown(this.start, slots);
    this.length = grown(this.length, slots);
  }

  set(slot: number, ids: ArrayLike<number>): void {
    if (ids.length > 0xffff) throw new RangeError('an id list is limited to 65535 ids');
    this.garbage += this.length[slot]!;
    if (this.garbage > 65_536 && this.garbage * 2 > this.used) this.compact();
    if (this.used + ids.length > this.data.length) this.data = grown(this.data, Math.max(this.data.length * 2, this.used + ids.length));
    const at = this.used;
    for (let i = 0; i < ids.length; i += 1) this.data[at + i] = ids[i]!;
    this.start[slot] = at;
    this.length[slot] = ids.length;
    this.used += ids.length;
  }

  clear(slot: number): void {
    this.garbage += this.length[slot]!;
    this.length[slot] = 0;
  }

  read(slot: number): number[] {
    const from = this.start[slot]!;
    return Array.from(this.data.subarray(from, from + this.length[slot]!));
  }

  /** Copies the live lists, in slot order, into a fresh arena. */
  private compact(): void {
    const live = this.used - this.garbage;
    const data = new Int32Array(Math.max(1024, Math.ceil(live * 1.25)));
    let at = 0;
    for (let slot = 0; slot < this.start.length; slot += 1) {
      const count = this.length[slot]!;
      if (count === 0) continue;
      const from = this.start[slot]!;
      data.set(this.data.subarray(from, from + count), at);
      this.start[slot] = at;
      at += count;
    }
    this.data = data;
    this.used = at;
    this.garbage = 0;
  }

  memoryBytes(): number {
    return this.start.byteLength + this.length.byteLength + this.data.byteLength;
  }
}

/**
 * Inverted lists: for each key id (a skill), the slots that hold it, so a ranking can visit only
 * the profiles holding a required key. Each slot's keys are kept with the place of the slot in
 * the key's list, so removing a slot swaps the last entry of each of its lists into its place.
 */
export class SlotPostings {
  /** Per slot: [key id, index in that key's list] pairs. */
  private readonly bySlot: IdLists;
  private lists: Int32Array[] = [];
  private counts = new Int32Array(64);

  constructor(slots: number) {
    this.bySlot = new IdLists(slots);
  }

  ensureSlots(slots: number): void {
    this.bySlot.ensureSlots(slots);
  }

  /** Replaces the keys of `slot`. */
  set(slot: number, keys: readonly number[]): void {
    this.removeAll(slot);
    const pairs: number[] = [];
    for (const key of keys) {
      if (key >= this.counts.length) this.counts = grown(this.counts, Math.max(key + 1, this.counts.length * 2));
      let list = this.lists[key];
      const at = this.counts[key]!;
      if (!list || at === list.length) {
        list = grown(list ?? new Int32Array(0), Math.max(8, at * 2));
        this.lists[key] = list;
      }
      list[at] = slot;
      this.counts[key] = at + 1;
      pairs.push(key, at);
    }
    this.bySlot.set(slot, pairs);
  }

  removeAll(slot: number): void {
    const from = this.bySlot.start[slot]!;
    const to = from + this.bySlot.length[slot]!;
    const data = this.bySlot.data;
    for (let k = from; k < to; k += 2) {
      const key = data[k]!;
      const at = data[k + 1]!;
      const list = this.lists[key]!;
      const last = this.counts[key]! - 1;
      const moved = list[last]!;
      list[at] = moved;
      this.counts[key] = last;
      if (moved !== slot) this.repoint(moved, key, at);
    }
    this.bySlot.clear(slot);
  }

  /** Records that `slot`'s entry in the list of `key` now sits at `at`. */
  private repoint(slot: number, key: number, at: number): void {
    const from = this.bySlot.start[slot]!;
    const to = from + this.bySlot.length[slot]!;
    const data = this.bySlot.data;
    for (let k = from; k < to; k += 2) {
      if (data[k] === key) {
        data[k + 1] = at;
        return;
      }
    }
  }

  keysOf(slot: number): number[] {
    return this.bySlot.read(slot).filter((_, i) => i % 2 === 0);
  }

  /** The slots holding `key`: the first `count` entries of `slots`. */
  holders(key: number): { slots: Int32Array; count: number } {
    return { slots: this.lists[key] ?? new Int32Array(0), count: this.counts[key] ?? 0 };
  }

  memoryBytes(): number {
    return this.bySlot.memoryBytes() + this.counts.byteLength + this.lists.reduce((sum, list) => sum + list.byteLength + 64, 0);
  }
}

/** Document ids to slots and back; removed slots are handed out again. */
export class SlotMap {
  private readonly slotById = new Map<string, number>();
  private readonly free: number[] = [];
  readonly ids: (string | undefined)[] = [];
  private idBytes = 0;

  /** One past the highest slot ever used: loops run to here. */
  get end(): number {
    return this.ids.length;
  }

  get size(): number {
    return this.slotById.size;
  }

  slotOf(id: string): number | undefined {
    return this.slotById.get(id);
  }

  /** The slot of `id`, a new one (a freed one first) when it has none. */
  acquire(id: string): { slot: number; isNew: boolean } {
    const known = this.slotById.get(id);
    if (known !== undefined) return { slot: known, isNew: false };
    const slot = this.free.pop() ?? this.ids.length;
    this.slotById.set(id, slot);
    this.ids[slot] = id;
    this.idBytes += id.length;
    return { slot, isNew: true };
  }

  release(id: string): number | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    this.slotById.delete(id);
    this.ids[slot] = undefined;
    this.idBytes -= id.length;
    this.free.push(slot);
    return slot;
  }

  /** Map entry, array slot and a one-byte string per id. */
  memoryBytes(): number {
    return this.slotById.size * 100 + this.idBytes + this.ids.length * 8 + this.free.length * 8;
  }
}

/** Capacity for `needed` slots: doubling, so growth is amortised. */
export function nextCapacity(current: number, needed: number): number {
  let capacity = Math.max(current, 1024);
  while (capacity < needed) capacity *= 2;
  return capacity;
}

/** ISO date comparison key for vocabularies of dates. */
export const stringKey = (value: string): string => value;
export const numberKey = (value: number): string => String(value);

/** Table entry of a value a filter rejects: far below any sum of points, and a sum of three still fits an int32. */
export const REJECTED = -(2 ** 28);

/** One integer per vocabulary id: a factor's points in hundredths (or REJECTED). */
export function tableOf<T>(vocabulary: Vocabulary<T>, valueOf: (value: T | null) => number): Int32Array {
  const table = new Int32Array(vocabulary.size);
  for (let id = 0; id < table.length; id += 1) table[id] = valueOf(vocabulary.value(id));
  return table;
}

/** The largest entry of a table (0 for an empty one). */
export function maxOf(table: Int32Array): number {
  let max = 0;
  for (let i = 0; i < table.length; i += 1) if (table[i]! > max) max = table[i]!;
  return max;
}

/**
 * Distinct tuples of small ids (`arity` of them) to dense ids, components kept in one typed array:
 * a profile's inputs to several factors become one id, so a ranking sums their tables once per
 * tuple instead of once per profile.
 */
export class TupleVocabulary {
  private readonly idByKey = new Map<string, number>();
  private components = new Int32Array(1024);
  private count = 0;

  constructor(private readonly arity: number) {}

  intern(tuple: readonly number[]): number {
    const key = tuple.join(',');
    const known = this.idByKey.get(key);
    if (known !== undefined) return known;
    const id = this.count;
    if ((id + 1) * this.arity > this.components.length) this.components = grown(this.components, this.components.length * 2);
    this.components.set(tuple, id * this.arity);
    this.idByKey.set(key, id);
    this.count += 1;
    return id;
  }

  component(id: number, index: number): number {
    return this.components[id * this.arity + index]!;
  }

  get size(): number {
    return this.count;
  }

  /** Per tuple id, the sum of each component's entry in its table (`tables[k]` for component k). */
  sumOf(tables: readonly Int32Array[]): Int32Array {
    const sums = new Int32Array(this.count);
    const components = this.components;
    for (let id = 0; id < this.count; id += 1) {
      let sum = 0;
      for (let k = 0; k < this.arity; k += 1) sum += tables[k]![components[id * this.arity + k]!]!;
      sums[id] = sum;
    }
    return sums;
  }

  memoryBytes(): number {
    return this.components.byteLength + this.count * (72 + 8 * this.arity);
  }
}
