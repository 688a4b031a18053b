import { DEFAULT_PAGE_SIZE, pageSizeParam, pickParam, positiveIntParam } from '../../../ui/urlParams';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../types';

/** The recommendations list's filters, kept in the address bar. */
export type RecommendationFilters = {
  status: ApplicationStatus | '';
  /** `YYYY-MM-DD`, inclusive, on the day recommended. */
  from: string;
  to: string;
  positionId: string;
  page: number;
  pageSize: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function matching(value: string | null, pattern: RegExp): string {
  return value !== null && pattern.test(value) ? value : '';
}

export function parseRecommendationFilters(params: URLSearchParams): RecommendationFilters {
  return {
    status: pickParam(params.get('status'), APPLICATION_STATUSES),
    from: matching(params.get('from'), DATE),
    to: matching(params.get('to'), DATE),
    positionId: matching(params.get('positionId'), UUID),
    page: positiveIntParam(params.get('page'), 1),
    pageSize: pageSizeParam(params.get('pageSize')),
  };
}

export function toSearchParams(filters: RecommendationFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}
