import { useAuth } from '../../auth/hooks/useAuth';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';

/**
 * Who reads the technology-transfer pages: the zone's operator (who manages and imports) or
 * government (who reads), or an organisation's staff: an enterprise posts challenges, a school
 * or institute proposes. `null` while the organisation's type loads.
 */
export type TechTransferViewer = 'operator' | 'government' | 'enterprise' | 'research' | 'other';

export function useTechTransferViewer(): TechTransferViewer | null {
  const { me } = useAuth();
  const { organisationType, isLoading } = useOwnOrganisationType();
  if (!me) return null;
  if (me.role === 'operator' || me.role === 'government') return me.role;
  if (me.role !== 'org_admin' && me.role !== 'org_staff') return 'other';
  if (isLoading) return null;
  if (organisationType === 'enterprise') return 'enterprise';
  return organisationType === 'school' || organisationType === 'institute' ? 'research' : 'other';
}
