import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { toSearchParams } from '../utils/filters';

/**
 * A list's filters, kept in the address bar so that a filtered list can be shared; changing a
 * filter goes back to page 1. `parse` must be a module-level function (it is a memo dependency).
 */
export function useListFilters<F extends Record<string, string | number>>(parse: (params: URLSearchParams) => F) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [parse, searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<F>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => {
    // Filters that choose a view (such as the list on the three-lists page) stay as they are.
    const kept = new URLSearchParams();
    const view = searchParams.get('view');
    if (view) kept.set('view', view);
    setSearchParams(kept, { replace: true });
  }, [searchParams, setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
