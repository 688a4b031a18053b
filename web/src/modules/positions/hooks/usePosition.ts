import { useApiQuery } from '../../../api/useApiQuery';
import type { Position } from '../types';

/** One position: published ones for everyone, the rest for its enterprise and the zone's staff. */
export function usePosition(id: string | null | undefined) {
  return useApiQuery<Position>(id ? `/api/positions/${encodeURIComponent(id)}` : null);
}
