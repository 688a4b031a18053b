import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePositionFilters, type PositionFilters, toSearchParams } from '../utils/filters';

/** The list filters, kept in the URL; changing a filter goes back to page 1. */
export function usePositionFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parsePositionFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<PositionFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next: PositionFilters = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
