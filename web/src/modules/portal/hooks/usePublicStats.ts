import type { PublicStats } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';

/** Live member-unit figures for the portal and the dashboards. */
export function usePublicStats() {
  return useApiQuery<PublicStats>('/api/public/stats');
}
