import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import type { Industry, OrganisationType } from '../organisations/organisations.codes';
import { EDUCATION_LEVELS, type EducationLevel } from '../positions/positions.codes';
import { type GovernanceScope, governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import type { TechnologyNeedStatus } from './governance.codes';
import * as repo from './lists.repository';
import type { CoreProductRow, TalentNeedRow, TechnologyNeedRow } from './lists.repository';
import type {
  CoreProductFilters,
  CoreProductView,
  CreateCoreProductInput,
  CreateTechnologyNeedInput,
  TalentNeedFilters,
  TalentNeedView,
  TechnologyNeedFilters,
  TechnologyNeedView,
  UpdateCoreProductInput,
  UpdateTechnologyNeedInput,
  ZONE_INDUSTRIES,
} from './lists.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type ZoneIndustry = (typeof ZONE_INDUSTRIES)[number];
const MAX_MAJORS = 8;

/**
 * Who reads the three lists. Schools and research institutes read all of them: they are the
 * supply side the lists are kept for (what to teach, which problems to take on). Every other
 * organisation reads its own rows; operators and government read the zone.
 */
export async function listsScopeOf(ctx: AppContext, actor: Actor): Promise<GovernanceScope> {
  const scope = governanceScopeOf(actor);
  if (!scope.organisationId) return scope;
  const type = await repo.getOrganisationType(ctx.db, scope.organisationId);
  return type === 'school' || type === 'institute' ? { zoneId: scope.zoneId, organisationId: null } : scope;
}

function orgRef(o: { id: string; name: string; type: string; industry: string }) {
  return { id: o.id, name: o.name, type: o.type as OrganisationType, industry: o.industry as Industry };
}

export function toCoreProductView({ product: p, organisation }: CoreProductRow): CoreProductView {
  return {
    id: p.id,
    industry: p.industry as ZoneIndustry,
    product: p.product,
    organisation: orgRef(organisation),
    description: p.description,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toTechnologyNeedView({ need: n, organisation, challenge }: TechnologyNeedRow): TechnologyNeedView {
  return {
    id: n.id,
    industry: n.industry as ZoneIndustry,
    organisation: orgRef(organisation),
    title: n.title,
    description: n.description,
    status: n.status as TechnologyNeedStatus,
    challenge: challenge ? { id: challenge.id, title: challenge.title, status: challenge.status } : null,
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

export function toTalentNeedView(row: TalentNeedRow): TalentNeedView {
  const ranks = row.educationLevels.map((level) => EDUCATION_LEVELS.indexOf(level as EducationLevel)).filter((i) => i >= 0);
  const majors = [...new Set(row.majors.flat())].slice(0, MAX_MAJORS);
  const last = row.lastPublishedAt === null ? null : new Date(row.lastPublishedAt);
  return {
    organisation: orgRef({ id: row.organisationId, name: row.organisationName, type: row.organisationType, industry: row.industry }),
    title: row.title,
    positions: row.positions,
    headcount: row.headcount,
    filled: row.filled,
    minEducation: EDUCATION_LEVELS[ranks.length ? Math.min(...ranks) : 0] ?? 'none',
    majors,
    fromVisits: row.fromVisits,
    lastPublishedOn: last ? todayInChina(last) : null,
  };
}

/** The listed organisation must be one of the zone's enterprises. */
async function checkEnterprise(ctx: AppContext, zoneId: string, organisationId: string | undefined): Promise<FieldIssue[]> {
  if (!organisationId) return [];
  const { byId, issues } = await loadZoneOrganisations(ctx.db, zoneId, [{ id: organisationId, path: 'organisationId' }]);
  if (issues.length) return issues;
  return byId.get(organisationId)?.type === 'enterprise' ? [] : [{ path: 'organisationId', message: 'governance.not_enterprise' }];
}

// ----- 核心产品清单

export async function findCoreProducts(ctx: AppContext, actor: Actor, filters: CoreProductFilters, page: { page: number; pageSize: number }): Promise<Page<CoreProductView>> {
  const { rows, total } = await repo.findCoreProducts(ctx.db, await listsScopeOf(ctx, actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toCoreProductView), total, page: page.page, pageSize: page.pageSize };
}

async function getVisibleCoreProduct(ctx: AppContext, actor: Actor, id: string): Promise<CoreProductRow> {
  const row = await repo.getCoreProduct(ctx.db, await listsScopeOf(ctx, actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getCoreProduct(ctx: AppContext, actor: Actor, id: string): Promise<CoreProductView> {
  return toCoreProductView(await getVisibleCoreProduct(ctx, actor, id));
}

function coreProductAudit(p: { industry: string; product: string; organisationId: string; description: string | null }) {
  return { industry: p.industry, product: p.product, organisationId: p.organisationId, description: p.description };
}

export async function createCoreProduct(ctx: AppContext, actor: Actor, input: CreateCoreProductInput, source: AuditSource): Promise<CoreProductView> {
  const zoneId = operatorZoneOf(actor);
  const issues = await checkEnterprise(ctx, zoneId, input.organisationId);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const record = coreProductAudit({ ...input, description: input.description ?? null });
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertCoreProduct(tx, { ...record, zoneId });
    await recordAudit(tx, source, { action: 'core_product.create', entityType: 'core_product', entityId: created, organisationId: record.organisationId, after: record });
    return created;
  });
  return getCoreProduct(ctx, actor, id);
}

export async function updateCoreProduct(ctx: AppContext, actor: Actor, id: string, input: UpdateCoreProductInput, source: AuditSource): Promise<CoreProductView> {
  const zoneId = operatorZoneOf(actor);
  const current = (await getVisibleCoreProduct(ctx, actor, id)).product;
  const { version, ...patch } = input;
  const issues = await checkEnterprise(ctx, zoneId, patch.organisationId);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const next = coreProductAudit({
    industry: patch.industry ?? current.industry,
    product: patch.product ?? current.product,
    organisationId: patch.organisationId ?? current.organisationId,
    description: patch.description === undefined ? current.description : patch.description,
  });
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.updateCoreProductIfVersion(tx, id, version, next))) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'core_product.update',
      entityType: 'core_product',
      entityId: id,
      organisationId: next.organisationId,
      ...withoutBookkeeping(changedFields(coreProductAudit(current), next)),
    });
  });
  return getCoreProduct(ctx, actor, id);
}

export async function deleteCoreProduct(ctx: AppContext, actor: Actor, id: string, version: number, source: AuditSource): Promise<void> {
  operatorZoneOf(actor);
  const current = (await getVisibleCoreProduct(ctx, actor, id)).product;
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteCoreProductIfVersion(tx, id, version))) throw new AppError('stale_version');
    await recordAudit(tx, source, { action: 'core_product.delete', entityType: 'core_product', entityId: id, organisationId: current.organisationId, before: coreProductAudit(current) });
  });
}

// ----- 技术需求清单

export async function findTechnologyNeeds(ctx: AppContext, actor: Actor, filters: TechnologyNeedFilters, page: { page: number; pageSize: number }): Promise<Page<TechnologyNeedView>> {
  const { rows, total } = await repo.findTechnologyNeeds(ctx.db, await listsScopeOf(ctx, actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toTechnologyNeedView), total, page: page.page, pageSize: page.pageSize };
}

async function getVisibleTechnologyNeed(ctx: AppContext, actor: Actor, id: string): Promise<TechnologyNeedRow> {
  const row = await repo.getTechnologyNeed(ctx.db, await listsScopeOf(ctx, actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getTechnologyNeed(ctx: AppContext, actor: Actor, id: string): Promise<TechnologyNeedView> {
  return toTechnologyNeedView(await getVisibleTechnologyNeed(ctx, actor, id));
}

function technologyNeedAudit(n: { industry: string; organisationId: string; title: string; description: string | null; status: string; challengeId: string | null }) {
  return { industry: n.industry, organisationId: n.organisationId, title: n.title, description: n.description, status: n.status, challengeId: n.challengeId };
}

/** A linked challenge must be the same enterprise's, in the zone. */
async function checkChallenge(ctx: AppContext, zoneId: string, record: { organisationId: string; challengeId: string | null }): Promise<FieldIssue[]> {
  if (!record.challengeId) return [];
  const owner = await repo.getChallengeOwner(ctx.db, record.challengeId);
  if (!owner || owner.zoneId !== zoneId) return [{ path: 'challengeId', message: 'visit.challenge_not_found' }];
  return owner.organisationId === record.organisationId ? [] : [{ path: 'challengeId', message: 'technology_need.challenge_of_other' }];
}

export async function createTechnologyNeed(ctx: AppContext, actor: Actor, input: CreateTechnologyNeedInput, source: AuditSource): Promise<TechnologyNeedView> {
  const zoneId = operatorZoneOf(actor);
  const record = technologyNeedAudit({ ...input, description: input.description ?? null, challengeId: input.challengeId ?? null });
  const issues = [...(await checkEnterprise(ctx, zoneId, record.organisationId))];
  if (!issues.length) issues.push(...(await checkChallenge(ctx, zoneId, record)));
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const id = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertTechnologyNeed(tx, { ...record, zoneId });
    await recordAudit(tx, source, { action: 'technology_need.create', entityType: 'technology_need', entityId: created, organisationId: record.organisationId, after: record });
    return created;
  });
  return getTechnologyNeed(ctx, actor, id);
}

export async function updateTechnologyNeed(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateTechnologyNeedInput,
  source: AuditSource,
): Promise<TechnologyNeedView> {
  const zoneId = operatorZoneOf(actor);
  const current = (await getVisibleTechnologyNeed(ctx, actor, id)).need;
  const { version, ...patch } = input;
  const next = technologyNeedAudit({
    industry: patch.industry ?? current.industry,
    organisationId: patch.organisationId ?? current.organisationId,
    title: patch.title ?? current.title,
    description: patch.description === undefined ? current.description : patch.description,
    status: patch.status ?? current.status,
    challengeId: patch.challengeId === undefined ? current.challengeId : patch.challengeId,
  });
  const issues = await checkEnterprise(ctx, zoneId, patch.organisationId);
  if (!issues.length) issues.push(...(await checkChallenge(ctx, zoneId, next)));
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.updateTechnologyNeedIfVersion(tx, id, version, next))) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'technology_need.update',
      entityType: 'technology_need',
      entityId: id,
      organisationId: next.organisationId,
      ...withoutBookkeeping(changedFields(technologyNeedAudit(current), next)),
    });
  });
  return getTechnologyNeed(ctx, actor, id);
}

export async function deleteTechnologyNeed(ctx: AppContext, actor: Actor, id: string, version: number, source: AuditSource): Promise<void> {
  operatorZoneOf(actor);
  const current = (await getVisibleTechnologyNeed(ctx, actor, id)).need;
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteTechnologyNeedIfVersion(tx, id, version))) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'technology_need.delete',
      entityType: 'technology_need',
      entityId: id,
      organisationId: current.organisationId,
      before: technologyNeedAudit(current),
    });
  });
}

// ----- 人才需求清单

export async function findTalentNeeds(ctx: AppContext, actor: Actor, filters: TalentNeedFilters, page: { page: number; pageSize: number }): Promise<Page<TalentNeedView>> {
  const { rows, total } = await repo.findTalentNeeds(ctx.db, await listsScopeOf(ctx, actor), filters, todayInChina(), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map(toTalentNeedView), total, page: page.page, pageSize: page.pageSize };
}
