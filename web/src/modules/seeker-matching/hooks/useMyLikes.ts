import { useApiQuery } from '../../../api/useApiQuery';
import type { Likes } from '../types';

/** The positions the signed-in seeker liked (收藏), in the order liked; `isEnabled: false` skips the call. */
export function useMyLikes(isEnabled: boolean) {
  return useApiQuery<Likes>(isEnabled ? '/api/me/likes' : null);
}
