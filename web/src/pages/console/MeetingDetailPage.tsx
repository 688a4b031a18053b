import { useParams } from 'react-router';
import { MeetingDetailView } from '../../modules/governance/components/MeetingDetailView';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';

/** `/console/governance/meetings/:id` */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { canManage } = useGovernanceAccess();
  return <MeetingDetailView key={id} meetingId={id} canManage={canManage} />;
}
