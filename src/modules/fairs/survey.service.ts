// The short satisfaction survey after a fair: sent once the fair is over to every seeker who came
// (a notification) and shown to the enterprises that had a booth; one answer per account.
import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { queueSeekerNotices } from '../notifications/notifications.service';
import { getSeekerByAccountId } from '../talent/talent.repository';
import * as boothsRepo from './booths.repository';
import { type FairRow, canSeeFair, findFair, getVisibleFair, isZoneWide, managesFair } from './fairs.scope';
import * as registrationsRepo from './registrations.repository';
import * as repo from './survey.repository';
import type { RespondentKind, SurveyGroupResults, SurveyResponseInput, SurveyResultsView, SurveySentView, SurveyStateView } from './survey.schemas';

export async function sendSurvey(ctx: AppContext, actor: Actor, fairId: string, source: AuditSource): Promise<SurveySentView> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  if (!managesFair(actor, fair)) throw new AppError('forbidden');
  const now = new Date();
  if (fair.surveySentAt) throw new AppError('conflict', { fields: [{ path: 'surveySentAt', message: 'fairs.survey.already_sent' }] });
  if (fair.status !== 'published' || fair.endsAt > now) throw new AppError('conflict', { fields: [{ path: 'endsAt', message: 'fairs.survey.not_over' }] });
  return ctx.db.transaction(async (tx) => {
    const sentAt = await repo.markSurveySent(tx, fair.id, now);
    if (!sentAt) throw new AppError('conflict', { fields: [{ path: 'surveySentAt', message: 'fairs.survey.already_sent' }] });
    const recipients = await repo.findCheckedInSeekers(tx, fair.id);
    await queueSeekerNotices(
      ctx,
      tx,
      recipients.map((r) => ({ seekerId: r.seekerId, accountId: r.accountId, zoneId: r.zoneId ?? fair.zoneId, kind: 'fair_survey', params: { fairId: fair.id, fairTitle: fair.title } })),
    );
    await recordAudit(tx, source, { action: 'fair.survey_send', entityType: 'fair', entityId: fair.id, after: { surveySentAt: sentAt.toISOString(), notified: recipients.length } });
    return { surveySentAt: sentAt.toISOString(), notified: recipients.length };
  });
}

/** A published fair to a seeker (fairs are public); to staff, a fair of their zone they may see. */
async function getSurveyFair(ctx: AppContext, actor: Actor, fairId: string): Promise<FairRow> {
  const fair = await findFair(ctx.db, fairId);
  const visible = fair && (actor.role === 'seeker' ? fair.status !== 'draft' : canSeeFair(actor, fair));
  if (!fair || !visible) throw new AppError('not_found');
  return fair;
}

/** Who may answer: a seeker with a checked-in ticket, staff of an enterprise with an approved booth. */
async function respondentOf(ctx: AppContext, actor: Actor, fair: FairRow): Promise<{ kind: RespondentKind; organisationId: string | null } | null> {
  if (actor.role === 'seeker') {
    const seeker = await getSeekerByAccountId(ctx.db, actor.accountId);
    const registration = seeker ? await registrationsRepo.findRegistrationByFairAndSeeker(ctx.db, fair.id, seeker.id) : undefined;
    return registration?.status === 'registered' && registration.checkedInAt ? { kind: 'seeker', organisationId: null } : null;
  }
  if (!actor.organisationId) return null;
  const booth = await boothsRepo.findBoothOfOrganisation(ctx.db, fair.id, actor.organisationId);
  return booth?.status === 'approved' ? { kind: 'enterprise', organisationId: actor.organisationId } : null;
}

export async function getSurveyState(ctx: AppContext, actor: Actor, fairId: string): Promise<SurveyStateView> {
  const fair = await getSurveyFair(ctx, actor, fairId);
  const [respondent, response] = await Promise.all([respondentOf(ctx, actor, fair), repo.findResponse(ctx.db, fair.id, actor.accountId)]);
  return { open: fair.surveySentAt !== null && respondent !== null, answered: response !== undefined };
}

export async function respondToSurvey(
  ctx: AppContext,
  actor: Actor,
  fairId: string,
  input: SurveyResponseInput,
  source: AuditSource,
): Promise<{ id: string; createdAt: string }> {
  const fair = await getSurveyFair(ctx, actor, fairId);
  const respondent = await respondentOf(ctx, actor, fair);
  if (!respondent) throw new AppError('forbidden');
  if (!fair.surveySentAt) throw new AppError('conflict', { fields: [{ path: 'fairId', message: 'fairs.survey.not_open' }] });
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertResponse(tx, {
      fairId: fair.id,
      accountId: actor.accountId,
      respondentKind: respondent.kind,
      organisationId: respondent.organisationId,
      overall: input.overall,
      matchQuality: input.matchQuality,
      wouldReturn: input.wouldReturn,
      comment: input.comment ?? null,
    });
    if (!row) throw new AppError('fair_survey_answered');
    await recordAudit(tx, source, {
      action: 'fair_survey.respond',
      entityType: 'fair_survey_response',
      entityId: row.id,
      organisationId: row.organisationId,
      after: { fairId: fair.id, kind: row.respondentKind, overall: row.overall, matchQuality: row.matchQuality, wouldReturn: row.wouldReturn },
    });
    return { id: row.id, createdAt: row.createdAt.toISOString() };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

type SummaryRow = Awaited<ReturnType<typeof repo.summariseResponses>>[number];

function groupOf(rows: SummaryRow[]): SurveyGroupResults {
  const distribution = [0, 0, 0, 0, 0];
  let responses = 0;
  let overallSum = 0;
  let matchSum = 0;
  let wouldReturn = 0;
  for (const r of rows) {
    const n = Number(r.responses);
    distribution[r.overall - 1] = (distribution[r.overall - 1] ?? 0) + n;
    responses += n;
    overallSum += r.overall * n;
    matchSum += Number(r.matchSum);
    wouldReturn += Number(r.wouldReturn);
  }
  if (responses === 0) return { responses, overallAvg: null, matchAvg: null, wouldReturnPct: null, distribution };
  return { responses, overallAvg: round(overallSum / responses), matchAvg: round(matchSum / responses), wouldReturnPct: round((wouldReturn / responses) * 100), distribution };
}

export async function getSurveyResults(ctx: AppContext, actor: Actor, fairId: string): Promise<SurveyResultsView> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  if (!isZoneWide(actor) && !managesFair(actor, fair)) throw new AppError('forbidden');
  const [summary, comments] = await Promise.all([repo.summariseResponses(ctx.db, fair.id), repo.findComments(ctx.db, fair.id)]);
  return {
    seekers: groupOf(summary.filter((r) => r.kind === 'seeker')),
    enterprises: groupOf(summary.filter((r) => r.kind === 'enterprise')),
    comments: comments.map((c) => ({ kind: c.kind as RespondentKind, comment: c.comment ?? '', createdAt: c.createdAt.toISOString() })),
  };
}
