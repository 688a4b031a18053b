import { useApiQuery } from '../../../api/useApiQuery';
import type { WeightsHistory, WeightsView } from '../types';

/** The scoring weights in force in the zone (version 0: the built-in defaults). */
export function useWeights() {
  return useApiQuery<WeightsView>('/api/matching/weights');
}

/** Every saved version of the zone's weights, newest first. */
export function useWeightsHistory() {
  return useApiQuery<WeightsHistory>('/api/matching/weights/history', undefined, { keepPrevious: true });
}
