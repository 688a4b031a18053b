import { useParams } from 'react-router';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { BulletinDetailView } from '../../modules/bulletins/components/BulletinDetailView';

/** `/console/bulletins/:id` */
export function BulletinDetailPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  return <BulletinDetailView key={id} bulletinId={id} canManage={me?.role === 'operator'} />;
}
