import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRecommendationFilters, type RecommendationFilters, toSearchParams } from '../utils/recommendationFilters';

/** The recommendations list's filters, kept in the URL; changing a filter goes back to page 1. */
export function useRecommendationFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseRecommendationFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (changes: Partial<RecommendationFilters>) => {
      const isPaging = 'page' in changes || 'pageSize' in changes;
      const next: RecommendationFilters = { ...filters, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toSearchParams(next), { replace: true });
    },
    [filters, setSearchParams],
  );

  const resetFilters = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);

  return { filters, updateFilters, resetFilters };
}
