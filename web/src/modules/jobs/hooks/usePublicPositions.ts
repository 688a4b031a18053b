import { useApiQuery } from '../../../api/useApiQuery';
import type { PublicPositionPage } from '../../positions/types';
import { type JobSearch, toApiQuery } from '../utils/search';

/** One page of published positions matching the search (segmented Chinese search on the server). */
export function usePublicPositions(search: JobSearch) {
  return useApiQuery<PublicPositionPage>('/api/positions', toApiQuery(search), { keepPrevious: true });
}
