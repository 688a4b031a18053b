import { POSITION_STATUSES, type PositionStatus } from '../types';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The console's position list filters, kept in the address bar. */
export type PositionFilters = {
  q: string;
  status: PositionStatus | '';
  organisationId: string;
  page: number;
  pageSize: number;
};

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function parsePositionFilters(params: URLSearchParams): PositionFilters {
  const status = params.get('status');
  const organisationId = params.get('organisationId') ?? '';
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: (params.get('q') ?? '').trim(),
    status: status !== null && (POSITION_STATUSES as readonly string[]).includes(status) ? (status as PositionStatus) : '',
    organisationId: UUID_PATTERN.test(organisationId) ? organisationId : '',
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
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
