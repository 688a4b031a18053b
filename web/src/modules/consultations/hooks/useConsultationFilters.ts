import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ConsultationFilters, parseConsultationFilters, toSearchParams } from '../utils/filters';

/** The consultation list's filters, kept in the URL; changing a filter goes back to page 1. */
export function useConsultationFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseConsultationFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<ConsultationFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next: ConsultationFilters = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
