import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { maskName } from '../training/training.rules';
import * as repo from './checkins.repository';
import type { NewScanRow, ScanWithTicket } from './checkins.repository';
import type { CheckinInput, CheckinResult, CheckinSummary } from './checkins.schemas';
import type { CheckinOutcome } from './fairs.codes';
import { getManagedFair } from './fairs.scope';
import * as registrationsRepo from './registrations.repository';
import { normaliseTicketCode } from './ticket-code';

const DEADLOCK_RETRIES = 3;

function toResult(scan: ScanWithTicket): CheckinResult {
  return {
    scanId: scan.id,
    outcome: scan.outcome as CheckinOutcome,
    seekerName: scan.seekerName ? maskName(scan.seekerName) : null,
    checkedInAt: scan.checkedInAt?.toISOString() ?? null,
  };
}

function isDeadlock(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (code === '40P01' || code === '40001') return true;
  }
  return false;
}

/**
 * Checks in a batch of scans from one device. A scan id seen before (a device replaying after its
 * answer was lost) gets the answer stored the first time; a ticket is checked in by exactly one
 * scan, even when two devices send it at the same moment (the UPDATE only takes tickets still not
 * checked in, under their row locks); everything in one transaction with its audit entry.
 */
export async function recordScans(ctx: AppContext, actor: Actor, fairId: string, input: CheckinInput, source: AuditSource): Promise<{ results: CheckinResult[] }> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  // A scan id repeated inside one batch is one scan.
  const scans = [...new Map(input.scans.map((s) => [s.scanId, s])).values()];
  let stored: Map<string, ScanWithTicket> | undefined;
  for (let attempt = 1; !stored; attempt += 1) {
    try {
      stored = await ctx.db.transaction(async (tx) => {
        const known = new Set((await repo.findScansByIds(tx, scans.map((s) => s.scanId))).map((s) => s.id));
        const fresh = scans.filter((s) => !known.has(s.scanId));
        const codes = new Map(fresh.map((s) => [s.scanId, normaliseTicketCode(s.ticketCode)]));
        const tickets = new Map(
          (await registrationsRepo.findRegistrationsByCodes(tx, [...new Set([...codes.values()].filter((c): c is string => c !== null))])).map((r) => [r.ticketCode, r]),
        );
        // The earliest scan of a ticket is the one that checks it in; the clock of a device is not trusted into the future.
        const now = new Date();
        const candidates = new Map<string, Date>();
        const winners = new Map<string, string>();
        for (const s of [...fresh].sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime())) {
          const ticket = tickets.get(codes.get(s.scanId) ?? '');
          if (ticket && ticket.fairId === fair.id && ticket.status === 'registered' && !candidates.has(ticket.id)) {
            candidates.set(ticket.id, s.scannedAt > now ? now : s.scannedAt);
            winners.set(ticket.id, s.scanId);
          }
        }
        await repo.lockRegistrations(tx, [...candidates.keys()]);
        const checkedIn = await repo.checkInRegistrations(tx, candidates, actor.accountId);
        const rows: NewScanRow[] = fresh.map((s) => {
          const code = codes.get(s.scanId) ?? null;
          const ticket = code ? tickets.get(code) : undefined;
          let outcome: CheckinOutcome;
          if (!ticket) outcome = 'unknown_ticket';
          else if (ticket.fairId !== fair.id) outcome = 'wrong_fair';
          else if (ticket.status !== 'registered') outcome = 'cancelled';
          else outcome = checkedIn.has(ticket.id) && winners.get(ticket.id) === s.scanId ? 'checked_in' : 'already_checked_in';
          return {
            id: s.scanId,
            fairId: fair.id,
            deviceId: input.deviceId,
            ticketCode: code ?? s.ticketCode.slice(0, 64),
            // A ticket of another fair is not linked: this fair's records name only its own tickets.
            registrationId: ticket && ticket.fairId === fair.id ? ticket.id : null,
            outcome,
            scannedAt: s.scannedAt,
            accountId: actor.accountId,
          };
        });
        const inserted = await repo.insertScans(tx, rows);
        if (inserted.size > 0) {
          await recordAudit(tx, source, {
            action: 'fair.checkin_batch',
            entityType: 'fair',
            entityId: fair.id,
            organisationId: fair.hostOrganisationId,
            after: { deviceId: input.deviceId, scans: inserted.size, replays: scans.length - fresh.length, checkedIn: [...checkedIn] },
          });
        }
        return new Map((await repo.findScansByIds(tx, scans.map((s) => s.scanId))).map((s) => [s.id, s]));
      });
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_RETRIES) throw error;
    }
  }
  const answers = stored;
  return {
    results: input.scans.map((s) => {
      const scan = answers.get(s.scanId);
      if (!scan) throw new AppError('internal');
      return toResult(scan);
    }),
  };
}

export async function getCheckinSummary(ctx: AppContext, actor: Actor, fairId: string): Promise<CheckinSummary> {
  const fair = await getManagedFair(ctx.db, actor, fairId);
  const [registered, checkedIn, last] = await Promise.all([
    registrationsRepo.countActiveRegistrations(ctx.db, fair.id),
    registrationsRepo.countCheckedIn(ctx.db, fair.id),
    repo.findLastScans(ctx.db, fair.id, 20),
  ]);
  return {
    registered,
    checkedIn,
    lastScans: last.map((s) => ({
      scanId: s.id,
      deviceId: s.deviceId,
      ticketCode: s.ticketCode,
      outcome: s.outcome as CheckinOutcome,
      seekerName: s.seekerName ? maskName(s.seekerName) : null,
      scannedAt: s.scannedAt.toISOString(),
      receivedAt: s.receivedAt.toISOString(),
    })),
  };
}
