import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import type { Industry } from '../organisations/organisations.codes';
import { PROPOSER_TYPES, type Viewer, viewerOf } from './techtransfer.access';
import type { ChallengeAction, ChallengeStatus, ProposalStatus } from './techtransfer.codes';
import * as repo from './techtransfer.repository';
import type { ChallengeRow, ChallengeWithNames, ProposalWithName } from './techtransfer.repository';
import { acceptsProposals, availableChallengeActions, type ChallengeActor, challengeTransition, isChallengeEditable } from './techtransfer.rules';
import type {
  ChallengeActionInput,
  ChallengeFilters,
  ChallengeView,
  CreateChallengeInput,
  CreateProposalInput,
  ProposalView,
  UpdateChallengeInput,
  UpdateProposalInput,
} from './techtransfer.schemas';
import { CONTRACT_LINKED, withUniqueFields } from './techtransfer.errors';

// 揭榜挂帅: an enterprise posts a technical challenge, schools and institutes answer with
// proposals, the enterprise chooses one and the operator confirms it, and the award is followed
// to a registered technology contract.

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

function isProposer(viewer: Viewer): boolean {
  return viewer.organisationType !== null && PROPOSER_TYPES.includes(viewer.organisationType);
}

/** The operator, the posting enterprise, or neither (a proposer or a reader). */
function actingRole(viewer: Viewer, challenge: { organisationId: string }): ChallengeActor | null {
  if (viewer.isOperator) return 'operator';
  if (!viewer.isZoneWide && challenge.organisationId === viewer.organisationId) return 'owner';
  return null;
}

/** Zone-wide readers see every challenge; the enterprise its own; schools and institutes the published ones. */
function canSee(viewer: Viewer, row: ChallengeRow): boolean {
  if (row.zoneId !== viewer.zoneId) return false;
  if (viewer.isZoneWide || row.organisationId === viewer.organisationId) return true;
  return isProposer(viewer) && row.status !== 'draft';
}

function toChallengeView(row: ChallengeWithNames, viewer: Viewer, myProposalId: string | null, today: string): ChallengeView {
  const role = actingRole(viewer, row);
  const status = row.status as ChallengeStatus;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    title: row.title,
    description: row.description,
    industry: row.industry as Industry,
    budgetFen: row.budgetFen,
    deadline: row.deadline,
    status,
    statusReason: row.statusReason,
    contractId: row.contractId,
    contractNumber: row.contractNumber,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    awardedAt: row.awardedAt?.toISOString() ?? null,
    proposalCount: row.proposalCount,
    awardedProposal: row.awarded ? { ...row.awarded, status: row.awarded.status as ProposalStatus } : null,
    actions: role ? availableChallengeActions(status, role) : [],
    canEdit: role !== null && isChallengeEditable(status),
    canPropose: isProposer(viewer) && myProposalId === null && acceptsProposals(row, today),
    myProposalId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function challengeAudit(row: ChallengeRow) {
  return { title: row.title, industry: row.industry, budgetFen: row.budgetFen, deadline: row.deadline, status: row.status, organisationId: row.organisationId };
}

async function getVisibleChallenge(ctx: AppContext, viewer: Viewer, id: string): Promise<ChallengeWithNames> {
  const row = await repo.getChallengeById(ctx.db, id);
  if (!row || !canSee(viewer, row)) throw new AppError('not_found');
  return row;
}

async function viewOf(ctx: AppContext, viewer: Viewer, row: ChallengeWithNames): Promise<ChallengeView> {
  const mine = viewer.organisationId ? await repo.findLiveProposalIds(ctx.db, [row.id], viewer.organisationId) : new Map<string, string>();
  return toChallengeView(row, viewer, mine.get(row.id) ?? null, todayInChina());
}

export async function findChallenges(
  ctx: AppContext,
  actor: Actor,
  filters: ChallengeFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: ChallengeView[]; total: number; page: number; pageSize: number }> {
  const viewer = await viewerOf(ctx, actor);
  const narrowing = viewer.isZoneWide ? {} : isProposer(viewer) ? { viewerId: viewer.organisationId ?? undefined } : { ownerId: viewer.organisationId ?? undefined };
  const { rows, total } = await repo.findChallenges(ctx.db, { zoneId: viewer.zoneId, ...narrowing, ...filters }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  const mine = viewer.organisationId ? await repo.findLiveProposalIds(ctx.db, rows.map((r) => r.id), viewer.organisationId) : new Map<string, string>();
  const today = todayInChina();
  return { items: rows.map((r) => toChallengeView(r, viewer, mine.get(r.id) ?? null, today)), total, page: page.page, pageSize: page.pageSize };
}

export async function getChallenge(ctx: AppContext, actor: Actor, id: string): Promise<ChallengeView> {
  const viewer = await viewerOf(ctx, actor);
  return viewOf(ctx, viewer, await getVisibleChallenge(ctx, viewer, id));
}

export async function createChallenge(ctx: AppContext, actor: Actor, input: CreateChallengeInput, source: AuditSource): Promise<ChallengeView> {
  const viewer = await viewerOf(ctx, actor);
  const issues: FieldIssue[] = [];
  let organisationId: string;
  if (viewer.isOperator) {
    if (!input.organisationId) {
      issues.push({ path: 'organisationId', message: 'field.required' });
      organisationId = '';
    } else {
      organisationId = input.organisationId;
      const org = (await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, [organisationId])).get(organisationId);
      if (!org) issues.push({ path: 'organisationId', message: 'techtransfer.organisation_not_in_zone' });
      else if (org.type !== 'enterprise') issues.push({ path: 'organisationId', message: 'challenge.enterprise_required' });
    }
  } else {
    if (viewer.organisationType !== 'enterprise') throw new AppError('forbidden');
    organisationId = viewer.organisationId ?? '';
    if (input.organisationId && input.organisationId !== organisationId) issues.push({ path: 'organisationId', message: 'techtransfer.own_organisation_only' });
  }
  if (input.deadline < todayInChina()) issues.push({ path: 'deadline', message: 'challenge.deadline_passed' });
  fail(issues);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertChallenge(tx, {
      zoneId: viewer.zoneId,
      organisationId,
      title: input.title,
      description: input.description,
      industry: input.industry,
      budgetFen: input.budget,
      deadline: input.deadline,
      createdBy: viewer.accountId,
    });
    await recordAudit(tx, source, { action: 'challenge.create', entityType: 'tech_challenge', entityId: row.id, organisationId, after: challengeAudit(row) });
    return row.id;
  });
  return getChallenge(ctx, actor, id);
}

export async function updateChallenge(ctx: AppContext, actor: Actor, id: string, input: UpdateChallengeInput, source: AuditSource): Promise<ChallengeView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleChallenge(ctx, viewer, id);
  if (!actingRole(viewer, current)) throw new AppError('not_found');
  if (!isChallengeEditable(current.status as ChallengeStatus)) throw new AppError('conflict', { fields: [{ path: 'status', message: 'challenge.not_editable' }] });
  const { version, budget, ...patch } = input;
  if (patch.deadline && patch.deadline < todayInChina()) fail([{ path: 'deadline', message: 'challenge.deadline_passed' }]);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateChallengeIfVersion(tx, id, version, { ...patch, ...(budget !== undefined ? { budgetFen: budget } : {}) });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'challenge.update',
      entityType: 'tech_challenge',
      entityId: id,
      organisationId: row.organisationId,
      ...changedFields(challengeAudit(current), challengeAudit(row)),
    });
  });
  return getChallenge(ctx, actor, id);
}

const ACTOR_LABELS: Record<ChallengeActor, string> = { owner: '发布企业 (the enterprise)', operator: '运营方 (the operator)' };

/**
 * One step of the challenge's flow. The challenge row is locked for the transaction, so a
 * proposal cannot slip in after the call closes and two awards cannot race.
 */
export async function actOnChallenge(ctx: AppContext, actor: Actor, id: string, input: ChallengeActionInput, source: AuditSource): Promise<ChallengeView> {
  const viewer = await viewerOf(ctx, actor);
  const visible = await getVisibleChallenge(ctx, viewer, id);
  const role = actingRole(viewer, visible);
  if (!role) throw new AppError('forbidden');
  const action: ChallengeAction = input.action;
  await withUniqueFields(ctx.db.transaction(async (tx) => {
    const current = await repo.lockChallenge(tx, id);
    if (!current || current.version !== input.version) throw new AppError('stale_version');
    const status = current.status as ChallengeStatus;
    const result = challengeTransition(status, action, role);
    if (!result.ok) {
      if (result.reason === 'status') throw new AppError('conflict', { fields: [{ path: 'action', message: 'challenge.status_not_allowed', params: { status } }] });
      const needed = (['owner', 'operator'] as const).find((r) => challengeTransition(status, action, r).ok) ?? 'operator';
      throw new AppError('forbidden', { fields: [{ path: 'action', message: 'challenge.actor_not_allowed', params: { actor: ACTOR_LABELS[needed] } }] });
    }
    const patch: Partial<ChallengeRow> = { status: result.to };
    const today = todayInChina();
    const audit: Record<string, unknown> = {};
    switch (action) {
      case 'publish':
        if (current.deadline < today) fail([{ path: 'action', message: 'challenge.deadline_passed' }]);
        patch.publishedAt = new Date();
        patch.statusReason = null;
        break;
      case 'close':
        break;
      case 'select': {
        if (!input.proposalId) fail([{ path: 'proposalId', message: 'challenge.proposal_required' }]);
        const proposal = input.proposalId ? await repo.getProposalById(tx, input.proposalId) : undefined;
        if (!proposal || proposal.challengeId !== id || proposal.status !== 'submitted') fail([{ path: 'proposalId', message: 'challenge.proposal_not_selectable' }]);
        if (!(await repo.updateProposalIfVersion(tx, input.proposalId ?? '', proposal?.version ?? 0, { status: 'selected' }))) throw new AppError('stale_version');
        audit.proposalId = input.proposalId;
        patch.statusReason = null;
        break;
      }
      case 'confirm': {
        const awarded = await repo.setProposalStatuses(tx, id, 'selected', 'awarded');
        await repo.setProposalStatuses(tx, id, 'submitted', 'not_selected');
        audit.proposalId = awarded[0]?.id ?? null;
        patch.awardedAt = new Date();
        break;
      }
      case 'return':
        if (!input.reason) fail([{ path: 'reason', message: 'challenge.reason_required' }]);
        await repo.setProposalStatuses(tx, id, 'selected', 'submitted');
        patch.statusReason = input.reason ?? null;
        break;
      case 'contract': {
        if (!input.contractId) fail([{ path: 'contractId', message: 'challenge.contract_required' }]);
        const contract = input.contractId ? await repo.getContractById(tx, input.contractId) : undefined;
        const [awarded] = (await repo.findProposals(tx, id)).filter((p) => p.status === 'awarded');
        if (!contract || contract.zoneId !== viewer.zoneId) fail([{ path: 'contractId', message: 'not_found' }]);
        else if (contract.buyerOrganisationId !== current.organisationId || contract.sellerOrganisationId !== awarded?.organisationId) {
          fail([{ path: 'contractId', message: 'challenge.contract_parties' }]);
        } else if (await repo.isContractLinked(tx, contract.id)) fail([{ path: 'contractId', message: 'challenge.contract_taken' }]);
        patch.contractId = input.contractId ?? null;
        audit.contractId = input.contractId;
        break;
      }
      case 'cancel':
        if (!input.reason) fail([{ path: 'reason', message: 'challenge.reason_required' }]);
        await repo.setProposalStatuses(tx, id, 'submitted', 'not_selected');
        patch.statusReason = input.reason ?? null;
        break;
    }
    const row = await repo.updateChallengeIfVersion(tx, id, input.version, patch);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: `challenge.${action}`,
      entityType: 'tech_challenge',
      entityId: id,
      organisationId: row.organisationId,
      before: { status },
      after: { status: row.status, ...audit, ...(input.reason ? { reason: input.reason } : {}) },
    });
  }), CONTRACT_LINKED);
  return getChallenge(ctx, actor, id);
}

// ---------------------------------------------------------------------------------------------
// Proposals (揭榜方案): seen by the challenge's enterprise, the proposer and the operator only.

function toProposalView(row: ProposalWithName, viewer: Viewer, challenge: ChallengeRow): ProposalView {
  return {
    id: row.id,
    challengeId: row.challengeId,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    title: row.title,
    approach: row.approach,
    quotedFen: row.quotedFen,
    durationMonths: row.durationMonths,
    status: row.status as ProposalStatus,
    canEdit: row.organisationId === viewer.organisationId && row.status === 'submitted' && acceptsProposals(challenge, todayInChina()),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function proposalAudit(row: { title: string; quotedFen: number; durationMonths: number; status: string }) {
  return { title: row.title, quotedFen: row.quotedFen, durationMonths: row.durationMonths, status: row.status };
}

export async function findProposals(ctx: AppContext, actor: Actor, challengeId: string): Promise<ProposalView[]> {
  const viewer = await viewerOf(ctx, actor);
  const challenge = await getVisibleChallenge(ctx, viewer, challengeId);
  const seesAll = actingRole(viewer, challenge) !== null;
  if (!seesAll && !isProposer(viewer)) throw new AppError('not_found');
  const rows = await repo.findProposals(ctx.db, challengeId, seesAll ? undefined : (viewer.organisationId ?? undefined));
  return rows.map((r) => toProposalView(r, viewer, challenge));
}

async function getOwnProposal(ctx: AppContext, viewer: Viewer, id: string): Promise<{ proposal: ProposalWithName; challenge: ChallengeWithNames }> {
  const proposal = await repo.getProposalById(ctx.db, id);
  if (!proposal || proposal.organisationId !== viewer.organisationId) throw new AppError('not_found');
  const challenge = await getVisibleChallenge(ctx, viewer, proposal.challengeId);
  return { proposal, challenge };
}

export async function getProposal(ctx: AppContext, actor: Actor, id: string): Promise<ProposalView> {
  const viewer = await viewerOf(ctx, actor);
  const proposal = await repo.getProposalById(ctx.db, id);
  if (!proposal) throw new AppError('not_found');
  const challenge = await getVisibleChallenge(ctx, viewer, proposal.challengeId);
  if (actingRole(viewer, challenge) === null && proposal.organisationId !== viewer.organisationId) throw new AppError('not_found');
  return toProposalView(proposal, viewer, challenge);
}

export async function submitProposal(ctx: AppContext, actor: Actor, challengeId: string, input: CreateProposalInput, source: AuditSource): Promise<ProposalView> {
  const viewer = await viewerOf(ctx, actor);
  await getVisibleChallenge(ctx, viewer, challengeId);
  if (!isProposer(viewer)) throw new AppError('forbidden', { fields: [{ path: 'organisationId', message: 'proposal.proposer_type' }] });
  const id = await ctx.db.transaction(async (tx) => {
    const challenge = await repo.lockChallenge(tx, challengeId);
    if (!challenge || !acceptsProposals(challenge, todayInChina())) throw new AppError('conflict', { fields: [{ path: 'challengeId', message: 'proposal.closed' }] });
    const row = await repo.insertProposal(tx, {
      challengeId,
      organisationId: viewer.organisationId ?? '',
      title: input.title,
      approach: input.approach,
      quotedFen: input.quote,
      durationMonths: input.durationMonths,
      createdBy: viewer.accountId,
    });
    if (!row) throw new AppError('conflict', { fields: [{ path: 'challengeId', message: 'proposal.duplicate' }] });
    await recordAudit(tx, source, { action: 'proposal.create', entityType: 'challenge_proposal', entityId: row.id, organisationId: row.organisationId, after: { challengeId, ...proposalAudit(row) } });
    return row.id;
  });
  return getProposal(ctx, actor, id);
}

export async function updateProposal(ctx: AppContext, actor: Actor, id: string, input: UpdateProposalInput, source: AuditSource): Promise<ProposalView> {
  const viewer = await viewerOf(ctx, actor);
  const { proposal, challenge } = await getOwnProposal(ctx, viewer, id);
  if (!toProposalView(proposal, viewer, challenge).canEdit) throw new AppError('conflict', { fields: [{ path: 'status', message: 'proposal.not_editable' }] });
  const { version, quote, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateProposalIfVersion(tx, id, version, { ...patch, ...(quote !== undefined ? { quotedFen: quote } : {}) });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'proposal.update',
      entityType: 'challenge_proposal',
      entityId: id,
      organisationId: row.organisationId,
      ...changedFields(proposalAudit(proposal), proposalAudit(row)),
    });
  });
  return getProposal(ctx, actor, id);
}

/** A proposer withdraws while the challenge is open or under review, not once one was chosen. */
export async function withdrawProposal(ctx: AppContext, actor: Actor, id: string, version: number, source: AuditSource): Promise<ProposalView> {
  const viewer = await viewerOf(ctx, actor);
  const { proposal } = await getOwnProposal(ctx, viewer, id);
  await ctx.db.transaction(async (tx) => {
    const challenge = await repo.lockChallenge(tx, proposal.challengeId);
    const isOpen = challenge?.status === 'open' || challenge?.status === 'reviewing';
    if (!isOpen || proposal.status !== 'submitted') throw new AppError('conflict', { fields: [{ path: 'status', message: 'proposal.not_editable' }] });
    const row = await repo.updateProposalIfVersion(tx, id, version, { status: 'withdrawn' });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'proposal.withdraw',
      entityType: 'challenge_proposal',
      entityId: id,
      organisationId: row.organisationId,
      before: { status: proposal.status },
      after: { status: row.status },
    });
  });
  return getProposal(ctx, actor, id);
}
