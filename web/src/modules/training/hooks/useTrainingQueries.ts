import { useApiQuery } from '../../../api/useApiQuery';
import type {
  BookingPage,
  Calendar,
  Competition,
  CompetitionPage,
  EntrantList,
  EnrolmentList,
  Programme,
  ProgrammePage,
  SessionList,
  TrainingBasePage,
  TrainingStats,
  Utilisation,
} from '../types';

/** The zone's bases (every one fits on a page: a zone has dozens, not thousands). */
export function useTrainingBases() {
  return useApiQuery<TrainingBasePage>('/api/training/bases', { pageSize: 200 }, { keepPrevious: true });
}

/** Booked slots of the date range, for one base. */
export function useBookingCalendar(baseId: string | undefined, from: string, to: string) {
  return useApiQuery<Calendar>(baseId ? '/api/training/calendar' : null, { baseId, from, to }, { keepPrevious: true });
}

export type BookingFilters = {
  baseId?: string | undefined;
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  use?: 'recorded' | 'missing' | undefined;
  page: number;
  pageSize: number;
};

/** Bookings: the zone's for operators and government, the organisation's own otherwise. */
export function useBookings(filters: BookingFilters) {
  return useApiQuery<BookingPage>('/api/training/bookings', filters, { keepPrevious: true });
}

export function useUtilisation(year: number, isEnabled: boolean) {
  return useApiQuery<Utilisation>(isEnabled ? '/api/training/utilisation' : null, { year }, { keepPrevious: true });
}

export function useTrainingStats(year: number, isEnabled: boolean) {
  return useApiQuery<TrainingStats>(isEnabled ? '/api/training/stats' : null, { year }, { keepPrevious: true });
}

export function useProgrammes(filters: { kind?: string | undefined; year?: number | undefined; page: number; pageSize: number }) {
  return useApiQuery<ProgrammePage>('/api/training/programmes', filters, { keepPrevious: true });
}

export function useProgramme(id: string | undefined) {
  const path = id ? `/api/training/programmes/${encodeURIComponent(id)}` : null;
  return {
    programme: useApiQuery<Programme>(path, undefined, { keepPrevious: true }),
    sessions: useApiQuery<SessionList>(path && `${path}/sessions`, undefined, { keepPrevious: true }),
    enrolments: useApiQuery<EnrolmentList>(path && `${path}/enrolments`, undefined, { keepPrevious: true }),
  };
}

export function useCompetitions(filters: { year?: number | undefined; page: number; pageSize: number }) {
  return useApiQuery<CompetitionPage>('/api/training/competitions', filters, { keepPrevious: true });
}

export function useCompetition(id: string | undefined) {
  const path = id ? `/api/training/competitions/${encodeURIComponent(id)}` : null;
  return {
    competition: useApiQuery<Competition>(path, undefined, { keepPrevious: true }),
    entrants: useApiQuery<EntrantList>(path && `${path}/entrants`, undefined, { keepPrevious: true }),
  };
}
