import { DEFAULT_PAGE_SIZE, pageSizeParam, pickParam, positiveIntParam } from '../../../ui/urlParams';

export { PAGE_SIZES } from '../../../ui/urlParams';

export function pagingParams(params: URLSearchParams): { page: number; pageSize: number } {
  return { page: positiveIntParam(params.get('page'), 1), pageSize: pageSizeParam(params.get('pageSize')) };
}

/** A filter that must be one of `allowed`, '' otherwise. */
export function choiceParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | '' {
  return pickParam(params.get(name), allowed);
}

/** Free text or an id, trimmed; '' when absent. */
export function textParam(params: URLSearchParams, name: string, maxLength = 100): string {
  return (params.get(name) ?? '').trim().slice(0, maxLength);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  return value !== null && DATE.test(value) ? value : '';
}

/** A year between 2000 and 2100, or '' for none. */
export function yearParam(params: URLSearchParams, name = 'year'): number | '' {
  const year = Number(params.get(name));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : '';
}

/** The filters as URL parameters, leaving out empty values and defaults. */
export function toSearchParams(filters: Record<string, string | number>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}

/** The filters as an API query: empty values left out (page and page size kept). */
export function toQuery(filters: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}
