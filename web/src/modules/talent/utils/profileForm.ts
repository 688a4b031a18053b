import type { Dayjs } from 'dayjs';
import type { Region } from '../../../api/types';
import { findRegionPath } from '../../organisations/utils/formValues';
import type { DisabilityCategory, EducationLevel, Gender, ProfilePayload, Seeker } from '../types';
import { fromIsoDate, textOrNull, toIsoDate } from './dates';

type EducationValues = {
  school?: string;
  major?: string;
  level?: EducationLevel;
  startOn?: Dayjs | null;
  endOn?: Dayjs | null;
};

type ExperienceValues = {
  employer?: string;
  title?: string;
  startOn?: Dayjs | null;
  endOn?: Dayjs | null;
  description?: string;
};

/** What the antd profile form holds: dates as dayjs, regions as Cascader paths. */
export type ProfileFormValues = {
  name: string;
  gender?: Gender | null;
  birthDate?: Dayjs | null;
  /** A new ID number; empty keeps the stored one. */
  idNumber?: string;
  removeIdNumber?: boolean;
  /** A new mobile number; empty keeps the stored one. */
  phone?: string;
  removePhone?: boolean;
  email?: string;
  educationLevel?: EducationLevel | null;
  school?: string;
  major?: string;
  graduationOn?: Dayjs | null;
  education?: EducationValues[];
  experience?: ExperienceValues[];
  skills?: string[];
  experienceYears?: number | null;
  preferredRegions?: string[][];
  expectedSalaryMin?: number | null;
  expectedSalaryMax?: number | null;
  availableFrom?: Dayjs | null;
  summary?: string;
  disability?: { hasDisability?: boolean; category?: DisabilityCategory | null; accommodation?: string };
  disabilityConsent?: boolean;
};

/** Inputs of the profile form that the server's field paths name (nested ones included). */
export const PROFILE_FORM_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'email',
  'educationLevel',
  'school',
  'major',
  'graduationOn',
  'education',
  'experience',
  'skills',
  'experienceYears',
  'preferredRegions',
  'expectedSalaryMin',
  'expectedSalaryMax',
  'availableFrom',
  'summary',
  'disability',
  'disabilityConsent',
] as const;
export const PROFILE_NESTED_FIELDS = ['education', 'experience', 'disability'] as const;

/** The profile fields every save carries (the caller adds `version` or `source`). */
export type ProfileFields = Omit<ProfilePayload, 'version'>;

/**
 * The body of a save. ID number, phone and disability are stored sealed and shown masked, so they
 * are sent only when changed: absent keeps the stored value, null removes it.
 */
export function toProfileFields(values: ProfileFormValues, current: Seeker | null): ProfileFields {
  const fields: ProfileFields = {
    name: values.name.trim(),
    gender: values.gender ?? null,
    birthDate: toIsoDate(values.birthDate),
    email: textOrNull(values.email),
    educationLevel: values.educationLevel ?? null,
    school: textOrNull(values.school),
    major: textOrNull(values.major),
    graduationOn: toIsoDate(values.graduationOn),
    education: (values.education ?? []).map((e) => ({
      school: e.school?.trim() ?? '',
      major: textOrNull(e.major),
      level: e.level ?? 'none',
      startOn: toIsoDate(e.startOn),
      endOn: toIsoDate(e.endOn),
    })),
    experience: (values.experience ?? []).map((e) => ({
      employer: e.employer?.trim() ?? '',
      title: e.title?.trim() ?? '',
      startOn: toIsoDate(e.startOn),
      endOn: toIsoDate(e.endOn),
      description: textOrNull(e.description),
    })),
    skills: (values.skills ?? []).map((s) => s.trim()).filter((s) => s !== ''),
    experienceYears: values.experienceYears ?? 0,
    preferredRegions: (values.preferredRegions ?? []).flatMap((path) => {
      const code = path[path.length - 1];
      return code ? [code] : [];
    }),
    expectedSalaryMin: values.expectedSalaryMin ?? null,
    expectedSalaryMax: values.expectedSalaryMax ?? null,
    availableFrom: toIsoDate(values.availableFrom),
    summary: textOrNull(values.summary),
  };
  const idNumber = textOrNull(values.idNumber);
  if (values.removeIdNumber) fields.idNumber = null;
  else if (idNumber) fields.idNumber = idNumber;
  const phone = textOrNull(values.phone);
  if (values.removePhone) fields.phone = null;
  else if (phone) fields.phone = phone;
  const disability = values.disability;
  if (disability?.hasDisability) {
    fields.disability = {
      hasDisability: true,
      category: disability.category ?? null,
      accommodation: textOrNull(disability.accommodation),
    };
  } else if (current?.disability) {
    fields.disability = null;
  }
  if (values.disabilityConsent) fields.disabilityConsent = true;
  return fields;
}

export function toProfileFormValues(seeker: Seeker | null, regions: Region[]): Partial<ProfileFormValues> {
  if (!seeker) return { education: [], experience: [], skills: [], preferredRegions: [] };
  return {
    name: seeker.name,
    gender: seeker.gender,
    birthDate: fromIsoDate(seeker.birthDate),
    email: seeker.email ?? undefined,
    educationLevel: seeker.educationLevel,
    school: seeker.school ?? undefined,
    major: seeker.major ?? undefined,
    graduationOn: fromIsoDate(seeker.graduationOn),
    education: seeker.education.map((e) => ({
      school: e.school,
      major: e.major ?? undefined,
      level: e.level as EducationLevel,
      startOn: fromIsoDate(e.startOn),
      endOn: fromIsoDate(e.endOn),
    })),
    experience: seeker.experience.map((e) => ({
      employer: e.employer,
      title: e.title,
      startOn: fromIsoDate(e.startOn),
      endOn: fromIsoDate(e.endOn),
      description: e.description ?? undefined,
    })),
    skills: seeker.skills,
    experienceYears: seeker.experienceYears,
    preferredRegions: seeker.preferredRegions.map((code) => {
      const path = findRegionPath(regions, code);
      return path.length > 0 ? path : [code];
    }),
    expectedSalaryMin: seeker.expectedSalaryMin,
    expectedSalaryMax: seeker.expectedSalaryMax,
    availableFrom: fromIsoDate(seeker.availableFrom),
    summary: seeker.summary ?? undefined,
    disability: seeker.disability
      ? {
          hasDisability: seeker.disability.hasDisability,
          category: seeker.disability.category,
          accommodation: seeker.disability.accommodation ?? undefined,
        }
      : { hasDisability: false },
  };
}
