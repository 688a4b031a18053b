import type { Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import type { Position } from '../types';
import type { PositionFilters } from '../utils/filters';

/** One page of the caller's positions in every status (an enterprise's own, or the zone's). */
export function useManagedPositions(filters: PositionFilters) {
  return useApiQuery<Page<Position>>('/api/managed-positions', filters, { keepPrevious: true });
}
