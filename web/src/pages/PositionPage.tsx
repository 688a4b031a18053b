import { useParams } from 'react-router';
import { PositionPublicView } from '../modules/jobs/components/PositionPublicView';

/** `/positions/:id`: a position for seekers; bulletin QR codes point here. */
export function PositionPage() {
  const { id = '' } = useParams();
  return <PositionPublicView key={id} positionId={id} />;
}
