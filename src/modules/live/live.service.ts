import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit, recordAuditEach } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldIssue } from '../../platform/errors';
import { resumeSnapshot } from '../positions/applications.service';
import * as positionsRepo from '../positions/positions.repository';
import { isOpen } from '../positions/positions.service';
import { maskName } from '../training/training.rules';
import type { LiveHub, LiveSnapshot } from './live.hub';
import * as repo from './live.repository';
import type { EventRow, Phase, SessionWithHost } from './live.repository';
import type {
  AnswerInput,
  ApplyInput,
  ApplyResult,
  AskInput,
  CreateSessionInput,
  LiveSessionView,
  PublicLiveSessionView,
  QuestionStatus,
  QuestionView,
  ReplayView,
  RunSheetItemView,
  SessionApplicationView,
  UpdateSessionInput,
} from './live.schemas';
import { toItemView, toQuestionView, toSessionView } from './live.views';

const HOST_TYPES = ['enterprise', 'school'];
const LIST_LIMIT = 500;

type Deps = { ctx: AppContext; hub: LiveHub };

// ---------------------------------------------------------------------------------------------
// Who may do what

function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

/** The zone's operator, or staff of the host organisation, run a session's console. */
export function canManage(actor: Actor | null, session: { zoneId: string; hostOrganisationId: string | null }): boolean {
  if (!actor || actor.zoneId !== session.zoneId) return false;
  if (actor.role === 'operator') return true;
  return (actor.role === 'org_admin' || actor.role === 'org_staff') && actor.organisationId !== null && actor.organisationId === session.hostOrganisationId;
}

/** A session of the actor's zone; another zone's is as unknown as a made-up id. */
async function getZoneSession(ctx: AppContext, actor: Actor, id: string): Promise<SessionWithHost> {
  const session = await repo.getSession(ctx.db, id);
  if (!session || session.zoneId !== zoneOf(actor)) throw new AppError('not_found');
  return session;
}

async function getManagedSession(ctx: AppContext, actor: Actor, id: string): Promise<SessionWithHost> {
  const session = await getZoneSession(ctx, actor, id);
  if (!canManage(actor, session)) throw new AppError('forbidden');
  return session;
}

/** Statistics: the zone's operator and government, and the host organisation's staff. */
async function getStatsSession(ctx: AppContext, actor: Actor, id: string): Promise<SessionWithHost> {
  const session = await getZoneSession(ctx, actor, id);
  if (actor.role !== 'government' && !canManage(actor, session)) throw new AppError('not_found');
  return session;
}

function wrongStatus(status: string): AppError {
  return new AppError('conflict', { fields: [{ path: 'status', message: 'live.wrong_status', params: { status } }] });
}

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

// ---------------------------------------------------------------------------------------------
// Views

async function buildViews(deps: Deps, sessions: SessionWithHost[], actor: Actor | null): Promise<LiveSessionView[]> {
  const ids = sessions.map((s) => s.id);
  const [items, applicationCounts, questionCounts, viewers] = await Promise.all([
    repo.findItems(deps.ctx.db, ids),
    repo.countApplicationsByPosition(deps.ctx.db, ids),
    repo.countVisibleQuestions(deps.ctx.db, ids),
    deps.hub.viewerCounts(ids),
  ]);
  const perPosition = new Map(applicationCounts.map((c) => [`${c.sessionId}:${c.positionId}`, c.applications]));
  return sessions.map((session) => {
    const own = items.filter((item) => item.sessionId === session.id).map((item) => toItemView(item, perPosition.get(`${session.id}:${item.position.id}`) ?? 0));
    const applications = applicationCounts.filter((c) => c.sessionId === session.id).reduce((sum, c) => sum + c.applications, 0);
    const counters = { viewers: viewers.get(session.id) ?? 0, applications, questions: questionCounts.get(session.id) ?? 0 };
    return toSessionView(session, own, counters, canManage(actor, session));
  });
}

function withoutCanManage(view: LiveSessionView): PublicLiveSessionView {
  const { canManage: _omitted, ...rest } = view;
  return rest;
}

async function viewOf(deps: Deps, actor: Actor | null, id: string): Promise<LiveSessionView> {
  const session = await repo.getSession(deps.ctx.db, id);
  if (!session) throw new AppError('not_found');
  const [view] = await buildViews(deps, [session], actor);
  if (!view) throw new AppError('not_found');
  return view;
}

const SNAPSHOT_QUESTIONS = 50;

/** The public view of a session, or null when there is none. */
async function loadPublicSession(deps: Deps, id: string): Promise<PublicLiveSessionView | null> {
  const session = await repo.getSession(deps.ctx.db, id);
  if (!session) return null;
  const [view] = await buildViews(deps, [session], null);
  return view ? withoutCanManage(view) : null;
}

/** The SSE snapshot: the session and its latest visible questions, so a new viewer needs no replay of the log. */
export async function loadSnapshot(deps: Deps, id: string): Promise<LiveSnapshot | null> {
  const [session, questions] = await Promise.all([loadPublicSession(deps, id), repo.findVisibleQuestions(deps.ctx.db, id, SNAPSHOT_QUESTIONS)]);
  return session ? { session, questions: questions.map(toQuestionView) } : null;
}

export async function listPublicSessions(deps: Deps, phase: Phase | undefined): Promise<{ items: PublicLiveSessionView[] }> {
  const sessions = await repo.findSessions(deps.ctx.db, { phase, publicOnly: true }, LIST_LIMIT);
  return { items: (await buildViews(deps, sessions, null)).map(withoutCanManage) };
}

export async function getPublicSession(deps: Deps, id: string): Promise<PublicLiveSessionView> {
  const session = await loadPublicSession(deps, id);
  if (!session) throw new AppError('not_found');
  return session;
}

export async function listZoneSessions(
  deps: Deps,
  actor: Actor,
  phase: Phase | undefined,
  page: { page: number; pageSize: number },
): Promise<{ items: LiveSessionView[]; total: number; page: number; pageSize: number }> {
  const sessions = await repo.findSessions(deps.ctx.db, { zoneId: zoneOf(actor), phase, publicOnly: false }, LIST_LIMIT);
  const slice = sessions.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
  return { items: await buildViews(deps, slice, actor), total: sessions.length, page: page.page, pageSize: page.pageSize };
}

export async function getZoneSessionView(deps: Deps, actor: Actor, id: string): Promise<LiveSessionView> {
  await getZoneSession(deps.ctx, actor, id);
  return viewOf(deps, actor, id);
}

// ---------------------------------------------------------------------------------------------
// Creating and editing

type Host = { id: string; type: string } | null;

/** The operator names any enterprise or school of the zone (or none); an organisation's staff host for their own. */
async function resolveHost(ctx: AppContext, actor: Actor, hostOrganisationId: string | null | undefined): Promise<Host> {
  const zoneId = zoneOf(actor);
  if (actor.role === 'operator') {
    if (!hostOrganisationId) return null;
    const org = await repo.getOrganisation(ctx.db, hostOrganisationId);
    if (!org || org.zoneId !== zoneId || !HOST_TYPES.includes(org.type)) throw new AppError('validation_failed', { fields: [{ path: 'hostOrganisationId', message: 'live.host_type' }] });
    if (!org.isActive) throw new AppError('validation_failed', { fields: [{ path: 'hostOrganisationId', message: 'organisation.inactive' }] });
    return { id: org.id, type: org.type };
  }
  if (!actor.organisationId || (hostOrganisationId && hostOrganisationId !== actor.organisationId)) throw new AppError('forbidden');
  const org = await repo.getOrganisation(ctx.db, actor.organisationId);
  if (!org || !HOST_TYPES.includes(org.type) || !org.isActive) throw new AppError('forbidden');
  return { id: org.id, type: org.type };
}

/** Run-sheet positions: published positions of the zone, each once; an enterprise features only its own. */
async function checkItems(ctx: AppContext, zoneId: string, host: Host, items: { positionId: string }[]): Promise<FieldIssue[]> {
  const found = await repo.findPositionsByIds(ctx.db, items.map((item) => item.positionId));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  items.forEach((item, index) => {
    const path = `items.${index}.positionId`;
    const position = found.get(item.positionId);
    if (!position || position.zoneId !== zoneId) issues.push({ path, message: 'live.position_not_found' });
    else if (!isOpen(position)) issues.push({ path, message: 'live.position_not_published' });
    else if (host?.type === 'enterprise' && position.organisationId !== host.id) issues.push({ path, message: 'live.position_not_own' });
    else if (seen.has(item.positionId)) issues.push({ path, message: 'live.position_repeated' });
    seen.add(item.positionId);
  });
  return issues;
}

function checkTimes(startsAt: string, endsAt: string): FieldIssue[] {
  return Date.parse(endsAt) > Date.parse(startsAt) ? [] : [{ path: 'endsAt', message: 'live.ends_before_starts' }];
}

export async function createSession(deps: Deps, actor: Actor, input: CreateSessionInput, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  const zoneId = zoneOf(actor);
  const host = await resolveHost(ctx, actor, input.hostOrganisationId);
  throwIfIssues([...checkTimes(input.startsAt, input.endsAt), ...(await checkItems(ctx, zoneId, host, input.items))]);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertSession(tx, {
      zoneId,
      hostOrganisationId: host?.id ?? null,
      title: input.title,
      description: input.description ?? null,
      streamUrl: input.streamUrl,
      presenter: input.presenter ?? null,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      createdBy: actor.accountId,
    });
    await repo.replaceItems(tx, row.id, input.items.map((item) => ({ positionId: item.positionId, notes: item.notes ?? null })));
    await recordAudit(tx, source, {
      action: 'live_session.create',
      entityType: 'live_session',
      entityId: row.id,
      organisationId: host?.id ?? null,
      after: { title: row.title, streamUrl: row.streamUrl, startsAt: input.startsAt, endsAt: input.endsAt, positionIds: input.items.map((item) => item.positionId) },
    });
    return row.id;
  });
  return viewOf(deps, actor, id);
}

export async function updateSession(deps: Deps, actor: Actor, id: string, input: UpdateSessionInput, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  const current = await getManagedSession(ctx, actor, id);
  if (current.status === 'ended' || current.status === 'cancelled') throw wrongStatus(current.status);
  if (input.items && current.status !== 'scheduled') throw new AppError('conflict', { fields: [{ path: 'items', message: 'live.items_locked' }] });
  const startsAt = input.startsAt ?? current.startsAt.toISOString();
  const endsAt = input.endsAt ?? current.endsAt.toISOString();
  const host: Host = current.hostOrganisationId ? { id: current.hostOrganisationId, type: (await repo.getOrganisation(ctx.db, current.hostOrganisationId))?.type ?? '' } : null;
  throwIfIssues([...checkTimes(startsAt, endsAt), ...(input.items ? await checkItems(ctx, current.zoneId, host, input.items) : [])]);
  const patch = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.streamUrl !== undefined ? { streamUrl: input.streamUrl } : {}),
    ...(input.presenter !== undefined ? { presenter: input.presenter } : {}),
    ...(input.startsAt !== undefined ? { startsAt: new Date(input.startsAt) } : {}),
    ...(input.endsAt !== undefined ? { endsAt: new Date(input.endsAt) } : {}),
  };
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateSessionIfVersion(tx, id, input.expectedVersion, patch);
    if (!row) throw new AppError('stale_version');
    if (input.items) await repo.replaceItems(tx, id, input.items.map((item) => ({ positionId: item.positionId, notes: item.notes ?? null })));
    await recordAudit(tx, source, {
      action: 'live_session.update',
      entityType: 'live_session',
      entityId: id,
      organisationId: current.hostOrganisationId,
      before: { title: current.title, streamUrl: current.streamUrl, startsAt: current.startsAt.toISOString(), endsAt: current.endsAt.toISOString() },
      after: { ...input, expectedVersion: undefined },
    });
  });
  return viewOf(deps, actor, id);
}

// ---------------------------------------------------------------------------------------------
// The host's console: status and the on-air position

async function publish(deps: Deps, sessionId: string, events: EventRow[]): Promise<void> {
  for (const event of events) await deps.hub.publishEvent(sessionId, event);
}

async function itemView(ctx: AppContext, sessionId: string, itemId: string): Promise<RunSheetItemView | undefined> {
  const [items, counts] = await Promise.all([repo.findItems(ctx.db, [sessionId]), repo.countApplicationsByPosition(ctx.db, [sessionId])]);
  const item = items.find((i) => i.id === itemId);
  return item ? toItemView(item, counts.find((c) => c.positionId === item.position.id)?.applications ?? 0) : undefined;
}

export async function startSession(deps: Deps, actor: Actor, id: string, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  await getManagedSession(ctx, actor, id);
  const event = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockSession(tx, id);
    if (!locked) throw new AppError('not_found');
    if (locked.status !== 'scheduled') throw wrongStatus(locked.status);
    await repo.updateSession(tx, id, { status: 'live', startedAt: new Date() });
    await recordAudit(tx, source, { action: 'live_session.start', entityType: 'live_session', entityId: id, organisationId: locked.hostOrganisationId, before: { status: locked.status }, after: { status: 'live' } });
    return repo.insertEvent(tx, id, 'status', { status: 'live' });
  });
  await publish(deps, id, [event]);
  return viewOf(deps, actor, id);
}

export async function endSession(deps: Deps, actor: Actor, id: string, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  await getManagedSession(ctx, actor, id);
  const viewers = (await deps.hub.viewerCounts([id])).get(id) ?? 0;
  const events = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockSession(tx, id);
    if (!locked) throw new AppError('not_found');
    if (locked.status !== 'live') throw wrongStatus(locked.status);
    const now = new Date();
    const out: EventRow[] = [];
    if (locked.onAirItemId) {
      await repo.markItemOffAir(tx, locked.onAirItemId, now);
      out.push(await repo.insertEvent(tx, id, 'off_air', { itemId: locked.onAirItemId }));
    }
    await repo.updateSession(tx, id, { status: 'ended', endedAt: now, onAirItemId: null });
    await repo.raisePeakViewers(tx, id, viewers);
    await recordAudit(tx, source, { action: 'live_session.end', entityType: 'live_session', entityId: id, organisationId: locked.hostOrganisationId, before: { status: locked.status }, after: { status: 'ended' } });
    out.push(await repo.insertEvent(tx, id, 'status', { status: 'ended' }));
    return out;
  });
  await publish(deps, id, events);
  return viewOf(deps, actor, id);
}

/** Calls off a session that has not started; viewers of its page see why. */
export async function cancelSession(deps: Deps, actor: Actor, id: string, reason: string, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  await getManagedSession(ctx, actor, id);
  const event = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockSession(tx, id);
    if (!locked) throw new AppError('not_found');
    if (locked.status !== 'scheduled') throw wrongStatus(locked.status);
    await repo.updateSession(tx, id, { status: 'cancelled' });
    await recordAudit(tx, source, {
      action: 'live_session.cancel',
      entityType: 'live_session',
      entityId: id,
      organisationId: locked.hostOrganisationId,
      before: { status: locked.status },
      after: { status: 'cancelled', reason },
    });
    return repo.insertEvent(tx, id, 'status', { status: 'cancelled', reason });
  });
  await publish(deps, id, [event]);
  return viewOf(deps, actor, id);
}

/** Puts a run-sheet item on air (null: off air); viewers see it at once. */
export async function setOnAir(deps: Deps, actor: Actor, id: string, itemId: string | null, source: AuditSource): Promise<LiveSessionView> {
  const { ctx } = deps;
  await getManagedSession(ctx, actor, id);
  const item = itemId ? await itemView(ctx, id, itemId) : undefined;
  if (itemId && !item) throw new AppError('validation_failed', { fields: [{ path: 'itemId', message: 'live.item_not_on_run_sheet' }] });
  const events = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockSession(tx, id);
    if (!locked) throw new AppError('not_found');
    if (locked.status !== 'live') throw wrongStatus(locked.status);
    const previous = locked.onAirItemId;
    if (previous === itemId) return [];
    const now = new Date();
    const out: EventRow[] = [];
    if (previous) await repo.markItemOffAir(tx, previous, now);
    if (item) {
      await repo.markItemOnAir(tx, item.id, now);
      out.push(await repo.insertEvent(tx, id, 'on_air', { item: { ...item, onAirAt: item.onAirAt ?? now.toISOString() } }));
    } else if (previous) {
      out.push(await repo.insertEvent(tx, id, 'off_air', { itemId: previous }));
    }
    await repo.updateSession(tx, id, { onAirItemId: itemId });
    await recordAudit(tx, source, { action: 'live_session.on_air', entityType: 'live_session', entityId: id, organisationId: locked.hostOrganisationId, before: { onAirItemId: previous }, after: { onAirItemId: itemId } });
    return out;
  });
  await publish(deps, id, events);
  return viewOf(deps, actor, id);
}

// ---------------------------------------------------------------------------------------------
// Questions

export async function askQuestion(deps: Deps, actor: Actor, id: string, input: AskInput, source: AuditSource): Promise<{ question: QuestionView; isNew: boolean }> {
  const { ctx } = deps;
  const key = `${actor.accountId}:${input.idempotencyKey}`;
  const existing = await repo.findQuestionByKey(ctx.db, key);
  if (existing) return { question: toQuestionView((await repo.getQuestion(ctx.db, existing.id))!), isNew: false };
  const session = await repo.getSession(ctx.db, id);
  if (!session) throw new AppError('not_found');
  if (session.status !== 'live' && session.status !== 'scheduled') throw wrongStatus(session.status);
  const seeker = await positionsRepo.findSeekerByAccount(ctx.db, actor.accountId);
  const askerName = maskName(seeker?.name ?? actor.displayName);
  const onAir = session.onAirItemId ? (await repo.findItems(ctx.db, [id])).find((item) => item.id === session.onAirItemId) : undefined;
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertQuestion(tx, { sessionId: id, accountId: actor.accountId, askerName, positionId: onAir?.position.id ?? null, text: input.text, idempotencyKey: key });
    if (!row) return undefined;
    const event = await repo.insertEvent(tx, id, 'question', { id: row.id, askerName, text: row.text, positionId: row.positionId, createdAt: row.createdAt.toISOString() });
    await recordAudit(tx, source, { action: 'live_question.create', entityType: 'live_question', entityId: row.id, organisationId: session.hostOrganisationId, after: { sessionId: id, text: row.text } });
    return { row, event };
  });
  if (!created) {
    // A concurrent retry with the same key made it first.
    const again = await repo.findQuestionByKey(ctx.db, key);
    if (!again) throw new AppError('conflict');
    return { question: toQuestionView((await repo.getQuestion(ctx.db, again.id))!), isNew: false };
  }
  await publish(deps, id, [created.event]);
  await deps.hub.activityChanged(id);
  return { question: toQuestionView((await repo.getQuestion(ctx.db, created.row.id))!), isNew: true };
}

export async function listQuestions(deps: Deps, actor: Actor, id: string, status: QuestionStatus | undefined): Promise<{ items: QuestionView[] }> {
  await getManagedSession(deps.ctx, actor, id);
  return { items: (await repo.findQuestions(deps.ctx.db, id, status, LIST_LIMIT)).map(toQuestionView) };
}

async function changeQuestion(
  deps: Deps,
  actor: Actor,
  id: string,
  questionId: string,
  change: { status: QuestionStatus; answer: string | null; eventType: 'answer' | 'question_hidden' },
  source: AuditSource,
): Promise<QuestionView> {
  const { ctx } = deps;
  const session = await getManagedSession(ctx, actor, id);
  const question = await repo.getQuestion(ctx.db, questionId);
  if (!question || question.sessionId !== id) throw new AppError('not_found');
  const answered = change.eventType === 'answer';
  const event = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    await repo.updateQuestion(tx, questionId, answered ? { status: change.status, answer: change.answer, answeredBy: actor.accountId, answeredAt: now } : { status: change.status });
    await recordAudit(tx, source, {
      action: answered ? 'live_question.answer' : 'live_question.hide',
      entityType: 'live_question',
      entityId: questionId,
      organisationId: session.hostOrganisationId,
      before: { status: question.status, answer: question.answer },
      after: { status: change.status, answer: change.answer },
    });
    return repo.insertEvent(
      tx,
      id,
      change.eventType,
      answered ? { id: questionId, status: change.status, answer: change.answer, answeredAt: now.toISOString() } : { id: questionId },
    );
  });
  await publish(deps, id, [event]);
  if (!answered || question.status === 'hidden') await deps.hub.activityChanged(id);
  return toQuestionView((await repo.getQuestion(ctx.db, questionId))!);
}

export async function answerQuestion(deps: Deps, actor: Actor, id: string, questionId: string, input: AnswerInput, source: AuditSource): Promise<QuestionView> {
  if (input.mode === 'text' && !input.answer) throw new AppError('validation_failed', { fields: [{ path: 'answer', message: 'live.answer_required' }] });
  const status: QuestionStatus = input.mode === 'text' ? 'answered_text' : 'answered_on_air';
  return changeQuestion(deps, actor, id, questionId, { status, answer: input.answer ?? null, eventType: 'answer' }, source);
}

export async function hideQuestion(deps: Deps, actor: Actor, id: string, questionId: string, source: AuditSource): Promise<QuestionView> {
  return changeQuestion(deps, actor, id, questionId, { status: 'hidden', answer: null, eventType: 'question_hidden' }, source);
}

// ---------------------------------------------------------------------------------------------
// Applying in one tap

function applyResult(application: { id: string; positionId: string; status: string }, duplicate: boolean): ApplyResult {
  return { applicationId: application.id, positionId: application.positionId, status: application.status, duplicate };
}

type ApplyJob = {
  application: Parameters<typeof repo.insertApplications>[1][number] & { idempotencyKey: string };
  sessionId: string;
  itemId: string | null;
  source: AuditSource;
  resolve: (row: positionsRepo.ApplicationRow | undefined) => void;
  reject: (error: unknown) => void;
};

const APPLY_BATCH_MAX = 200;
const applyQueues = new WeakMap<AppContext, (job: ApplyJob) => void>();

/**
 * Inserts a batch of applications with their live_applications rows and audit entries in one
 * transaction. A job whose insert conflicted (its key, or its seeker and position, already taken —
 * also by an earlier job of the same batch) gets undefined.
 */
async function insertApplyBatch(ctx: AppContext, jobs: ApplyJob[]): Promise<(positionsRepo.ApplicationRow | undefined)[]> {
  return ctx.db.transaction(async (tx) => {
    const inserted = new Map((await repo.insertApplications(tx, jobs.map((job) => job.application))).map((row) => [row.idempotencyKey, row]));
    const created = jobs.map((job) => {
      const row = inserted.get(job.application.idempotencyKey);
      inserted.delete(job.application.idempotencyKey);
      return row;
    });
    const liveRows = jobs.flatMap((job, index) => {
      const row = created[index];
      return row ? [{ applicationId: row.id, sessionId: job.sessionId, positionId: row.positionId, seekerId: row.seekerId, itemId: job.itemId }] : [];
    });
    if (liveRows.length > 0) await repo.insertLiveApplications(tx, liveRows);
    await recordAuditEach(
      tx,
      jobs.flatMap((job, index) => {
        const row = created[index];
        return row
          ? [
              {
                source: job.source,
                entry: {
                  action: 'application.create',
                  entityType: 'application',
                  entityId: row.id,
                  organisationId: row.organisationId,
                  after: { positionId: row.positionId, seekerId: row.seekerId, channel: 'live', liveSessionId: job.sessionId },
                },
              },
            ]
          : [];
      }),
    );
    return created;
  });
}

/**
 * Applications arriving together share one transaction (one commit for a burst of taps instead
 * of one each). One batch at a time, so that batches never wait on each other's keys.
 */
function applyQueueOf(ctx: AppContext): (job: ApplyJob) => void {
  const existing = applyQueues.get(ctx);
  if (existing) return existing;
  const queue: ApplyJob[] = [];
  let draining = false;
  const drain = async () => {
    draining = true;
    while (queue.length > 0) {
      const jobs = queue.splice(0, APPLY_BATCH_MAX);
      try {
        const rows = await insertApplyBatch(ctx, jobs);
        jobs.forEach((job, index) => job.resolve(rows[index]));
      } catch (error) {
        if (jobs.length === 1) {
          jobs[0]!.reject(error);
          continue;
        }
        // One failing row fails its batch: each is tried alone, so the others still land.
        for (const job of jobs) {
          try {
            job.resolve((await insertApplyBatch(ctx, [job]))[0]);
          } catch (single) {
            job.reject(single);
          }
        }
      }
    }
    draining = false;
  };
  const submit = (job: ApplyJob) => {
    queue.push(job);
    if (!draining) void drain();
  };
  applyQueues.set(ctx, submit);
  return submit;
}

/**
 * One tap, one application: a retry with the same key, or a second tap racing the first, answers
 * the application already made (duplicate: true); the unique keys of `applications` decide races.
 */
export async function apply(deps: Deps, actor: Actor, id: string, input: ApplyInput, source: AuditSource): Promise<ApplyResult> {
  const { ctx } = deps;
  const key = `${actor.accountId}:${input.idempotencyKey}`;
  const { seeker, byKey } = await repo.findSeekerAndKeyedApplication(ctx.db, actor.accountId, key);
  if (!seeker || seeker.erasedAt) throw new AppError('validation_failed', { fields: [{ path: 'profile', message: 'application.profile_required' }] });
  if (byKey) return applyResult(byKey, true);

  const found = await repo.getApplyContext(ctx.db, id, input.positionId);
  if (!found) throw new AppError('not_found');
  if (found.status !== 'live') throw new AppError('conflict', { fields: [{ path: 'status', message: 'live.not_on_air' }] });
  const { itemId, position } = found;
  if (!itemId || !position) throw new AppError('validation_failed', { fields: [{ path: 'positionId', message: 'live.position_not_on_run_sheet' }] });
  if (!isOpen(position)) throw new AppError('validation_failed', { fields: [{ path: 'positionId', message: 'live.position_not_published' }] });

  // An earlier application to the position (another key or channel) makes the insert a no-op, answered below.
  const created = await new Promise<positionsRepo.ApplicationRow | undefined>((resolve, reject) =>
    applyQueueOf(ctx)({
      application: {
        positionId: input.positionId,
        seekerId: seeker.id,
        organisationId: position.organisationId,
        resumeSnapshot: resumeSnapshot(ctx, seeker),
        channel: 'live',
        idempotencyKey: key,
      },
      sessionId: id,
      itemId: found.onAirItemId === itemId ? itemId : null,
      source,
      resolve,
      reject,
    }),
  );
  if (created) {
    await deps.hub.activityChanged(id);
    return applyResult(created, false);
  }
  // Lost a race with the same key, or applied to this position by another way meanwhile.
  const again = (await positionsRepo.findApplicationByKey(ctx.db, key)) ?? (await positionsRepo.findApplicationOf(ctx.db, input.positionId, seeker.id));
  if (!again) throw new AppError('conflict', { fields: [{ path: 'positionId', message: 'application.already_applied' }] });
  return applyResult(again, true);
}

export async function listSessionApplications(deps: Deps, actor: Actor, id: string): Promise<{ items: SessionApplicationView[] }> {
  const session = await getManagedSession(deps.ctx, actor, id);
  const rows = await repo.findSessionApplications(deps.ctx.db, id, LIST_LIMIT);
  const items = await repo.findItems(deps.ctx.db, [id]);
  const organisationOf = new Map(items.map((item) => [item.position.id, item.position.organisationId]));
  return {
    items: rows.map((r) => {
      // The applicant's full name goes to the operator and the employer; a school host sees it masked.
      const seesName = actor.role === 'operator' || organisationOf.get(r.positionId) === actor.organisationId || session.hostOrganisationId === null;
      return {
        applicationId: r.applicationId,
        seeker: { name: seesName ? r.seekerName : maskName(r.seekerName), educationLevel: r.educationLevel, school: r.school, major: r.major },
        position: { id: r.positionId, title: r.positionTitle },
        status: r.status,
        createdAt: r.createdAt.toISOString(),
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// After the session

/** Seconds each item was on air, from the stored on_air / off_air / status events. */
export function onAirSecondsByItem(events: { type: string; payload: Record<string, unknown>; createdAt: Date }[], until: Date): Map<string, number> {
  const seconds = new Map<string, number>();
  let current: { itemId: string; since: number } | null = null;
  const close = (at: number) => {
    if (current) seconds.set(current.itemId, (seconds.get(current.itemId) ?? 0) + Math.max(0, Math.round((at - current.since) / 1000)));
    current = null;
  };
  for (const event of events) {
    const at = event.createdAt.getTime();
    if (event.type === 'on_air') {
      close(at);
      const item = event.payload.item as { id?: string } | undefined;
      if (item?.id) current = { itemId: item.id, since: at };
    } else if (event.type === 'off_air' || (event.type === 'status' && event.payload.status === 'ended')) {
      close(at);
    }
  }
  close(until.getTime());
  return seconds;
}

export async function getReplay(deps: Deps, actor: Actor, id: string): Promise<ReplayView> {
  const { ctx } = deps;
  const row = await getStatsSession(ctx, actor, id);
  const [session] = await buildViews(deps, [row], actor);
  if (!session) throw new AppError('not_found');
  const [counts, events, applicants, questions] = await Promise.all([
    repo.countApplicationsByPosition(ctx.db, [id]),
    repo.findEventsOfTypes(ctx.db, id, ['on_air', 'off_air', 'status']),
    repo.countApplicants(ctx.db, id),
    repo.findQuestions(ctx.db, id, undefined, 100_000),
  ]);
  const onAir = onAirSecondsByItem(events, row.endedAt ?? new Date());
  const hiresOf = new Map(counts.map((c) => [c.positionId, c.hires]));
  const items = session.items.map((item) => ({ ...item, hires: hiresOf.get(item.position.id) ?? 0, onAirSeconds: onAir.get(item.id) ?? 0 }));
  return {
    session,
    items,
    totals: {
      applications: counts.reduce((sum, c) => sum + c.applications, 0),
      applicants,
      questions: questions.length,
      hires: counts.reduce((sum, c) => sum + c.hires, 0),
      peakViewers: session.peakViewers,
    },
  };
}
