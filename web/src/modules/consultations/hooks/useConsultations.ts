import { useApiQuery } from '../../../api/useApiQuery';
import type { ConsultationHistory, ConsultationPage, ConsultationStats } from '../types';
import type { ConsultationFilters } from '../utils/filters';

/** One page of the zone's consultations matching the filters. */
export function useConsultations(filters: ConsultationFilters, isEnabled = true) {
  return useApiQuery<ConsultationPage>(isEnabled ? '/api/consultations' : null, filters, { keepPrevious: true });
}

export type StatsGroup = ConsultationStats['groupBy'];

/** Consultations and distinct seekers per period over the filtered range (this year by default). */
export function useConsultationStats(filters: Pick<ConsultationFilters, 'from' | 'to' | 'topic'>, groupBy: StatsGroup) {
  const query = { from: filters.from, to: filters.to, topic: filters.topic, groupBy };
  return useApiQuery<ConsultationStats>('/api/consultations/stats', query, { keepPrevious: true });
}

/** A seeker's consultation history, newest first. */
export function useSeekerConsultations(seekerId: string | null | undefined) {
  return useApiQuery<ConsultationHistory>(seekerId ? `/api/seekers/${encodeURIComponent(seekerId)}/consultations` : null, undefined, {
    keepPrevious: true,
  });
}
