import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSeekerFilters, type SeekerFilters, toSearchParams } from '../utils/filters';

/** The talent-pool filters, kept in the URL; changing a filter goes back to page 1. */
export function useSeekerFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseSeekerFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<SeekerFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next: SeekerFilters = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
