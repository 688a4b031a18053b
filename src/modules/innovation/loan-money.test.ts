import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney, sumFen } from '../techtransfer/money';
import { addDisbursement, bpToPercent, parsePercentToBp, remainingToDisburse } from './loan-money';

describe('loan money: rates in basis points, disbursements in fen', () => {
  it('parses annual rates exactly into basis points and back', () => {
    expect(parsePercentToBp('4.35')).toBe(435);
    expect(parsePercentToBp(' 3.8 ')).toBe(380);
    expect(parsePercentToBp('4')).toBe(400);
    expect(parsePercentToBp('0.05')).toBe(5);
    for (const bad of ['4.355', '-1', '', '.5', '4,35', '1e2', 'abc']) expect(parsePercentToBp(bad)).toBeNull();
    expect(bpToPercent(435)).toBe('4.35');
    expect(bpToPercent(380)).toBe('3.80');
    expect(bpToPercent(5)).toBe('0.05');
    expect(() => bpToPercent(4.5)).toThrow(RangeError);
  });

  it('round-trips every rate between text and basis points', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), (bp) => {
        expect(parsePercentToBp(bpToPercent(bp))).toBe(bp);
      }),
    );
  });

  it('never lets disbursements add up beyond the approved amount', () => {
    const approved = 500 * 10_000 * 100; // 500 万元
    expect(addDisbursement(approved, 0, 300 * 10_000 * 100)).toBe(300 * 10_000 * 100);
    expect(addDisbursement(approved, 300 * 10_000 * 100, 200 * 10_000 * 100)).toBe(approved);
    expect(addDisbursement(approved, approved, 1)).toBeNull();
    expect(addDisbursement(approved, 0, approved + 1)).toBeNull();
    expect(addDisbursement(approved, 0, 0)).toBeNull();
    expect(addDisbursement(approved, 0, 1.5)).toBeNull();
    expect(remainingToDisburse(approved, 120)).toBe(approved - 120);
    expect(remainingToDisburse(100, 150)).toBe(0);
  });

  it('keeps any sequence of accepted disbursements within the approved amount, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.array(fc.integer({ min: 1, max: 10 ** 11 }), { maxLength: 20 }), (approved, tranches) => {
        let total = 0;
        const accepted: number[] = [];
        for (const amount of tranches) {
          const next = addDisbursement(approved, total, amount);
          if (next === null) continue;
          total = next;
          accepted.push(amount);
        }
        expect(total).toBeLessThanOrEqual(approved);
        expect(sumFen(accepted)).toBe(total);
      }),
    );
  });

  it('adds typed amounts in fen without floating-point drift', () => {
    const fen = (text: string) => {
      const parsed = parseMoney(text);
      if (!parsed.ok) throw new Error(parsed.problem);
      return parsed.fen;
    };
    // 0.1 + 0.2 元 is 0.30000000000000004 in floating point, 30 fen here.
    expect(sumFen([fen('0.1'), fen('0.2')])).toBe(30);
    // The 2023 loans: 0.67 亿元 = 6 700 万元 in tranches of 万元.
    expect(sumFen([fen('3000万元'), fen('2500万'), fen('1200万元')])).toBe(fen('0.67亿元'));
  });
});
