import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldIssue } from '../../platform/errors';
import * as repo from './organisations.repository';
import type { OrganisationRow, OrganisationScope } from './organisations.repository';
import {
  type CreateOrganisationInput,
  type OrganisationFilters,
  type OrganisationView,
  SELF_EDITABLE_FIELDS,
  type UpdateOrganisationInput,
} from './organisations.schemas';
import { regionName } from './regions';

export function toOrganisationView(row: OrganisationRow): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    type: row.type as OrganisationView['type'],
    creditCode: row.creditCode,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode) ?? null,
    address: row.address,
    industry: row.industry as OrganisationView['industry'],
    councilRole: row.councilRole as OrganisationView['councilRole'],
    joinedOn: row.joinedOn,
    isHighTech: row.isHighTech,
    isTechSme: row.isTechSme,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    website: row.website,
    description: row.description,
    isActive: row.isActive,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Zone-wide readers see their zone; everyone else sees only their own organisation. */
export function organisationScopeOf(actor: Actor): OrganisationScope {
  if ((actor.role === 'operator' || actor.role === 'government') && actor.zoneId) return { zoneId: actor.zoneId };
  if (actor.organisationId) return { organisationId: actor.organisationId };
  throw new AppError('forbidden');
}

function isInScope(scope: OrganisationScope, row: OrganisationRow): boolean {
  return 'zoneId' in scope ? row.zoneId === scope.zoneId : row.id === scope.organisationId;
}

/** Rules that span fields, checked on the record as it would be after the change. */
export function checkOrganisationRules(record: {
  type: string;
  councilRole?: string | null | undefined;
  joinedOn?: string | null | undefined;
  isHighTech?: boolean | undefined;
  isTechSme?: boolean | undefined;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (record.councilRole && !record.joinedOn) issues.push({ path: 'joinedOn', message: 'council_role.requires_joined_on' });
  if (record.joinedOn && !record.councilRole) issues.push({ path: 'councilRole', message: 'joined_on.requires_council_role' });
  if (record.type !== 'enterprise') {
    if (record.isHighTech) issues.push({ path: 'isHighTech', message: 'field.invalid' });
    if (record.isTechSme) issues.push({ path: 'isTechSme', message: 'field.invalid' });
  }
  return issues;
}

export async function findOrganisations(
  ctx: AppContext,
  actor: Actor,
  filters: OrganisationFilters,
  page: { page: number; pageSize: number },
): Promise<{ items: OrganisationView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findOrganisations(ctx.db, organisationScopeOf(actor), filters, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map(toOrganisationView), total, page: page.page, pageSize: page.pageSize };
}

/** Loads an organisation the actor may see; another zone's or organisation's record is simply not found. */
export async function getVisibleOrganisation(ctx: AppContext, actor: Actor, id: string): Promise<OrganisationRow> {
  const row = await repo.getOrganisationById(ctx.db, id);
  if (!row || !isInScope(organisationScopeOf(actor), row)) throw new AppError('not_found');
  return row;
}

export async function createOrganisation(
  ctx: AppContext,
  actor: Actor,
  input: CreateOrganisationInput,
  source: AuditSource,
): Promise<OrganisationView> {
  if (!actor.zoneId) throw new AppError('forbidden');
  const issues = checkOrganisationRules(input);
  if ((await repo.findCreditCodesTaken(ctx.db, [input.creditCode])).size > 0) {
    issues.push({ path: 'creditCode', message: 'credit_code.taken' });
  }
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertOrganisations(tx, [{ ...input, zoneId: actor.zoneId as string }]);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, source, {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: row.id,
      organisationId: row.id,
      after: toOrganisationView(row),
    });
    return row;
  });
  return toOrganisationView(created);
}

export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateOrganisationInput,
  source: AuditSource,
): Promise<OrganisationView> {
  const current = await getVisibleOrganisation(ctx, actor, id);
  const { version, ...patch } = input;
  if (actor.role !== 'operator') {
    if (actor.role !== 'org_admin' || actor.organisationId !== id) throw new AppError('forbidden');
    const allowed: readonly string[] = SELF_EDITABLE_FIELDS;
    const refused = Object.keys(patch).filter((key) => !allowed.includes(key));
    if (refused.length) {
      throw new AppError('forbidden', { details: { fields: refused } });
    }
  }
  const merged = { ...current, ...patch };
  const issues = checkOrganisationRules(merged);
  if (patch.creditCode && patch.creditCode !== current.creditCode) {
    if ((await repo.findCreditCodesTaken(ctx.db, [patch.creditCode], id)).size > 0) {
      issues.push({ path: 'creditCode', message: 'credit_code.taken' });
    }
  }
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateOrganisationIfVersion(tx, id, version, patch);
    if (!row) throw new AppError('stale_version');
    const diff = changedFields(toOrganisationView(current), toOrganisationView(row));
    delete diff.before.version;
    delete diff.after.version;
    delete diff.before.updatedAt;
    delete diff.after.updatedAt;
    await recordAudit(tx, source, {
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      ...diff,
    });
    return row;
  });
  return toOrganisationView(updated);
}

export async function setOrganisationActive(
  ctx: AppContext,
  actor: Actor,
  id: string,
  isActive: boolean,
  source: AuditSource,
): Promise<OrganisationView> {
  const current = await getVisibleOrganisation(ctx, actor, id);
  if (current.isActive === isActive) return toOrganisationView(current);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateOrganisationIfVersion(tx, id, current.version, { isActive });
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: isActive ? 'organisation.activate' : 'organisation.deactivate',
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      before: { isActive: current.isActive },
      after: { isActive },
    });
    return row;
  });
  return toOrganisationView(updated);
}

/** Figures for the public portal: member units of the (first) zone, counted by type. */
export async function getPublicStats(
  ctx: AppContext,
): Promise<{ councilMembers: number; enterprises: number; schools: number; otherMembers: number }> {
  const rows = await repo.countCouncilMembers(ctx.db);
  const of = (type: string) => rows.find((r) => r.type === type)?.n ?? 0;
  const councilMembers = rows.reduce((sum, r) => sum + r.n, 0);
  const enterprises = of('enterprise');
  const schools = of('school');
  return { councilMembers, enterprises, schools, otherMembers: councilMembers - enterprises - schools };
}
