import { describe, expect, it } from 'vitest';
import { IdLists, SlotMap, SlotPostings, TupleVocabulary, Vocabulary, educationCode, educationOfCode, stringKey } from './encoding';

describe('encoding', () => {
  it('interns values to stable ids, with null at 0 when asked', () => {
    const words = new Vocabulary<string>(stringKey, true);
    expect(words.intern(null)).toBe(0);
    expect(words.intern('a')).toBe(1);
    expect(words.intern('b')).toBe(2);
    expect(words.intern('a')).toBe(1);
    expect(words.find('b')).toBe(2);
    expect(words.value(0)).toBeNull();
    expect(() => new Vocabulary<string>(stringKey).intern(null)).toThrow(RangeError);
  });

  it('codes education levels, unknown included', () => {
    expect(educationOfCode(educationCode('bachelor'))).toBe('bachelor');
    expect(educationOfCode(educationCode(null))).toBeNull();
  });

  it('keeps id lists through replacements and compactions', () => {
    const lists = new IdLists(4);
    const expected = new Map<number, number[]>();
    for (let round = 0; round < 20_000; round += 1) {
      const slot = round % 4;
      const ids = Array.from({ length: (round % 9) + 1 }, (_, i) => round * 10 + i);
      lists.set(slot, ids);
      expected.set(slot, ids);
    }
    lists.clear(3);
    expected.set(3, []);
    for (const [slot, ids] of expected) expect(lists.read(slot)).toEqual(ids);
    // 100 000 ids were written; compaction keeps the arena near the live ones.
    expect(lists.memoryBytes()).toBeLessThan(1_000_000);
  });

  it('keeps inverted lists exact through removals that swap entries', () => {
    const postings = new SlotPostings(8);
    postings.set(0, [1, 2]);
    postings.set(1, [2]);
    postings.set(2, [1, 2, 3]);
    postings.set(3, [2]);
    postings.removeAll(1);
    postings.set(0, [3]);
    const holders = (key: number) => {
      const { slots, count } = postings.holders(key);
      return [...slots.subarray(0, count)].sort();
    };
    expect(holders(1)).toEqual([2]);
    expect(holders(2)).toEqual([2, 3]);
    expect(holders(3)).toEqual([0, 2]);
    expect(postings.keysOf(2)).toEqual([1, 2, 3]);
    postings.removeAll(3);
    postings.removeAll(2);
    expect(holders(2)).toEqual([]);
    expect(holders(3)).toEqual([0]);
    expect(holders(9)).toEqual([]);
  });

  it('sums component tables per tuple', () => {
    const tuples = new TupleVocabulary(2);
    expect(tuples.intern([1, 0])).toBe(0);
    expect(tuples.intern([0, 1])).toBe(1);
    expect(tuples.intern([1, 0])).toBe(0);
    expect(tuples.component(1, 1)).toBe(1);
    expect([...tuples.sumOf([Int32Array.of(10, 20), Int32Array.of(1, 2)])]).toEqual([21, 12]);
  });

  it('hands out freed slots again', () => {
    const slots = new SlotMap();
    expect(slots.acquire('a')).toEqual({ slot: 0, isNew: true });
    expect(slots.acquire('b')).toEqual({ slot: 1, isNew: true });
    expect(slots.acquire('a')).toEqual({ slot: 0, isNew: false });
    expect(slots.release('a')).toBe(0);
    expect(slots.release('a')).toBeUndefined();
    expect(slots.acquire('c')).toEqual({ slot: 0, isNew: true });
    expect(slots.size).toBe(2);
    expect(slots.end).toBe(2);
  });
});
