// Pure rules of the governance records: no I/O, unit-tested beside this file. Dates are ISO
// 'YYYY-MM-DD' strings, which compare correctly as text; an absent end date means open-ended.
import type { FieldIssue } from '../../platform/errors';
import {
  AGREEMENT_DOCUMENT_TYPES,
  type AgreementDocumentType,
  type AgreementStatus,
  type AppointmentDirection,
  type ProgressStatus,
  type TermStatus,
} from './governance.codes';

type Day = string;

/** A resolution or milestone: done once it has a done date, overdue when its due date has passed. */
export function progressStatus(record: { dueOn: Day | null; doneOn: Day | null }, today: Day): ProgressStatus {
  if (record.doneOn) return 'done';
  if (record.dueOn && record.dueOn < today) return 'overdue';
  return 'open';
}

/** An active agreement whose end date has passed reads as expired. */
export function agreementStatus(record: { status: string; endOn: Day | null }, today: Day): AgreementStatus {
  if (record.status === 'active' && record.endOn && record.endOn < today) return 'expired';
  return record.status as AgreementStatus;
}

export function termStatus(record: { startOn: Day; endOn: Day | null }, today: Day): TermStatus {
  if (record.startOn > today) return 'upcoming';
  if (record.endOn && record.endOn < today) return 'past';
  return 'current';
}

/** Whether two date ranges share a day; `null` ends run forever. */
export function rangesOverlap(a: { startOn: Day; endOn: Day | null }, b: { startOn: Day; endOn: Day | null }): boolean {
  return (a.endOn === null || a.endOn >= b.startOn) && (b.endOn === null || b.endOn >= a.startOn);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function endNotBeforeStart(record: { startOn: Day; endOn?: Day | null | undefined }, path = 'endOn'): FieldIssue[] {
  return record.endOn && record.endOn < record.startOn ? [{ path, message: 'governance.end_before_start' }] : [];
}

/** A council term: its end is not before its start, and it does not overlap the organisation's other terms. */
export function checkCouncilTermRules(
  term: { startOn: Day; endOn: Day | null },
  otherTerms: readonly { startOn: Day; endOn: Day | null }[],
): FieldIssue[] {
  const issues = endNotBeforeStart(term);
  if (issues.length) return issues;
  const clash = otherTerms.find((other) => rangesOverlap(term, other));
  if (clash) issues.push({ path: 'startOn', message: 'council.term_overlap', params: { start: clash.startOn, end: clash.endOn ?? '—' } });
  return issues;
}

/** The council role in force on `day` among an organisation's terms, and the first day it joined. */
export function councilStandingOn(
  terms: readonly { role: string; startOn: Day; endOn: Day | null }[],
  day: Day,
): { role: string | null; joinedOn: Day | null } {
  const current = terms.find((t) => termStatus(t, day) === 'current');
  if (!current) return { role: null, joinedOn: null };
  const joinedOn = terms.reduce<Day>((first, t) => (t.startOn < first ? t.startOn : first), current.startOn);
  return { role: current.role, joinedOn };
}

export function checkResolutionRules(
  resolution: { dueOn?: Day | null | undefined; doneOn?: Day | null | undefined; ownerOrganisationId?: string | null | undefined; ownerName?: string | null | undefined },
  meetingHeldOn: Day,
  today: Day,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!resolution.ownerOrganisationId && !resolution.ownerName) issues.push({ path: 'ownerName', message: 'resolution.owner_required' });
  if (resolution.dueOn && resolution.dueOn < meetingHeldOn) issues.push({ path: 'dueOn', message: 'resolution.due_before_meeting' });
  if (resolution.doneOn) {
    if (resolution.doneOn > today) issues.push({ path: 'doneOn', message: 'governance.date_in_future' });
    else if (resolution.doneOn < meetingHeldOn) issues.push({ path: 'doneOn', message: 'resolution.done_before_meeting' });
  }
  return issues;
}

/** Attendees: each names an organisation or a person, and none is listed twice. */
export function checkAttendees(attendees: readonly { organisationId?: string | null | undefined; personName?: string | null | undefined }[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  attendees.forEach((a, i) => {
    if (!a.organisationId && !a.personName) {
      issues.push({ path: `attendees.${i}`, message: 'meeting.attendee_required' });
      return;
    }
    const key = `${a.organisationId ?? ''}|${a.personName ?? ''}`;
    if (seen.has(key)) issues.push({ path: `attendees.${i}`, message: 'meeting.duplicate_attendee' });
    seen.add(key);
  });
  return issues;
}

const AGREEMENT_TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['draft', 'active'],
  active: ['active', 'terminated'],
};

/** An agreement as it would be after a change, checked as a whole. */
export function checkAgreementRules(
  agreement: {
    status: string;
    signedOn: Day | null;
    endOn: Day | null;
    terminatedOn: Day | null;
    terminationReason: string | null;
    partyIds: readonly string[];
  },
  previousStatus: string | null,
  today: Day,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // A terminated agreement is a closed record, kept as it ended.
  if (previousStatus === 'terminated') return [{ path: 'status', message: 'agreement.closed' }];
  if (previousStatus !== null && !(AGREEMENT_TRANSITIONS[previousStatus] ?? []).includes(agreement.status)) {
    issues.push({ path: 'status', message: 'agreement.wrong_transition' });
    return issues;
  }
  if (agreement.partyIds.length < 2) issues.push({ path: 'partyIds', message: 'agreement.parties_min' });
  const seen = new Set<string>();
  agreement.partyIds.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `partyIds.${i}`, message: 'agreement.duplicate_party' });
    seen.add(id);
  });
  if (agreement.status !== 'draft') {
    if (!agreement.signedOn) issues.push({ path: 'signedOn', message: 'agreement.signed_required' });
    if (!agreement.endOn) issues.push({ path: 'endOn', message: 'agreement.end_required' });
  }
  if (agreement.signedOn && agreement.signedOn > today) issues.push({ path: 'signedOn', message: 'governance.date_in_future' });
  if (agreement.signedOn && agreement.endOn && agreement.endOn <= agreement.signedOn) {
    issues.push({ path: 'endOn', message: 'agreement.end_before_signed' });
  }
  if (agreement.status === 'terminated') {
    if (!agreement.terminatedOn) issues.push({ path: 'terminatedOn', message: 'field.required' });
    else if (agreement.terminatedOn > today) issues.push({ path: 'terminatedOn', message: 'governance.date_in_future' });
    else if (agreement.signedOn && agreement.terminatedOn < agreement.signedOn) {
      issues.push({ path: 'terminatedOn', message: 'agreement.terminated_before_signed' });
    }
    if (!agreement.terminationReason) issues.push({ path: 'terminationReason', message: 'field.required' });
  } else {
    if (agreement.terminatedOn) issues.push({ path: 'terminatedOn', message: 'agreement.only_when_terminated' });
    if (agreement.terminationReason) issues.push({ path: 'terminationReason', message: 'agreement.only_when_terminated' });
  }
  return issues;
}

/** Which side is academic (院校, 科研院所) and which the enterprise follows from the direction. */
const ACADEMIC_TYPES: readonly string[] = ['school', 'institute'];

export function checkAppointmentRules(appointment: {
  direction: AppointmentDirection;
  homeOrganisationId: string;
  hostOrganisationId: string;
  homeType: string;
  hostType: string;
  startOn: Day;
  endOn: Day | null;
}): FieldIssue[] {
  const issues = endNotBeforeStart(appointment);
  if (appointment.homeOrganisationId === appointment.hostOrganisationId) {
    issues.push({ path: 'hostOrganisationId', message: 'appointment.same_organisation' });
    return issues;
  }
  if (appointment.direction === 'school_to_enterprise') {
    if (!ACADEMIC_TYPES.includes(appointment.homeType)) issues.push({ path: 'homeOrganisationId', message: 'appointment.must_be_school' });
    if (appointment.hostType !== 'enterprise') issues.push({ path: 'hostOrganisationId', message: 'appointment.must_be_enterprise' });
  } else {
    if (appointment.homeType !== 'enterprise') issues.push({ path: 'homeOrganisationId', message: 'appointment.must_be_enterprise' });
    if (!ACADEMIC_TYPES.includes(appointment.hostType)) issues.push({ path: 'hostOrganisationId', message: 'appointment.must_be_school' });
  }
  return issues;
}

export function checkOutcomeRules(outcome: { occurredOn?: Day | null | undefined }, appointmentStartOn: Day, today: Day): FieldIssue[] {
  if (!outcome.occurredOn) return [];
  if (outcome.occurredOn > today) return [{ path: 'occurredOn', message: 'governance.date_in_future' }];
  if (outcome.occurredOn < appointmentStartOn) return [{ path: 'occurredOn', message: 'outcome.before_appointment' }];
  return [];
}

export function checkVisitRules(visit: { heldOn: Day }, today: Day): FieldIssue[] {
  return visit.heldOn > today ? [{ path: 'heldOn', message: 'governance.date_in_future' }] : [];
}

export function checkProjectRules(project: { startOn: Day; endOn?: Day | null | undefined; filedOn?: Day | null | undefined }, today: Day): FieldIssue[] {
  const issues = endNotBeforeStart(project);
  if (project.filedOn && project.filedOn > today) issues.push({ path: 'filedOn', message: 'governance.date_in_future' });
  return issues;
}

export function checkMilestoneRules(milestone: { dueOn: Day; doneOn?: Day | null | undefined }, projectStartOn: Day, today: Day): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (milestone.dueOn < projectStartOn) issues.push({ path: 'dueOn', message: 'milestone.due_before_project' });
  if (milestone.doneOn && milestone.doneOn > today) issues.push({ path: 'doneOn', message: 'governance.date_in_future' });
  else if (milestone.doneOn && milestone.doneOn < projectStartOn) issues.push({ path: 'doneOn', message: 'milestone.done_before_project' });
  return issues;
}

function startsWithBytes(data: Uint8Array, magic: readonly number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/**
 * What an uploaded file really is, from its first bytes (not from what the browser claims):
 * PDF, a Word .docx (a zip holding word/document.xml), PNG or JPEG; anything else is null.
 */
export function sniffDocumentType(data: Buffer): AgreementDocumentType | null {
  if (startsWithBytes(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWithBytes(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWithBytes(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWithBytes(data, [0x50, 0x4b, 0x03, 0x04]) && data.includes('word/document.xml')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

/**
 * The name a document is stored and downloaded under: the uploader's name without any folder
 * part or control characters, with the extension of what the file really is.
 */
export function documentFileName(uploadedName: string | null | undefined, type: AgreementDocumentType, fallbackStem: string): string {
  const extension = AGREEMENT_DOCUMENT_TYPES[type];
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = (uploadedName ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f"]/g, '').trim() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 120) || fallbackStem;
  return `${stem}.${extension}`;
}
