import { EDUCATION_LEVELS, type EducationLevel, type Resume } from '../types';

type Entries<K extends 'education' | 'experience'> = Resume[K];

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item))
    : [];
}

function educationLevel(value: unknown): EducationLevel | null {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value) ? (value as EducationLevel) : null;
}

/**
 * Reads the résumé snapshot of an application. It is JSON stored when the seeker applied, so each
 * field is checked and anything missing or malformed reads as empty rather than breaking the page.
 */
export function readResume(snapshot: Record<string, unknown>, fallbackName: string): Resume {
  const gender = snapshot.gender === 'male' || snapshot.gender === 'female' ? snapshot.gender : null;
  const education: Entries<'education'> = records(snapshot.education).map((entry) => ({
    school: textOrNull(entry.school) ?? '—',
    major: textOrNull(entry.major),
    level: textOrNull(entry.level) ?? '',
    startOn: textOrNull(entry.startOn),
    endOn: textOrNull(entry.endOn),
  }));
  const experience: Entries<'experience'> = records(snapshot.experience).map((entry) => ({
    employer: textOrNull(entry.employer) ?? '—',
    title: textOrNull(entry.title) ?? '—',
    startOn: textOrNull(entry.startOn),
    endOn: textOrNull(entry.endOn),
    description: textOrNull(entry.description),
  }));
  return {
    name: textOrNull(snapshot.name) ?? fallbackName,
    gender,
    birthYear: textOrNull(snapshot.birthYear),
    phoneMasked: textOrNull(snapshot.phoneMasked),
    email: textOrNull(snapshot.email),
    educationLevel: educationLevel(snapshot.educationLevel),
    school: textOrNull(snapshot.school),
    major: textOrNull(snapshot.major),
    graduationOn: textOrNull(snapshot.graduationOn),
    education,
    experience,
    skills: strings(snapshot.skills),
    experienceYears: numberOrNull(snapshot.experienceYears) ?? 0,
    preferredRegions: strings(snapshot.preferredRegions),
    expectedSalaryMin: numberOrNull(snapshot.expectedSalaryMin),
    expectedSalaryMax: numberOrNull(snapshot.expectedSalaryMax),
    availableFrom: textOrNull(snapshot.availableFrom),
    summary: textOrNull(snapshot.summary),
  };
}
