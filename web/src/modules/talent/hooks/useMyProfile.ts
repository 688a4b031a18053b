import { useApiQuery } from '../../../api/useApiQuery';
import type { Seeker } from '../types';

/** The signed-in seeker's profile; a 404 means none has been saved yet. */
export function useMyProfile() {
  const result = useApiQuery<Seeker>('/api/me/profile', undefined, { keepPrevious: true });
  const hasNoProfile = result.error?.status === 404;
  return { ...result, error: hasNoProfile ? undefined : result.error, hasNoProfile };
}
