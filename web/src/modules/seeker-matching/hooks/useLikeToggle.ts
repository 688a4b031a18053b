import { useState } from 'react';
import { useSeekerMatchingMutations } from './useSeekerMatchingMutations';

export type LikeState = {
  isLiked: boolean;
  isBusy: boolean;
  /** The last toggle's failure, if any. */
  error: unknown;
  /** Resolves to the new state, or null when the write failed (then `error` says why). */
  toggle: () => Promise<boolean | null>;
};

/** A position's 收藏 state for the signed-in seeker, and the toggle that writes it. */
export function useLikeToggle(positionId: string, initiallyLiked: boolean): LikeState {
  const { likePosition, unlikePosition } = useSeekerMatchingMutations();
  const [isLiked, setLiked] = useState(initiallyLiked);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function toggle(): Promise<boolean | null> {
    setBusy(true);
    setError(null);
    try {
      const { positionIds } = await (isLiked ? unlikePosition(positionId) : likePosition(positionId));
      const liked = positionIds.includes(positionId);
      setLiked(liked);
      return liked;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { isLiked, isBusy, error, toggle };
}
