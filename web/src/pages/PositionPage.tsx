import { useParams } from 'react-router';
import { PositionPublicView } from '../modules/jobs/components/PositionPublicView';
import { PositionLikeBar } from '../modules/seeker-matching/components/PositionLikeBar';

/** `/positions/:id`: a position for seekers; bulletin QR codes point here. */
export function PositionPage() {
  const { id = '' } = useParams();
  return (
    <>
      <PositionLikeBar key={`like-${id}`} positionId={id} />
      <PositionPublicView key={id} positionId={id} />
    </>
  );
}
