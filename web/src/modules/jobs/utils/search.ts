import { EDUCATION_LEVELS, type EducationLevel } from '../../positions/types';
import { INDUSTRIES, type Industry } from '../../../api/types';
import { pickParam } from '../../../ui/urlParams';

export const JOB_SORTS = ['relevance', 'recent'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** Monthly amounts offered as "at least" choices (yuan). */
export const MIN_SALARY_CHOICES = [3000, 4000, 5000, 6000, 8000, 10000, 15000] as const;

export const JOB_PAGE_SIZE = 20;

/** The public job search as it lives in the address bar, so a search can be shared and bookmarked. */
export type JobSearch = {
  q: string;
  regionCode: string;
  industry: Industry | '';
  educationLevel: EducationLevel | '';
  minSalary: number | null;
  isDisabilityFriendly: boolean;
  sort: JobSort;
  page: number;
};

export function parseJobSearch(params: URLSearchParams): JobSearch {
  const minSalary = Number(params.get('minSalary'));
  const page = Number(params.get('page'));
  const regionCode = params.get('regionCode') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    regionCode: /^\d{6}$/.test(regionCode) ? regionCode : '',
    industry: pickParam(params.get('industry'), INDUSTRIES),
    educationLevel: pickParam(params.get('educationLevel'), EDUCATION_LEVELS),
    minSalary: Number.isInteger(minSalary) && minSalary > 0 ? minSalary : null,
    isDisabilityFriendly: params.get('isDisabilityFriendly') === 'true',
    sort: pickParam(params.get('sort'), JOB_SORTS) || 'relevance',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The address-bar form: defaults are left out. */
export function toJobSearchParams(search: JobSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.regionCode) params.set('regionCode', search.regionCode);
  if (search.industry) params.set('industry', search.industry);
  if (search.educationLevel) params.set('educationLevel', search.educationLevel);
  if (search.minSalary !== null) params.set('minSalary', String(search.minSalary));
  if (search.isDisabilityFriendly) params.set('isDisabilityFriendly', 'true');
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The query of `GET /api/positions`. */
export function toApiQuery(search: JobSearch): Record<string, string | number | boolean | null> {
  return {
    q: search.q,
    regionCode: search.regionCode,
    industry: search.industry,
    educationLevel: search.educationLevel,
    minSalary: search.minSalary,
    isDisabilityFriendly: search.isDisabilityFriendly ? true : null,
    sort: search.sort,
    page: search.page,
    pageSize: JOB_PAGE_SIZE,
  };
}

/** How many filters (not the words or the order) narrow the search. */
export function countFilters(search: JobSearch): number {
  return [search.regionCode, search.industry, search.educationLevel, search.minSalary, search.isDisabilityFriendly].filter(Boolean)
    .length;
}
