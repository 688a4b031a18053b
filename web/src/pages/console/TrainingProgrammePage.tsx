import { useParams } from 'react-router';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { ProgrammeDetailView } from '../../modules/training/components/ProgrammeDetailView';

/** `/console/training-programmes/:id` */
export function TrainingProgrammePage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  return <ProgrammeDetailView key={id} programmeId={id} canManage={me?.role === 'operator'} />;
}
