// Pure rules of consultations: no I/O, unit-tested beside this file.
import type { FieldIssue } from '../../platform/errors';
import type { StatsGroup } from './consultations.codes';

export function checkConsultationRules(record: { heldOn: string; followUpOn?: string | null | undefined }, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (record.heldOn > today) issues.push({ path: 'heldOn', message: 'consultation.held_in_future' });
  if (record.followUpOn && record.followUpOn < record.heldOn) issues.push({ path: 'followUpOn', message: 'consultation.follow_up_before_held' });
  return issues;
}

/** The period a date falls in, in the same form PostgreSQL's to_char gives (2023-06, 2023-Q2, 2023). */
export function periodOf(date: string, groupBy: StatsGroup): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (groupBy) {
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return year;
  }
}

/** Every period from `from` to `to` inclusive, so that a chart shows empty months as zero. */
export function periodKeys(from: string, to: string, groupBy: StatsGroup): string[] {
  const keys: string[] = [];
  if (from > to) return keys;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = periodOf(to, groupBy);
  for (;;) {
    const key = periodOf(`${year}-${String(month).padStart(2, '0')}-01`, groupBy);
    if (keys[keys.length - 1] !== key) keys.push(key);
    if (key === last) return keys;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
