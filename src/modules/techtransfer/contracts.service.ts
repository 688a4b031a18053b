import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { linkNamedOrganisations } from './patents.service';
import { mayActFor, scopeOf, type Viewer, viewerOf } from './techtransfer.access';
import type { AchievementLevel, ContractType } from './techtransfer.codes';
import * as repo from './techtransfer.repository';
import type { AchievementWithName, ContractRow, ContractWithChallenge } from './techtransfer.repository';
import type {
  AchievementFilters,
  AchievementView,
  ContractFilters,
  ContractView,
  CreateAchievementInput,
  CreateContractInput,
  PartyInputValue,
  UpdateAchievementInput,
  UpdateContractInput,
} from './techtransfer.schemas';
import { ACHIEVEMENT_NUMBER_TAKEN, CONTRACT_NUMBER_TAKEN, withUniqueFields } from './techtransfer.errors';

type PageRequest = { page: number; pageSize: number };

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

function isParty(viewer: Viewer, row: { sellerOrganisationId: string | null; buyerOrganisationId: string | null }): boolean {
  return viewer.organisationId !== null && (row.sellerOrganisationId === viewer.organisationId || row.buyerOrganisationId === viewer.organisationId);
}

export function toContractView(row: ContractWithChallenge, viewer: Viewer): ContractView {
  return {
    id: row.id,
    contractNumber: row.contractNumber,
    title: row.title,
    type: row.type as ContractType,
    seller: { organisationId: row.sellerOrganisationId, name: row.sellerName },
    buyer: { organisationId: row.buyerOrganisationId, name: row.buyerName },
    amountFen: row.amountFen,
    signedOn: row.signedOn,
    registeredOn: row.registeredOn,
    registry: row.registry,
    challengeId: row.challengeId,
    canEdit: viewer.isOperator || (!viewer.isZoneWide && isParty(viewer, row)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function contractAudit(row: ContractRow) {
  return {
    contractNumber: row.contractNumber,
    title: row.title,
    type: row.type,
    seller: row.sellerName,
    buyer: row.buyerName,
    amountFen: row.amountFen,
    signedOn: row.signedOn,
    registeredOn: row.registeredOn,
    registry: row.registry,
  };
}

async function getVisibleContract(ctx: AppContext, viewer: Viewer, id: string): Promise<ContractWithChallenge> {
  const row = await repo.getContractById(ctx.db, id);
  if (!row || row.zoneId !== viewer.zoneId || (!viewer.isZoneWide && !isParty(viewer, row))) throw new AppError('not_found');
  return row;
}

type ResolvedParties = {
  sellerOrganisationId: string | null;
  sellerName: string;
  buyerOrganisationId: string | null;
  buyerName: string;
};

/**
 * Seller and buyer: each an organisation of the zone or a name; at least one of the zone; not the
 * same organisation twice; an organisation's staff register only contracts their organisation is party to.
 */
async function resolveParties(ctx: AppContext, viewer: Viewer, sellerInput: PartyInputValue, buyerInput: PartyInputValue): Promise<{ parties: ResolvedParties; issues: FieldIssue[] }> {
  const issues: FieldIssue[] = [];
  const [seller = sellerInput, buyer = buyerInput] = await linkNamedOrganisations(ctx, viewer.zoneId, [sellerInput, buyerInput]);
  const orgs = await repo.findZoneOrganisationsByIds(
    ctx.db,
    viewer.zoneId,
    [seller.organisationId, buyer.organisationId].flatMap((id) => (id ? [id] : [])),
  );
  const resolve = (party: PartyInputValue, path: 'seller' | 'buyer') => {
    if (Boolean(party.organisationId) === Boolean(party.name)) {
      issues.push({ path, message: 'techtransfer.party_org_or_name' });
      return { id: null, name: '' };
    }
    if (party.organisationId) {
      const org = orgs.get(party.organisationId);
      if (!org) {
        issues.push({ path: `${path}.organisationId`, message: 'techtransfer.organisation_not_in_zone' });
        return { id: null, name: '' };
      }
      return { id: org.id, name: org.name };
    }
    return { id: null, name: party.name ?? '' };
  };
  const s = resolve(seller, 'seller');
  const b = resolve(buyer, 'buyer');
  if (issues.length === 0) {
    if (!s.id && !b.id) issues.push({ path: 'seller', message: 'tech_contract.party_in_zone_required' });
    else if (s.id && s.id === b.id) issues.push({ path: 'buyer', message: 'tech_contract.same_party' });
    else if (!viewer.isZoneWide && s.id !== viewer.organisationId && b.id !== viewer.organisationId) {
      issues.push({ path: 'seller', message: 'tech_contract.own_party_required' });
    }
  }
  return { parties: { sellerOrganisationId: s.id, sellerName: s.name, buyerOrganisationId: b.id, buyerName: b.name }, issues };
}

function checkContractDates(record: { signedOn?: string | null | undefined; registeredOn: string }, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (record.registeredOn > today) issues.push({ path: 'registeredOn', message: 'techtransfer.date_in_future' });
  if (record.signedOn && record.signedOn > record.registeredOn) issues.push({ path: 'signedOn', message: 'tech_contract.signed_after_registered' });
  return issues;
}

export async function findContracts(
  ctx: AppContext,
  actor: Actor,
  filters: ContractFilters,
  page: PageRequest,
): Promise<{ items: ContractView[]; total: number; page: number; pageSize: number; totalAmountFen: number }> {
  const viewer = await viewerOf(ctx, actor);
  const { organisationId: partyId, ...rest } = filters;
  const { rows, total, totalAmountFen } = await repo.findContracts(ctx.db, { ...scopeOf(viewer), ...rest, partyId }, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map((r) => toContractView(r, viewer)), total, page: page.page, pageSize: page.pageSize, totalAmountFen };
}

export async function getContract(ctx: AppContext, actor: Actor, id: string): Promise<ContractView> {
  const viewer = await viewerOf(ctx, actor);
  return toContractView(await getVisibleContract(ctx, viewer, id), viewer);
}

export async function registerContract(ctx: AppContext, actor: Actor, input: CreateContractInput, source: AuditSource): Promise<ContractView> {
  const viewer = await viewerOf(ctx, actor);
  const { parties, issues } = await resolveParties(ctx, viewer, input.seller, input.buyer);
  issues.push(...checkContractDates(input, todayInChina()));
  if ((await repo.findTakenContractNumbers(ctx.db, viewer.zoneId, [input.contractNumber])).size > 0) {
    issues.unshift({ path: 'contractNumber', message: 'tech_contract.number_taken' });
  }
  fail(issues);
  const id = await withUniqueFields(ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertContracts(tx, [
      {
        zoneId: viewer.zoneId,
        contractNumber: input.contractNumber,
        title: input.title,
        type: input.type,
        ...parties,
        amountFen: input.amount,
        signedOn: input.signedOn ?? null,
        registeredOn: input.registeredOn,
        registry: input.registry,
        createdBy: viewer.accountId,
      },
    ]);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, source, { action: 'tech_contract.create', entityType: 'tech_contract', entityId: row.id, after: contractAudit(row) });
    return row.id;
  }), CONTRACT_NUMBER_TAKEN);
  return getContract(ctx, actor, id);
}

export async function updateContract(ctx: AppContext, actor: Actor, id: string, input: UpdateContractInput, source: AuditSource): Promise<ContractView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleContract(ctx, viewer, id);
  if (!toContractView(current, viewer).canEdit) throw new AppError('not_found');
  const { version, seller, buyer, amount, ...patch } = input;
  const issues: FieldIssue[] = [];
  let parties: Partial<ResolvedParties> = {};
  if (seller || buyer) {
    const resolved = await resolveParties(
      ctx,
      viewer,
      seller ?? { organisationId: current.sellerOrganisationId, name: current.sellerOrganisationId ? null : current.sellerName },
      buyer ?? { organisationId: current.buyerOrganisationId, name: current.buyerOrganisationId ? null : current.buyerName },
    );
    issues.push(...resolved.issues);
    parties = resolved.parties;
  }
  issues.push(...checkContractDates({ signedOn: patch.signedOn === undefined ? current.signedOn : patch.signedOn, registeredOn: patch.registeredOn ?? current.registeredOn }, todayInChina()));
  if (patch.contractNumber && patch.contractNumber !== current.contractNumber) {
    if ((await repo.findTakenContractNumbers(ctx.db, viewer.zoneId, [patch.contractNumber], id)).size > 0) {
      issues.unshift({ path: 'contractNumber', message: 'tech_contract.number_taken' });
    }
  }
  fail(issues);
  await withUniqueFields(ctx.db.transaction(async (tx) => {
    const row = await repo.updateContractIfVersion(tx, id, version, { ...patch, ...parties, ...(amount !== undefined ? { amountFen: amount } : {}) });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, { action: 'tech_contract.update', entityType: 'tech_contract', entityId: id, ...changedFields(contractAudit(current), contractAudit(row)) });
  }), CONTRACT_NUMBER_TAKEN);
  return getContract(ctx, actor, id);
}

// ---------------------------------------------------------------------------------------------
// Achievement registrations (科技成果登记)

export function toAchievementView(row: AchievementWithName, viewer: Viewer): AchievementView {
  return {
    id: row.id,
    registrationNumber: row.registrationNumber,
    title: row.title,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    registeredOn: row.registeredOn,
    level: row.level as AchievementLevel,
    canEdit: mayActFor(viewer, row.organisationId),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function getVisibleAchievement(ctx: AppContext, viewer: Viewer, id: string): Promise<AchievementWithName> {
  const row = await repo.getAchievementById(ctx.db, id);
  if (!row || row.zoneId !== viewer.zoneId || (!viewer.isZoneWide && row.organisationId !== viewer.organisationId)) throw new AppError('not_found');
  return row;
}

/** The organisation must be of the zone, and an organisation's staff record only their own. */
export async function checkOwnOrganisation(ctx: AppContext, viewer: Viewer, organisationId: string): Promise<FieldIssue[]> {
  const orgs = await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, [organisationId]);
  if (!orgs.has(organisationId)) return [{ path: 'organisationId', message: 'techtransfer.organisation_not_in_zone' }];
  if (!mayActFor(viewer, organisationId)) return [{ path: 'organisationId', message: 'techtransfer.own_organisation_only' }];
  return [];
}

export async function findAchievements(
  ctx: AppContext,
  actor: Actor,
  filters: AchievementFilters,
  page: PageRequest,
): Promise<{ items: AchievementView[]; total: number; page: number; pageSize: number }> {
  const viewer = await viewerOf(ctx, actor);
  const { organisationId: ownerId, ...rest } = filters;
  const { rows, total } = await repo.findAchievements(ctx.db, { ...scopeOf(viewer), ...rest, ownerId }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map((r) => toAchievementView(r, viewer)), total, page: page.page, pageSize: page.pageSize };
}

export async function getAchievement(ctx: AppContext, actor: Actor, id: string): Promise<AchievementView> {
  const viewer = await viewerOf(ctx, actor);
  return toAchievementView(await getVisibleAchievement(ctx, viewer, id), viewer);
}

function achievementAudit(row: { registrationNumber: string; title: string; organisationId: string; registeredOn: string; level: string }) {
  return { registrationNumber: row.registrationNumber, title: row.title, organisationId: row.organisationId, registeredOn: row.registeredOn, level: row.level };
}

export async function createAchievement(ctx: AppContext, actor: Actor, input: CreateAchievementInput, source: AuditSource): Promise<AchievementView> {
  const viewer = await viewerOf(ctx, actor);
  const issues = await checkOwnOrganisation(ctx, viewer, input.organisationId);
  if (input.registeredOn > todayInChina()) issues.push({ path: 'registeredOn', message: 'techtransfer.date_in_future' });
  if (await repo.isAchievementNumberTaken(ctx.db, viewer.zoneId, input.registrationNumber)) issues.unshift({ path: 'registrationNumber', message: 'achievement.number_taken' });
  fail(issues);
  const id = await withUniqueFields(ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertAchievements(tx, [{ ...input, zoneId: viewer.zoneId, createdBy: viewer.accountId }]);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, source, {
      action: 'achievement.create',
      entityType: 'achievement_registration',
      entityId: row.id,
      organisationId: row.organisationId,
      after: achievementAudit(row),
    });
    return row.id;
  }), ACHIEVEMENT_NUMBER_TAKEN);
  return getAchievement(ctx, actor, id);
}

export async function updateAchievement(ctx: AppContext, actor: Actor, id: string, input: UpdateAchievementInput, source: AuditSource): Promise<AchievementView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleAchievement(ctx, viewer, id);
  if (!mayActFor(viewer, current.organisationId)) throw new AppError('not_found');
  const { version, ...patch } = input;
  const issues = patch.organisationId && patch.organisationId !== current.organisationId ? await checkOwnOrganisation(ctx, viewer, patch.organisationId) : [];
  if (patch.registeredOn && patch.registeredOn > todayInChina()) issues.push({ path: 'registeredOn', message: 'techtransfer.date_in_future' });
  if (patch.registrationNumber && (await repo.isAchievementNumberTaken(ctx.db, viewer.zoneId, patch.registrationNumber, id))) {
    issues.unshift({ path: 'registrationNumber', message: 'achievement.number_taken' });
  }
  fail(issues);
  await withUniqueFields(ctx.db.transaction(async (tx) => {
    const row = await repo.updateAchievementIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'achievement.update',
      entityType: 'achievement_registration',
      entityId: id,
      organisationId: row.organisationId,
      ...changedFields(achievementAudit(current), achievementAudit(row)),
    });
  }), ACHIEVEMENT_NUMBER_TAKEN);
  return getAchievement(ctx, actor, id);
}
