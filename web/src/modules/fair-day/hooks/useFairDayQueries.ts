import { useApiQuery } from '../../../api/useApiQuery';
import type { Booth, Fair, PublicBooth, PublicFair, Ticket } from '../../fairs/types';
import type { CheckinSummary, IntentList, SurveyState, TicketList } from '../types';

type PublicFairList = { items: PublicFair[] };

/** The portal's fair calendar: every published fair, upcoming and past. */
export function usePublicFairs() {
  return useApiQuery<PublicFairList>('/api/public/fairs', { phase: 'all' });
}

export function usePublicFair(fairId: string | null) {
  return useApiQuery<PublicFair>(fairId ? `/api/public/fairs/${encodeURIComponent(fairId)}` : null);
}

/** A ticket by its code (the code is the bearer; the name comes masked). */
export function usePublicTicket(ticketCode: string | null) {
  return useApiQuery<Ticket>(ticketCode ? `/api/public/tickets/${encodeURIComponent(ticketCode)}` : null);
}

export function usePublicBooth(qrToken: string) {
  return useApiQuery<PublicBooth>(`/api/public/booths/${encodeURIComponent(qrToken)}`);
}

/** The signed-in seeker's tickets; `isEnabled: false` skips the call for other visitors. */
export function useMyTickets(isEnabled = true) {
  return useApiQuery<TicketList>(isEnabled ? '/api/me/fair-tickets' : null);
}

export function useMyIntents() {
  return useApiQuery<IntentList>('/api/me/fair-intents');
}

export function useSurvey(fairId: string) {
  return useApiQuery<SurveyState>(`/api/fairs/${encodeURIComponent(fairId)}/survey`);
}

export function useFair(fairId: string) {
  return useApiQuery<Fair>(`/api/fairs/${encodeURIComponent(fairId)}`);
}

export function useCheckinSummary(fairId: string) {
  return useApiQuery<CheckinSummary>(`/api/fairs/${encodeURIComponent(fairId)}/checkins/summary`);
}

/** The booths of a fair the caller may see (an enterprise: its own). */
export function useFairBooths(fairId: string) {
  return useApiQuery<{ items: Booth[] }>(`/api/fairs/${encodeURIComponent(fairId)}/booths`);
}

export function useBoothIntents(fairId: string, organisationId: string | null) {
  return useApiQuery<IntentList>(organisationId ? `/api/fairs/${encodeURIComponent(fairId)}/intents` : null, {
    organisationId,
    pageSize: 100,
  });
}
