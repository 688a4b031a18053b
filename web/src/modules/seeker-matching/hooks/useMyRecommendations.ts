import { useApiQuery } from '../../../api/useApiQuery';
import type { Recommendation } from '../types';

/** The positions the seeker was recommended for (推荐) and why; `isEnabled: false` skips the call. */
export function useMyRecommendations(isEnabled: boolean) {
  return useApiQuery<{ items: Recommendation[] }>(isEnabled ? '/api/me/recommendations' : null, undefined, { keepPrevious: true });
}
