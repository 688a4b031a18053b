import { POSITION_STATUSES, type PositionStatus } from '../types';
import { DEFAULT_PAGE_SIZE, pageSizeParam, positiveIntParam } from '../../../ui/urlParams';

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../ui/urlParams';

/** The console's position list filters, kept in the address bar. */
export type PositionFilters = {
  q: string;
  status: PositionStatus | '';
  organisationId: string;
  page: number;
  pageSize: number;
};

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parsePositionFilters(params: URLSearchParams): PositionFilters {
  const status = params.get('status');
  const organisationId = params.get('organisationId') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    status: status !== null && (POSITION_STATUSES as readonly string[]).includes(status) ? (status as PositionStatus) : '',
    organisationId: UUID_PATTERN.test(organisationId) ? organisationId : '',
    page: positiveIntParam(params.get('page'), 1),
    pageSize: pageSizeParam(params.get('pageSize')),
  };
}

export function toSearchParams(filters: PositionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}
