import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { totalTenths } from './scoring';
import { TopKSelector } from './top-k';

describe('top K selection', () => {
  it('equals sorting every candidate by total tenths, then id', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ structured: fc.integer({ min: 0, max: 9000 }), text: fc.integer({ min: 0, max: 1000 }), id: fc.integer({ min: 0, max: 50 }) }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        (candidates, limit, minTenths) => {
          const weightTotal = 100;
          const ids = candidates.map((c, i) => `${String(c.id).padStart(3, '0')}-${i}`);
          const expected = candidates
            .map((c, slot) => ({ slot, tenths: totalTenths(c.structured + c.text, weightTotal) }))
            .filter((c) => minTenths === null || c.tenths >= minTenths);
          const top = [...expected].sort((a, b) => b.tenths - a.tenths || (ids[a.slot]! < ids[b.slot]! ? -1 : 1)).slice(0, limit);
          const texts: number[] = [];
          const result = new TopKSelector().select({
            count: candidates.length,
            slots: Int32Array.from(candidates, (_, i) => i),
            structured: Int32Array.from(candidates, (c) => c.structured),
            structuredMax: 9000,
            textMax: 1000,
            weightTotal,
            limit,
            minTenths,
            textOf: (slot) => {
              texts.push(slot);
              return candidates[slot]!.text;
            },
            idOf: (slot) => ids[slot]!,
          });
          expect(result).toEqual({ matched: expected.length, top });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads text only for candidates that can still reach the top', () => {
    const structured = Int32Array.from({ length: 1000 }, (_, i) => i * 9);
    let reads = 0;
    const result = new TopKSelector().select({
      count: 1000,
      slots: Int32Array.from(structured, (_, i) => i),
      structured,
      structuredMax: 9000,
      textMax: 900,
      weightTotal: 90,
      limit: 5,
      minTenths: null,
      textOf: () => {
        reads += 1;
        return 0;
      },
      idOf: (slot) => String(slot).padStart(4, '0'),
    });
    expect(result.top.map((t) => t.slot)).toEqual([999, 998, 997, 996, 995]);
    // Totals are i tenths; text can add 100 tenths: candidates within 100 of the fifth.
    expect(reads).toBeLessThanOrEqual(106);
  });
});
