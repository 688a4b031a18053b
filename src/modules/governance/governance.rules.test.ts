import { describe, expect, it } from 'vitest';
import {
  addDays,
  agreementStatus,
  checkAgreementRules,
  checkAppointmentRules,
  checkAttendees,
  checkCouncilTermRules,
  checkMilestoneRules,
  checkOutcomeRules,
  checkProjectRules,
  checkResolutionRules,
  checkVisitRules,
  councilStandingOn,
  daysBetween,
  documentFileName,
  progressStatus,
  rangesOverlap,
  sniffDocumentType,
  termStatus,
} from './governance.rules';

const TODAY = '2023-06-15';

describe('progress of resolutions and milestones', () => {
  it('is done once a done date is set, whatever the due date', () => {
    expect(progressStatus({ dueOn: '2023-01-01', doneOn: '2023-02-01' }, TODAY)).toBe('done');
    expect(progressStatus({ dueOn: null, doneOn: '2023-02-01' }, TODAY)).toBe('done');
  });
  it('is overdue the day after the due date, open on it and before, open without one', () => {
    expect(progressStatus({ dueOn: '2023-06-14', doneOn: null }, TODAY)).toBe('overdue');
    expect(progressStatus({ dueOn: TODAY, doneOn: null }, TODAY)).toBe('open');
    expect(progressStatus({ dueOn: '2023-07-01', doneOn: null }, TODAY)).toBe('open');
    expect(progressStatus({ dueOn: null, doneOn: null }, TODAY)).toBe('open');
  });
});

describe('agreement status', () => {
  it('reads an active agreement past its end as expired, and leaves the others as stored', () => {
    expect(agreementStatus({ status: 'active', endOn: '2023-06-14' }, TODAY)).toBe('expired');
    expect(agreementStatus({ status: 'active', endOn: TODAY }, TODAY)).toBe('active');
    expect(agreementStatus({ status: 'draft', endOn: '2020-01-01' }, TODAY)).toBe('draft');
    expect(agreementStatus({ status: 'terminated', endOn: '2020-01-01' }, TODAY)).toBe('terminated');
  });

  const valid = { status: 'active', signedOn: '2023-05-01', endOn: '2026-04-30', terminatedOn: null, terminationReason: null, partyIds: ['a', 'b'] };

  it('accepts a signed agreement between two parties, and a bare draft', () => {
    expect(checkAgreementRules(valid, null, TODAY)).toEqual([]);
    expect(checkAgreementRules({ ...valid, status: 'draft', signedOn: null, endOn: null }, null, TODAY)).toEqual([]);
  });
  it('needs two distinct parties', () => {
    expect(checkAgreementRules({ ...valid, partyIds: ['a'] }, null, TODAY)).toEqual([{ path: 'partyIds', message: 'agreement.parties_min' }]);
    expect(checkAgreementRules({ ...valid, partyIds: ['a', 'b', 'a'] }, null, TODAY)).toEqual([{ path: 'partyIds.2', message: 'agreement.duplicate_party' }]);
  });
  it('needs signing and end dates in force, in order, signed no later than today', () => {
    expect(checkAgreementRules({ ...valid, signedOn: null, endOn: null }, null, TODAY).map((i) => i.message)).toEqual([
      'agreement.signed_required',
      'agreement.end_required',
    ]);
    expect(checkAgreementRules({ ...valid, endOn: '2023-05-01' }, null, TODAY)).toEqual([{ path: 'endOn', message: 'agreement.end_before_signed' }]);
    expect(checkAgreementRules({ ...valid, signedOn: '2023-06-16' }, null, TODAY)).toEqual([{ path: 'signedOn', message: 'governance.date_in_future' }]);
  });
  it('moves draft → active → terminated only, and a terminated one not at all', () => {
    expect(checkAgreementRules(valid, 'draft', TODAY)).toEqual([]);
    expect(checkAgreementRules({ ...valid, status: 'draft' }, 'active', TODAY)).toEqual([{ path: 'status', message: 'agreement.wrong_transition' }]);
    expect(checkAgreementRules({ ...valid, status: 'terminated', terminatedOn: TODAY, terminationReason: '合作终止' }, 'draft', TODAY)).toEqual([
      { path: 'status', message: 'agreement.wrong_transition' },
    ]);
    expect(checkAgreementRules(valid, 'terminated', TODAY)).toEqual([{ path: 'status', message: 'agreement.closed' }]);
  });
  it('terminates with a date and a reason, and only then', () => {
    const terminating = { ...valid, status: 'terminated' };
    expect(checkAgreementRules(terminating, 'active', TODAY)).toEqual([
      { path: 'terminatedOn', message: 'field.required' },
      { path: 'terminationReason', message: 'field.required' },
    ]);
    expect(checkAgreementRules({ ...terminating, terminatedOn: '2023-04-01', terminationReason: '企业搬迁' }, 'active', TODAY)).toEqual([
      { path: 'terminatedOn', message: 'agreement.terminated_before_signed' },
    ]);
    expect(checkAgreementRules({ ...terminating, terminatedOn: TODAY, terminationReason: '企业搬迁' }, 'active', TODAY)).toEqual([]);
    expect(checkAgreementRules({ ...valid, terminationReason: '企业搬迁' }, 'active', TODAY)).toEqual([
      { path: 'terminationReason', message: 'agreement.only_when_terminated' },
    ]);
  });
});

describe('council terms', () => {
  it('classifies terms against today', () => {
    expect(termStatus({ startOn: '2023-04-25', endOn: null }, TODAY)).toBe('current');
    expect(termStatus({ startOn: '2021-01-01', endOn: '2023-04-24' }, TODAY)).toBe('past');
    expect(termStatus({ startOn: '2023-07-01', endOn: null }, TODAY)).toBe('upcoming');
    expect(termStatus({ startOn: TODAY, endOn: TODAY }, TODAY)).toBe('current');
  });
  it('finds overlaps, open ends running forever and shared boundary days overlapping', () => {
    expect(rangesOverlap({ startOn: '2021-01-01', endOn: '2023-04-24' }, { startOn: '2023-04-25', endOn: null })).toBe(false);
    expect(rangesOverlap({ startOn: '2021-01-01', endOn: '2023-04-25' }, { startOn: '2023-04-25', endOn: null })).toBe(true);
    expect(rangesOverlap({ startOn: '2021-01-01', endOn: null }, { startOn: '2030-01-01', endOn: '2030-12-31' })).toBe(true);
  });
  it('refuses a term overlapping another of the same organisation, or ending before it starts', () => {
    const others = [{ startOn: '2021-01-01', endOn: '2023-04-24' }];
    expect(checkCouncilTermRules({ startOn: '2023-04-25', endOn: null }, others)).toEqual([]);
    expect(checkCouncilTermRules({ startOn: '2023-01-01', endOn: null }, others)).toEqual([
      { path: 'startOn', message: 'council.term_overlap', params: { start: '2021-01-01', end: '2023-04-24' } },
    ]);
    expect(checkCouncilTermRules({ startOn: '2023-05-01', endOn: '2023-04-30' }, [])).toEqual([{ path: 'endOn', message: 'governance.end_before_start' }]);
  });
  it('gives the role in force and the first day on the council', () => {
    const terms = [
      { role: 'member', startOn: '2021-03-01', endOn: '2023-04-24' },
      { role: 'executive_member', startOn: '2023-04-25', endOn: null },
    ];
    expect(councilStandingOn(terms, TODAY)).toEqual({ role: 'executive_member', joinedOn: '2021-03-01' });
    expect(councilStandingOn(terms, '2022-01-01')).toEqual({ role: 'member', joinedOn: '2021-03-01' });
    expect(councilStandingOn(terms, '2020-01-01')).toEqual({ role: null, joinedOn: null });
  });
});

describe('meetings and resolutions', () => {
  it('needs each attendee to name an organisation or a person, once', () => {
    expect(checkAttendees([{ organisationId: 'o1' }, { personName: '李建国' }, { organisationId: 'o1', personName: '李建国' }])).toEqual([]);
    expect(checkAttendees([{ organisationId: 'o1' }, {}, { organisationId: 'o1' }])).toEqual([
      { path: 'attendees.1', message: 'meeting.attendee_required' },
      { path: 'attendees.2', message: 'meeting.duplicate_attendee' },
    ]);
  });
  it('needs an owner, due and done dates not before the meeting, done not in the future', () => {
    expect(checkResolutionRules({ ownerName: '杨晓梅', dueOn: '2023-07-01' }, '2023-04-25', TODAY)).toEqual([]);
    expect(checkResolutionRules({ dueOn: '2023-04-01', doneOn: '2023-04-02' }, '2023-04-25', TODAY)).toEqual([
      { path: 'ownerName', message: 'resolution.owner_required' },
      { path: 'dueOn', message: 'resolution.due_before_meeting' },
      { path: 'doneOn', message: 'resolution.done_before_meeting' },
    ]);
    expect(checkResolutionRules({ ownerOrganisationId: 'o1', doneOn: '2023-06-16' }, '2023-04-25', TODAY)).toEqual([
      { path: 'doneOn', message: 'governance.date_in_future' },
    ]);
  });
});

describe('dual appointments', () => {
  const base = { homeOrganisationId: 'dali', hostOrganisationId: 'huapai', startOn: '2023-05-01', endOn: '2025-04-30' };
  it('sends school people to enterprises and enterprise people to schools', () => {
    expect(checkAppointmentRules({ ...base, direction: 'school_to_enterprise', homeType: 'school', hostType: 'enterprise' })).toEqual([]);
    expect(checkAppointmentRules({ ...base, direction: 'school_to_enterprise', homeType: 'institute', hostType: 'enterprise' })).toEqual([]);
    expect(checkAppointmentRules({ ...base, direction: 'enterprise_to_school', homeType: 'enterprise', hostType: 'school' })).toEqual([]);
    expect(checkAppointmentRules({ ...base, direction: 'school_to_enterprise', homeType: 'enterprise', hostType: 'school' })).toEqual([
      { path: 'homeOrganisationId', message: 'appointment.must_be_school' },
      { path: 'hostOrganisationId', message: 'appointment.must_be_enterprise' },
    ]);
    expect(checkAppointmentRules({ ...base, direction: 'enterprise_to_school', homeType: 'bank', hostType: 'enterprise' })).toEqual([
      { path: 'homeOrganisationId', message: 'appointment.must_be_enterprise' },
      { path: 'hostOrganisationId', message: 'appointment.must_be_school' },
    ]);
  });
  it('refuses the same organisation on both sides and an end before the start', () => {
    expect(
      checkAppointmentRules({ ...base, hostOrganisationId: 'dali', endOn: '2023-01-01', direction: 'school_to_enterprise', homeType: 'school', hostType: 'school' }),
    ).toEqual([
      { path: 'endOn', message: 'governance.end_before_start' },
      { path: 'hostOrganisationId', message: 'appointment.same_organisation' },
    ]);
  });
  it('dates outcomes within the appointment and not ahead of today', () => {
    expect(checkOutcomeRules({ occurredOn: '2023-06-01' }, '2023-05-01', TODAY)).toEqual([]);
    expect(checkOutcomeRules({ occurredOn: null }, '2023-05-01', TODAY)).toEqual([]);
    expect(checkOutcomeRules({ occurredOn: '2023-04-30' }, '2023-05-01', TODAY)).toEqual([{ path: 'occurredOn', message: 'outcome.before_appointment' }]);
    expect(checkOutcomeRules({ occurredOn: '2023-06-16' }, '2023-05-01', TODAY)).toEqual([{ path: 'occurredOn', message: 'governance.date_in_future' }]);
  });
});

describe('visits, projects and milestones', () => {
  it('logs visits that have happened', () => {
    expect(checkVisitRules({ heldOn: TODAY }, TODAY)).toEqual([]);
    expect(checkVisitRules({ heldOn: '2023-06-16' }, TODAY)).toEqual([{ path: 'heldOn', message: 'governance.date_in_future' }]);
  });
  it('checks a project’s dates and its milestones against its start', () => {
    expect(checkProjectRules({ startOn: '2023-10-01', endOn: '2025-09-30', filedOn: '2023-10-20' }, '2023-12-01')).toEqual([]);
    expect(checkProjectRules({ startOn: '2023-10-01', endOn: '2023-09-30', filedOn: '2023-12-02' }, '2023-12-01')).toEqual([
      { path: 'endOn', message: 'governance.end_before_start' },
      { path: 'filedOn', message: 'governance.date_in_future' },
    ]);
    expect(checkMilestoneRules({ dueOn: '2023-12-31', doneOn: '2023-11-30' }, '2023-10-01', '2023-12-01')).toEqual([]);
    expect(checkMilestoneRules({ dueOn: '2023-09-30', doneOn: '2023-09-01' }, '2023-10-01', '2023-12-01')).toEqual([
      { path: 'dueOn', message: 'milestone.due_before_project' },
      { path: 'doneOn', message: 'milestone.done_before_project' },
    ]);
  });
});

describe('dates', () => {
  it('counts days and adds them across month and year ends', () => {
    expect(daysBetween('2023-12-30', '2024-01-02')).toBe(3);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 90)).toBe('2024-03-30');
  });
});

describe('agreement documents', () => {
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
  it('tells the real type from the first bytes', () => {
    expect(sniffDocumentType(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniffDocumentType(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
  it('refuses anything else, an xlsx or a renamed text file included', () => {
    expect(sniffDocumentType(Buffer.from('合作协议'))).toBeNull();
    expect(sniffDocumentType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]))).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
    expect(sniffDocumentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
  it('keeps the uploader’s name without folders or control characters, with the real extension', () => {
    expect(documentFileName('C:\\合同\\战略合作协议（大理大学）.PDF', 'application/pdf', '协议')).toBe('战略合作协议（大理大学）.pdf');
    expect(documentFileName('../../etc/passwd', 'image/png', '协议')).toBe('passwd.png');
    expect(documentFileName('scan\u0000"x".jpeg', 'image/jpeg', '协议')).toBe('scanx.jpg');
    expect(documentFileName(null, 'application/pdf', '战略合作协议')).toBe('战略合作协议.pdf');
  });
});
