import { useMemo } from 'react';
import { api } from '../../../api/client';
import type {
  ConsoleLiveSession,
  CreateLiveSessionPayload,
  LiveApplyResult,
  LiveQuestion,
  UpdateLiveSessionPayload,
} from '../types';

const sessionPath = (id: string) => `/api/live-sessions/${encodeURIComponent(id)}`;

/** Writes of live recruitment; every call throws an ApiError the caller shows. */
export function useLiveMutations() {
  return useMemo(
    () => ({
      createSession: (payload: CreateLiveSessionPayload) => api.post<ConsoleLiveSession>('/api/live-sessions', payload),
      updateSession: (id: string, payload: UpdateLiveSessionPayload) => api.patch<ConsoleLiveSession>(sessionPath(id), payload),
      startSession: (id: string) => api.post<ConsoleLiveSession>(`${sessionPath(id)}/start`),
      endSession: (id: string) => api.post<ConsoleLiveSession>(`${sessionPath(id)}/end`),
      cancelSession: (id: string, reason: string) => api.post<ConsoleLiveSession>(`${sessionPath(id)}/cancel`, { reason }),
      /** `null` takes the position on air off air. */
      putOnAir: (id: string, itemId: string | null) => api.post<ConsoleLiveSession>(`${sessionPath(id)}/on-air`, { itemId }),
      answerQuestion: (id: string, questionId: string, mode: 'on_air' | 'text', answer?: string) =>
        api.post<LiveQuestion>(`${sessionPath(id)}/questions/${encodeURIComponent(questionId)}/answer`, answer ? { mode, answer } : { mode }),
      hideQuestion: (id: string, questionId: string) => api.post<LiveQuestion>(`${sessionPath(id)}/questions/${encodeURIComponent(questionId)}/hide`),
      askQuestion: (id: string, text: string, idempotencyKey: string) =>
        api.post<LiveQuestion>(`${sessionPath(id)}/questions`, { text, idempotencyKey }),
      apply: (id: string, positionId: string, idempotencyKey: string) =>
        api.post<LiveApplyResult>(`${sessionPath(id)}/apply`, { positionId, idempotencyKey }),
    }),
    [],
  );
}
