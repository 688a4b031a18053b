// 初步就业意向 at a booth: recorded by the enterprise's staff (they scanned the seeker's ticket)
// or by the seeker (they scanned the booth's QR code). The résumé goes with it only under the
// seeker's consent; accommodation needs only at a fair for people with disabilities, under the
// sensitive-data consent and a share consent for that enterprise.
import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { encryptText } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { AppError, fieldError } from '../../platform/errors';
import { resumeSnapshot } from '../positions/applications.service';
import { canOrganisationSeeSeeker, hasActiveConsent, recordConsent } from '../talent/consent';
import * as talentRepo from '../talent/talent.repository';
import type { SeekerRow } from '../talent/talent.repository';
import { unsealPersonalData } from '../talent/talent.views';
import * as boothsRepo from './booths.repository';
import type { BoothRow } from './booths.repository';
import type { IntentLevel } from './fairs.codes';
import { type FairRow, canSeeFair, findFair, getVisibleFair, managesFair } from './fairs.scope';
import * as repo from './intents.repository';
import type { IntentRow } from './intents.repository';
import type { FollowUpFilters, FollowUpInput, IntentFilters, IntentView, PublicBoothView, RecordIntentInput, SeekerIntentInput } from './intents.schemas';
import { audienceOf, toIntentView } from './intents.views';
import * as registrationsRepo from './registrations.repository';
import type { RegistrationRow } from './registrations.repository';
import { generateTicketCode, normaliseTicketCode } from './ticket-code';

type Page = { page: number; pageSize: number };
type IntentResult = { intent: IntentView; isNew: boolean };

function isDisabilityFair(fair: FairRow): boolean {
  return fair.kind === 'special' && fair.specialFocus === 'disability';
}

/** Keys are per account, so one person's retry never meets another's key. */
function scopedKey(actor: Actor, key: string): string {
  return `${actor.accountId}:${key}`;
}

async function viewOf(ctx: AppContext, actor: Actor, id: string): Promise<IntentView> {
  const row = await repo.getIntentWithNames(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return toIntentView(ctx.keys, row, audienceOf(actor, row.intent));
}

async function requirePositionOnBooth(ctx: AppContext, booth: BoothRow, positionId: string): Promise<void> {
  const onBooth = await boothsRepo.findPositionsOfBooths(ctx.db, [booth.id]);
  if (!onBooth.some((p) => p.id === positionId)) throw fieldError('positionId', 'fairs.intent.position_not_on_booth');
}

/**
 * The seeker's accommodation needs, sealed for the intent, when they may go to this enterprise:
 * a disability fair, the sensitive-data consent, and a share consent for the enterprise.
 */
async function sealedAccommodation(ctx: AppContext, seeker: SeekerRow, hasShareConsent: boolean): Promise<string | null> {
  if (!hasShareConsent || !seeker.disabilityEnc || seeker.erasedAt) return null;
  if (!(await hasActiveConsent(ctx.db, seeker.id, 'sensitive_disability'))) return null;
  const accommodation = unsealPersonalData(ctx.keys, seeker).disability?.accommodation;
  return accommodation ? encryptText(ctx.keys, accommodation) : null;
}

async function hasShareConsent(ctx: AppContext, seekerId: string, organisationId: string): Promise<boolean> {
  return (await talentRepo.findActiveConsent(ctx.db, seekerId, 'share_with_organisation', organisationId)) !== undefined;
}

type IntentDraft = {
  fair: FairRow;
  booth: BoothRow;
  seeker: SeekerRow;
  registrationId: string;
  positionId: string;
  level: IntentLevel;
  /** undefined: leave an existing intent's note as it is. */
  note: string | null | undefined;
  source: 'booth_scan' | 'seeker_scan';
  collectResume: boolean;
  accommodationEnc: string | null;
  recordedBy: string;
  idempotencyKey: string;
};

function auditFieldsOf(row: IntentRow) {
  return {
    fairId: row.fairId,
    boothId: row.boothId,
    positionId: row.positionId,
    seekerId: row.seekerId,
    level: row.level,
    source: row.source,
    resumeCollected: row.resumeCollectedAt !== null,
    accommodationShared: row.accommodationEnc !== null,
  };
}

/**
 * Writes the intent in the caller's transaction: a new one, or — when the key or the
 * (fair, position, seeker) is already there — the first one, the latter with the new level and note.
 */
async function saveIntent(ctx: AppContext, tx: DbOrTx, draft: IntentDraft, source: AuditSource): Promise<{ id: string; isNew: boolean }> {
  const now = new Date();
  const snapshot = draft.collectResume ? resumeSnapshot(ctx, draft.seeker) : null;
  const inserted = await repo.insertIntent(tx, {
    fairId: draft.fair.id,
    boothId: draft.booth.id,
    organisationId: draft.booth.organisationId,
    positionId: draft.positionId,
    seekerId: draft.seeker.id,
    registrationId: draft.registrationId,
    level: draft.level,
    note: draft.note ?? null,
    source: draft.source,
    resumeSnapshot: snapshot,
    resumeCollectedAt: snapshot ? now : null,
    accommodationEnc: draft.accommodationEnc,
    recordedBy: draft.recordedBy,
    idempotencyKey: draft.idempotencyKey,
  });
  if (inserted) {
    await recordAudit(tx, source, {
      action: 'fair_intent.create',
      entityType: 'fair_intent',
      entityId: inserted.id,
      organisationId: inserted.organisationId,
      after: auditFieldsOf(inserted),
    });
    return { id: inserted.id, isNew: true };
  }
  const byKey = await repo.findIntentByKey(tx, draft.idempotencyKey);
  if (byKey) return { id: byKey.id, isNew: false };
  const existing = await repo.findIntentOfSeeker(tx, draft.fair.id, draft.positionId, draft.seeker.id);
  if (!existing) throw new AppError('conflict');
  const patch: Partial<repo.NewIntentRow> = { level: draft.level };
  if (draft.note !== undefined) patch.note = draft.note;
  if (snapshot && !existing.resumeCollectedAt) Object.assign(patch, { resumeSnapshot: snapshot, resumeCollectedAt: now });
  if (draft.accommodationEnc && !existing.accommodationEnc) patch.accommodationEnc = draft.accommodationEnc;
  const updated = await repo.updateIntent(tx, existing.id, patch);
  if (!updated) throw new AppError('not_found');
  const change = changedFields(auditFieldsOf(existing), auditFieldsOf(updated));
  if (existing.note !== updated.note) Object.assign(change.after, { noteChanged: true });
  await recordAudit(tx, source, {
    action: 'fair_intent.update',
    entityType: 'fair_intent',
    entityId: existing.id,
    organisationId: existing.organisationId,
    before: change.before,
    after: change.after,
  });
  return { id: existing.id, isNew: false };
}

/** The ticket staff scanned or typed, which must be a live ticket of this fair. */
async function resolveRegistration(ctx: AppContext, fair: FairRow, input: RecordIntentInput): Promise<RegistrationRow> {
  const path = input.registrationId ? 'registrationId' : 'ticketCode';
  let registration: RegistrationRow | undefined;
  if (input.registrationId) {
    registration = await registrationsRepo.getTicketById(ctx.db, input.registrationId);
  } else {
    const code = normaliseTicketCode(input.ticketCode ?? '');
    registration = code ? await registrationsRepo.findRegistrationByTicketCode(ctx.db, code) : undefined;
  }
  if (!registration) throw fieldError(path, 'fairs.intent.unknown_ticket');
  if (registration.fairId !== fair.id) throw fieldError(path, 'fairs.intent.ticket_other_fair');
  if (registration.status !== 'registered') throw fieldError(path, 'fairs.intent.ticket_cancelled');
  return registration;
}

/** Booth staff record an intent at their enterprise's approved booth. */
export async function recordBoothIntent(ctx: AppContext, actor: Actor, fairId: string, input: RecordIntentInput, source: AuditSource): Promise<IntentResult> {
  if (actor.role === 'seeker' || !actor.organisationId) throw new AppError('forbidden');
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  const booth = await boothsRepo.findBoothOfOrganisation(ctx.db, fair.id, actor.organisationId);
  if (!booth || booth.status !== 'approved') throw new AppError('forbidden');
  const key = scopedKey(actor, input.idempotencyKey);
  const replay = await repo.findIntentByKey(ctx.db, key);
  if (replay) return { intent: await viewOf(ctx, actor, replay.id), isNew: false };
  if (fair.status !== 'published') throw new AppError('conflict', { fields: [{ path: 'fairId', message: 'fairs.intent.fair_not_open' }] });
  if (input.shareAccommodation && !isDisabilityFair(fair)) throw fieldError('shareAccommodation', 'fairs.intent.accommodation_not_special');
  const registration = await resolveRegistration(ctx, fair, input);
  await requirePositionOnBooth(ctx, booth, input.positionId);
  const seeker = await talentRepo.getSeekerById(ctx.db, registration.seekerId);
  if (!seeker) throw new AppError('not_found');
  const collectResume = input.collectResume && (await canOrganisationSeeSeeker(ctx, seeker.id, booth.organisationId));
  const accommodationEnc = input.shareAccommodation
    ? await sealedAccommodation(ctx, seeker, await hasShareConsent(ctx, seeker.id, booth.organisationId))
    : null;
  const saved = await ctx.db.transaction((tx) =>
    saveIntent(
      ctx,
      tx,
      {
        fair,
        booth,
        seeker,
        registrationId: registration.id,
        positionId: input.positionId,
        level: input.level,
        note: input.note ?? null,
        source: 'booth_scan',
        collectResume,
        accommodationEnc,
        recordedBy: actor.accountId,
        idempotencyKey: key,
      },
      source,
    ),
  );
  return { intent: await viewOf(ctx, actor, saved.id), isNew: saved.isNew };
}

/** The booth a QR code leads to, with the fair it is at: only approved booths of published fairs. */
async function getOpenBooth(ctx: AppContext, qrToken: string): Promise<{ booth: boothsRepo.BoothWithOrganisation; fair: FairRow }> {
  const booth = await boothsRepo.findBoothByQrToken(ctx.db, qrToken);
  const fair = booth ? await findFair(ctx.db, booth.fairId) : undefined;
  if (!booth || !fair || booth.status !== 'approved' || fair.status !== 'published') throw new AppError('not_found');
  return { booth, fair };
}

export async function getPublicBooth(ctx: AppContext, qrToken: string): Promise<PublicBoothView> {
  const { booth, fair } = await getOpenBooth(ctx, qrToken);
  const positions = await boothsRepo.findPositionsOfBooths(ctx.db, [booth.id]);
  return {
    fair: { id: fair.id, title: fair.title, kind: fair.kind, specialFocus: fair.specialFocus },
    booth: {
      id: booth.id,
      boothNumber: booth.boothNumber,
      organisation: { id: booth.organisationId, name: booth.organisationName },
      positions: positions.map(({ boothId: _boothId, ...p }) => p),
    },
  };
}

/**
 * The seeker at the booth holds a checked-in ticket afterwards: registered on the spot (the fair's
 * capacity still holds, counted under the fair's row lock) or checked in if they were not.
 */
async function ensureCheckedIn(tx: DbOrTx, actor: Actor, fair: FairRow, seeker: SeekerRow, source: AuditSource): Promise<RegistrationRow> {
  const now = new Date();
  let registration = await registrationsRepo.findRegistrationByFairAndSeeker(tx, fair.id, seeker.id);
  if (registration?.status === 'registered') {
    if (registration.checkedInAt) return registration;
    const checkedIn = await registrationsRepo.checkInRegistration(tx, registration.id, now, actor.accountId);
    if (!checkedIn) return registration;
    await recordAudit(tx, source, { action: 'fair_registration.check_in', entityType: 'fair_registration', entityId: checkedIn.id, after: { fairId: fair.id, via: 'booth_qr' } });
    return checkedIn;
  }
  const locked = await findFair(tx, fair.id, { forUpdate: true });
  if (!locked) throw new AppError('not_found');
  registration = await registrationsRepo.findRegistrationByFairAndSeeker(tx, fair.id, seeker.id);
  if (registration?.status === 'registered') return registration;
  if (locked.seekerCapacity !== null && (await registrationsRepo.countActiveRegistrations(tx, fair.id)) >= locked.seekerCapacity) {
    throw new AppError('fair_tickets_full');
  }
  const fields = { status: 'registered', checkedInAt: now, checkedInBy: actor.accountId };
  const row = registration
    ? await registrationsRepo.updateRegistration(tx, registration.id, fields)
    : await registrationsRepo.insertRegistration(tx, { fairId: fair.id, seekerId: seeker.id, ticketCode: generateTicketCode(), source: 'pre', createdBy: actor.accountId, ...fields });
  if (!row) throw new AppError('not_found');
  await recordAudit(tx, source, {
    action: registration ? 'fair_registration.reactivate' : 'fair_registration.create',
    entityType: 'fair_registration',
    entityId: row.id,
    after: { fairId: fair.id, source: row.source, checkedIn: true, via: 'booth_qr' },
  });
  return row;
}

/** The seeker scanned the booth's QR code and tells the enterprise they are interested. */
export async function recordSeekerIntent(ctx: AppContext, actor: Actor, qrToken: string, input: SeekerIntentInput, source: AuditSource): Promise<IntentResult> {
  if (actor.role !== 'seeker') throw new AppError('forbidden');
  const key = scopedKey(actor, input.idempotencyKey);
  const replay = await repo.findIntentByKey(ctx.db, key);
  if (replay) return { intent: await viewOf(ctx, actor, replay.id), isNew: false };
  const { booth, fair } = await getOpenBooth(ctx, qrToken);
  const seeker = await talentRepo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker || seeker.erasedAt) throw fieldError('profile', 'fairs.intent.profile_required');
  if (input.shareAccommodation && !isDisabilityFair(fair)) throw fieldError('shareAccommodation', 'fairs.intent.accommodation_not_special');
  await requirePositionOnBooth(ctx, booth, input.positionId);
  const accommodationEnc = input.shareAccommodation
    ? await sealedAccommodation(ctx, seeker, input.shareResume || (await hasShareConsent(ctx, seeker.id, booth.organisationId)))
    : null;
  const saved = await ctx.db.transaction(async (tx) => {
    const registration = await ensureCheckedIn(tx, actor, fair, seeker, source);
    if (input.shareResume) {
      await recordConsent(tx, source, seeker, { purpose: 'share_with_organisation', organisationId: booth.organisationId, recordedBy: null });
    }
    return saveIntent(
      ctx,
      tx,
      {
        fair,
        booth,
        seeker,
        registrationId: registration.id,
        positionId: input.positionId,
        level: input.level,
        note: undefined,
        source: 'seeker_scan',
        collectResume: input.shareResume,
        accommodationEnc,
        recordedBy: actor.accountId,
        idempotencyKey: key,
      },
      source,
    );
  });
  return { intent: await viewOf(ctx, actor, saved.id), isNew: saved.isNew };
}

/**
 * A fair's intents: all of them to those who run the fair, an enterprise's own to its staff,
 * and to government the count alone (their figures come from the statistics).
 */
export async function findFairIntents(
  ctx: AppContext,
  actor: Actor,
  fairId: string,
  filters: IntentFilters,
  page: Page,
): Promise<{ items: IntentView[]; total: number; page: number; pageSize: number }> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  const query = intentQueryOf(actor, fair, filters);
  if (actor.role === 'government') {
    return { items: [], total: await repo.countIntents(ctx.db, query), page: page.page, pageSize: page.pageSize };
  }
  const { rows, total } = await repo.findIntents(ctx.db, query, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((r) => toIntentView(ctx.keys, r, audienceOf(actor, r.intent))), total, page: page.page, pageSize: page.pageSize };
}

/** The query an actor's list runs: an enterprise's own rows whatever organisation it asked for. */
export function intentQueryOf(actor: Actor, fair: FairRow, filters: IntentFilters): repo.IntentQuery {
  const query = { fairId: fair.id, positionId: filters.positionId, level: filters.level };
  if (actor.role === 'government' || managesFair(actor, fair)) return { ...query, organisationId: filters.organisationId };
  if (!actor.organisationId) throw new AppError('forbidden');
  return { ...query, organisationId: actor.organisationId };
}

export async function findMyIntents(ctx: AppContext, actor: Actor): Promise<{ items: (IntentView & { fairTitle: string; fairStartsAt: string })[] }> {
  const seeker = await talentRepo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker) return { items: [] };
  const rows = await repo.findIntentsOfSeeker(ctx.db, seeker.id);
  return {
    items: rows.map((r) => ({ ...toIntentView(ctx.keys, r, audienceOf(actor, r.intent)), fairTitle: r.fairTitle, fairStartsAt: r.fairStartsAt.toISOString() })),
  };
}

/** The operator's follow-up list: intents nobody was hired on yet, strong ones first. */
export async function findFollowUp(
  ctx: AppContext,
  actor: Actor,
  fairId: string,
  filters: FollowUpFilters,
  page: Page,
): Promise<{ items: IntentView[]; total: number; page: number; pageSize: number }> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  if (!managesFair(actor, fair)) throw new AppError('forbidden');
  const { rows, total } = await repo.findFollowUpIntents(ctx.db, fair.id, filters.followUpStatus, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((r) => toIntentView(ctx.keys, r, audienceOf(actor, r.intent))), total, page: page.page, pageSize: page.pageSize };
}

export async function updateFollowUp(ctx: AppContext, actor: Actor, intentId: string, input: FollowUpInput, source: AuditSource): Promise<IntentView> {
  const current = await repo.getIntentWithNames(ctx.db, intentId);
  const fair = current ? await findFair(ctx.db, current.intent.fairId) : undefined;
  if (!current || !fair || !canSeeFair(actor, fair)) throw new AppError('not_found');
  if (!managesFair(actor, fair)) throw new AppError('forbidden');
  const patch = { followUpStatus: input.status, followUpNote: input.note === undefined ? current.intent.followUpNote : input.note };
  await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateIntent(tx, intentId, patch);
    if (!updated) throw new AppError('not_found');
    const change = changedFields({ followUpStatus: current.intent.followUpStatus, followUpNote: current.intent.followUpNote }, patch);
    await recordAudit(tx, source, {
      action: 'fair_intent.follow_up',
      entityType: 'fair_intent',
      entityId: intentId,
      organisationId: updated.organisationId,
      before: change.before,
      after: change.after,
    });
  });
  return viewOf(ctx, actor, intentId);
}
