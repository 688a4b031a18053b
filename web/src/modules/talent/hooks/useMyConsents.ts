import { useApiQuery } from '../../../api/useApiQuery';
import type { Consent } from '../types';

/** The signed-in seeker's consents, active and withdrawn. */
export function useMyConsents() {
  return useApiQuery<{ items: Consent[] }>('/api/me/consents', undefined, { keepPrevious: true });
}
