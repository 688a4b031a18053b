import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { encryptText } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { PRIVACY_POLICY_VERSION } from '../accounts/auth.service';
import * as talentRepo from '../talent/talent.repository';
import type { SeekerRow } from '../talent/talent.repository';
import { phoneHashOf } from '../talent/talent.service';
import { type FairRow, findFair, getManagedFair } from './fairs.scope';
import { getPublishedFair } from './fairs.service';
import { phaseOf, registrationClosesAt, toTicketView } from './fairs.views';
import * as repo from './registrations.repository';
import type { RegistrationRow } from './registrations.repository';
import type { PublicRegistrationInput, RegistrationFilters, TicketView, WalkInInput } from './registrations.schemas';
import { generateTicketCode, normaliseTicketCode } from './ticket-code';

export type TicketResult = { ticket: TicketView; created: boolean };

type Mode = { kind: 'pre' } | { kind: 'walk_in'; by: string };

/** Pre-registration closes at the fair's deadline; walk-ins are registered at the door until the fair ends. */
function assertOpen(fair: FairRow, mode: Mode, now: Date): void {
  if (fair.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.already_cancelled' }] });
  if (fair.status !== 'published') throw new AppError('not_found');
  const closes = mode.kind === 'walk_in' ? fair.endsAt : registrationClosesAt(fair);
  if (now >= closes) throw new AppError('fair_registration_closed');
}

async function assertPlaceLeft(tx: DbOrTx, fair: FairRow): Promise<void> {
  if (fair.seekerCapacity === null) return;
  if ((await repo.countActiveRegistrations(tx, fair.id)) >= fair.seekerCapacity) throw new AppError('fair_tickets_full');
}

async function newTicketCode(tx: DbOrTx): Promise<string> {
  // 32^8 codes make a collision rare; looking first keeps a collision from aborting the transaction.
  for (;;) {
    const code = generateTicketCode();
    if (!(await repo.findRegistrationByTicketCode(tx, code))) return code;
  }
}

/**
 * Gives the seeker a ticket for the fair inside the caller's transaction, under the fair's row
 * lock, so the seeker capacity holds however many requests race. A seeker already registered gets
 * their ticket back (a walk-in is checked in on the spot).
 */
async function registerInTx(
  tx: DbOrTx,
  source: AuditSource,
  fairId: string,
  seeker: (fair: FairRow) => Promise<SeekerRow>,
  mode: Mode,
  audit: Record<string, unknown>,
): Promise<{ registration: RegistrationRow; created: boolean }> {
  const now = new Date();
  const fair = await findFair(tx, fairId, { forUpdate: true });
  if (!fair) throw new AppError('not_found');
  assertOpen(fair, mode, now);
  const person = await seeker(fair);
  if (person.erasedAt) throw new AppError('conflict', { fields: [{ path: 'seeker', message: 'fairs.seeker_erased' }] });
  const checkIn = mode.kind === 'walk_in' ? { checkedInAt: now, checkedInBy: mode.by } : {};
  const existing = await repo.findRegistrationByFairAndSeeker(tx, fair.id, person.id);
  if (existing?.status === 'registered') {
    if (mode.kind !== 'walk_in' || existing.checkedInAt) return { registration: existing, created: false };
    const checked = await repo.checkInRegistration(tx, existing.id, now, mode.by);
    await recordAudit(tx, source, { action: 'fair_registration.check_in', entityType: 'fair_registration', entityId: existing.id, after: { via: 'walk_in' } });
    return { registration: checked ?? existing, created: false };
  }
  await assertPlaceLeft(tx, fair);
  let registration: RegistrationRow;
  if (existing) {
    const reopened = await repo.updateRegistration(tx, existing.id, { status: 'registered', source: existing.source, ...checkIn });
    if (!reopened) throw new AppError('not_found');
    registration = reopened;
  } else {
    registration = await repo.insertRegistration(tx, {
      fairId: fair.id,
      seekerId: person.id,
      ticketCode: await newTicketCode(tx),
      source: mode.kind,
      status: 'registered',
      createdBy: source.actor?.accountId ?? null,
      ...checkIn,
    });
  }
  await recordAudit(tx, source, {
    action: existing ? 'fair_registration.reopen' : 'fair_registration.create',
    entityType: 'fair_registration',
    entityId: registration.id,
    after: { fairId: fair.id, seekerId: person.id, source: registration.source, checkedIn: registration.checkedInAt !== null, ...audit },
  });
  return { registration, created: true };
}

/** Runs a registration; a second person registering the same new phone number at the same moment finds it on the retry. */
async function withPhoneRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (talentRepo.violatedUniqueIndex(error) !== 'seekers_phone_hash_key') throw error;
    return run();
  }
}

async function ticketOf(ctx: AppContext, id: string, origin: string, maskName: boolean): Promise<TicketView> {
  const row = await repo.getTicketById(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return toTicketView(row, origin, { maskName });
}

type PersonInput = { name: string; phone: string; educationLevel: string; school?: string | null | undefined; major?: string | null | undefined; graduationOn?: string | null | undefined };

/** The pool's profile of this phone number, or a new profile without account (walk-ins and the short form). */
async function findOrCreateSeeker(ctx: AppContext, tx: DbOrTx, source: AuditSource, fair: FairRow, person: PersonInput, seekerSource: 'fair' | 'walk_in'): Promise<SeekerRow> {
  const phoneHash = phoneHashOf(ctx, person.phone);
  const found = await repo.findSeekerByPhoneHash(tx, phoneHash);
  if (found) return found;
  const created = await talentRepo.insertSeeker(tx, {
    accountId: null,
    zoneId: fair.zoneId,
    name: person.name,
    phoneEnc: encryptText(ctx.keys, person.phone),
    phoneHash,
    educationLevel: person.educationLevel,
    school: person.school ?? null,
    major: person.major ?? null,
    graduationOn: person.graduationOn ?? null,
    source: seekerSource,
    createdBy: source.actor?.accountId ?? null,
  });
  await recordAudit(tx, source, {
    action: 'seeker.create',
    entityType: 'seeker',
    entityId: created.id,
    after: { source: seekerSource, fairId: fair.id, fields: ['name', 'phone', 'educationLevel', ...(person.school ? ['school'] : []), ...(person.major ? ['major'] : [])] },
  });
  return created;
}

/** A signed-in seeker with a profile registers in one step; registering again returns the same ticket. */
export async function registerSelf(ctx: AppContext, actor: Actor, fairId: string, origin: string, source: AuditSource): Promise<TicketResult> {
  await getPublishedFair(ctx.db, fairId);
  const seeker = await talentRepo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker || seeker.erasedAt) throw new AppError('conflict', { fields: [{ path: 'profile', message: 'fairs.profile_required' }] });
  const { registration, created } = await ctx.db.transaction((tx) => registerInTx(tx, source, fairId, async () => seeker, { kind: 'pre' }, { channel: 'account' }));
  return { ticket: await ticketOf(ctx, registration.id, origin, false), created };
}

/** The short form: no account; the phone number finds or creates the profile, and the privacy policy is accepted. */
export async function registerPublic(ctx: AppContext, fairId: string, input: PublicRegistrationInput, origin: string, source: AuditSource): Promise<TicketResult> {
  await getPublishedFair(ctx.db, fairId);
  const { registration, created } = await withPhoneRace(() =>
    ctx.db.transaction((tx) =>
      registerInTx(tx, source, fairId, (fair) => findOrCreateSeeker(ctx, tx, source, fair, input, 'fair'), { kind: 'pre' }, {
        channel: 'public_form',
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      }),
    ),
  );
  return { ticket: await ticketOf(ctx, registration.id, origin, true), created };
}

/** Staff register someone at the door: the ticket is checked in at once. */
export async function registerWalkIn(ctx: AppContext, actor: Actor, fairId: string, input: WalkInInput, origin: string, source: AuditSource): Promise<TicketResult> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  if (phaseOf(fair) === 'over') throw new AppError('fair_registration_closed');
  const { registration, created } = await withPhoneRace(() =>
    ctx.db.transaction((tx) =>
      registerInTx(tx, source, fairId, (locked) => findOrCreateSeeker(ctx, tx, source, locked, input, 'walk_in'), { kind: 'walk_in', by: actor.accountId }, {
        channel: 'walk_in',
        privacyPolicyVersion: PRIVACY_POLICY_VERSION,
      }),
    ),
  );
  return { ticket: await ticketOf(ctx, registration.id, origin, false), created };
}

export async function findMyTickets(ctx: AppContext, actor: Actor, origin: string): Promise<{ items: TicketView[] }> {
  const seeker = await talentRepo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker) return { items: [] };
  const rows = await repo.findTicketsOfSeeker(ctx.db, seeker.id);
  return { items: await Promise.all(rows.map((r) => toTicketView(r, origin, { maskName: false }))) };
}

/** The code is the bearer: whoever holds it sees the ticket, with the name masked. */
export async function getPublicTicket(ctx: AppContext, rawCode: string, origin: string): Promise<TicketView> {
  const code = normaliseTicketCode(rawCode);
  if (!code) throw new AppError('not_found');
  const row = await repo.getTicketByCode(ctx.db, code);
  if (!row) throw new AppError('not_found');
  return toTicketView(row, origin, { maskName: true });
}

export async function cancelRegistration(ctx: AppContext, actor: Actor, fairId: string, registrationId: string, origin: string, source: AuditSource): Promise<TicketView> {
  const seeker = await talentRepo.getSeekerByAccountId(ctx.db, actor.accountId);
  const current = await repo.getTicketById(ctx.db, registrationId);
  if (!current || current.fairId !== fairId || !seeker || current.seekerId !== seeker.id) throw new AppError('not_found');
  if (current.status === 'cancelled') throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.registration_cancelled' }] });
  if (current.checkedInAt) throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.registration_checked_in' }] });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.cancelRegistrationIfOpen(tx, registrationId);
    if (!row) throw new AppError('conflict', { fields: [{ path: 'status', message: 'fairs.registration_checked_in' }] });
    await recordAudit(tx, source, { action: 'fair_registration.cancel', entityType: 'fair_registration', entityId: registrationId, before: { status: 'registered' }, after: { status: 'cancelled' } });
  });
  return ticketOf(ctx, registrationId, origin, false);
}

/** A fair's registrations for its managers (names in full: they check people in). */
export async function findRegistrations(
  ctx: AppContext,
  actor: Actor,
  fairId: string,
  filters: RegistrationFilters,
  page: { page: number; pageSize: number },
) {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  const { rows, total } = await repo.findRegistrationsOfFair(ctx.db, fair.id, filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return {
    items: rows.map((r) => ({
      id: r.id,
      fairId: r.fairId,
      fairTitle: r.fairTitle,
      fairStartsAt: r.fairStartsAt.toISOString(),
      venue: r.venue,
      ticketCode: r.ticketCode,
      seekerName: r.seekerName,
      seekerId: r.seekerId,
      source: r.source as 'pre' | 'walk_in',
      status: r.status as 'registered' | 'cancelled',
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
