// The writes of the fair-day pages; every one that may be retried carries its idempotency key.
import { api } from '../../../api/client';
import type { CheckinResult, CheckinScan, Intent, Ticket } from '../../fairs/types';
import type { DeskIntentInput, PublicRegistrationInput, SeekerIntentInput, SurveyAnswer } from '../types';

const fairPath = (fairId: string) => `/api/fairs/${encodeURIComponent(fairId)}`;

/** A signed-in seeker's one-tap registration; registering again answers the same ticket. */
export function registerSeeker(fairId: string): Promise<Ticket> {
  return api.post<Ticket>(`${fairPath(fairId)}/registrations`, {});
}

export function registerWithShortForm(fairId: string, input: PublicRegistrationInput): Promise<Ticket> {
  return api.post<Ticket>(`/api/public/fairs/${encodeURIComponent(fairId)}/registrations`, input);
}

/** Staff register someone at the door: the answer is a ticket already checked in. */
export function registerWalkIn(fairId: string, input: PublicRegistrationInput): Promise<Ticket> {
  return api.post<Ticket>(`${fairPath(fairId)}/walk-ins`, input);
}

export function sendCheckins(fairId: string, deviceId: string, scans: CheckinScan[]): Promise<{ results: CheckinResult[] }> {
  return api.post<{ results: CheckinResult[] }>(`${fairPath(fairId)}/checkins`, { deviceId, scans });
}

export function recordDeskIntent(fairId: string, input: DeskIntentInput): Promise<Intent> {
  return api.post<Intent>(`${fairPath(fairId)}/intents`, input);
}

export function recordSeekerIntent(qrToken: string, input: SeekerIntentInput): Promise<Intent> {
  return api.post<Intent>(`/api/booths/${encodeURIComponent(qrToken)}/intents`, input);
}

export function answerSurvey(fairId: string, answer: SurveyAnswer): Promise<unknown> {
  return api.post<unknown>(`${fairPath(fairId)}/survey/responses`, answer);
}
