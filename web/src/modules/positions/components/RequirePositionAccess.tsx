import type { ReactNode } from 'react';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useAuth } from '../../auth/hooks/useAuth';
import { NoAccessResult } from '../../console/components/NoAccessResult';
import { useOwnOrganisationType } from '../hooks/useOwnOrganisationType';
import { canListPositions, canWritePositions } from '../utils/permissions';

export type RequirePositionAccessProps = {
  /** `write` for create and edit pages; `read` for lists and details. */
  access: 'read' | 'write';
  children: ReactNode;
};

/** Position pages: the zone's staff, and the staff of an enterprise (not of a school or bank). */
export function RequirePositionAccess({ access, children }: RequirePositionAccessProps) {
  const { me } = useAuth();
  const { organisationType, isLoading } = useOwnOrganisationType();
  if (isLoading) return <LoadingBlock minHeight={320} />;
  const isAllowed = access === 'write' ? canWritePositions(me, organisationType) : canListPositions(me, organisationType);
  return isAllowed ? <>{children}</> : <NoAccessResult />;
}
