import dayjs, { type Dayjs } from 'dayjs';
import type { Region } from '../../../api/types';
import { findRegionPath } from '../../organisations/utils/formValues';
import type { EducationLevel, EmploymentType, Position, PositionFields } from '../types';

/** What the antd form holds: the region as a Cascader path, the closing date as dayjs. */
export type PositionFormValues = {
  /** Operators only: the enterprise whose demand was collected on a visit. */
  organisationId?: string;
  title: string;
  duties: string;
  headcount: number;
  educationLevel: EducationLevel;
  majors: string[];
  skills: string[];
  experienceYears: number;
  regionCode: string[];
  salaryMin?: number | null;
  salaryMax?: number | null;
  employmentType: EmploymentType;
  isDisabilityFriendly: boolean;
  accommodation?: string;
  closingOn?: Dayjs | null;
};

export const POSITION_FORM_FIELDS = [
  'organisationId',
  'title',
  'duties',
  'headcount',
  'educationLevel',
  'majors',
  'skills',
  'experienceYears',
  'regionCode',
  'salaryMin',
  'salaryMax',
  'employmentType',
  'isDisabilityFriendly',
  'accommodation',
  'closingOn',
] as const;

function words(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
}

function amountOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function toPositionFields(values: PositionFormValues): PositionFields {
  const accommodation = values.accommodation?.trim() ?? '';
  return {
    title: values.title.trim(),
    duties: values.duties.trim(),
    headcount: values.headcount,
    educationLevel: values.educationLevel,
    majors: words(values.majors),
    skills: words(values.skills),
    experienceYears: values.experienceYears ?? 0,
    regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
    salaryMin: amountOrNull(values.salaryMin),
    salaryMax: amountOrNull(values.salaryMax),
    employmentType: values.employmentType,
    isDisabilityFriendly: Boolean(values.isDisabilityFriendly),
    // The accommodation describes a disability-friendly post; it is dropped with the flag.
    accommodation: values.isDisabilityFriendly && accommodation !== '' ? accommodation : null,
    closingOn: values.closingOn ? values.closingOn.format('YYYY-MM-DD') : null,
  };
}

/** For an edit: only the fields whose value changed. */
export function changedPositionFields(before: Position, fields: PositionFields): Partial<PositionFields> {
  const changes: Partial<Record<keyof PositionFields, unknown>> = {};
  for (const key of Object.keys(fields) as (keyof PositionFields)[]) {
    const previous = key === 'closingOn' ? (before.closingOn?.slice(0, 10) ?? null) : before[key];
    if (JSON.stringify(previous ?? null) !== JSON.stringify(fields[key])) changes[key] = fields[key];
  }
  return changes as Partial<PositionFields>;
}

export function regionPathOf(regions: Region[], code: string | null | undefined): string[] | undefined {
  if (!code) return undefined;
  const path = findRegionPath(regions, code);
  return path.length > 0 ? path : [code];
}

export function toPositionFormValues(position: Position, regions: Region[]): PositionFormValues {
  return {
    title: position.title,
    duties: position.duties,
    headcount: position.headcount,
    educationLevel: position.educationLevel,
    majors: position.majors,
    skills: position.skills,
    experienceYears: position.experienceYears,
    regionCode: regionPathOf(regions, position.regionCode) ?? [],
    salaryMin: position.salaryMin,
    salaryMax: position.salaryMax,
    employmentType: position.employmentType,
    isDisabilityFriendly: position.isDisabilityFriendly,
    accommodation: position.accommodation ?? undefined,
    closingOn: position.closingOn ? dayjs(position.closingOn.slice(0, 10), 'YYYY-MM-DD') : null,
  };
}

/** A new position's starting values; the region defaults to the enterprise's own. */
export function newPositionFormValues(regions: Region[], regionCode: string | null | undefined): Partial<PositionFormValues> {
  return {
    headcount: 1,
    experienceYears: 0,
    majors: [],
    skills: [],
    employmentType: 'full_time',
    isDisabilityFriendly: false,
    regionCode: regionPathOf(regions, regionCode),
  };
}
