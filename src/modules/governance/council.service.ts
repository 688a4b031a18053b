import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { CouncilRole, Industry, OrganisationType } from '../organisations/organisations.codes';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import { checkCouncilTermRules, councilStandingOn, termStatus } from './governance.rules';
import * as repo from './council.repository';
import type { CouncilTermWithOrg } from './council.repository';
import type {
  CouncilSummary,
  CouncilTermFilters,
  CouncilTermView,
  CreateCouncilTermInput,
  UpdateCouncilTermInput,
} from './council.schemas';

export function toCouncilTermView(row: CouncilTermWithOrg, today = todayInChina()): CouncilTermView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationType: row.organisationType as OrganisationType,
    industry: row.industry as Industry,
    role: row.role as CouncilRole,
    startOn: row.startOn,
    endOn: row.endOn,
    status: termStatus(row, today),
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function auditView(row: { organisationId: string; role: string; startOn: string; endOn: string | null; note: string | null }) {
  return { organisationId: row.organisationId, role: row.role, startOn: row.startOn, endOn: row.endOn, note: row.note };
}

/**
 * After a term changes, the organisation's own council role follows the term in force today.
 * When the change leaves no term in force where there was one, the organisation has left the
 * council; an organisation whose role predates its recorded terms keeps it until then.
 */
async function syncCouncilStanding(
  tx: DbOrTx,
  organisation: { id: string; councilRole: string | null; joinedOn: string | null },
  termsBefore: readonly { role: string; startOn: string; endOn: string | null }[],
  source: AuditSource,
): Promise<void> {
  const today = todayInChina();
  const after = councilStandingOn(await repo.findTermsOfOrganisation(tx, organisation.id), today);
  const before = councilStandingOn(termsBefore, today);
  let next: { councilRole: string | null; joinedOn: string | null };
  if (after.role) {
    const joinedOn = organisation.joinedOn && after.joinedOn && organisation.joinedOn < after.joinedOn ? organisation.joinedOn : after.joinedOn;
    next = { councilRole: after.role, joinedOn };
  } else if (before.role) {
    next = { councilRole: null, joinedOn: null };
  } else {
    return;
  }
  if (next.councilRole === organisation.councilRole && next.joinedOn === organisation.joinedOn) return;
  await repo.setOrganisationStanding(tx, organisation.id, next);
  await recordAudit(tx, source, {
    action: 'organisation.update',
    entityType: 'organisation',
    entityId: organisation.id,
    organisationId: organisation.id,
    before: { councilRole: organisation.councilRole, joinedOn: organisation.joinedOn },
    after: next,
  });
}

async function getVisibleTerm(ctx: AppContext, actor: Actor, id: string): Promise<CouncilTermWithOrg> {
  const scope = governanceScopeOf(actor);
  const row = await repo.getCouncilTermById(ctx.db, id);
  if (!row || row.zoneId !== scope.zoneId || (scope.organisationId && row.organisationId !== scope.organisationId)) {
    throw new AppError('not_found');
  }
  return row;
}

export async function getCouncilTerm(ctx: AppContext, actor: Actor, id: string): Promise<CouncilTermView> {
  return toCouncilTermView(await getVisibleTerm(ctx, actor, id));
}

export async function findCouncilTerms(
  ctx: AppContext,
  actor: Actor,
  filters: CouncilTermFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: CouncilTermView[]; total: number; page: number; pageSize: number }> {
  const today = todayInChina();
  const { rows, total } = await repo.findCouncilTerms(ctx.db, governanceScopeOf(actor), filters, today, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map((row) => toCouncilTermView(row, today)), total, page: page.page, pageSize: page.pageSize };
}

export async function getCouncilSummary(ctx: AppContext, actor: Actor): Promise<CouncilSummary> {
  const scope = governanceScopeOf(actor);
  if (scope.organisationId) throw new AppError('forbidden');
  const summary = await repo.summariseCouncil(ctx.db, scope.zoneId, todayInChina());
  return summary as CouncilSummary;
}

export async function createCouncilTerm(ctx: AppContext, actor: Actor, input: CreateCouncilTermInput, source: AuditSource): Promise<CouncilTermView> {
  const zoneId = operatorZoneOf(actor);
  const { byId, issues } = await loadZoneOrganisations(ctx.db, zoneId, [{ id: input.organisationId, path: 'organisationId' }]);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  if (!byId.get(input.organisationId)?.isActive) {
    throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'organisation.inactive' }] });
  }
  const id = await ctx.db.transaction(async (tx) => {
    const organisation = await repo.lockOrganisation(tx, input.organisationId);
    if (!organisation) throw new AppError('not_found');
    const existing = await repo.findTermsOfOrganisation(tx, organisation.id);
    const term = { startOn: input.startOn, endOn: input.endOn ?? null };
    const problems = checkCouncilTermRules(term, existing);
    if (problems.length) throw new AppError('validation_failed', { fields: problems });
    const row = await repo.insertCouncilTerm(tx, { zoneId, organisationId: organisation.id, role: input.role, ...term, note: input.note ?? null });
    await recordAudit(tx, source, { action: 'council_term.create', entityType: 'council_term', entityId: row.id, organisationId: organisation.id, after: auditView(row) });
    await syncCouncilStanding(tx, organisation, existing, source);
    return row.id;
  });
  return getCouncilTerm(ctx, actor, id);
}

export async function updateCouncilTerm(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateCouncilTermInput,
  source: AuditSource,
): Promise<CouncilTermView> {
  operatorZoneOf(actor);
  const current = await getVisibleTerm(ctx, actor, id);
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const organisation = await repo.lockOrganisation(tx, current.organisationId);
    if (!organisation) throw new AppError('not_found');
    const existing = await repo.findTermsOfOrganisation(tx, organisation.id);
    const merged = { startOn: patch.startOn ?? current.startOn, endOn: patch.endOn === undefined ? current.endOn : patch.endOn };
    const problems = checkCouncilTermRules(
      merged,
      existing.filter((t) => t.id !== id),
    );
    if (problems.length) throw new AppError('validation_failed', { fields: problems });
    const row = await repo.updateCouncilTermIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    const diff = withoutBookkeeping(changedFields(auditView(current), auditView(row)));
    await recordAudit(tx, source, { action: 'council_term.update', entityType: 'council_term', entityId: id, organisationId: row.organisationId, ...diff });
    await syncCouncilStanding(tx, organisation, existing, source);
  });
  return getCouncilTerm(ctx, actor, id);
}
