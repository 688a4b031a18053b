import { useApiQuery } from '../../../api/useApiQuery';
import type { AutoRecommend } from '../types';

/** Whether automated recommendation is on for the signed-in seeker (on until they switch it off). */
export function useAutoRecommend() {
  return useApiQuery<AutoRecommend>('/api/me/auto-recommend', undefined, { keepPrevious: true });
}
