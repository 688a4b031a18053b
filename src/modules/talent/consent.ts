// Consent per purpose (PIPL art. 14, 15, 29) and the one question other modules ask of it:
// may this organisation see this seeker?
import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { PRIVACY_POLICY_VERSION } from '../accounts/auth.service';
import { getOrganisationById } from '../organisations/organisations.repository';
import * as repo from './talent.repository';
import type { ConsentRow, SeekerRow } from './talent.repository';
import type { ConsentInput, ConsentView } from './talent.schemas';
import { getOperatorSeeker, getOwnSeeker } from './talent.access';
import { toConsentView } from './talent.views';

/**
 * True when the organisation may see the seeker's résumé: the seeker gave an active job-matching
 * consent (and the organisation is an enterprise), or an active consent to share with this
 * organisation, or applied to one of its positions. Erased seekers are visible to nobody.
 */
export async function canOrganisationSeeSeeker(ctx: AppContext, seekerId: string, organisationId: string): Promise<boolean> {
  return repo.isSeekerVisibleToOrganisation(ctx.db, seekerId, organisationId);
}

export async function hasActiveConsent(db: DbOrTx, seekerId: string, purpose: ConsentInput['purpose']): Promise<boolean> {
  return (await repo.findActiveConsent(db, seekerId, purpose, null)) !== undefined;
}

async function checkConsentInput(ctx: AppContext, input: ConsentInput): Promise<string | null> {
  const organisationId = input.organisationId ?? null;
  if (input.purpose !== 'share_with_organisation') {
    if (organisationId) throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'consent.organisation_not_allowed' }] });
    return null;
  }
  if (!organisationId) throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'consent.organisation_required' }] });
  const org = await getOrganisationById(ctx.db, organisationId);
  if (!org || !org.isActive || org.type !== 'enterprise') {
    throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'consent.organisation_invalid' }] });
  }
  return organisationId;
}

/** Records a consent in the caller's transaction; an identical active one is kept, not doubled. */
export async function recordConsent(
  tx: DbOrTx,
  source: AuditSource,
  seeker: SeekerRow,
  consent: { purpose: ConsentInput['purpose']; organisationId: string | null; recordedBy: string | null },
): Promise<{ consent: ConsentRow; created: boolean }> {
  const existing = await repo.findActiveConsent(tx, seeker.id, consent.purpose, consent.organisationId);
  if (existing) return { consent: existing, created: false };
  const row = await repo.insertConsent(tx, {
    seekerId: seeker.id,
    purpose: consent.purpose,
    organisationId: consent.organisationId,
    policyVersion: PRIVACY_POLICY_VERSION,
    recordedBy: consent.recordedBy,
  });
  await recordAudit(tx, source, {
    action: 'consent.grant',
    entityType: 'seeker',
    entityId: seeker.id,
    organisationId: consent.organisationId,
    after: { consentId: row.id, purpose: row.purpose, policyVersion: row.policyVersion, isRecordedByOperator: row.recordedBy !== null },
  });
  return { consent: row, created: true };
}

/**
 * Withdraws consents in the caller's transaction. Withdrawing 'sensitive_disability' also deletes
 * the disability information it allowed (PIPL art. 47).
 */
export async function withdrawConsentRows(
  tx: DbOrTx,
  source: AuditSource,
  seeker: SeekerRow,
  consentIds: string[] | undefined,
  reason: 'withdrawn' | 'erasure',
): Promise<ConsentRow[]> {
  const withdrawn = await repo.withdrawConsents(tx, seeker.id, new Date(), consentIds);
  for (const row of withdrawn) {
    await recordAudit(tx, source, {
      action: 'consent.withdraw',
      entityType: 'seeker',
      entityId: seeker.id,
      organisationId: row.organisationId,
      after: { consentId: row.id, purpose: row.purpose, reason },
    });
  }
  if (reason === 'withdrawn' && seeker.disabilityEnc && withdrawn.some((r) => r.purpose === 'sensitive_disability')) {
    const updated = await repo.updateSeekerIfVersion(tx, seeker.id, seeker.version, { disabilityEnc: null });
    if (!updated) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'seeker.update',
      entityType: 'seeker',
      entityId: seeker.id,
      after: { fields: ['disability'], reason: 'consent_withdrawn' },
    });
  }
  return withdrawn;
}

async function listConsents(ctx: AppContext, seekerId: string): Promise<ConsentView[]> {
  return (await repo.findConsentsOfSeeker(ctx.db, seekerId)).map(toConsentView);
}

async function grant(
  ctx: AppContext,
  seeker: SeekerRow,
  input: ConsentInput,
  recordedBy: string | null,
  source: AuditSource,
): Promise<{ consent: ConsentView; created: boolean }> {
  if (seeker.erasedAt) throw new AppError('conflict', { fields: [{ path: 'id', message: 'seeker.erased' }] });
  const organisationId = await checkConsentInput(ctx, input);
  const { consent, created } = await ctx.db.transaction((tx) =>
    recordConsent(tx, source, seeker, { purpose: input.purpose, organisationId, recordedBy }),
  );
  const withName = await repo.getConsentOfSeeker(ctx.db, seeker.id, consent.id);
  if (!withName) throw new Error('consent vanished');
  return { consent: toConsentView(withName), created };
}

async function withdraw(ctx: AppContext, seeker: SeekerRow, consentId: string, source: AuditSource): Promise<ConsentView> {
  const consent = await repo.getConsentOfSeeker(ctx.db, seeker.id, consentId);
  if (!consent) throw new AppError('not_found');
  if (consent.withdrawnAt) return toConsentView(consent);
  await ctx.db.transaction((tx) => withdrawConsentRows(tx, source, seeker, [consentId], 'withdrawn'));
  const after = await repo.getConsentOfSeeker(ctx.db, seeker.id, consentId);
  if (!after) throw new Error('consent vanished');
  return toConsentView(after);
}

// The seeker's own consents --------------------------------------------------------------------

export async function findMyConsents(ctx: AppContext, actor: Actor): Promise<ConsentView[]> {
  const seeker = await repo.getSeekerByAccountId(ctx.db, actor.accountId);
  return seeker ? listConsents(ctx, seeker.id) : [];
}

export async function grantMyConsent(
  ctx: AppContext,
  actor: Actor,
  input: ConsentInput,
  source: AuditSource,
): Promise<{ consent: ConsentView; created: boolean }> {
  const seeker = await repo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker) throw new AppError('validation_failed', { fields: [{ path: 'purpose', message: 'seeker.profile_required' }] });
  return grant(ctx, seeker, input, null, source);
}

export async function withdrawMyConsent(ctx: AppContext, actor: Actor, consentId: string, source: AuditSource): Promise<ConsentView> {
  return withdraw(ctx, await getOwnSeeker(ctx, actor), consentId, source);
}

// Consents an operator records for a walk-in seeker ----------------------------------------------

export async function findSeekerConsents(ctx: AppContext, actor: Actor, seekerId: string): Promise<ConsentView[]> {
  return listConsents(ctx, (await getOperatorSeeker(ctx, actor, seekerId)).id);
}

export async function grantSeekerConsent(
  ctx: AppContext,
  actor: Actor,
  seekerId: string,
  input: ConsentInput,
  source: AuditSource,
): Promise<{ consent: ConsentView; created: boolean }> {
  return grant(ctx, await getOperatorSeeker(ctx, actor, seekerId), input, actor.accountId, source);
}

export async function withdrawSeekerConsent(
  ctx: AppContext,
  actor: Actor,
  seekerId: string,
  consentId: string,
  source: AuditSource,
): Promise<ConsentView> {
  return withdraw(ctx, await getOperatorSeeker(ctx, actor, seekerId), consentId, source);
}
