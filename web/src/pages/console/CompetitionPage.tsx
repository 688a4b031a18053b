import { useParams } from 'react-router';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { CompetitionDetailView } from '../../modules/training/components/CompetitionDetailView';

/** `/console/competitions/:id` */
export function CompetitionPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  return <CompetitionDetailView key={id} competitionId={id} canManage={me?.role === 'operator'} />;
}
