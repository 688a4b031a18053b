import { useApiQuery } from '../../../api/useApiQuery';
import type { RecommendationPage, RecommendationStats, RecommendationStatsGroup } from '../types';
import type { RecommendationFilters } from '../utils/recommendationFilters';

/** One page of recommendations: the zone's for operators and government, an enterprise's own. */
export function useRecommendations(filters: RecommendationFilters) {
  return useApiQuery<RecommendationPage>('/api/recommendations', filters, { keepPrevious: true });
}

export type StatsPeriod = { from: string; to: string; groupBy: RecommendationStatsGroup };

/** People recommended, positions reached, hires and conversion over a period (this year by default). */
export function useRecommendationStats(period: StatsPeriod) {
  return useApiQuery<RecommendationStats>('/api/recommendations/stats', period, { keepPrevious: true });
}
