import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type CandidateFilters, parseCandidateFilters, toSearchParams } from '../utils/candidateFilters';

/** The candidate ranking's filters, kept in the URL so a filtered ranking can be shared. */
export function useCandidateFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseCandidateFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<CandidateFilters>) => setSearchParams(toSearchParams({ ...filters, ...changes }), { replace: true }),
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
