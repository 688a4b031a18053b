import { useAuth } from '../../auth/hooks/useAuth';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';

/** Operators book on behalf of others; the staff of a school or an enterprise book for their own. */
export function useCanBook(): { canBook: boolean; isOperator: boolean; isZoneWide: boolean } {
  const { me } = useAuth();
  const { organisationType } = useOwnOrganisationType();
  const isOperator = me?.role === 'operator';
  const isZoneWide = isOperator || me?.role === 'government';
  return { canBook: isOperator || organisationType === 'school' || organisationType === 'enterprise', isOperator, isZoneWide };
}
