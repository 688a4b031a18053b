import { useApiQuery } from '../../../api/useApiQuery';
import type { RecommendedPositions } from '../types';

/** How many positions 为你推荐 lists (the server allows up to 50). */
const RECOMMENDED_LIMIT = 20;

/**
 * 为你推荐: open positions ranked for the signed-in seeker. The server refuses with a field problem
 * on `profile` while the seeker has no résumé: that is `needsProfile`, not an error to show.
 */
export function useRecommendedPositions() {
  const result = useApiQuery<RecommendedPositions>('/api/me/recommended-positions', { limit: RECOMMENDED_LIMIT }, { keepPrevious: true });
  const needsProfile = result.error?.fields.some((field) => field.path === 'profile') ?? false;
  return { ...result, error: needsProfile ? undefined : result.error, needsProfile };
}
