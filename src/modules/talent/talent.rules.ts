// Pure rules of the talent pool: no I/O, unit-tested beside this file.
import type { FieldIssue } from '../../platform/errors';
import { idNumberFacts } from '../../platform/id-number';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China (Asia/Shanghai has no daylight saving), as YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

type DatedEntry = { startOn?: string | null | undefined; endOn?: string | null | undefined };

/** A profile as it would be after a save: the fields whose rules span more than one field. */
export type ProfileRecord = {
  gender?: string | null | undefined;
  birthDate?: string | null | undefined;
  idNumber?: string | null | undefined;
  expectedSalaryMin?: number | null | undefined;
  expectedSalaryMax?: number | null | undefined;
  education?: DatedEntry[] | undefined;
  experience?: DatedEntry[] | undefined;
  disability?: { hasDisability: boolean; category?: string | null | undefined } | null | undefined;
};

/** Rules across fields; the ID number (when known in clear) must agree with birth date and gender. */
export function checkProfileRules(record: ProfileRecord, today: string = chinaToday()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (record.birthDate && (record.birthDate < '1900-01-01' || record.birthDate > today)) {
    issues.push({ path: 'birthDate', message: 'seeker.birth_date_range' });
  }
  if (record.idNumber) {
    const facts = idNumberFacts(record.idNumber);
    if (record.birthDate && record.birthDate !== facts.birthDate) {
      issues.push({ path: 'birthDate', message: 'id_number.birth_date_mismatch', params: { expected: facts.birthDate } });
    }
    if (record.gender && record.gender !== facts.gender) issues.push({ path: 'gender', message: 'id_number.gender_mismatch' });
  }
  const { expectedSalaryMin: min, expectedSalaryMax: max } = record;
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) {
    issues.push({ path: 'expectedSalaryMax', message: 'seeker.salary_min_above_max' });
  }
  for (const list of ['education', 'experience'] as const) {
    record[list]?.forEach((entry, i) => {
      if (entry.startOn && entry.endOn && entry.endOn < entry.startOn) {
        issues.push({ path: `${list}.${i}.endOn`, message: 'seeker.end_before_start' });
      }
    });
  }
  if (record.disability && !record.disability.hasDisability && record.disability.category) {
    issues.push({ path: 'disability.category', message: 'disability.category_without_disability' });
  }
  return issues;
}

/** Birth date and gender that a valid ID number carries, filled in where the form left them empty. */
export function withIdNumberFacts<T extends { idNumber?: string | null | undefined; birthDate?: string | null | undefined; gender?: string | null | undefined }>(
  record: T,
): T {
  if (!record.idNumber) return record;
  const facts = idNumberFacts(record.idNumber);
  return { ...record, birthDate: record.birthDate ?? facts.birthDate, gender: record.gender ?? facts.gender };
}

/**
 * The zone a self-registered seeker belongs to: the one covering a preferred region (same
 * prefecture, then same province), else the first zone. Zone-scoped operators then find them.
 */
export function pickSeekerZone(zones: readonly { id: string; regionCode: string }[], preferredRegions: readonly string[]): string | null {
  for (const digits of [4, 2]) {
    for (const code of preferredRegions) {
      const zone = zones.find((z) => z.regionCode.slice(0, digits) === code.slice(0, digits));
      if (zone) return zone.id;
    }
  }
  return zones[0]?.id ?? null;
}
