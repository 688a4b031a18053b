import { useMemo } from 'react';
import { api, apiRequest } from '../../../api/client';
import type {
  AddEntrantPayload,
  Booking,
  Competition,
  CreateBasePayload,
  CreateBookingPayload,
  CreateCompetitionPayload,
  CreateProgrammePayload,
  CreateSessionPayload,
  Enrolment,
  EnrolPayload,
  Entrant,
  Programme,
  RecordResultPayload,
  RecordUsePayload,
  Session,
  TrainingBase,
  UpdateBasePayload,
} from '../types';

const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

/** Writes of the training module; every call throws an ApiError the caller shows. */
export function useTrainingMutations() {
  return useMemo(
    () => ({
      createBase: (payload: CreateBasePayload) => api.post<TrainingBase>('/api/training/bases', payload),
      updateBase: (id: string, payload: UpdateBasePayload) => api.patch<TrainingBase>(at('/api/training/bases', id), payload),
      createBooking: (payload: CreateBookingPayload) => api.post<Booking>('/api/training/bookings', payload),
      cancelBooking: (booking: Booking, reason: string | null) =>
        api.post<Booking>(`${at('/api/training/bookings', booking.id)}/cancel`, { version: booking.version, reason }),
      recordUse: (id: string, payload: RecordUsePayload) => api.post<Booking>(`${at('/api/training/bookings', id)}/use`, payload),
      createProgramme: (payload: CreateProgrammePayload) => api.post<Programme>('/api/training/programmes', payload),
      addSession: (programmeId: string, payload: CreateSessionPayload) =>
        api.post<Session>(`${at('/api/training/programmes', programmeId)}/sessions`, payload),
      takeAttendance: (sessionId: string, presentEnrolmentIds: string[]) =>
        apiRequest<Session>('PUT', `${at('/api/training/sessions', sessionId)}/attendance`, { json: { presentEnrolmentIds } }),
      enrol: (programmeId: string, payload: EnrolPayload) => api.post<Enrolment>(`${at('/api/training/programmes', programmeId)}/enrolments`, payload),
      completeEnrolment: (enrolment: Enrolment) => api.post<Enrolment>(`${at('/api/training/enrolments', enrolment.id)}/complete`, { version: enrolment.version }),
      withdrawEnrolment: (enrolment: Enrolment) => api.post<Enrolment>(`${at('/api/training/enrolments', enrolment.id)}/withdraw`, { version: enrolment.version }),
      createCompetition: (payload: CreateCompetitionPayload) => api.post<Competition>('/api/training/competitions', payload),
      addEntrant: (competitionId: string, payload: AddEntrantPayload) =>
        api.post<Entrant>(`${at('/api/training/competitions', competitionId)}/entrants`, payload),
      recordResult: (id: string, payload: RecordResultPayload) => api.patch<Entrant>(at('/api/training/entrants', id), payload),
    }),
    [],
  );
}

/** Where a completed trainee's certificate opens. */
export function certificatePdfUrl(enrolmentId: string): string {
  return `${at('/api/training/enrolments', enrolmentId)}/certificate.pdf`;
}
