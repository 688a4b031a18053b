import { useAuth } from '../../auth/hooks/useAuth';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';

export type FairAccess = {
  isOperator: boolean;
  isGovernment: boolean;
  /** An enterprise's staff: register booths, see their own booth, intents and figures. */
  isEnterprise: boolean;
  /** A school's staff may create fairs their school hosts. */
  canCreate: boolean;
  organisationId: string | null;
};

/** What the signed-in user may do with fairs in general; per fair, `Fair.canManage` decides. */
export function useFairAccess(): FairAccess {
  const { me } = useAuth();
  const { organisationType } = useOwnOrganisationType();
  const isOperator = me?.role === 'operator';
  return {
    isOperator,
    isGovernment: me?.role === 'government',
    isEnterprise: organisationType === 'enterprise',
    canCreate: isOperator || organisationType === 'school',
    organisationId: me?.organisationId ?? null,
  };
}
