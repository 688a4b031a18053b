import type { Organisation } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';

export function useOrganisation(id: string | null | undefined) {
  return useApiQuery<Organisation>(id ? `/api/organisations/${encodeURIComponent(id)}` : null);
}
