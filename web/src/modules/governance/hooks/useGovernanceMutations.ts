import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type {
  Agreement,
  Appointment,
  CoreProduct,
  CouncilTerm,
  CreateAgreementPayload,
  CreateAppointmentPayload,
  CreateCoreProductPayload,
  CreateCouncilTermPayload,
  CreateMeetingPayload,
  CreateMilestonePayload,
  CreateOutcomePayload,
  CreateProjectPayload,
  CreateResolutionPayload,
  CreateTechnologyNeedPayload,
  CreateVisitPayload,
  Meeting,
  Project,
  Resolution,
  TechnologyNeed,
  UpdateAgreementPayload,
  UpdateAppointmentPayload,
  UpdateCoreProductPayload,
  UpdateCouncilTermPayload,
  UpdateMeetingPayload,
  UpdateMilestonePayload,
  UpdateProjectPayload,
  UpdateResolutionPayload,
  UpdateTechnologyNeedPayload,
  UpdateVisitPayload,
  Visit,
} from '../types';

const BASE = '/api/governance';
const at = (...parts: string[]) => [BASE, ...parts.map(encodeURIComponent)].join('/');

/** Every governance write; each call throws an ApiError the caller shows. */
export function useGovernanceMutations() {
  return useMemo(
    () => ({
      createCouncilTerm: (payload: CreateCouncilTermPayload) => api.post<CouncilTerm>(at('council-terms'), payload),
      updateCouncilTerm: (id: string, payload: UpdateCouncilTermPayload) => api.patch<CouncilTerm>(at('council-terms', id), payload),

      createMeeting: (payload: CreateMeetingPayload) => api.post<Meeting>(at('meetings'), payload),
      updateMeeting: (id: string, payload: UpdateMeetingPayload) => api.patch<Meeting>(at('meetings', id), payload),
      addResolution: (meetingId: string, payload: CreateResolutionPayload) => api.post<Resolution>(at('meetings', meetingId, 'resolutions'), payload),
      updateResolution: (id: string, payload: UpdateResolutionPayload) => api.patch<Resolution>(at('resolutions', id), payload),

      createAgreement: (payload: CreateAgreementPayload) => api.post<Agreement>(at('agreements'), payload),
      updateAgreement: (id: string, payload: UpdateAgreementPayload) => api.patch<Agreement>(at('agreements', id), payload),
      uploadAgreementDocument: (id: string, file: File) =>
        apiRequest<Agreement>('PUT', at('agreements', id, 'document'), {
          raw: file,
          contentType: file.type || 'application/octet-stream',
          query: { fileName: file.name },
        }),

      createAppointment: (payload: CreateAppointmentPayload) => api.post<Appointment>(at('appointments'), payload),
      updateAppointment: (id: string, payload: UpdateAppointmentPayload) => api.patch<Appointment>(at('appointments', id), payload),
      addOutcome: (id: string, payload: CreateOutcomePayload) => api.post<Appointment>(at('appointments', id, 'outcomes'), payload),
      removeOutcome: (id: string, outcomeId: string) => apiRequest<Appointment>('DELETE', at('appointments', id, 'outcomes', outcomeId)),

      createVisit: (payload: CreateVisitPayload) => api.post<Visit>(at('visits'), payload),
      updateVisit: (id: string, payload: UpdateVisitPayload) => api.patch<Visit>(at('visits', id), payload),

      createProject: (payload: CreateProjectPayload) => api.post<Project>(at('demonstration-projects'), payload),
      updateProject: (id: string, payload: UpdateProjectPayload) => api.patch<Project>(at('demonstration-projects', id), payload),
      addMilestone: (projectId: string, payload: CreateMilestonePayload) => api.post<Project>(at('demonstration-projects', projectId, 'milestones'), payload),
      updateMilestone: (id: string, payload: UpdateMilestonePayload) => api.patch<Project>(at('milestones', id), payload),

      createCoreProduct: (payload: CreateCoreProductPayload) => api.post<CoreProduct>(at('core-products'), payload),
      updateCoreProduct: (id: string, payload: UpdateCoreProductPayload) => api.patch<CoreProduct>(at('core-products', id), payload),
      deleteCoreProduct: (id: string, version: number) => apiRequest<void>('DELETE', at('core-products', id), { query: { version } }),
      createTechnologyNeed: (payload: CreateTechnologyNeedPayload) => api.post<TechnologyNeed>(at('technology-needs'), payload),
      updateTechnologyNeed: (id: string, payload: UpdateTechnologyNeedPayload) => api.patch<TechnologyNeed>(at('technology-needs', id), payload),
      deleteTechnologyNeed: (id: string, version: number) => apiRequest<void>('DELETE', at('technology-needs', id), { query: { version } }),
    }),
    [],
  );
}
