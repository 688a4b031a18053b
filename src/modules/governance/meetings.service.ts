import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import type { MeetingType } from './governance.codes';
import { checkAttendees, checkResolutionRules, progressStatus } from './governance.rules';
import * as repo from './meetings.repository';
import type { AttendeeRow, MeetingSummaryRow, ResolutionRow } from './meetings.repository';
import type {
  AttendeeInput,
  CreateMeetingInput,
  CreateResolutionInput,
  MeetingFilters,
  MeetingSummary,
  MeetingView,
  ResolutionFilters,
  ResolutionView,
  UpdateMeetingInput,
  UpdateResolutionInput,
} from './meetings.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

function toMeetingSummary(row: MeetingSummaryRow): MeetingSummary {
  return {
    id: row.id,
    type: row.type as MeetingType,
    title: row.title,
    heldOn: row.heldOn,
    venue: row.venue,
    attendeeCount: row.attendeeCount,
    resolutionCount: row.resolutionCount,
    openResolutionCount: row.openResolutionCount,
    overdueResolutionCount: row.overdueResolutionCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toResolutionView(row: ResolutionRow, today = todayInChina()): ResolutionView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    meetingHeldOn: row.meetingHeldOn,
    content: row.content,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerOrganisationName: row.ownerOrganisationName,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    status: progressStatus(row, today),
    progressNote: row.progressNote,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toAttendeeView(row: AttendeeRow) {
  return { id: row.id, organisationId: row.organisationId, organisationName: row.organisationName, personName: row.personName, post: row.post };
}

function meetingAuditView(row: { type: string; title: string; heldOn: string; venue: string | null; agenda: string | null; minutes: string | null }) {
  return { type: row.type, title: row.title, heldOn: row.heldOn, venue: row.venue, agenda: row.agenda, minutes: row.minutes };
}

function resolutionAuditView(row: {
  meetingId: string;
  content: string;
  ownerOrganisationId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  doneOn: string | null;
  progressNote: string | null;
}) {
  return {
    meetingId: row.meetingId,
    content: row.content,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    progressNote: row.progressNote,
  };
}

export async function getMeeting(ctx: AppContext, actor: Actor, id: string): Promise<MeetingView> {
  const today = todayInChina();
  const row = await repo.getMeeting(ctx.db, governanceScopeOf(actor), id, today);
  if (!row) throw new AppError('not_found');
  const [attendees, resolutions] = await Promise.all([repo.findAttendees(ctx.db, id), repo.findResolutionsOfMeetings(ctx.db, [id])]);
  return {
    ...toMeetingSummary(row),
    agenda: row.agenda,
    minutes: row.minutes,
    attendees: attendees.map(toAttendeeView),
    resolutions: resolutions.map((r) => toResolutionView(r, today)),
  };
}

export async function findMeetings(ctx: AppContext, actor: Actor, filters: MeetingFilters, page: { page: number; pageSize: number }): Promise<Page<MeetingSummary>> {
  const { rows, total } = await repo.findMeetings(ctx.db, governanceScopeOf(actor), filters, todayInChina(), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map(toMeetingSummary), total, page: page.page, pageSize: page.pageSize };
}

/** Attendees checked as a list and against the zone's organisations; problems name `attendees.N`. */
async function checkAttendeeList(ctx: AppContext, zoneId: string, attendees: readonly AttendeeInput[]): Promise<FieldIssue[]> {
  const issues = checkAttendees(attendees);
  const refs = attendees.flatMap((a, i) => (a.organisationId ? [{ id: a.organisationId, path: `attendees.${i}.organisationId` }] : []));
  const found = await loadZoneOrganisations(ctx.db, zoneId, refs);
  return [...issues, ...found.issues];
}

function attendeeRows(attendees: readonly AttendeeInput[]) {
  return attendees.map((a) => ({ organisationId: a.organisationId ?? null, personName: a.personName ?? null, post: a.post ?? null }));
}

export async function createMeeting(ctx: AppContext, actor: Actor, input: CreateMeetingInput, source: AuditSource): Promise<MeetingView> {
  const zoneId = operatorZoneOf(actor);
  const issues = await checkAttendeeList(ctx, zoneId, input.attendees);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertMeeting(tx, {
      zoneId,
      type: input.type,
      title: input.title,
      heldOn: input.heldOn,
      venue: input.venue ?? null,
      agenda: input.agenda ?? null,
      minutes: input.minutes ?? null,
      createdBy: actor.accountId,
    });
    const attendees = attendeeRows(input.attendees);
    await repo.replaceAttendees(tx, row.id, attendees);
    await recordAudit(tx, source, { action: 'meeting.create', entityType: 'meeting', entityId: row.id, after: { ...meetingAuditView(row), attendees } });
    return row.id;
  });
  return getMeeting(ctx, actor, id);
}

export async function updateMeeting(ctx: AppContext, actor: Actor, id: string, input: UpdateMeetingInput, source: AuditSource): Promise<MeetingView> {
  const zoneId = operatorZoneOf(actor);
  const current = await repo.getMeeting(ctx.db, governanceScopeOf(actor), id, todayInChina());
  if (!current) throw new AppError('not_found');
  const { version, attendees, ...patch } = input;
  const issues = attendees ? await checkAttendeeList(ctx, zoneId, attendees) : [];
  // Resolutions cannot fall due before the meeting; moving the meeting later must keep that true.
  if (patch.heldOn && patch.heldOn > current.heldOn) {
    const resolutions = await repo.findResolutionsOfMeetings(ctx.db, [id]);
    if (resolutions.some((r) => (r.dueOn && r.dueOn < (patch.heldOn as string)) || (r.doneOn && r.doneOn < (patch.heldOn as string)))) {
      issues.push({ path: 'heldOn', message: 'resolution.due_before_meeting' });
    }
  }
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateMeetingIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    const diff: { before: Record<string, unknown>; after: Record<string, unknown> } = changedFields(meetingAuditView(current), meetingAuditView(row));
    if (attendees) {
      const before = (await repo.findAttendees(tx, id)).map((a) => ({ organisationId: a.organisationId, personName: a.personName, post: a.post }));
      const after = attendeeRows(attendees);
      await repo.replaceAttendees(tx, id, after);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        diff.before.attendees = before;
        diff.after.attendees = after;
      }
    }
    await recordAudit(tx, source, { action: 'meeting.update', entityType: 'meeting', entityId: id, ...withoutBookkeeping(diff) });
  });
  return getMeeting(ctx, actor, id);
}

async function checkOwner(ctx: AppContext, zoneId: string, ownerOrganisationId: string | null | undefined): Promise<FieldIssue[]> {
  if (!ownerOrganisationId) return [];
  return (await loadZoneOrganisations(ctx.db, zoneId, [{ id: ownerOrganisationId, path: 'ownerOrganisationId' }])).issues;
}

export async function addResolution(ctx: AppContext, actor: Actor, meetingId: string, input: CreateResolutionInput, source: AuditSource): Promise<ResolutionView> {
  const zoneId = operatorZoneOf(actor);
  const scope = governanceScopeOf(actor);
  const meeting = await repo.getMeeting(ctx.db, scope, meetingId, todayInChina());
  if (!meeting) throw new AppError('not_found');
  const issues = [...checkResolutionRules(input, meeting.heldOn, todayInChina()), ...(await checkOwner(ctx, zoneId, input.ownerOrganisationId))];
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const id = await ctx.db.transaction(async (tx) => {
    const row = {
      meetingId,
      zoneId,
      content: input.content,
      ownerOrganisationId: input.ownerOrganisationId ?? null,
      ownerName: input.ownerName ?? null,
      dueOn: input.dueOn ?? null,
      doneOn: input.doneOn ?? null,
      progressNote: input.progressNote ?? null,
    };
    const created = await repo.insertResolution(tx, row);
    await recordAudit(tx, source, {
      action: 'resolution.create',
      entityType: 'resolution',
      entityId: created,
      organisationId: row.ownerOrganisationId,
      after: resolutionAuditView(row),
    });
    return created;
  });
  return getResolution(ctx, actor, id);
}

export async function getResolution(ctx: AppContext, actor: Actor, id: string): Promise<ResolutionView> {
  const row = await repo.getResolution(ctx.db, governanceScopeOf(actor), id);
  if (!row) throw new AppError('not_found');
  return toResolutionView(row);
}

export async function updateResolution(ctx: AppContext, actor: Actor, id: string, input: UpdateResolutionInput, source: AuditSource): Promise<ResolutionView> {
  const zoneId = operatorZoneOf(actor);
  const current = await repo.getResolution(ctx.db, governanceScopeOf(actor), id);
  if (!current) throw new AppError('not_found');
  const { version, ...patch } = input;
  const next = resolutionAuditView({
    meetingId: current.meetingId,
    content: patch.content ?? current.content,
    ownerOrganisationId: patch.ownerOrganisationId === undefined ? current.ownerOrganisationId : patch.ownerOrganisationId,
    ownerName: patch.ownerName === undefined ? current.ownerName : patch.ownerName,
    dueOn: patch.dueOn === undefined ? current.dueOn : patch.dueOn,
    doneOn: patch.doneOn === undefined ? current.doneOn : patch.doneOn,
    progressNote: patch.progressNote === undefined ? current.progressNote : patch.progressNote,
  });
  const issues = [...checkResolutionRules(next, current.meetingHeldOn, todayInChina()), ...(await checkOwner(ctx, zoneId, patch.ownerOrganisationId))];
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.updateResolutionIfVersion(tx, id, version, patch))) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'resolution.update',
      entityType: 'resolution',
      entityId: id,
      organisationId: next.ownerOrganisationId,
      ...changedFields(resolutionAuditView(current), next),
    });
  });
  return getResolution(ctx, actor, id);
}

export async function findResolutions(ctx: AppContext, actor: Actor, filters: ResolutionFilters, page: { page: number; pageSize: number }): Promise<Page<ResolutionView>> {
  const today = todayInChina();
  const { rows, total } = await repo.findResolutions(ctx.db, governanceScopeOf(actor), filters, today, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map((r) => toResolutionView(r, today)), total, page: page.page, pageSize: page.pageSize };
}
