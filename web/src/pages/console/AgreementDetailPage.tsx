import { useParams } from 'react-router';
import { AgreementDetailView } from '../../modules/governance/components/AgreementDetailView';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';

/** `/console/governance/agreements/:id` */
export function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { canManage } = useGovernanceAccess();
  return <AgreementDetailView key={id} agreementId={id} canManage={canManage} />;
}
