import { pickParam } from '../../../ui/urlParams';
import { LOCATION_FILTERS, type LocationFilter, MAX_RANKED } from '../types';

/** The ranking filters of a position's candidates, kept in the address bar. */
export type CandidateFilters = {
  /** Only candidates whose education meets the requirement. */
  educationMet: boolean;
  /** How close the post must be to one of the candidate's preferred places; '' = anywhere. */
  location: LocationFilter | '';
  /** '' = no minimum. */
  minExperienceYears: number | '';
  minScore: number | '';
  /** How many of the best to show. */
  limit: number;
};

export const CANDIDATE_LIMITS = [20, 50, 100, MAX_RANKED] as const;
export const DEFAULT_CANDIDATE_LIMIT = 50;

function boundedNumber(value: string | null, max: number): number | '' {
  if (value === null || value.trim() === '') return '';
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : '';
}

export function parseCandidateFilters(params: URLSearchParams): CandidateFilters {
  const limit = Number(params.get('limit'));
  const experience = boundedNumber(params.get('minExperienceYears'), 50);
  return {
    educationMet: params.get('educationMet') === 'true',
    location: pickParam(params.get('location'), LOCATION_FILTERS),
    minExperienceYears: experience === '' ? '' : Math.floor(experience),
    minScore: boundedNumber(params.get('minScore'), 100),
    limit: (CANDIDATE_LIMITS as readonly number[]).includes(limit) ? limit : DEFAULT_CANDIDATE_LIMIT,
  };
}

export function toSearchParams(filters: CandidateFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.educationMet) params.set('educationMet', 'true');
  if (filters.location) params.set('location', filters.location);
  if (filters.minExperienceYears !== '') params.set('minExperienceYears', String(filters.minExperienceYears));
  if (filters.minScore !== '') params.set('minScore', String(filters.minScore));
  if (filters.limit !== DEFAULT_CANDIDATE_LIMIT) params.set('limit', String(filters.limit));
  return params;
}

/** The API's query: absent filters are left out (`educationMet=false` would mean "not met"). */
export function toCandidatesQuery(filters: CandidateFilters) {
  return {
    educationMet: filters.educationMet ? true : undefined,
    location: filters.location || undefined,
    minExperienceYears: filters.minExperienceYears,
    minScore: filters.minScore,
    limit: filters.limit,
  };
}
