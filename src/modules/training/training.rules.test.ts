import { describe, expect, it } from 'vitest';
import {
  attendancePercent,
  daysInMonth,
  daysOpenInMonth,
  formatCertificateNo,
  maskName,
  monthlyCapacityHours,
  monthsOf,
  normaliseCertificateNo,
  rankEntrants,
  utilisationPercent,
} from './training.rules';

describe('utilisation', () => {
  it('counts capacity as trainees at once × opening hours × days of the month', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    // 60 trainees, 08:30–17:30 (9 h), 30 days of June.
    expect(monthlyCapacityHours({ capacity: 60, openMinutesPerDay: 540, completedOn: '2022-06-30' }, 2023, 6)).toBe(16200);
    // Completed on 21 June: open 10 days of it, none of May; never completed: no capacity.
    expect(daysOpenInMonth(2023, 6, '2023-06-21')).toBe(10);
    expect(daysOpenInMonth(2023, 6, '2023-06-01')).toBe(30);
    expect(daysOpenInMonth(2023, 5, '2023-06-21')).toBe(0);
    expect(daysOpenInMonth(2024, 1, '2023-06-21')).toBe(31);
    expect(monthlyCapacityHours({ capacity: 60, openMinutesPerDay: 540, completedOn: null }, 2023, 6)).toBe(0);
    expect(utilisationPercent(4050, 16200)).toBe(25);
    expect(utilisationPercent(1, 3)).toBe(33.3);
    expect(utilisationPercent(5, 0)).toBe(0);
    expect(monthsOf(2023)).toHaveLength(12);
    expect(monthsOf(2023)[11]).toBe('2023-12');
  });
});

describe('certificates', () => {
  it('numbers certificates from random bytes and reads them back as typed', () => {
    const no = formatCertificateNo(2023, new Uint8Array([0, 1, 10, 11, 24, 31, 32, 255]));
    expect(no).toBe('PX2023-01ABRZ0Z');
    expect(normaliseCertificateNo(' px2023-01abrz0z ')).toBe(no);
    // O for 0 and I/L for 1, as read off paper.
    expect(normaliseCertificateNo('PX2023-O1ABRZOZ')).toBe(no);
    expect(normaliseCertificateNo('PX2023-LIABRZ0Z')).toBe('PX2023-11ABRZ0Z');
    for (const bad of ['', 'PX2023-01ABRZ0', 'PX23-01ABRZ0Z1', 'QX2023-01ABRZ0Z', 'PX2023-01ABRZ0U']) expect(normaliseCertificateNo(bad)).toBeNull();
    expect(() => formatCertificateNo(2023, new Uint8Array(4))).toThrow(RangeError);
  });

  it('rounds attendance down, so 79.9 % never passes an 80 % rule', () => {
    expect(attendancePercent(8, 10)).toBe(80);
    expect(attendancePercent(799, 1000)).toBe(79);
    expect(attendancePercent(3, 0)).toBe(0);
  });

  it('masks names for the public verify page', () => {
    expect(maskName('张丽华')).toBe('张*华');
    expect(maskName('欧阳春晓')).toBe('欧**晓');
    expect(maskName('李明')).toBe('李*');
    expect(maskName('王')).toBe('王');
  });
});

describe('competition ranks', () => {
  it('ranks per category, ties share a rank and the next skips, no score no rank', () => {
    const ranks = rankEntrants([
      { id: 'a', category: '药物制剂', score: 91.5 },
      { id: 'b', category: '药物制剂', score: 95 },
      { id: 'c', category: '药物制剂', score: 91.5 },
      { id: 'd', category: '药物制剂', score: 80 },
      { id: 'e', category: '药物制剂', score: null },
      { id: 'f', category: '电工', score: 70 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4, f: 1 });
  });
});
