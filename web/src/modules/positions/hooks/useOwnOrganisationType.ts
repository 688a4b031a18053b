import type { OrganisationType } from '../../../api/types';
import { useAuth } from '../../auth/hooks/useAuth';
import { useOrganisation } from '../../organisations/hooks/useOrganisation';
import { isOrganisationRole } from '../utils/permissions';

/**
 * The type of the signed-in user's own organisation (enterprise, school …), which decides whether
 * its staff manage positions. `null` for zone roles and seekers, and while it loads.
 */
export function useOwnOrganisationType(): { organisationType: OrganisationType | null; isLoading: boolean } {
  const { me, restriction } = useAuth();
  // A restricted session (two-factor set-up or password change pending) may read nothing else yet.
  const { data, isLoading } = useOrganisation(isOrganisationRole(me) && !restriction ? me?.organisationId : null);
  return { organisationType: data?.type ?? null, isLoading };
}
