import type { FieldIssue } from '../../platform/errors';
import { isYearConsistentWithFiling, parseApplicationNumber } from './patent-number';
import type { ChallengeAction, ChallengeStatus, LegalStatus, PatentType } from './techtransfer.codes';

// Rules that span fields or records, pure so they are unit-tested alone; services call them on
// the record as it would be after the change.

// ---------------------------------------------------------------------------------------------
// Patents

export type PatentRecord = {
  applicationNumber: string;
  type: PatentType;
  filedOn: string;
  grantedOn?: string | null | undefined;
  legalStatus: LegalStatus;
  /** When the current status took effect; for a lapsed patent, the day it lapsed. */
  legalStatusOn?: string | null | undefined;
};

/** Number against declared type and filing year; dates in order and not in the future; status against grant. */
export function checkPatentRules(record: PatentRecord, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const parsed = parseApplicationNumber(record.applicationNumber);
  if (parsed.ok) {
    if (parsed.value.patentType !== record.type) {
      issues.push({
        path: 'type',
        message: 'patent.type_mismatch',
        params: { digit: parsed.value.typeDigit, expected: parsed.value.patentType },
      });
    }
    if (!isYearConsistentWithFiling(parsed.value, record.filedOn)) {
      issues.push({ path: 'filedOn', message: parsed.value.isPct ? 'patent.pct_year_before_filing' : 'patent.year_mismatch', params: { year: parsed.value.year } });
    }
  }
  if (record.filedOn > today) issues.push({ path: 'filedOn', message: 'techtransfer.date_in_future' });
  if (record.grantedOn) {
    if (record.grantedOn < record.filedOn) issues.push({ path: 'grantedOn', message: 'patent.granted_before_filed' });
    else if (record.grantedOn > today) issues.push({ path: 'grantedOn', message: 'techtransfer.date_in_future' });
  }
  if (record.legalStatus === 'valid' && !record.grantedOn) issues.push({ path: 'grantedOn', message: 'patent.valid_needs_grant' });
  if (record.legalStatus === 'pending' && record.grantedOn) issues.push({ path: 'legalStatus', message: 'patent.pending_but_granted' });
  if (record.legalStatus === 'lapsed') {
    if (!record.legalStatusOn) issues.push({ path: 'legalStatusOn', message: 'patent.lapsed_needs_date' });
    else if (record.legalStatusOn < (record.grantedOn ?? record.filedOn)) issues.push({ path: 'legalStatusOn', message: 'patent.status_before_history' });
    else if (record.legalStatusOn > today) issues.push({ path: 'legalStatusOn', message: 'techtransfer.date_in_future' });
  }
  return issues;
}

/**
 * The legal-status events a new patent starts with: filed (pending), granted (valid), lapsed.
 * The last one is its current status.
 */
export function initialStatusEvents(record: PatentRecord): { status: LegalStatus; effectiveOn: string }[] {
  const events: { status: LegalStatus; effectiveOn: string }[] = [{ status: 'pending', effectiveOn: record.filedOn }];
  if (record.grantedOn) events.push({ status: 'valid', effectiveOn: record.grantedOn });
  if (record.legalStatus === 'lapsed') events.push({ status: 'lapsed', effectiveOn: record.legalStatusOn ?? record.grantedOn ?? record.filedOn });
  return events;
}

/** Which legal-status changes a patent can go through. A lapsed granted patent can be restored (恢复权利). */
const STATUS_CHANGES: Record<LegalStatus, readonly LegalStatus[]> = {
  pending: ['valid', 'lapsed'],
  valid: ['lapsed'],
  lapsed: ['valid'],
};

export type StatusChange = { status: LegalStatus; effectiveOn: string; grantedOn?: string | null | undefined };

export function checkStatusChange(
  current: { legalStatus: LegalStatus; grantedOn: string | null; filedOn: string; lastEventOn: string },
  change: StatusChange,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!STATUS_CHANGES[current.legalStatus].includes(change.status)) {
    issues.push({ path: 'status', message: 'patent.status_change_not_allowed', params: { from: current.legalStatus, to: change.status } });
  }
  if (change.effectiveOn < current.lastEventOn) issues.push({ path: 'effectiveOn', message: 'patent.status_before_history' });
  else if (change.effectiveOn > today) issues.push({ path: 'effectiveOn', message: 'techtransfer.date_in_future' });
  if (change.status === 'valid' && current.legalStatus === 'pending') {
    if (!change.grantedOn) issues.push({ path: 'grantedOn', message: 'patent.valid_needs_grant' });
    else if (change.grantedOn < current.filedOn) issues.push({ path: 'grantedOn', message: 'patent.granted_before_filed' });
    else if (change.grantedOn > change.effectiveOn) issues.push({ path: 'grantedOn', message: 'patent.granted_after_effective' });
  }
  if (change.status === 'valid' && current.legalStatus === 'lapsed' && !current.grantedOn) {
    issues.push({ path: 'status', message: 'patent.restore_needs_grant' });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Parties: patent owners and contract parties are organisations of the zone or, for a registry
// record, someone outside it known by name.

export type PartyInput = { organisationId?: string | null | undefined; name?: string | null | undefined };

/** Each party names an organisation or a name, not both; the same organisation appears once. */
export function checkParties(parties: readonly PartyInput[], path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  parties.forEach((party, i) => {
    const hasOrg = Boolean(party.organisationId);
    const hasName = Boolean(party.name);
    if (hasOrg === hasName) issues.push({ path: `${path}.${i}`, message: 'techtransfer.party_org_or_name' });
    const key = party.organisationId ?? `name:${party.name ?? ''}`;
    if (seen.has(key)) issues.push({ path: `${path}.${i}`, message: 'techtransfer.party_duplicate' });
    seen.add(key);
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// 揭榜挂帅 challenges

/** Who acts on a challenge: the enterprise that posted it, or the zone's operator. */
export type ChallengeActor = 'owner' | 'operator';

type Transition = { from: readonly ChallengeStatus[]; to: ChallengeStatus; by: readonly ChallengeActor[] };

/**
 * The allowed transitions and who may make them. The enterprise chooses the winning proposal;
 * the operator confirms or returns the choice (oversight), so no award stands on one signature.
 */
export const CHALLENGE_TRANSITIONS: Record<ChallengeAction, Transition> = {
  publish: { from: ['draft'], to: 'open', by: ['owner', 'operator'] },
  close: { from: ['open'], to: 'reviewing', by: ['owner', 'operator'] },
  select: { from: ['reviewing'], to: 'award_pending', by: ['owner'] },
  confirm: { from: ['award_pending'], to: 'awarded', by: ['operator'] },
  return: { from: ['award_pending'], to: 'reviewing', by: ['operator'] },
  contract: { from: ['awarded'], to: 'contracted', by: ['owner', 'operator'] },
  cancel: { from: ['draft', 'open', 'reviewing'], to: 'cancelled', by: ['owner', 'operator'] },
};

export type TransitionResult = { ok: true; to: ChallengeStatus } | { ok: false; reason: 'status' | 'actor' };

export function challengeTransition(status: ChallengeStatus, action: ChallengeAction, actor: ChallengeActor): TransitionResult {
  const transition = CHALLENGE_TRANSITIONS[action];
  if (!transition.from.includes(status)) return { ok: false, reason: 'status' };
  if (!transition.by.includes(actor)) return { ok: false, reason: 'actor' };
  return { ok: true, to: transition.to };
}

/** The actions an actor can take on a challenge in its status, in the order of the flow. */
export function availableChallengeActions(status: ChallengeStatus, actor: ChallengeActor): ChallengeAction[] {
  return (Object.keys(CHALLENGE_TRANSITIONS) as ChallengeAction[]).filter((action) => challengeTransition(status, action, actor).ok);
}

/** Title, description, budget and deadline can change until the call for proposals closes. */
export function isChallengeEditable(status: ChallengeStatus): boolean {
  return status === 'draft' || status === 'open';
}

/** Proposals are taken while the challenge is open, up to and including its deadline day. */
export function acceptsProposals(challenge: { status: string; deadline: string }, today: string): boolean {
  return challenge.status === 'open' && today <= challenge.deadline;
}
