import { EDUCATION_LEVELS, type EducationLevel, SEEKER_SOURCES, type SeekerSource } from '../types';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type SeekerFilters = {
  q: string;
  educationLevel: EducationLevel | '';
  source: SeekerSource | '';
  page: number;
  pageSize: number;
};

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Filters read from the address bar, so that a filtered list can be bookmarked and shared. */
export function parseSeekerFilters(params: URLSearchParams): SeekerFilters {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: (params.get('q') ?? '').trim(),
    educationLevel: pick(params.get('educationLevel'), EDUCATION_LEVELS),
    source: pick(params.get('source'), SEEKER_SOURCES),
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function toSearchParams(filters: SeekerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === undefined) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}

/** The filters without paging, for the export link. */
export function exportQuery(filters: SeekerFilters): Record<string, string> {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return rest;
}
