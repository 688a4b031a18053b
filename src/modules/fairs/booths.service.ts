import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { randomToken } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/errors';
import { violatedUniqueIndex } from '../talent/talent.repository';
import * as repo from './booths.repository';
import { type PrintableFair, renderBoothListPdf, renderVenueSheetPdf } from './fair-pdf';
import type { BoothRow, BoothWithOrganisation } from './booths.repository';
import type { ApproveBoothInput, BoothView, CreateBoothInput, RejectBoothInput, UpdateBoothInput } from './booths.schemas';
import type { BoothStatus } from './fairs.codes';
import { findOrganisationsByIds } from './fairs.repository';
import { type FairRow, findFair, getManagedFair, getVisibleFair, isZoneWide, managesFair } from './fairs.scope';
import { registrationClosesAt, toBoothView } from './fairs.views';

const BOOTH_NUMBER_INDEX = 'fair_booths_number_key';

/** Managers and the booth's own organisation see its contact's phone and its QR token. */
function seesPrivate(actor: Actor, fair: FairRow, booth: Pick<BoothRow, 'organisationId'>): boolean {
  return managesFair(actor, fair) || booth.organisationId === actor.organisationId;
}

async function viewsOf(db: DbOrTx, actor: Actor, fair: FairRow, booths: readonly BoothWithOrganisation[]): Promise<BoothView[]> {
  const positions = await repo.findPositionsOfBooths(db, booths.map((b) => b.id));
  return booths.map((b) => toBoothView(b, positions, seesPrivate(actor, fair, b)));
}

async function viewOf(db: DbOrTx, actor: Actor, fair: FairRow, boothId: string): Promise<BoothView> {
  const booth = await repo.getBoothById(db, boothId);
  if (!booth) throw new AppError('not_found');
  const [view] = await viewsOf(db, actor, fair, [booth]);
  if (!view) throw new AppError('not_found');
  return view;
}

/** The booth of a visible fair, when the actor manages the fair, is government, or belongs to its organisation. */
async function getVisibleBooth(db: DbOrTx, actor: Actor, fairId: string, boothId: string): Promise<{ fair: FairRow; booth: BoothWithOrganisation }> {
  const fair = await getVisibleFair(db, actor, fairId);
  const booth = await repo.getBoothById(db, boothId);
  if (!booth || booth.fairId !== fair.id) throw new AppError('not_found');
  if (!managesFair(actor, fair) && !isZoneWide(actor) && booth.organisationId !== actor.organisationId) throw new AppError('not_found');
  return { fair, booth };
}

export async function findBooths(ctx: AppContext, actor: Actor, fairId: string, status: BoothStatus | undefined): Promise<{ items: BoothView[] }> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  const seesAll = managesFair(actor, fair) || isZoneWide(actor);
  if (!seesAll && !actor.organisationId) return { items: [] };
  const booths = await repo.findBoothsOfFair(ctx.db, fair.id, { status, organisationId: seesAll ? undefined : (actor.organisationId ?? undefined) });
  return { items: await viewsOf(ctx.db, actor, fair, booths) };
}

export async function getBooth(ctx: AppContext, actor: Actor, fairId: string, boothId: string): Promise<BoothView> {
  const { fair, booth } = await getVisibleBooth(ctx.db, actor, fairId, boothId);
  const [view] = await viewsOf(ctx.db, actor, fair, [booth]);
  if (!view) throw new AppError('not_found');
  return view;
}

/** Which enterprise exhibits: operators name it; an enterprise's staff register their own. */
async function exhibitorOf(db: DbOrTx, actor: Actor, organisationId: string | undefined): Promise<string> {
  if (actor.role === 'operator') {
    if (!organisationId) throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'fairs.booth_organisation_required' }] });
    const org = (await findOrganisationsByIds(db, [organisationId])).get(organisationId);
    if (!org || org.zoneId !== actor.zoneId || org.type !== 'enterprise' || !org.isActive) {
      throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'fairs.booth_organisation_type' }] });
    }
    return org.id;
  }
  if (!actor.organisationId || (organisationId && organisationId !== actor.organisationId)) throw new AppError('forbidden');
  const own = (await findOrganisationsByIds(db, [actor.organisationId])).get(actor.organisationId);
  // A school's or bank's staff hold the permission for other reasons; only enterprises exhibit.
  if (!own || own.type !== 'enterprise' || !own.isActive) throw new AppError('forbidden');
  return own.id;
}

/** The positions an enterprise brings: its own published ones, each once. */
async function checkPositions(db: DbOrTx, organisationId: string, positionIds: readonly string[]): Promise<FieldIssue[]> {
  const published = await repo.findPublishedPositionIds(db, organisationId, positionIds);
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  positionIds.forEach((id, i) => {
    if (seen.has(id)) issues.push({ path: `positionIds.${i}`, message: 'fairs.position_duplicate' });
    else if (!published.has(id)) issues.push({ path: `positionIds.${i}`, message: 'fairs.position_not_own' });
    seen.add(id);
  });
  return issues;
}

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

function assertOpenForRegistration(fair: FairRow): void {
  if (fair.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_cancelled' }] });
  if (fair.status !== 'published') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.not_published' }] });
  if (new Date() >= registrationClosesAt(fair)) throw new AppError('fair_registration_closed');
}

export async function createBooth(ctx: AppContext, actor: Actor, fairId: string, input: CreateBoothInput, source: AuditSource): Promise<BoothView> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  const organisationId = await exhibitorOf(ctx.db, actor, input.organisationId);
  assertOpenForRegistration(fair);
  throwIfIssues(await checkPositions(ctx.db, organisationId, input.positionIds));
  const boothId = await ctx.db.transaction(async (tx) => {
    const locked = await findFair(tx, fair.id, { forUpdate: true });
    if (!locked) throw new AppError('not_found');
    assertOpenForRegistration(locked);
    if ((await repo.countApprovedBooths(tx, fair.id)) >= locked.boothCapacity) throw new AppError('fair_booths_full');
    const fields = {
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      staffCount: input.staffCount ?? 2,
      note: input.note ?? null,
    };
    const existing = await repo.findBoothOfOrganisation(tx, fair.id, organisationId);
    let booth: BoothRow;
    if (existing && (existing.status === 'pending' || existing.status === 'approved')) {
      throw new AppError('conflict', { fields: [{ path: 'organisationId', message: 'fairs.booth_exists' }] });
    } else if (existing) {
      // A withdrawn or rejected booth registers again as a new application.
      const reopened = await repo.updateBoothIfVersion(tx, existing.id, existing.version, {
        ...fields,
        status: 'pending',
        boothNumber: null,
        rejectReason: null,
        decidedBy: null,
        decidedAt: null,
      });
      if (!reopened) throw new AppError('stale_version');
      booth = reopened;
    } else {
      booth = await repo.insertBooth(tx, { ...fields, fairId: fair.id, organisationId, status: 'pending', qrToken: randomToken(18), createdBy: actor.accountId });
    }
    await repo.replaceBoothPositions(tx, booth.id, input.positionIds);
    await recordAudit(tx, source, {
      action: 'fair_booth.create',
      entityType: 'fair_booth',
      entityId: booth.id,
      organisationId,
      after: { fairId: fair.id, status: booth.status, positionIds: input.positionIds, contactName: fields.contactName, staffCount: fields.staffCount },
    });
    return booth.id;
  });
  return viewOf(ctx.db, actor, fair, boothId);
}

/** The booth's own enterprise edits it while it stands; the zone's operator may too. */
function mayEditBooth(actor: Actor, fair: FairRow, booth: BoothRow): boolean {
  return booth.organisationId === actor.organisationId || (actor.role === 'operator' && managesFair(actor, fair));
}

export async function updateBooth(ctx: AppContext, actor: Actor, fairId: string, boothId: string, input: UpdateBoothInput, source: AuditSource): Promise<BoothView> {
  const { fair, booth } = await getVisibleBooth(ctx.db, actor, fairId, boothId);
  if (!mayEditBooth(actor, fair, booth)) throw new AppError('forbidden');
  if (booth.status !== 'pending' && booth.status !== 'approved') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.booth_closed' }] });
  if (input.positionIds) throwIfIssues(await checkPositions(ctx.db, booth.organisationId, input.positionIds));
  const patch: Partial<repo.NewBoothRow> = {};
  if (input.contactName !== undefined) patch.contactName = input.contactName;
  if (input.contactPhone !== undefined) patch.contactPhone = input.contactPhone;
  if (input.staffCount !== undefined) patch.staffCount = input.staffCount;
  if (input.note !== undefined) patch.note = input.note;
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateBoothIfVersion(tx, booth.id, input.expectedVersion, patch);
    if (!row) throw new AppError('stale_version');
    if (row.status !== 'pending' && row.status !== 'approved') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.booth_closed' }] });
    if (input.positionIds) await repo.replaceBoothPositions(tx, booth.id, input.positionIds);
    const diff = changedFields(booth as unknown as Record<string, unknown>, patch as Record<string, unknown>);
    // The phone is personal data: the audit entry says it changed, not what it is.
    if ('contactPhone' in diff.after) {
      diff.before.contactPhone = '***';
      diff.after.contactPhone = '***';
    }
    await recordAudit(tx, source, {
      action: 'fair_booth.update',
      entityType: 'fair_booth',
      entityId: booth.id,
      organisationId: booth.organisationId,
      before: diff.before,
      after: { ...diff.after, ...(input.positionIds ? { positionIds: input.positionIds } : {}) },
    });
  });
  return viewOf(ctx.db, actor, fair, booth.id);
}

export async function approveBooth(ctx: AppContext, actor: Actor, fairId: string, boothId: string, input: ApproveBoothInput, source: AuditSource): Promise<BoothView> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  const numberTaken = () =>
    new AppError('conflict', { fields: [{ path: 'boothNumber', message: 'fairs.booth_number_taken', params: { boothNumber: input.boothNumber } }] });
  try {
    await ctx.db.transaction(async (tx) => {
      // Every approval of this fair queues on its row: counting and numbering cannot interleave.
      const locked = await findFair(tx, fair.id, { forUpdate: true });
      if (!locked) throw new AppError('not_found');
      if (locked.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_cancelled' }] });
      const booth = await repo.getBoothById(tx, boothId);
      if (!booth || booth.fairId !== fair.id) throw new AppError('not_found');
      if (booth.status !== 'pending' && booth.status !== 'approved') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.booth_not_pending' }] });
      const approvedOthers = (await repo.countApprovedBooths(tx, fair.id)) - (booth.status === 'approved' ? 1 : 0);
      if (approvedOthers >= locked.boothCapacity) throw new AppError('fair_booths_full');
      const holder = await repo.findBoothByNumber(tx, fair.id, input.boothNumber);
      if (holder && holder.id !== booth.id) throw numberTaken();
      const row = await repo.updateBoothIfVersion(tx, booth.id, booth.version, {
        status: 'approved',
        boothNumber: input.boothNumber,
        rejectReason: null,
        decidedBy: actor.accountId,
        decidedAt: new Date(),
      });
      if (!row) throw new AppError('stale_version');
      await recordAudit(tx, source, {
        action: 'fair_booth.approve',
        entityType: 'fair_booth',
        entityId: booth.id,
        organisationId: booth.organisationId,
        before: { status: booth.status, boothNumber: booth.boothNumber },
        after: { status: row.status, boothNumber: row.boothNumber },
      });
    });
  } catch (error) {
    if (violatedUniqueIndex(error) === BOOTH_NUMBER_INDEX) throw numberTaken();
    throw error;
  }
  return viewOf(ctx.db, actor, fair, boothId);
}

/** Rejecting or withdrawing frees the booth's number and its place. */
async function closeBooth(
  ctx: AppContext,
  actor: Actor,
  fair: FairRow,
  booth: BoothRow,
  status: 'rejected' | 'withdrawn',
  reason: string | null,
  source: AuditSource,
): Promise<BoothView> {
  if (booth.status !== 'pending' && booth.status !== 'approved') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.booth_closed' }] });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateBoothIfVersion(tx, booth.id, booth.version, {
      status,
      boothNumber: null,
      ...(status === 'rejected' ? { rejectReason: reason, decidedBy: actor.accountId, decidedAt: new Date() } : {}),
    });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: status === 'rejected' ? 'fair_booth.reject' : 'fair_booth.withdraw',
      entityType: 'fair_booth',
      entityId: booth.id,
      organisationId: booth.organisationId,
      before: { status: booth.status, boothNumber: booth.boothNumber },
      after: { status: row.status, ...(reason ? { reason } : {}) },
    });
  });
  return viewOf(ctx.db, actor, fair, booth.id);
}

export async function rejectBooth(ctx: AppContext, actor: Actor, fairId: string, boothId: string, input: RejectBoothInput, source: AuditSource): Promise<BoothView> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  const booth = await repo.getBoothById(ctx.db, boothId);
  if (!booth || booth.fairId !== fair.id) throw new AppError('not_found');
  return closeBooth(ctx, actor, fair, booth, 'rejected', input.reason, source);
}

export async function withdrawBooth(ctx: AppContext, actor: Actor, fairId: string, boothId: string, source: AuditSource): Promise<BoothView> {
  const { fair, booth } = await getVisibleBooth(ctx.db, actor, fairId, boothId);
  if (!mayEditBooth(actor, fair, booth)) throw new AppError('forbidden');
  return closeBooth(ctx, actor, fair, booth, 'withdrawn', null, source);
}

/** The fair's approved booths as the printouts need them; for the fair's managers only. */
async function printableFair(ctx: AppContext, actor: Actor, fairId: string, origin: string): Promise<PrintableFair> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  const booths = await repo.findBoothsOfFair(ctx.db, fair.id, { status: 'approved' });
  const positions = await repo.findPositionsOfBooths(ctx.db, booths.map((b) => b.id));
  const host = fair.hostOrganisationId ? (await findOrganisationsByIds(ctx.db, [fair.hostOrganisationId])).get(fair.hostOrganisationId) : undefined;
  return {
    title: fair.title,
    venue: fair.venue,
    startsAt: fair.startsAt,
    endsAt: fair.endsAt,
    hostName: host?.name ?? null,
    booths: booths.map((b) => ({
      boothNumber: b.boothNumber ?? '',
      organisationName: b.organisationName,
      contactName: b.contactName,
      contactPhone: b.contactPhone,
      staffCount: b.staffCount,
      positions: positions.filter((p) => p.boothId === b.id),
      boothUrl: boothQrContent(origin, b.qrToken),
    })),
  };
}

/** What a booth's QR code opens: the seeker's booth page. */
export function boothQrContent(origin: string, qrToken: string): string {
  return `${origin.replace(/\/+$/, '')}/fairs/booth/${qrToken}`;
}

export async function getBoothListPdf(ctx: AppContext, actor: Actor, fairId: string, origin: string): Promise<{ title: string; bytes: Buffer }> {
  const fair = await printableFair(ctx, actor, fairId, origin);
  return { title: `${fair.title}-展位一览表.pdf`, bytes: await renderBoothListPdf(fair) };
}

export async function getVenueSheetPdf(ctx: AppContext, actor: Actor, fairId: string, origin: string): Promise<{ title: string; bytes: Buffer }> {
  const fair = await printableFair(ctx, actor, fairId, origin);
  return { title: `${fair.title}-展位牌.pdf`, bytes: await renderVenueSheetPdf(fair) };
}
