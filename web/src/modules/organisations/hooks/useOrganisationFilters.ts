import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type OrganisationFilters, parseOrganisationFilters, toSearchParams } from '../utils/filters';

/** The list filters, kept in the URL; changing a filter goes back to page 1. */
export function useOrganisationFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseOrganisationFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<OrganisationFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next: OrganisationFilters = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
