import { useMemo } from 'react';
import { api } from '../../../api/client';
import type { Consultation, CreateConsultationPayload, UpdateConsultationPayload } from '../types';

/** Logs and corrects consultations; every call throws an ApiError the caller shows. */
export function useConsultationMutations() {
  return useMemo(
    () => ({
      logConsultation: (payload: CreateConsultationPayload) => api.post<Consultation>('/api/consultations', payload),
      updateConsultation: (id: string, payload: UpdateConsultationPayload) =>
        api.patch<Consultation>(`/api/consultations/${encodeURIComponent(id)}`, payload),
    }),
    [],
  );
}
