import { useApiQuery } from '../../../api/useApiQuery';
import type {
  BoothList,
  CheckinSummary,
  Fair,
  FairPage,
  FairStats,
  FairYearStats,
  IntentPage,
  SurveyResults,
  SurveyState,
} from '../types';
import { fairPath } from '../utils/urls';

export type FairListFilters = { kind: string; phase: string; q: string; page: number; pageSize: number };

/** The zone's fairs (GET /api/fairs): all of them for zone staff, published ones and own drafts for organisations. */
export function useFairs(filters: FairListFilters) {
  return useApiQuery<FairPage>('/api/fairs', filters, { keepPrevious: true });
}

export function useFair(id: string | undefined) {
  return useApiQuery<Fair>(id ? fairPath(id) : null, undefined, { keepPrevious: true });
}

/** Booths of a fair: every booth for its managers, the enterprise's own otherwise. */
export function useBooths(fairId: string, isEnabled = true) {
  return useApiQuery<BoothList>(isEnabled ? `${fairPath(fairId)}/booths` : null, undefined, { keepPrevious: true });
}

export function useFairStats(fairId: string, isEnabled = true) {
  return useApiQuery<FairStats>(isEnabled ? `${fairPath(fairId)}/stats` : null, undefined, { keepPrevious: true });
}

export function useCheckinSummary(fairId: string, isEnabled: boolean) {
  return useApiQuery<CheckinSummary>(isEnabled ? `${fairPath(fairId)}/checkins/summary` : null, undefined, { keepPrevious: true });
}

export type IntentFilters = { organisationId: string; positionId: string; level: string; page: number; pageSize: number };

export function useIntents(fairId: string, filters: IntentFilters) {
  return useApiQuery<IntentPage>(`${fairPath(fairId)}/intents`, filters, { keepPrevious: true });
}

export type FollowUpFilters = { followUpStatus: string; page: number; pageSize: number };

/** The operator's follow-up list: intents without a hire yet, strong ones first. */
export function useFollowUp(fairId: string, filters: FollowUpFilters) {
  return useApiQuery<IntentPage>(`${fairPath(fairId)}/follow-up`, filters, { keepPrevious: true });
}

export function useSurveyState(fairId: string, isEnabled: boolean) {
  return useApiQuery<SurveyState>(isEnabled ? `${fairPath(fairId)}/survey` : null, undefined, { keepPrevious: true });
}

export function useSurveyResults(fairId: string, isEnabled: boolean) {
  return useApiQuery<SurveyResults>(isEnabled ? `${fairPath(fairId)}/survey/results` : null, undefined, { keepPrevious: true });
}

export function useFairYearStats(year: number) {
  return useApiQuery<FairYearStats>('/api/fairs/stats', { year }, { keepPrevious: true });
}
