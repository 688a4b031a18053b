import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type {
  Consent,
  ConsentPayload,
  CreateSeekerPayload,
  PersonalData,
  ProfilePayload,
  Seeker,
  UpdateSeekerPayload,
} from '../types';

const seekerPath = (id: string) => `/api/seekers/${encodeURIComponent(id)}`;

/** Writes to profiles and consents; every call throws an ApiError the caller shows. */
export function useTalentMutations() {
  return useMemo(
    () => ({
      saveMyProfile: (payload: ProfilePayload) => apiRequest<Seeker>('PUT', '/api/me/profile', { json: payload }),
      grantMyConsent: (payload: ConsentPayload) => api.post<Consent>('/api/me/consents', payload),
      withdrawMyConsent: (consentId: string) =>
        apiRequest<Consent>('DELETE', `/api/me/consents/${encodeURIComponent(consentId)}`),
      eraseMyData: () => apiRequest<void>('DELETE', '/api/me/data'),
      createSeeker: (payload: CreateSeekerPayload) => api.post<Seeker>('/api/seekers', payload),
      updateSeeker: (id: string, payload: UpdateSeekerPayload) => api.patch<Seeker>(seekerPath(id), payload),
      readPersonalData: (id: string) => api.get<PersonalData>(`${seekerPath(id)}/personal-data`),
      grantSeekerConsent: (id: string, payload: ConsentPayload) => api.post<Consent>(`${seekerPath(id)}/consents`, payload),
      withdrawSeekerConsent: (id: string, consentId: string) =>
        apiRequest<Consent>('DELETE', `${seekerPath(id)}/consents/${encodeURIComponent(consentId)}`),
    }),
    [],
  );
}
