export type AuditFilters = {
  action: string;
  entityType: string;
  entityId: string;
  actor: string;
  /** Calendar days `YYYY-MM-DD` in China Standard Time. */
  fromDay: string;
  toDay: string;
  page: number;
  pageSize: number;
};

export const AUDIT_PAGE_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 200 ? n : fallback;
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    action: (params.get('action') ?? '').trim(),
    entityType: (params.get('entityType') ?? '').trim(),
    entityId: (params.get('entityId') ?? '').trim(),
    actor: (params.get('actor') ?? '').trim(),
    fromDay: day('from'),
    toDay: day('to'),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), AUDIT_PAGE_SIZE),
  };
}

export function auditSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value !== '') params.set(key, value);
  };
  set('action', filters.action);
  set('entityType', filters.entityType);
  set('entityId', filters.entityId);
  set('actor', filters.actor);
  set('from', filters.fromDay);
  set('to', filters.toDay);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== AUDIT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  return params;
}
