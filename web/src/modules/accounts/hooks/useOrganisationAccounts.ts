import type { Account } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';

export function useOrganisationAccounts(organisationId: string | null) {
  return useApiQuery<{ items: Account[] }>(
    organisationId ? `/api/organisations/${encodeURIComponent(organisationId)}/accounts` : null,
  );
}
