import { useApiQuery } from '../../../api/useApiQuery';
import type { SeekerPage } from '../types';
import type { SeekerFilters } from '../utils/filters';

/** One page of the zone's talent pool matching the filters. */
export function useSeekers(filters: SeekerFilters) {
  return useApiQuery<SeekerPage>('/api/seekers', filters, { keepPrevious: true });
}
