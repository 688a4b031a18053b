import { useParams } from 'react-router';
import { AppointmentDetailView } from '../../modules/governance/components/AppointmentDetailView';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';

/** `/console/governance/appointments/:id` */
export function AppointmentDetailPage() {
  const { id = '' } = useParams();
  const { canManage } = useGovernanceAccess();
  return <AppointmentDetailView key={id} appointmentId={id} canManage={canManage} />;
}
