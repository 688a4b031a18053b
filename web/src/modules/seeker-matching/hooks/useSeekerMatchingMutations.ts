import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type { AutoRecommend, Likes } from '../types';

const likePath = (positionId: string) => `/api/me/likes/${encodeURIComponent(positionId)}`;

/** The seeker's writes: automated recommendation, likes (收藏), messages read; each throws an ApiError the caller shows. */
export function useSeekerMatchingMutations() {
  return useMemo(
    () => ({
      setAutoRecommend: (enabled: boolean) => apiRequest<AutoRecommend>('PUT', '/api/me/auto-recommend', { json: { enabled } }),
      likePosition: (positionId: string) => apiRequest<Likes>('PUT', likePath(positionId)),
      unlikePosition: (positionId: string) => apiRequest<Likes>('DELETE', likePath(positionId)),
      /** Every message when `ids` is absent. */
      markNotificationsRead: (ids?: string[]) => api.post<{ updated: number }>('/api/me/notifications/read', ids ? { ids } : {}),
    }),
    [],
  );
}
