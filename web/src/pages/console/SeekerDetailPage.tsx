import { useParams } from 'react-router';
import { SeekerDetailView } from '../../modules/talent/components/SeekerDetailView';

/** `/console/seekers/:id` */
export function SeekerDetailPage() {
  const { id = '' } = useParams();
  return <SeekerDetailView key={id} seekerId={id} />;
}
