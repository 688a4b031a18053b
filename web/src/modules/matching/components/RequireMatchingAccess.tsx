import type { ReactNode } from 'react';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useAuth } from '../../auth/hooks/useAuth';
import { NoAccessResult } from '../../console/components/NoAccessResult';
import { useOwnOrganisationType } from '../../positions/hooks/useOwnOrganisationType';
import { canRankCandidates, canReadRecommendations } from '../utils/permissions';

export type RequireMatchingAccessProps = {
  /** `candidates`: a position's ranking; `recommendations`: the recommendations list. */
  access: 'candidates' | 'recommendations';
  children: ReactNode;
};

/** Matching pages that enterprise staff share with the zone (not the staff of a school or bank). */
export function RequireMatchingAccess({ access, children }: RequireMatchingAccessProps) {
  const { me } = useAuth();
  const { organisationType, isLoading } = useOwnOrganisationType();
  if (isLoading) return <LoadingBlock minHeight={320} />;
  const isAllowed = access === 'candidates' ? canRankCandidates(me, organisationType) : canReadRecommendations(me, organisationType);
  return isAllowed ? <>{children}</> : <NoAccessResult />;
}
