import { describe, expect, it } from 'vitest';
import { checkConsultationRules, periodKeys, periodOf } from './consultations.rules';

describe('consultation rules', () => {
  it('refuses a future date and a follow-up before the consultation', () => {
    expect(checkConsultationRules({ heldOn: '2023-06-01', followUpOn: '2023-06-01' }, '2023-06-01')).toEqual([]);
    expect(checkConsultationRules({ heldOn: '2023-06-02', followUpOn: '2023-06-01' }, '2023-06-01')).toEqual([
      { path: 'heldOn', message: 'consultation.held_in_future' },
      { path: 'followUpOn', message: 'consultation.follow_up_before_held' },
    ]);
  });

  it('names periods as PostgreSQL to_char does', () => {
    expect(periodOf('2023-03-31', 'month')).toBe('2023-03');
    expect(periodOf('2023-03-31', 'quarter')).toBe('2023-Q1');
    expect(periodOf('2023-04-01', 'quarter')).toBe('2023-Q2');
    expect(periodOf('2023-12-31', 'year')).toBe('2023');
  });

  it('lists every period of a range, across years', () => {
    expect(periodKeys('2023-11-15', '2024-02-01', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodKeys('2023-02-01', '2024-01-01', 'quarter')).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(periodKeys('2021-06-01', '2023-01-01', 'year')).toEqual(['2021', '2022', '2023']);
    expect(periodKeys('2023-05-05', '2023-05-06', 'month')).toEqual(['2023-05']);
    expect(periodKeys('2023-05-06', '2023-05-05', 'month')).toEqual([]);
  });
});
