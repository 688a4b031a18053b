import { useApiQuery } from '../../../api/useApiQuery';
import type {
  ConsoleLiveSession,
  ConsoleLiveSessionPage,
  LiveApplicationList,
  LivePhase,
  LiveQuestionList,
  LiveReplay,
  LiveSession,
  LiveSessionList,
  QuestionStatus,
} from '../types';

const sessionPath = (id: string) => `/api/live-sessions/${encodeURIComponent(id)}`;

/** Published sessions of one phase for the portal schedule. */
export function usePublicLiveSessions(phase: LivePhase) {
  return useApiQuery<LiveSessionList>('/api/public/live-sessions', { phase }, { keepPrevious: true });
}

export function usePublicLiveSession(id: string | undefined) {
  return useApiQuery<LiveSession>(id ? `/api/public/live-sessions/${encodeURIComponent(id)}` : null);
}

/** The zone's sessions for the console (operators and government: all; organisations: theirs and the zone's). */
export function useConsoleLiveSessions(filters: { phase: LivePhase | undefined; page: number; pageSize: number }) {
  return useApiQuery<ConsoleLiveSessionPage>('/api/live-sessions', filters, { keepPrevious: true });
}

export function useConsoleLiveSession(id: string | undefined) {
  return useApiQuery<ConsoleLiveSession>(id ? sessionPath(id) : null, undefined, { keepPrevious: true });
}

export function useLiveQuestions(id: string | undefined, status?: QuestionStatus) {
  return useApiQuery<LiveQuestionList>(id ? `${sessionPath(id)}/questions` : null, { status }, { keepPrevious: true });
}

export function useLiveApplications(id: string | undefined) {
  return useApiQuery<LiveApplicationList>(id ? `${sessionPath(id)}/applications` : null, undefined, { keepPrevious: true });
}

export function useLiveReplay(id: string | undefined) {
  return useApiQuery<LiveReplay>(id ? `${sessionPath(id)}/replay` : null);
}
