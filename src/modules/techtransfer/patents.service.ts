import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { mayActFor, scopeOf, type Viewer, viewerOf } from './techtransfer.access';
import type { LegalStatus, PatentType, TransferKind } from './techtransfer.codes';
import * as repo from './techtransfer.repository';
import type { OwnerRow, PatentWithOwners, TransferWithNames } from './techtransfer.repository';
import { checkParties, checkPatentRules, checkStatusChange, initialStatusEvents } from './techtransfer.rules';
import type {
  CreatePatentInput,
  CreateTransferInput,
  PartyInputValue,
  PatentDetailView,
  PatentFilters,
  PatentStatusInput,
  PatentView,
  TransferFilters,
  TransferView,
  UpdatePatentInput,
  UpdateTransferInput,
} from './techtransfer.schemas';
import { PATENT_NUMBER_TAKEN, withUniqueFields } from './techtransfer.errors';

type PageRequest = { page: number; pageSize: number };
type PageOf<T> = { items: T[]; total: number; page: number; pageSize: number };

function pageWindow(page: PageRequest) {
  return { offset: (page.page - 1) * page.pageSize, limit: page.pageSize };
}

function fail(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}

function ownsPatent(viewer: Viewer, patent: PatentWithOwners): boolean {
  return patent.owners.some((o) => o.organisationId !== null && o.organisationId === viewer.organisationId);
}

export function toPatentView(row: PatentWithOwners, viewer: Viewer): PatentView {
  return {
    id: row.id,
    applicationNumber: row.applicationNumber,
    type: row.type as PatentType,
    title: row.title,
    owners: row.owners,
    inventors: row.inventors,
    filedOn: row.filedOn,
    grantedOn: row.grantedOn,
    legalStatus: row.legalStatus as LegalStatus,
    legalStatusOn: row.legalStatusOn,
    canEdit: viewer.isOperator || (!viewer.isZoneWide && ownsPatent(viewer, row)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toTransferView(row: TransferWithNames, viewer: Viewer): TransferView {
  return {
    id: row.id,
    patentId: row.patentId,
    applicationNumber: row.applicationNumber,
    patentTitle: row.patentTitle,
    patentType: row.patentType as PatentType,
    kind: row.kind as TransferKind,
    fromOrganisationId: row.fromOrganisationId,
    fromName: row.fromName,
    toOrganisationId: row.toOrganisationId,
    toName: row.toName,
    amountFen: row.amountFen,
    contractOn: row.contractOn,
    note: row.note,
    canEdit: mayActFor(viewer, row.fromOrganisationId),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What an audit entry keeps of a patent. */
function patentAudit(row: { applicationNumber: string; type: string; title: string; filedOn: string; grantedOn: string | null; legalStatus: string }, owners: OwnerRow[]) {
  return { applicationNumber: row.applicationNumber, type: row.type, title: row.title, filedOn: row.filedOn, grantedOn: row.grantedOn, legalStatus: row.legalStatus, owners: owners.map((o) => o.name) };
}

async function getVisiblePatent(ctx: AppContext, viewer: Viewer, id: string): Promise<PatentWithOwners> {
  const row = await repo.getPatentById(ctx.db, id);
  if (!row || row.zoneId !== viewer.zoneId || (!viewer.isZoneWide && !ownsPatent(viewer, row))) throw new AppError('not_found');
  return row;
}

/**
 * A party typed by name that is an organisation of the zone (full or short name) becomes that
 * organisation: an organisation's staff cannot list the zone's organisations, but can name them.
 */
export async function linkNamedOrganisations<P extends PartyInputValue>(ctx: AppContext, zoneId: string, parties: P[]): Promise<P[]> {
  const names = parties.flatMap((p) => (!p.organisationId && p.name ? [p.name] : []));
  const found = await repo.findZoneOrganisationsByNames(ctx.db, zoneId, names);
  return parties.map((p) => {
    const org = !p.organisationId && p.name ? found.get(p.name) : undefined;
    return org ? { ...p, organisationId: org.id, name: null } : p;
  });
}

/**
 * Turns owner inputs into owner rows: organisations must be of the zone (their name is kept with
 * them); at least one must be; an organisation's staff must list their own.
 */
export async function resolveOwners(ctx: AppContext, viewer: Viewer, inputs: PartyInputValue[]): Promise<{ rows: OwnerRow[]; issues: FieldIssue[] }> {
  const owners = await linkNamedOrganisations(ctx, viewer.zoneId, inputs);
  const issues = checkParties(owners, 'owners');
  const ids = owners.flatMap((o) => (o.organisationId ? [o.organisationId] : []));
  const orgs = await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, ids);
  const rows: OwnerRow[] = [];
  owners.forEach((owner, i) => {
    if (owner.organisationId) {
      const org = orgs.get(owner.organisationId);
      if (!org) issues.push({ path: `owners.${i}.organisationId`, message: 'techtransfer.organisation_not_in_zone' });
      else rows.push({ organisationId: org.id, name: org.name });
    } else if (owner.name) {
      rows.push({ organisationId: null, name: owner.name });
    }
  });
  if (ids.length === 0) issues.push({ path: 'owners', message: 'patent.owner_in_zone_required' });
  else if (!viewer.isZoneWide && !ids.includes(viewer.organisationId ?? '')) issues.push({ path: 'owners', message: 'patent.own_organisation_required' });
  return { rows, issues };
}

export async function findPatents(ctx: AppContext, actor: Actor, filters: PatentFilters, page: PageRequest): Promise<PageOf<PatentView>> {
  const viewer = await viewerOf(ctx, actor);
  const { organisationId: ownerId, ...rest } = filters;
  const { rows, total } = await repo.findPatents(ctx.db, { ...scopeOf(viewer), ...rest, ownerId }, pageWindow(page));
  return { items: rows.map((r) => toPatentView(r, viewer)), total, page: page.page, pageSize: page.pageSize };
}

export async function getPatent(ctx: AppContext, actor: Actor, id: string): Promise<PatentDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const row = await getVisiblePatent(ctx, viewer, id);
  const [events, transfers] = await Promise.all([
    repo.findStatusEvents(ctx.db, id),
    repo.findTransfers(ctx.db, { ...scopeOf(viewer), patentId: id }, { offset: 0, limit: 200 }),
  ]);
  return {
    ...toPatentView(row, viewer),
    history: events.map((e) => ({ status: e.status as LegalStatus, effectiveOn: e.effectiveOn, note: e.note, recordedAt: e.createdAt.toISOString() })),
    transfers: transfers.rows.map((t) => toTransferView(t, viewer)),
  };
}

export async function createPatent(ctx: AppContext, actor: Actor, input: CreatePatentInput, source: AuditSource): Promise<PatentDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const today = todayInChina();
  const owners = await resolveOwners(ctx, viewer, input.owners);
  const issues = [...checkPatentRules(input, today), ...owners.issues];
  if ((await repo.findTakenApplicationNumbers(ctx.db, viewer.zoneId, [input.applicationNumber])).size > 0) {
    issues.unshift({ path: 'applicationNumber', message: 'patent_number.taken' });
  }
  fail(issues);
  const events = initialStatusEvents(input);
  const last = events[events.length - 1] ?? { status: input.legalStatus, effectiveOn: input.filedOn };
  const id = await withUniqueFields(ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertPatents(tx, [
      {
        patent: {
          zoneId: viewer.zoneId,
          applicationNumber: input.applicationNumber,
          type: input.type,
          title: input.title,
          inventors: input.inventors,
          filedOn: input.filedOn,
          grantedOn: input.grantedOn ?? null,
          legalStatus: last.status,
          legalStatusOn: last.effectiveOn,
          createdBy: viewer.accountId,
        },
        owners: owners.rows,
        events: events.map((e) => ({ ...e, recordedBy: viewer.accountId })),
      },
    ]);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, source, { action: 'patent.create', entityType: 'patent', entityId: row.id, after: patentAudit(row, owners.rows) });
    return row.id;
  }), PATENT_NUMBER_TAKEN);
  return getPatent(ctx, actor, id);
}

export async function updatePatent(ctx: AppContext, actor: Actor, id: string, input: UpdatePatentInput, source: AuditSource): Promise<PatentDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisiblePatent(ctx, viewer, id);
  if (!toPatentView(current, viewer).canEdit) throw new AppError('not_found');
  const { version, owners: ownerInputs, ...patch } = input;
  const owners = ownerInputs ? await resolveOwners(ctx, viewer, ownerInputs) : { rows: current.owners, issues: [] };
  const merged = {
    applicationNumber: patch.applicationNumber ?? current.applicationNumber,
    type: (patch.type ?? current.type) as PatentType,
    filedOn: patch.filedOn ?? current.filedOn,
    grantedOn: current.grantedOn,
    legalStatus: current.legalStatus as LegalStatus,
    legalStatusOn: current.legalStatusOn,
  };
  const issues = [...checkPatentRules(merged, todayInChina()), ...owners.issues];
  const isFilingMoved = patch.filedOn !== undefined && patch.filedOn !== current.filedOn;
  let legalStatusOn = current.legalStatusOn;
  if (isFilingMoved) {
    const events = await repo.findStatusEvents(ctx.db, id);
    // The filing date is the first event of the history; a later event must not come before it.
    if (events.slice(1).some((e) => e.effectiveOn < merged.filedOn)) issues.push({ path: 'filedOn', message: 'patent.status_before_history' });
    if (events.length === 1) legalStatusOn = merged.filedOn;
  }
  if (patch.applicationNumber && patch.applicationNumber !== current.applicationNumber) {
    if ((await repo.findTakenApplicationNumbers(ctx.db, viewer.zoneId, [patch.applicationNumber], id)).size > 0) {
      issues.unshift({ path: 'applicationNumber', message: 'patent_number.taken' });
    }
  }
  fail(issues);
  await withUniqueFields(ctx.db.transaction(async (tx) => {
    const row = await repo.updatePatentIfVersion(tx, id, version, { ...patch, legalStatusOn });
    if (!row) throw new AppError('stale_version');
    if (ownerInputs) await repo.replaceOwners(tx, id, owners.rows);
    if (isFilingMoved) await repo.setFilingEventDate(tx, id, row.filedOn);
    const diff = changedFields(patentAudit(current, current.owners), patentAudit(row, owners.rows));
    await recordAudit(tx, source, { action: 'patent.update', entityType: 'patent', entityId: id, ...diff });
  }), PATENT_NUMBER_TAKEN);
  return getPatent(ctx, actor, id);
}

/** A legal-status change (grant, lapse, restoration) with the day it took effect, added to the history. */
export async function changePatentStatus(ctx: AppContext, actor: Actor, id: string, input: PatentStatusInput, source: AuditSource): Promise<PatentDetailView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisiblePatent(ctx, viewer, id);
  if (!toPatentView(current, viewer).canEdit) throw new AppError('not_found');
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockPatent(tx, id);
    if (!locked || locked.version !== input.version) throw new AppError('stale_version');
    const events = await repo.findStatusEvents(tx, id);
    const lastEventOn = events[events.length - 1]?.effectiveOn ?? locked.filedOn;
    fail(
      checkStatusChange(
        { legalStatus: locked.legalStatus as LegalStatus, grantedOn: locked.grantedOn, filedOn: locked.filedOn, lastEventOn },
        input,
        todayInChina(),
      ),
    );
    const isGrant = input.status === 'valid' && locked.legalStatus === 'pending';
    const row = await repo.updatePatentIfVersion(tx, id, input.version, {
      legalStatus: input.status,
      legalStatusOn: input.effectiveOn,
      ...(isGrant ? { grantedOn: input.grantedOn ?? null } : {}),
    });
    if (!row) throw new AppError('stale_version');
    await repo.insertStatusEvent(tx, { patentId: id, status: input.status, effectiveOn: input.effectiveOn, note: input.note ?? null, recordedBy: viewer.accountId });
    await recordAudit(tx, source, {
      action: 'patent.status',
      entityType: 'patent',
      entityId: id,
      before: { legalStatus: locked.legalStatus, legalStatusOn: locked.legalStatusOn },
      after: { legalStatus: row.legalStatus, legalStatusOn: row.legalStatusOn, ...(isGrant ? { grantedOn: row.grantedOn } : {}) },
    });
  });
  return getPatent(ctx, actor, id);
}

// ---------------------------------------------------------------------------------------------
// Transfers and licences

async function getVisibleTransfer(ctx: AppContext, viewer: Viewer, id: string): Promise<TransferWithNames> {
  const row = await repo.getTransferById(ctx.db, id);
  const isParty = row && (row.fromOrganisationId === viewer.organisationId || row.toOrganisationId === viewer.organisationId);
  if (!row || row.zoneId !== viewer.zoneId || (!viewer.isZoneWide && !isParty)) throw new AppError('not_found');
  return row;
}

export async function findTransfers(ctx: AppContext, actor: Actor, filters: TransferFilters, page: PageRequest): Promise<PageOf<TransferView>> {
  const viewer = await viewerOf(ctx, actor);
  const { organisationId: partyId, ...rest } = filters;
  const { rows, total } = await repo.findTransfers(ctx.db, { ...scopeOf(viewer), ...rest, partyId }, pageWindow(page));
  return { items: rows.map((r) => toTransferView(r, viewer)), total, page: page.page, pageSize: page.pageSize };
}

export async function getTransfer(ctx: AppContext, actor: Actor, id: string): Promise<TransferView> {
  const viewer = await viewerOf(ctx, actor);
  return toTransferView(await getVisibleTransfer(ctx, viewer, id), viewer);
}

/**
 * Records a transfer or licence. A transfer moves the patent: the receiving organisation takes
 * the transferring one's place among the owners, in the same transaction.
 */
export async function createTransfer(ctx: AppContext, actor: Actor, request: CreateTransferInput, source: AuditSource): Promise<TransferView> {
  const viewer = await viewerOf(ctx, actor);
  const issues: FieldIssue[] = [];
  let toOrganisationId = request.toOrganisationId ?? '';
  if (Boolean(request.toOrganisationId) === Boolean(request.toName)) {
    issues.push({ path: 'toOrganisationId', message: request.toName ? 'techtransfer.party_org_or_name' : 'field.required' });
  } else if (request.toName) {
    const found = (await repo.findZoneOrganisationsByNames(ctx.db, viewer.zoneId, [request.toName])).get(request.toName);
    if (found) toOrganisationId = found.id;
    else issues.push({ path: 'toName', message: 'techtransfer.organisation_not_in_zone' });
  }
  const input = { ...request, toOrganisationId };
  let patent: PatentWithOwners | undefined;
  try {
    patent = await getVisiblePatent(ctx, viewer, input.patentId);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    issues.push({ path: 'patentId', message: 'not_found' });
  }
  const orgs = await repo.findZoneOrganisationsByIds(ctx.db, viewer.zoneId, [input.fromOrganisationId, input.toOrganisationId].filter(Boolean));
  if (!orgs.has(input.fromOrganisationId)) issues.push({ path: 'fromOrganisationId', message: 'techtransfer.organisation_not_in_zone' });
  else if (!mayActFor(viewer, input.fromOrganisationId)) issues.push({ path: 'fromOrganisationId', message: 'techtransfer.own_organisation_only' });
  if (input.toOrganisationId && !orgs.has(input.toOrganisationId)) issues.push({ path: 'toOrganisationId', message: 'techtransfer.organisation_not_in_zone' });
  if (input.toOrganisationId && input.fromOrganisationId === input.toOrganisationId) issues.push({ path: 'toOrganisationId', message: 'transfer.same_party' });
  if (input.contractOn > todayInChina()) issues.push({ path: 'contractOn', message: 'techtransfer.date_in_future' });
  if (patent) {
    if (patent.legalStatus === 'lapsed') issues.push({ path: 'patentId', message: 'patent.lapsed_cannot_transfer' });
    if (input.contractOn < patent.filedOn) issues.push({ path: 'contractOn', message: 'transfer.before_filing' });
    if (orgs.has(input.fromOrganisationId) && !patent.owners.some((o) => o.organisationId === input.fromOrganisationId)) {
      issues.push({ path: 'fromOrganisationId', message: 'patent.not_owned_by_from' });
    }
    if (input.kind === 'transfer' && patent.owners.some((o) => o.organisationId === input.toOrganisationId)) {
      issues.push({ path: 'toOrganisationId', message: 'transfer.receiver_owns' });
    }
  }
  fail(issues);
  const to = orgs.get(input.toOrganisationId);
  const id = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockPatent(tx, input.patentId);
    if (!locked || !patent || locked.version !== patent.version) throw new AppError('stale_version');
    const row = await repo.insertTransfer(tx, {
      zoneId: viewer.zoneId,
      patentId: input.patentId,
      kind: input.kind,
      fromOrganisationId: input.fromOrganisationId,
      toOrganisationId: input.toOrganisationId,
      amountFen: input.amount,
      contractOn: input.contractOn,
      note: input.note ?? null,
      createdBy: viewer.accountId,
    });
    if (input.kind === 'transfer' && to) {
      const owners = patent.owners.map((o) => (o.organisationId === input.fromOrganisationId ? { organisationId: to.id, name: to.name } : o));
      await repo.replaceOwners(tx, input.patentId, owners);
      await repo.updatePatentIfVersion(tx, input.patentId, locked.version, {});
      await recordAudit(tx, source, {
        action: 'patent.owners_transferred',
        entityType: 'patent',
        entityId: input.patentId,
        before: { owners: patent.owners.map((o) => o.name) },
        after: { owners: owners.map((o) => o.name) },
      });
    }
    await recordAudit(tx, source, {
      action: 'patent_transfer.create',
      entityType: 'patent_transfer',
      entityId: row.id,
      after: { patentId: row.patentId, kind: row.kind, fromOrganisationId: row.fromOrganisationId, toOrganisationId: row.toOrganisationId, amountFen: row.amountFen, contractOn: row.contractOn },
    });
    return row.id;
  });
  return getTransfer(ctx, actor, id);
}

export async function updateTransfer(ctx: AppContext, actor: Actor, id: string, input: UpdateTransferInput, source: AuditSource): Promise<TransferView> {
  const viewer = await viewerOf(ctx, actor);
  const current = await getVisibleTransfer(ctx, viewer, id);
  if (!mayActFor(viewer, current.fromOrganisationId)) throw new AppError('not_found');
  const { version, amount, ...patch } = input;
  if (patch.contractOn) {
    const patent = await repo.getPatentById(ctx.db, current.patentId);
    const issues: FieldIssue[] = [];
    if (patch.contractOn > todayInChina()) issues.push({ path: 'contractOn', message: 'techtransfer.date_in_future' });
    if (patent && patch.contractOn < patent.filedOn) issues.push({ path: 'contractOn', message: 'transfer.before_filing' });
    fail(issues);
  }
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateTransferIfVersion(tx, id, version, { ...patch, ...(amount !== undefined ? { amountFen: amount } : {}) });
    if (!row) throw new AppError('stale_version');
    const view = (r: { amountFen: number; contractOn: string; note: string | null }) => ({ amountFen: r.amountFen, contractOn: r.contractOn, note: r.note });
    await recordAudit(tx, source, { action: 'patent_transfer.update', entityType: 'patent_transfer', entityId: id, ...changedFields(view(current), view(row)) });
  });
  return getTransfer(ctx, actor, id);
}
