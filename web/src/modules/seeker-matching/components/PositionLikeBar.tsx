import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import { usePosition } from '../../positions/hooks/usePosition';
import { useLikeToggle } from '../hooks/useLikeToggle';
import { useMyLikes } from '../hooks/useMyLikes';
import { LikeToggle } from './LikeToggle';
import '../seeker-matching.css';

export type PositionLikeBarProps = { positionId: string };

/**
 * 收藏 on a public position page, for a signed-in seeker only (others see nothing): over the top
 * of the page, level with 返回搜索结果. A position no longer published can only be un-liked.
 */
export function PositionLikeBar({ positionId }: PositionLikeBarProps) {
  const { me } = useAuth();
  const isSeeker = me?.role === 'seeker';
  const likes = useMyLikes(isSeeker);
  // The page's view reads the position too; this second read (seekers only) tells whether it is still published.
  const position = usePosition(isSeeker ? positionId : null);
  if (!isSeeker || !likes.data || !position.data) return null;
  const isLiked = likes.data.positionIds.includes(positionId);
  if (position.data.status !== 'published' && !isLiked) return null;
  return <PositionLike positionId={positionId} positionTitle={position.data.title} isLiked={isLiked} />;
}

function PositionLike({ positionId, positionTitle, isLiked }: { positionId: string; positionTitle: string; isLiked: boolean }) {
  const like = useLikeToggle(positionId, isLiked);
  return (
    <div className="qiao-container qiao-position-like-bar">
      <div className="qiao-position-like">
        <LikeToggle positionTitle={positionTitle} like={like} />
        {like.error ? <ErrorAlert error={like.error} /> : null}
      </div>
    </div>
  );
}
