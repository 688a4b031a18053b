import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BULLETIN_STATUSES, type BulletinStatus } from '../types';
import type { BulletinListFilters } from './useBulletins';

const PAGE_SIZE = 20;

function parse(params: URLSearchParams): BulletinListFilters {
  const year = Number(params.get('year'));
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : '',
    status: status !== null && (BULLETIN_STATUSES as readonly string[]).includes(status) ? (status as BulletinStatus) : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** Year, status and page of the console's bulletin list, kept in the URL. */
export function useBulletinFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [searchParams]);
  const updateFilters = useCallback(
    (changes: Partial<BulletinListFilters>) => {
      const next = { ...filters, ...changes, ...('page' in changes ? {} : { page: 1 }) };
      const params = new URLSearchParams();
      if (next.year !== '') params.set('year', String(next.year));
      if (next.status) params.set('status', next.status);
      if (next.page > 1) params.set('page', String(next.page));
      setSearchParams(params, { replace: true });
    },
    [filters, setSearchParams],
  );
  return { filters, updateFilters };
}
