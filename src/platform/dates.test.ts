import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseLooseDate } from './dates';

describe('parseLooseDate', () => {
  it.each([
    ['2023-06-01', '2023-06-01'],
    ['2023/6/1', '2023-06-01'],
    ['2023.06.01', '2023-06-01'],
    ['2023年6月1日', '2023-06-01'],
    ['２０２３年６月１日', '2023-06-01'],
    ['20230601', '2023-06-01'],
    ['45078', '2023-06-01'],
  ])('reads %s', (input, expected) => {
    expect(parseLooseDate(input)).toBe(expected);
  });

  it('reads Excel serials and Date cells', () => {
    expect(excelSerialToIso(45078)).toBe('2023-06-01');
    expect(parseLooseDate(45078)).toBe('2023-06-01');
    expect(parseLooseDate(new Date(Date.UTC(2023, 5, 1)))).toBe('2023-06-01');
  });

  it('reads a month alone only when allowed', () => {
    expect(parseLooseDate('2023年6月')).toBeNull();
    expect(parseLooseDate('2023年6月', { allowMonth: true })).toBe('2023-06-01');
    expect(parseLooseDate('2023.06', { allowMonth: true })).toBe('2023-06-01');
  });

  it('rejects impossible dates and text', () => {
    expect(parseLooseDate('2023-02-30')).toBeNull();
    expect(parseLooseDate('去年')).toBeNull();
    expect(parseLooseDate('')).toBeNull();
  });
});
