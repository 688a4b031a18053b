import { randomBytes } from 'node:crypto';
import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { ORGANISATION_TYPES } from '../organisations/organisations.codes';
import { getOperatorSeeker } from '../talent/talent.access';
import * as basesRepo from './bases.repository';
import { toMinutes } from './booking-capacity';
import { certificateVerifyUrl, renderCertificatePdf } from './certificate-pdf';
import * as repo from './programmes.repository';
import type { EnrolmentWithName, ProgrammeWithFacts } from './programmes.repository';
import type {
  AttendanceInput,
  CertificateCheck,
  CreateProgrammeInput,
  CreateSessionInput,
  EnrolInput,
  EnrolmentView,
  ProgrammeFilters,
  ProgrammeView,
  SessionView,
  UpdateProgrammeInput,
} from './programmes.schemas';
import type { EnrolmentStatus, ProgrammeKind } from './training.codes';
import { attendancePercent, formatCertificateNo, maskName, normaliseCertificateNo } from './training.rules';
import { organisationProblem, requireInZone, throwIfIssues, zoneOf } from './training.scope';

export function toProgrammeView(row: ProgrammeWithFacts): ProgrammeView {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as ProgrammeKind,
    organiserId: row.organiserId,
    organiserName: row.organiserName,
    baseId: row.baseId,
    baseName: row.baseName,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    capacity: row.capacity,
    totalHours: row.totalHours,
    requiredAttendancePercent: row.requiredAttendancePercent,
    description: row.description,
    enrolled: row.enrolled,
    completed: row.completed,
    sessions: row.sessions,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toEnrolmentView(row: EnrolmentWithName, sessions: number): EnrolmentView {
  return {
    id: row.id,
    programmeId: row.programmeId,
    seekerId: row.seekerId,
    name: row.name,
    affiliation: row.affiliation,
    status: row.status as EnrolmentStatus,
    attendedSessions: row.attendedSessions,
    attendancePercent: attendancePercent(row.attendedSessions, sessions),
    completedOn: row.completedOn,
    certificateNo: row.certificateNo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

async function getVisibleProgramme(ctx: AppContext, actor: Actor, id: string): Promise<ProgrammeWithFacts> {
  return requireInZone(actor, await repo.getProgrammeById(ctx.db, id));
}

async function getVisibleEnrolment(ctx: AppContext, actor: Actor, id: string): Promise<{ enrolment: EnrolmentWithName; programme: ProgrammeWithFacts }> {
  const enrolment = await repo.getEnrolmentById(ctx.db, id);
  if (!enrolment) throw new AppError('not_found');
  return { enrolment, programme: await getVisibleProgramme(ctx, actor, enrolment.programmeId) };
}

/** Organiser and base must be the zone's. */
async function referenceIssues(ctx: AppContext, actor: Actor, input: { organiserId?: string | undefined; baseId?: string | null | undefined }): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.organiserId) {
    const org = (await basesRepo.findOrganisationsByIds(ctx.db, [input.organiserId])).get(input.organiserId);
    const problem = organisationProblem(actor, 'organiserId', org, ORGANISATION_TYPES, 'field.invalid');
    if (problem) issues.push(problem);
  }
  if (input.baseId) {
    const base = await basesRepo.getBaseById(ctx.db, input.baseId);
    if (!base || base.zoneId !== actor.zoneId) issues.push({ path: 'baseId', message: 'not_found' });
  }
  return issues;
}

export async function findProgrammes(
  ctx: AppContext,
  actor: Actor,
  filters: ProgrammeFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: ProgrammeView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findProgrammes(ctx.db, zoneOf(actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toProgrammeView), total, page: page.page, pageSize: page.pageSize };
}

export async function getProgramme(ctx: AppContext, actor: Actor, id: string): Promise<ProgrammeView> {
  return toProgrammeView(await getVisibleProgramme(ctx, actor, id));
}

export async function createProgramme(ctx: AppContext, actor: Actor, input: CreateProgrammeInput, source: AuditSource): Promise<ProgrammeView> {
  const zoneId = zoneOf(actor);
  const issues = await referenceIssues(ctx, actor, input);
  if (input.endsOn < input.startsOn) issues.push({ path: 'endsOn', message: 'training.programme.ends_before_starts' });
  throwIfIssues(issues);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertProgramme(tx, { ...input, baseId: input.baseId ?? null, description: input.description ?? null, zoneId });
    await recordAudit(tx, source, { action: 'training_programme.create', entityType: 'training_programme', entityId: row.id, organisationId: row.organiserId, after: input });
    return row.id;
  });
  return getProgramme(ctx, actor, id);
}

export async function updateProgramme(ctx: AppContext, actor: Actor, id: string, input: UpdateProgrammeInput, source: AuditSource): Promise<ProgrammeView> {
  const current = await getVisibleProgramme(ctx, actor, id);
  const { version, ...patch } = input;
  const issues = await referenceIssues(ctx, actor, patch);
  const startsOn = patch.startsOn ?? current.startsOn;
  const endsOn = patch.endsOn ?? current.endsOn;
  if (endsOn < startsOn) issues.push({ path: 'endsOn', message: 'training.programme.ends_before_starts' });
  throwIfIssues(issues);
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockProgramme(tx, id);
    if (!locked || locked.version !== version) throw new AppError('stale_version');
    const rules: FieldIssue[] = [];
    if (patch.capacity !== undefined) {
      const enrolled = (await repo.findActiveEnrolmentIds(tx, id)).length;
      if (patch.capacity < enrolled) rules.push({ path: 'capacity', message: 'training.programme.capacity_below_enrolled', params: { enrolled } });
    }
    const span = await repo.findSessionSpan(tx, id);
    if (span && span.first < startsOn) rules.push({ path: 'startsOn', message: 'training.programme.sessions_outside_dates', params: { date: span.first } });
    if (span && span.last > endsOn) rules.push({ path: 'endsOn', message: 'training.programme.sessions_outside_dates', params: { date: span.last } });
    throwIfIssues(rules);
    const row = await repo.updateProgrammeIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    const diff = changedFields(locked as Record<string, unknown>, row as Record<string, unknown>);
    for (const key of ['version', 'updatedAt'] as const) {
      delete diff.before[key];
      delete diff.after[key];
    }
    await recordAudit(tx, source, { action: 'training_programme.update', entityType: 'training_programme', entityId: id, organisationId: row.organiserId, ...diff });
  });
  return getProgramme(ctx, actor, id);
}

function toSessionView(row: repo.SessionRow & { recorded: number; presentIds: string[] }): SessionView {
  return {
    id: row.id,
    programmeId: row.programmeId,
    date: row.heldOn,
    startTime: row.startsAt.slice(0, 5),
    endTime: row.endsAt.slice(0, 5),
    topic: row.topic,
    isRecorded: row.recorded > 0,
    present: row.presentIds.length,
    presentEnrolmentIds: row.presentIds,
  };
}

export async function findSessions(ctx: AppContext, actor: Actor, programmeId: string): Promise<SessionView[]> {
  const programme = await getVisibleProgramme(ctx, actor, programmeId);
  return (await repo.findSessions(ctx.db, programme.id)).map(toSessionView);
}

export async function addSession(ctx: AppContext, actor: Actor, programmeId: string, input: CreateSessionInput, source: AuditSource): Promise<SessionView> {
  const programme = await getVisibleProgramme(ctx, actor, programmeId);
  const issues: FieldIssue[] = [];
  if (input.date < programme.startsOn || input.date > programme.endsOn) {
    issues.push({ path: 'date', message: 'training.session.outside_programme', params: { from: programme.startsOn, to: programme.endsOn } });
  }
  if (toMinutes(input.endTime) <= toMinutes(input.startTime)) issues.push({ path: 'endTime', message: 'training.booking.ends_before_starts' });
  throwIfIssues(issues);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertSession(tx, { programmeId, heldOn: input.date, startsAt: input.startTime, endsAt: input.endTime, topic: input.topic });
    await recordAudit(tx, source, { action: 'training_session.create', entityType: 'training_session', entityId: created.id, after: { programmeId, ...input } });
    return created;
  });
  return toSessionView({ ...row, recorded: 0, presentIds: [] });
}

/** Takes a session's attendance: the listed trainees present, every other trainee on the programme absent. */
export async function recordAttendance(ctx: AppContext, actor: Actor, sessionId: string, input: AttendanceInput, source: AuditSource): Promise<SessionView> {
  const session = await repo.getSessionById(ctx.db, sessionId);
  if (!session) throw new AppError('not_found');
  const programme = await getVisibleProgramme(ctx, actor, session.programmeId);
  if (session.heldOn > todayInChina()) throw new AppError('validation_failed', { fields: [{ path: 'sessionId', message: 'training.session.in_future' }] });
  await ctx.db.transaction(async (tx) => {
    // Enrolments and withdrawals wait for this transaction, so the list of trainees holds still.
    await repo.lockProgramme(tx, programme.id);
    const trainees = await repo.findActiveEnrolmentIds(tx, programme.id);
    const onProgramme = new Set(trainees);
    const unknown = input.presentEnrolmentIds.flatMap((id, i) => (onProgramme.has(id) ? [] : [{ path: `presentEnrolmentIds.${i}`, message: 'training.attendance.not_enrolled' as const }]));
    throwIfIssues(unknown);
    const present = new Set(input.presentEnrolmentIds);
    await repo.replaceAttendance(tx, sessionId, trainees.map((enrolmentId) => ({ enrolmentId, isPresent: present.has(enrolmentId) })));
    await recordAudit(tx, source, {
      action: 'training_session.attendance',
      entityType: 'training_session',
      entityId: sessionId,
      after: { present: present.size, absent: trainees.length - present.size },
    });
  });
  const sessions = await repo.findSessions(ctx.db, programme.id);
  const updated = sessions.find((s) => s.id === sessionId);
  if (!updated) throw new AppError('not_found');
  return toSessionView(updated);
}

export async function findEnrolments(ctx: AppContext, actor: Actor, programmeId: string): Promise<EnrolmentView[]> {
  const programme = await getVisibleProgramme(ctx, actor, programmeId);
  return (await repo.findEnrolments(ctx.db, programme.id)).map((e) => toEnrolmentView(e, programme.sessions));
}

export async function enrolTrainee(ctx: AppContext, actor: Actor, programmeId: string, input: EnrolInput, source: AuditSource): Promise<EnrolmentView> {
  const programme = await getVisibleProgramme(ctx, actor, programmeId);
  const hasSeeker = input.seekerId !== undefined;
  if (hasSeeker === (input.traineeName !== undefined)) {
    throw new AppError('validation_failed', { fields: [{ path: 'traineeName', message: 'training.enrolment.trainee_required' }] });
  }
  const path = hasSeeker ? 'seekerId' : 'traineeName';
  if (input.seekerId) {
    const seeker = await getOperatorSeeker(ctx, actor, input.seekerId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') throw new AppError('validation_failed', { fields: [{ path: 'seekerId', message: 'not_found' }] });
      throw error;
    });
    if (seeker.erasedAt) throw new AppError('conflict', { fields: [{ path: 'seekerId', message: 'seeker.erased' }] });
  }
  const id = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockProgramme(tx, programme.id);
    if (!locked) throw new AppError('not_found');
    const enrolled = (await repo.findActiveEnrolmentIds(tx, programme.id)).length;
    if (enrolled >= locked.capacity) throw new AppError('conflict', { fields: [{ path, message: 'training.programme.full', params: { capacity: locked.capacity } }] });
    const row = await repo.insertEnrolment(tx, {
      programmeId: programme.id,
      seekerId: input.seekerId ?? null,
      traineeName: input.traineeName ?? null,
      affiliation: input.affiliation ?? null,
    });
    if (!row) throw new AppError('conflict', { fields: [{ path, message: 'training.enrolment.duplicate' }] });
    // The entry names the trainee by id or as entered; a seeker's name stays in the talent pool, where erasure reaches it.
    await recordAudit(tx, source, {
      action: 'training_enrolment.create',
      entityType: 'training_enrolment',
      entityId: row.id,
      after: { programmeId: programme.id, seekerId: row.seekerId, traineeName: row.traineeName },
    });
    return row.id;
  });
  const created = await repo.getEnrolmentById(ctx.db, id);
  if (!created) throw new AppError('not_found');
  return toEnrolmentView(created, programme.sessions);
}

async function changeEnrolment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  version: number,
  source: AuditSource,
  decide: (enrolment: EnrolmentWithName, programme: ProgrammeWithFacts) => { patch: Parameters<typeof repo.updateEnrolmentIfVersion>[3]; action: string },
): Promise<EnrolmentView> {
  const { enrolment, programme } = await getVisibleEnrolment(ctx, actor, id);
  if (enrolment.status !== 'enrolled') {
    throw new AppError('conflict', { fields: [{ path: 'status', message: 'training.enrolment.wrong_status', params: { status: enrolment.status } }] });
  }
  const { patch, action } = decide(enrolment, programme);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateEnrolmentIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action,
      entityType: 'training_enrolment',
      entityId: id,
      before: { status: enrolment.status },
      after: { status: row.status, certificateNo: row.certificateNo },
    });
  });
  const updated = await repo.getEnrolmentById(ctx.db, id);
  if (!updated) throw new AppError('not_found');
  return toEnrolmentView(updated, programme.sessions);
}

export async function withdrawEnrolment(ctx: AppContext, actor: Actor, id: string, version: number, source: AuditSource): Promise<EnrolmentView> {
  return changeEnrolment(ctx, actor, id, version, source, () => ({ patch: { status: 'withdrawn', withdrawnAt: new Date() }, action: 'training_enrolment.withdraw' }));
}

/** 结业: once the programme has ended, with enough attendance; issues the certificate number. */
export async function completeEnrolment(ctx: AppContext, actor: Actor, id: string, version: number, source: AuditSource): Promise<EnrolmentView> {
  return changeEnrolment(ctx, actor, id, version, source, (enrolment, programme) => {
    const today = todayInChina();
    if (programme.endsOn > today) {
      throw new AppError('validation_failed', { fields: [{ path: 'status', message: 'training.enrolment.programme_not_ended', params: { date: programme.endsOn } }] });
    }
    if (programme.sessions === 0) throw new AppError('validation_failed', { fields: [{ path: 'status', message: 'training.enrolment.no_sessions' }] });
    const rate = attendancePercent(enrolment.attendedSessions, programme.sessions);
    if (rate < programme.requiredAttendancePercent) {
      throw new AppError('validation_failed', {
        fields: [{ path: 'attendance', message: 'training.enrolment.attendance_short', params: { rate, required: programme.requiredAttendancePercent } }],
      });
    }
    return {
      patch: { status: 'completed', completedOn: today, certificateNo: formatCertificateNo(Number(today.slice(0, 4)), randomBytes(8)) },
      action: 'training_enrolment.complete',
    };
  });
}

/** The certificate of a completed trainee as a printable PDF. */
export async function getCertificatePdf(ctx: AppContext, actor: Actor, enrolmentId: string, baseUrl: string): Promise<{ body: Buffer; certificateNo: string }> {
  const { enrolment, programme } = await getVisibleEnrolment(ctx, actor, enrolmentId);
  if (enrolment.status !== 'completed' || !enrolment.certificateNo || !enrolment.completedOn) throw new AppError('not_found');
  const body = await renderCertificatePdf({
    certificateNo: enrolment.certificateNo,
    traineeName: enrolment.name,
    programmeTitle: programme.title,
    organiserName: programme.organiserName,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    totalHours: programme.totalHours,
    completedOn: enrolment.completedOn,
    verifyUrl: certificateVerifyUrl(baseUrl, enrolment.certificateNo),
  });
  return { body, certificateNo: enrolment.certificateNo };
}

/** The public check of a certificate number: what it certifies, the holder's name masked. */
export async function verifyCertificate(ctx: AppContext, number: string): Promise<CertificateCheck> {
  const certificateNo = normaliseCertificateNo(number);
  const enrolment = certificateNo ? await repo.getEnrolmentByCertificateNo(ctx.db, certificateNo) : undefined;
  const programme = enrolment ? await repo.getProgrammeById(ctx.db, enrolment.programmeId) : undefined;
  if (!enrolment?.certificateNo || !enrolment.completedOn || !programme) throw new AppError('not_found');
  return {
    certificateNo: enrolment.certificateNo,
    traineeName: maskName(enrolment.name),
    programmeTitle: programme.title,
    organiserName: programme.organiserName,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    totalHours: programme.totalHours,
    completedOn: enrolment.completedOn,
  };
}
