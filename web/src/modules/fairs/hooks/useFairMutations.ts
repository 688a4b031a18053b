import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Booth, BoothPayload, Fair, FairPayload, Intent, SurveyPayload } from '../types';
import { boothPath, fairPath } from '../utils/urls';

/** Writes of the fairs console; every call throws an ApiError the caller shows. */
export function useFairMutations() {
  return useMemo(
    () => ({
      createFair: (payload: FairPayload) => api.post<Fair>('/api/fairs', payload),
      updateFair: (fair: Fair, payload: FairPayload) => api.patch<Fair>(fairPath(fair.id), { ...payload, expectedVersion: fair.version }),
      publishFair: (fair: Fair) => api.post<Fair>(`${fairPath(fair.id)}/publish`, { expectedVersion: fair.version }),
      cancelFair: (fair: Fair, reason: string) => api.post<Fair>(`${fairPath(fair.id)}/cancel`, { reason, expectedVersion: fair.version }),
      registerBooth: (fairId: string, payload: BoothPayload) => api.post<Booth>(`${fairPath(fairId)}/booths`, payload),
      updateBooth: (booth: Booth, payload: BoothPayload) => api.patch<Booth>(boothPath(booth.fairId, booth.id), { ...payload, expectedVersion: booth.version }),
      approveBooth: (booth: Booth, boothNumber: string) => api.post<Booth>(`${boothPath(booth.fairId, booth.id)}/approve`, { boothNumber }),
      rejectBooth: (booth: Booth, reason: string) => api.post<Booth>(`${boothPath(booth.fairId, booth.id)}/reject`, { reason }),
      withdrawBooth: (booth: Booth) => api.post<Booth>(`${boothPath(booth.fairId, booth.id)}/withdraw`),
      updateFollowUp: (intent: Intent, status: string, note: string | null) =>
        api.patch<Intent>(`/api/fair-intents/${encodeURIComponent(intent.id)}/follow-up`, { status, ...(note ? { note } : {}) }),
      sendSurvey: (fairId: string) => api.post<{ surveySentAt: string; notified: number }>(`${fairPath(fairId)}/survey/send`),
      answerSurvey: (fairId: string, payload: SurveyPayload) => api.post<unknown>(`${fairPath(fairId)}/survey/responses`, payload),
    }),
    [],
  );
}
