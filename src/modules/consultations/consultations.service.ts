import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldIssue } from '../../platform/errors';
import { getOperatorSeeker } from '../talent/talent.access';
import { chinaToday } from '../talent/talent.rules';
import type { ConsultationTopic } from './consultations.codes';
import * as repo from './consultations.repository';
import type { ConsultationWithNames } from './consultations.repository';
import { checkConsultationRules, periodKeys } from './consultations.rules';
import type {
  ConsultationFilters,
  ConsultationStats,
  ConsultationView,
  CreateConsultationInput,
  StatsQuery,
  UpdateConsultationInput,
} from './consultations.schemas';

const MAX_STATS_YEARS = 10;

export function toConsultationView(row: ConsultationWithNames): ConsultationView {
  return {
    id: row.id,
    seekerId: row.seekerId,
    seekerName: row.seekerName,
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    heldOn: row.heldOn,
    topic: row.topic as ConsultationTopic,
    notes: row.notes,
    followUpOn: row.followUpOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

/**
 * What an audit entry keeps of a consultation: dates and topic, and whether there are notes,
 * never the notes themselves (they are about a person and must go when the seeker is erased).
 */
function auditView(row: { seekerId: string; heldOn: string; topic: string; followUpOn: string | null; notes: string | null }) {
  return { seekerId: row.seekerId, heldOn: row.heldOn, topic: row.topic, followUpOn: row.followUpOn, hasNotes: row.notes !== null };
}

async function getVisibleConsultation(ctx: AppContext, actor: Actor, id: string): Promise<ConsultationWithNames> {
  const row = await repo.getConsultationById(ctx.db, id);
  if (!row || row.zoneId !== zoneOf(actor)) throw new AppError('not_found');
  return row;
}

export async function logConsultation(
  ctx: AppContext,
  actor: Actor,
  input: CreateConsultationInput,
  source: AuditSource,
): Promise<ConsultationView> {
  const zoneId = zoneOf(actor);
  const issues: FieldIssue[] = checkConsultationRules(input, chinaToday());
  let seeker;
  try {
    seeker = await getOperatorSeeker(ctx, actor, input.seekerId);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    issues.unshift({ path: 'seekerId', message: 'not_found' });
  }
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  if (seeker?.erasedAt) throw new AppError('conflict', { fields: [{ path: 'seekerId', message: 'seeker.erased' }] });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertConsultation(tx, {
      zoneId,
      seekerId: input.seekerId,
      counsellorId: actor.accountId,
      heldOn: input.heldOn,
      topic: input.topic,
      notes: input.notes ?? null,
      followUpOn: input.followUpOn ?? null,
    });
    await recordAudit(tx, source, { action: 'consultation.create', entityType: 'consultation', entityId: row.id, after: auditView(row) });
    return row.id;
  });
  return toConsultationView(await getVisibleConsultation(ctx, actor, id));
}

export async function updateConsultation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateConsultationInput,
  source: AuditSource,
): Promise<ConsultationView> {
  const current = await getVisibleConsultation(ctx, actor, id);
  const { updatedAt, ...patch } = input;
  const merged = {
    heldOn: patch.heldOn ?? current.heldOn,
    followUpOn: patch.followUpOn === undefined ? current.followUpOn : patch.followUpOn,
  };
  const issues = checkConsultationRules(merged, chinaToday());
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateConsultationIfUnchanged(tx, id, new Date(updatedAt), {
      ...(patch.heldOn !== undefined ? { heldOn: patch.heldOn } : {}),
      ...(patch.topic !== undefined ? { topic: patch.topic } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      ...(patch.followUpOn !== undefined ? { followUpOn: patch.followUpOn } : {}),
    });
    if (!row) throw new AppError('stale_version');
    const diff = changedFields(auditView(current), auditView(row));
    // Edited notes are recorded as edited, never as text.
    const isNotesChanged = patch.notes !== undefined && patch.notes !== current.notes;
    await recordAudit(tx, source, {
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: id,
      before: diff.before,
      after: { ...diff.after, ...(isNotesChanged ? { notesChanged: true } : {}) },
    });
  });
  return toConsultationView(await getVisibleConsultation(ctx, actor, id));
}

export async function getConsultation(ctx: AppContext, actor: Actor, id: string): Promise<ConsultationView> {
  return toConsultationView(await getVisibleConsultation(ctx, actor, id));
}

export async function findConsultations(
  ctx: AppContext,
  actor: Actor,
  filters: ConsultationFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: ConsultationView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findConsultations(ctx.db, { zoneId: zoneOf(actor), ...filters }, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map(toConsultationView), total, page: page.page, pageSize: page.pageSize };
}

/** One seeker's history, newest first. */
export async function findSeekerConsultations(ctx: AppContext, actor: Actor, seekerId: string): Promise<ConsultationView[]> {
  const seeker = await getOperatorSeeker(ctx, actor, seekerId);
  const rows = await repo.findConsultationsOfSeeker(ctx.db, seeker.id);
  return rows.filter((row) => row.zoneId === actor.zoneId).map(toConsultationView);
}

/** Counts per period: consultations and distinct seekers, each period present even when empty. */
export async function getConsultationStats(ctx: AppContext, actor: Actor, query: StatsQuery): Promise<ConsultationStats> {
  const zoneId = zoneOf(actor);
  const today = chinaToday();
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) throw new AppError('validation_failed', { fields: [{ path: 'querystring.from', message: 'period.from_after_to' }] });
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= MAX_STATS_YEARS) {
    throw new AppError('validation_failed', { fields: [{ path: 'querystring.from', message: 'period.too_long', params: { years: MAX_STATS_YEARS } }] });
  }
  const counts = await repo.countConsultations(ctx.db, { zoneId, from, to, topic: query.topic }, query.groupBy);
  const byPeriod = new Map(counts.periods.map((p) => [p.period, p]));
  return {
    from,
    to,
    groupBy: query.groupBy,
    total: counts.total,
    periods: periodKeys(from, to, query.groupBy).map((period) => byPeriod.get(period) ?? { period, consultations: 0, seekers: 0 }),
    topics: counts.topics.map((t) => ({ ...t, topic: t.topic as ConsultationTopic })),
  };
}
