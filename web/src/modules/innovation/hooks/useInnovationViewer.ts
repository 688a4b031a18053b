import { useAuth } from '../../auth/hooks/useAuth';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';

/**
 * Who reads the innovation pages: the zone (operator, government), an enterprise's staff, a
 * partner bank's staff, or nobody (other organisations, seekers). `null` while it loads.
 */
export type InnovationViewer = 'operator' | 'government' | 'enterprise' | 'bank' | 'none';

export function useInnovationViewer(): InnovationViewer | null {
  const { me } = useAuth();
  const { organisationType, isLoading } = useOwnOrganisationType();
  if (!me) return null;
  if (me.role === 'operator' || me.role === 'government') return me.role;
  if (me.role !== 'org_admin' && me.role !== 'org_staff') return 'none';
  if (isLoading) return null;
  if (organisationType === 'enterprise') return 'enterprise';
  if (organisationType === 'bank') return 'bank';
  return 'none';
}
