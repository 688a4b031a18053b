import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type JobSearch, parseJobSearch, toJobSearchParams } from '../utils/search';

/**
 * The job search kept in the URL. New words and pages add a history entry (Back returns to the
 * previous results); filter changes replace it. Anything but paging goes back to page 1.
 */
export function useJobSearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useMemo(() => parseJobSearch(searchParams), [searchParams]);

  const updateSearch = useCallback(
    (changes: Partial<JobSearch>) => {
      const isPaging = 'page' in changes;
      const next: JobSearch = { ...search, ...changes, ...(isPaging ? {} : { page: 1 }) };
      setSearchParams(toJobSearchParams(next), { replace: !(isPaging || 'q' in changes) });
    },
    [search, setSearchParams],
  );

  const clearFilters = useCallback(() => {
    updateSearch({ regionCode: '', industry: '', educationLevel: '', minSalary: null, isDisabilityFriendly: false });
  }, [updateSearch]);

  return { search, searchString: searchParams.toString(), updateSearch, clearFilters };
}
