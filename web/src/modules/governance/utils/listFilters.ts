// The filters of each governance list as read from the address bar (module-level, so stable).
import { COUNCIL_ROLES, MAIN_INDUSTRIES, AUXILIARY_INDUSTRIES, ORGANISATION_TYPES } from '../../../api/types';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  APPOINTMENT_DIRECTIONS,
  MEETING_TYPES,
  PROGRESS_STATUSES,
  TECHNOLOGY_NEED_STATUSES,
  TERM_STATUSES,
  VISIT_KINDS,
} from '../types';
import { choiceParam, dateParam, pagingParams, textParam, yearParam } from './filters';

export const ZONE_INDUSTRIES = [...MAIN_INDUSTRIES, ...AUXILIARY_INDUSTRIES] as const;
/** Days ahead the renewal reminder looks. */
export const RENEWAL_WINDOWS = ['30', '60', '90', '180', '365'] as const;

export function parseCouncilFilters(params: URLSearchParams) {
  return {
    status: choiceParam(params, 'status', TERM_STATUSES),
    role: choiceParam(params, 'role', COUNCIL_ROLES),
    organisationType: choiceParam(params, 'organisationType', ORGANISATION_TYPES),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

export function parseMeetingFilters(params: URLSearchParams) {
  return {
    view: choiceParam(params, 'view', ['resolutions'] as const),
    type: choiceParam(params, 'type', MEETING_TYPES),
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
    status: choiceParam(params, 'status', PROGRESS_STATUSES),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

export function parseAgreementFilters(params: URLSearchParams) {
  return {
    view: choiceParam(params, 'view', ['renewals'] as const),
    withinDays: choiceParam(params, 'withinDays', RENEWAL_WINDOWS) || '90',
    status: choiceParam(params, 'status', AGREEMENT_STATUSES),
    type: choiceParam(params, 'type', AGREEMENT_TYPES),
    partyType: choiceParam(params, 'partyType', ORGANISATION_TYPES),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

export function parseAppointmentFilters(params: URLSearchParams) {
  return {
    direction: choiceParam(params, 'direction', APPOINTMENT_DIRECTIONS),
    status: choiceParam(params, 'status', TERM_STATUSES),
    year: yearParam(params),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

export function parseVisitFilters(params: URLSearchParams) {
  return {
    kind: choiceParam(params, 'kind', VISIT_KINDS),
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

export function parseProjectFilters(params: URLSearchParams) {
  return { year: yearParam(params), q: textParam(params, 'q'), ...pagingParams(params) };
}

export const LIST_VIEWS = ['core', 'needs', 'talent'] as const;
export type ListView = (typeof LIST_VIEWS)[number];

export function parseThreeListFilters(params: URLSearchParams) {
  return {
    view: choiceParam(params, 'view', LIST_VIEWS) || 'core',
    industry: choiceParam(params, 'industry', ZONE_INDUSTRIES),
    status: choiceParam(params, 'status', TECHNOLOGY_NEED_STATUSES),
    year: yearParam(params),
    q: textParam(params, 'q'),
    ...pagingParams(params),
  };
}

/** Years offered by the year filters: from the consortium's first year to next year. */
export function governanceYears(now = new Date()): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - 2021 + 1 }, (_, i) => last - i);
}
