import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../platform/id-number';
import { checkProfileRules, chinaToday, pickSeekerZone, withIdNumberFacts } from './talent.rules';

const ID = '53230119990612002' + idNumberCheckChar('53230119990612002');

describe('talent rules', () => {
  it('tells today in China, eight hours ahead of UTC', () => {
    expect(chinaToday(new Date('2023-06-30T15:59:59Z'))).toBe('2023-06-30');
    expect(chinaToday(new Date('2023-06-30T16:00:00Z'))).toBe('2023-07-01');
  });

  it('checks the ID number against birth date and gender', () => {
    expect(checkProfileRules({ idNumber: ID, birthDate: '1999-06-12', gender: 'female' }, '2023-12-31')).toEqual([]);
    expect(checkProfileRules({ idNumber: ID, birthDate: '1999-06-13', gender: 'male' }, '2023-12-31')).toEqual([
      { path: 'birthDate', message: 'id_number.birth_date_mismatch', params: { expected: '1999-06-12' } },
      { path: 'gender', message: 'id_number.gender_mismatch' },
    ]);
    expect(withIdNumberFacts({ idNumber: ID, birthDate: null, gender: undefined })).toMatchObject({ birthDate: '1999-06-12', gender: 'female' });
    expect(withIdNumberFacts({ idNumber: ID, birthDate: '2000-01-01', gender: 'male' })).toMatchObject({ birthDate: '2000-01-01', gender: 'male' });
    expect(withIdNumberFacts({ idNumber: null, birthDate: null })).toEqual({ idNumber: null, birthDate: null });
  });

  it('checks birth-date range, salary order, entry dates and the disability category', () => {
    expect(checkProfileRules({ birthDate: '2024-01-01' }, '2023-12-31')).toEqual([{ path: 'birthDate', message: 'seeker.birth_date_range' }]);
    expect(checkProfileRules({ birthDate: '1899-12-31' }, '2023-12-31')[0]?.message).toBe('seeker.birth_date_range');
    expect(checkProfileRules({ expectedSalaryMin: 5000, expectedSalaryMax: 5000 })).toEqual([]);
    expect(checkProfileRules({ expectedSalaryMin: 5001, expectedSalaryMax: 5000 })).toEqual([{ path: 'expectedSalaryMax', message: 'seeker.salary_min_above_max' }]);
    expect(checkProfileRules({ expectedSalaryMin: 0, expectedSalaryMax: null })).toEqual([]);
    expect(
      checkProfileRules({
        education: [{ startOn: '2017-09-01', endOn: '2021-07-01' }],
        experience: [{ startOn: '2022-01-01', endOn: null }, { startOn: '2021-08-01', endOn: '2021-07-01' }],
      }),
    ).toEqual([{ path: 'experience.1.endOn', message: 'seeker.end_before_start' }]);
    expect(checkProfileRules({ disability: { hasDisability: false, category: 'hearing' } })).toEqual([
      { path: 'disability.category', message: 'disability.category_without_disability' },
    ]);
  });

  it('puts a self-registered seeker in the zone of a preferred region, else the first zone', () => {
    const zones = [
      { id: 'chuxiong', regionCode: '532301' },
      { id: 'kunming', regionCode: '530100' },
    ];
    expect(pickSeekerZone(zones, ['530102'])).toBe('kunming');
    expect(pickSeekerZone(zones, ['532325'])).toBe('chuxiong');
    expect(pickSeekerZone(zones, ['532901', '530111'])).toBe('kunming');
    expect(pickSeekerZone(zones, ['110101'])).toBe('chuxiong');
    expect(pickSeekerZone(zones, [])).toBe('chuxiong');
    expect(pickSeekerZone([], ['532301'])).toBeNull();
  });
});
