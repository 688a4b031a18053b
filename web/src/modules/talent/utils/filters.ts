import { EDUCATION_LEVELS, type EducationLevel, SEEKER_SOURCES, type SeekerSource } from '../types';
import { DEFAULT_PAGE_SIZE, pageSizeParam, pickParam, positiveIntParam } from '../../../ui/urlParams';

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../ui/urlParams';

export type SeekerFilters = {
  q: string;
  educationLevel: EducationLevel | '';
  source: SeekerSource | '';
  page: number;
  pageSize: number;
};

/** Filters read from the address bar, so that a filtered list can be bookmarked and shared. */
export function parseSeekerFilters(params: URLSearchParams): SeekerFilters {
  return {
    q: (params.get('q') ?? '').trim(),
    educationLevel: pickParam(params.get('educationLevel'), EDUCATION_LEVELS),
    source: pickParam(params.get('source'), SEEKER_SOURCES),
    page: positiveIntParam(params.get('page'), 1),
    pageSize: pageSizeParam(params.get('pageSize')),
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
