import { useApiQuery } from '../../../api/useApiQuery';
import type { Seeker } from '../types';

export function useSeeker(id: string | null | undefined) {
  return useApiQuery<Seeker>(id ? `/api/seekers/${encodeURIComponent(id)}` : null, undefined, { keepPrevious: true });
}
