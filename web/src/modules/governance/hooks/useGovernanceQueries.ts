import { useApiQuery } from '../../../api/useApiQuery';
import type {
  Agreement,
  AgreementPage,
  Appointment,
  AppointmentPage,
  CoreProductPage,
  CouncilSummary,
  CouncilTermPage,
  GovernanceFigures,
  Meeting,
  MeetingPage,
  Project,
  ProjectPage,
  ResolutionPage,
  TalentNeedPage,
  TechnologyNeedPage,
  Visit,
  VisitPage,
} from '../types';
import { toQuery } from '../utils/filters';

/** A list's filters, or null when the list is not on screen (nothing is fetched). */
type Filters = Record<string, string | number> | null;
const list = { keepPrevious: true };
const one = (path: string, id: string | undefined) => (id ? `/api/governance/${path}/${encodeURIComponent(id)}` : null);

export const useCouncilTerms = (filters: Filters) => useApiQuery<CouncilTermPage>(filters ? '/api/governance/council-terms' : null, filters ? toQuery(filters) : undefined, list);
export const useCouncilSummary = () => useApiQuery<CouncilSummary>('/api/governance/council/summary');
export const useGovernanceFigures = (year: number) => useApiQuery<GovernanceFigures>('/api/governance/figures', { year }, list);

export const useMeetings = (filters: Filters) => useApiQuery<MeetingPage>(filters ? '/api/governance/meetings' : null, filters ? toQuery(filters) : undefined, list);
export const useMeeting = (id: string | undefined) => useApiQuery<Meeting>(one('meetings', id));
export const useResolutions = (filters: Filters) => useApiQuery<ResolutionPage>(filters ? '/api/governance/resolutions' : null, filters ? toQuery(filters) : undefined, list);

export const useAgreements = (filters: Filters) => useApiQuery<AgreementPage>(filters ? '/api/governance/agreements' : null, filters ? toQuery(filters) : undefined, list);
export const useRenewals = (filters: Filters) => useApiQuery<AgreementPage>(filters ? '/api/governance/agreements/renewals' : null, filters ? toQuery(filters) : undefined, list);
export const useAgreement = (id: string | undefined) => useApiQuery<Agreement>(one('agreements', id));

export const useAppointments = (filters: Filters) => useApiQuery<AppointmentPage>(filters ? '/api/governance/appointments' : null, filters ? toQuery(filters) : undefined, list);
export const useAppointment = (id: string | undefined) => useApiQuery<Appointment>(one('appointments', id));

export const useVisits = (filters: Filters) => useApiQuery<VisitPage>(filters ? '/api/governance/visits' : null, filters ? toQuery(filters) : undefined, list);
export const useVisit = (id: string | undefined) => useApiQuery<Visit>(one('visits', id));

export const useProjects = (filters: Filters) => useApiQuery<ProjectPage>(filters ? '/api/governance/demonstration-projects' : null, filters ? toQuery(filters) : undefined, list);
export const useProject = (id: string | undefined) => useApiQuery<Project>(one('demonstration-projects', id));

export const useCoreProducts = (filters: Filters) => useApiQuery<CoreProductPage>(filters ? '/api/governance/core-products' : null, filters ? toQuery(filters) : undefined, list);
export const useTechnologyNeeds = (filters: Filters) => useApiQuery<TechnologyNeedPage>(filters ? '/api/governance/technology-needs' : null, filters ? toQuery(filters) : undefined, list);
export const useTalentNeeds = (filters: Filters) => useApiQuery<TalentNeedPage>(filters ? '/api/governance/talent-needs' : null, filters ? toQuery(filters) : undefined, list);
