import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { decryptText, maskPhone } from '../../platform/crypto';
import { AppError } from '../../platform/errors';
import { queueSeekerNotices } from '../notifications/notifications.service';
import { regionName } from '../organisations/regions';
import { getSeekerById } from '../talent/talent.repository';
import type { seekers } from '../talent/talent.table';
import { type ApplicationStatus, EDUCATION_LABELS_ZH, type EducationLevel } from './positions.codes';
import * as repo from './positions.repository';
import type { ApplicationView } from './positions.schemas';
import { getVisiblePosition, isOpen } from './positions.service';

type SeekerRow = typeof seekers.$inferSelect;

/** What the enterprise receives: the résumé as it was when the seeker applied, phone masked, no ID number. */
export function resumeSnapshot(ctx: AppContext, seeker: SeekerRow): Record<string, unknown> {
  return {
    name: seeker.name,
    gender: seeker.gender,
    birthYear: seeker.birthDate?.slice(0, 4) ?? null,
    phoneMasked: seeker.phoneEnc ? maskPhone(decryptText(ctx.keys, seeker.phoneEnc)) : null,
    email: seeker.email,
    educationLevel: seeker.educationLevel,
    educationLabel: seeker.educationLevel ? (EDUCATION_LABELS_ZH[seeker.educationLevel as EducationLevel] ?? null) : null,
    school: seeker.school,
    major: seeker.major,
    graduationOn: seeker.graduationOn,
    education: seeker.education,
    experience: seeker.experience,
    skills: seeker.skills,
    experienceYears: seeker.experienceYears,
    preferredRegions: seeker.preferredRegions.map((code) => regionName(code) ?? code),
    expectedSalaryMin: seeker.expectedSalaryMin,
    expectedSalaryMax: seeker.expectedSalaryMax,
    availableFrom: seeker.availableFrom,
    summary: seeker.summary,
  };
}

function toApplicationView(row: repo.ApplicationWithNames): ApplicationView {
  const a = row.application;
  return {
    id: a.id,
    positionId: a.positionId,
    positionTitle: row.positionTitle,
    organisationId: a.organisationId,
    organisationName: row.organisationName,
    seekerId: a.seekerId,
    seekerName: row.seekerName,
    status: a.status as ApplicationStatus,
    channel: a.channel,
    coverNote: a.coverNote,
    declineReason: a.declineReason,
    resume: a.resumeSnapshot as Record<string, unknown>,
    employerRank: a.employerRank,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/**
 * A seeker applies with their current résumé. A retry with the same idempotency key returns the
 * first application (201 once, 200 after); applying twice otherwise is a conflict.
 */
export async function applyToPosition(
  ctx: AppContext,
  actor: Actor,
  positionId: string,
  input: { coverNote?: string | null | undefined; idempotencyKey?: string | undefined; channel?: string },
  source: AuditSource,
): Promise<{ application: ApplicationView; isNew: boolean }> {
  const seeker = await repo.findSeekerByAccount(ctx.db, actor.accountId);
  if (!seeker || seeker.erasedAt) {
    throw new AppError('validation_failed', { fields: [{ path: 'profile', message: 'application.profile_required' }] });
  }
  const idempotencyKey = input.idempotencyKey ? `${actor.accountId}:${input.idempotencyKey}` : null;
  const existingByKey = idempotencyKey ? await repo.findApplicationByKey(ctx.db, idempotencyKey) : undefined;
  if (existingByKey) return { application: await getApplicationView(ctx, existingByKey.id), isNew: false };

  const found = await getVisiblePosition(ctx, actor, positionId);
  if (!isOpen(found.position)) throw new AppError('validation_failed', { fields: [{ path: 'positionId', message: 'position.not_open' }] });
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertApplication(tx, {
      positionId,
      seekerId: seeker.id,
      organisationId: found.position.organisationId,
      resumeSnapshot: resumeSnapshot(ctx, seeker),
      coverNote: input.coverNote ?? null,
      channel: input.channel ?? 'portal',
      idempotencyKey,
    });
    if (!row) return undefined;
    await recordAudit(tx, source, {
      action: 'application.create',
      entityType: 'application',
      entityId: row.id,
      organisationId: row.organisationId,
      after: { positionId, seekerId: seeker.id, channel: row.channel },
    });
    return row;
  });
  if (!created) {
    // Lost a race with the same key, or already applied under another key.
    const again = idempotencyKey ? await repo.findApplicationByKey(ctx.db, idempotencyKey) : undefined;
    if (again) return { application: await getApplicationView(ctx, again.id), isNew: false };
    throw new AppError('conflict', { fields: [{ path: 'positionId', message: 'application.already_applied' }] });
  }
  return { application: await getApplicationView(ctx, created.id), isNew: true };
}

async function getApplicationView(ctx: AppContext, id: string): Promise<ApplicationView> {
  const row = await repo.getApplicationById(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return toApplicationView(row);
}

async function applicationScopeOf(ctx: AppContext, actor: Actor) {
  if (actor.role === 'seeker') {
    const seeker = await repo.findSeekerByAccount(ctx.db, actor.accountId);
    return seeker ? { seekerId: seeker.id } : null;
  }
  if ((actor.role === 'operator' || actor.role === 'government') && actor.zoneId) return { zoneId: actor.zoneId };
  if (actor.organisationId) return { organisationId: actor.organisationId };
  throw new AppError('forbidden');
}

export async function findApplications(
  ctx: AppContext,
  actor: Actor,
  filters: { positionId?: string | undefined; status?: ApplicationStatus | undefined },
  page: { page: number; pageSize: number },
): Promise<{ items: ApplicationView[]; total: number; page: number; pageSize: number }> {
  const scope = await applicationScopeOf(ctx, actor);
  if (!scope) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
  const { rows, total } = await repo.findApplications(ctx.db, scope, filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toApplicationView), total, page: page.page, pageSize: page.pageSize };
}

/** The enterprise's answers move forward only; a seeker may only withdraw. */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  applied: ['interview', 'offer', 'hired', 'declined', 'withdrawn'],
  interview: ['offer', 'hired', 'declined', 'withdrawn'],
  offer: ['hired', 'declined', 'withdrawn'],
  hired: [],
  declined: [],
  withdrawn: [],
};

export async function updateApplication(
  ctx: AppContext,
  actor: Actor,
  id: string,
  change: { status: ApplicationStatus; reason?: string },
  source: AuditSource,
): Promise<ApplicationView> {
  const row = await repo.getApplicationById(ctx.db, id);
  if (!row) throw new AppError('not_found');
  const a = row.application;
  if (actor.role === 'seeker') {
    const seeker = await repo.findSeekerByAccount(ctx.db, actor.accountId);
    if (seeker?.id !== a.seekerId) throw new AppError('not_found');
    if (change.status !== 'withdrawn') throw new AppError('forbidden');
  } else {
    const inScope =
      actor.role === 'operator' ? row.zoneId === actor.zoneId : actor.organisationId === a.organisationId && actor.role !== 'government';
    if (!inScope) throw new AppError('not_found');
    if (change.status === 'withdrawn') throw new AppError('forbidden');
  }
  const from = a.status as ApplicationStatus;
  if (!NEXT[from].includes(change.status)) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'status', message: 'application.wrong_transition', params: { from, to: change.status } }],
    });
  }
  await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateApplicationStatus(tx, id, from, {
      status: change.status,
      ...(change.status === 'declined' ? { declineReason: change.reason ?? null } : {}),
    });
    if (!updated) throw new AppError('stale_version');
    if (change.status === 'hired') await repo.recordHire(tx, a.positionId);
    // The seeker hears of the enterprise's answer (their own withdrawal needs no message).
    if (change.status !== 'withdrawn') {
      const seeker = await getSeekerById(tx, a.seekerId);
      if (seeker && !seeker.erasedAt) {
        await queueSeekerNotices(ctx, tx, [
          {
            seekerId: seeker.id,
            zoneId: row.zoneId,
            accountId: seeker.accountId,
            kind: 'application_status',
            params: { positionId: a.positionId, positionTitle: row.positionTitle, organisationName: row.organisationName, status: change.status },
          },
        ]);
      }
    }
    await recordAudit(tx, source, {
      action: 'application.status',
      entityType: 'application',
      entityId: id,
      organisationId: a.organisationId,
      before: { status: from },
      after: { status: change.status, ...(change.reason ? { reason: change.reason } : {}) },
    });
  });
  return getApplicationView(ctx, id);
}
