import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFenIn, formatMoney, formatYuan, parseMoney, sumFen, yuanToFen } from './money';

const fenOf = (input: string | number, unit?: 'yuan' | 'wan' | 'yi') => {
  const r = parseMoney(input, unit);
  return r.ok ? r.fen : r.problem;
};

describe('money in fen', () => {
  it('reads amounts as people type them', () => {
    expect(fenOf('1,234.56')).toBe(123456);
    expect(fenOf('1234.56元')).toBe(123456);
    expect(fenOf('12.3万元')).toBe(12300000);
    expect(fenOf('12.3万')).toBe(12300000);
    expect(fenOf('1.2亿元')).toBe(12000000000);
    expect(fenOf('￥5,000')).toBe(500000);
    expect(fenOf('人民币 8 000.5 元')).toBe(800050);
    expect(fenOf('１２．３万元')).toBe(12300000);
    expect(fenOf('1，234，567.89')).toBe(123456789);
    expect(fenOf('0')).toBe(0);
    expect(fenOf('1.230')).toBe(123);
    expect(fenOf('16.41亿元')).toBe(164100000000);
  });

  it('reads a bare number in the column’s unit', () => {
    expect(fenOf('12.3', 'wan')).toBe(12300000);
    expect(fenOf(12.3, 'wan')).toBe(12300000);
    expect(fenOf(1234.56)).toBe(123456);
    // An explicit unit wins over the column's.
    expect(fenOf('500元', 'wan')).toBe(50000);
  });

  it('never goes through floating-point yuan', () => {
    // 0.29 × 100 = 28.999999999999996 in floating point.
    expect(fenOf('0.29')).toBe(29);
    expect(fenOf('1.005')).toBe('precision');
    expect(fenOf('4.35')).toBe(435);
    expect(fenOf('19.99万元')).toBe(19990000);
    expect(fenOf(0.1 + 0.2)).toBe('precision');
  });

  it('refuses what is not an amount', () => {
    expect(fenOf('12.3.4')).toBe('format');
    expect(fenOf('1,23.4')).toBe('format');
    expect(fenOf('12,3456')).toBe('format');
    expect(fenOf('abc')).toBe('format');
    expect(fenOf('')).toBe('format');
    expect(fenOf('.5')).toBe('format');
    expect(fenOf('1e5')).toBe('format');
    expect(fenOf(1e21)).toBe('format');
    expect(fenOf(Number.NaN)).toBe('format');
    expect(fenOf('-5')).toBe('negative');
    expect(fenOf('-5万元')).toBe('negative');
    expect(fenOf('1.234')).toBe('precision');
    expect(fenOf('1.2345678万元')).toBe('precision');
    expect(fenOf('1000000000亿元')).toBe('too_large');
  });

  it('formats exactly in 元, 万元 and 亿元', () => {
    expect(formatYuan(123456)).toBe('1,234.56');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatFenIn(1234567, 'wan')).toBe('1.234567');
    expect(formatFenIn(12300000, 'wan')).toBe('12.30');
    expect(formatFenIn(164100000000, 'yi')).toBe('16.41');
    expect(formatFenIn(164100000000, 'wan')).toBe('164,100.00');
    expect(formatFenIn(-50, 'yuan')).toBe('-0.50');
    expect(formatMoney(164100000000)).toBe('16.41 亿元');
    expect(formatMoney(12300000)).toBe('12.30 万元');
    expect(formatMoney(500000)).toBe('5,000.00 元');
    expect(formatMoney(12300000, 'en')).toBe('12.30 ×10⁴ yuan');
  });

  it('adds exactly and refuses inexact totals', () => {
    expect(sumFen([10, 20, 30])).toBe(60);
    expect(sumFen([])).toBe(0);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumFen([0.5])).toThrow(RangeError);
    expect(yuanToFen(1641000000)).toBe(164100000000);
    expect(() => yuanToFen(1.5)).toThrow(RangeError);
  });

  it('reads back what it formats, in every unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('yuan', 'wan', 'yi'), (fen, unit) => {
        const suffix = { yuan: '元', wan: '万元', yi: '亿元' }[unit];
        expect(fenOf(`${formatFenIn(fen, unit)}${suffix}`)).toBe(fen);
      }),
      { numRuns: 300 },
    );
  });
});
