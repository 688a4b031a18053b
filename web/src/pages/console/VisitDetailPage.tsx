import { useParams } from 'react-router';
import { VisitDetailView } from '../../modules/governance/components/VisitDetailView';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';

/** `/console/governance/visits/:id` */
export function VisitDetailPage() {
  const { id = '' } = useParams();
  const { canManage } = useGovernanceAccess();
  return <VisitDetailView key={id} visitId={id} canManage={canManage} />;
}
