import type { Organisation, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import type { OrganisationFilters } from '../utils/filters';

/** One page of member units matching the filters (server-side search and paging). */
export function useOrganisations(filters: OrganisationFilters) {
  return useApiQuery<Page<Organisation>>('/api/organisations', filters, { keepPrevious: true });
}
