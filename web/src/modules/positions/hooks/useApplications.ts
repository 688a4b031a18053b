import type { Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import type { Application, ApplicationStatus } from '../types';

export type ApplicationFilters = { positionId?: string; status?: ApplicationStatus | ''; page?: number; pageSize?: number };

/** Applications the caller may see: a seeker's own, an enterprise's to its positions, the zone's. */
export function useApplications(filters: ApplicationFilters, options: { isEnabled?: boolean } = {}) {
  return useApiQuery<Page<Application>>(options.isEnabled === false ? null : '/api/applications', filters, {
    keepPrevious: true,
  });
}
