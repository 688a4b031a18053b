import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError, type FieldIssue } from '../../platform/errors';
import { getVisibleOrganisation } from '../organisations/organisations.service';
import { regionName } from '../organisations/regions';
import type { EducationLevel, EmploymentType, PositionStatus } from './positions.codes';
import * as repo from './positions.repository';
import type { PositionScope, PositionWithOrg } from './positions.repository';
import type { CreatePositionInput, PositionView, UpdatePositionInput } from './positions.schemas';

export function toPositionView({ position: p, organisationName, industry }: PositionWithOrg): PositionView {
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName,
    industry: industry as PositionView['industry'],
    title: p.title,
    duties: p.duties,
    headcount: p.headcount,
    filledCount: p.filledCount,
    educationLevel: p.educationLevel as EducationLevel,
    majors: p.majors,
    skills: p.skills,
    experienceYears: p.experienceYears,
    regionCode: p.regionCode,
    regionName: regionName(p.regionCode) ?? null,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    employmentType: p.employmentType as EmploymentType,
    isDisabilityFriendly: p.isDisabilityFriendly,
    accommodation: p.accommodation,
    closingOn: p.closingOn,
    status: p.status as PositionStatus,
    returnReason: p.returnReason,
    source: p.source as PositionView['source'],
    submittedAt: p.submittedAt?.toISOString() ?? null,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Whether a position takes applications now: published and not past its closing date. */
export function isOpen(p: { status: string; closingOn: string | null }): boolean {
  return p.status === 'published' && (!p.closingOn || p.closingOn >= todayInChina());
}

function checkPositionRules(record: { salaryMin?: number | null; salaryMax?: number | null; closingOn?: string | null }, isNew: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof record.salaryMin === 'number' && typeof record.salaryMax === 'number' && record.salaryMin > record.salaryMax) {
    issues.push({ path: 'salaryMin', message: 'position.salary_range' });
  }
  if (isNew && record.closingOn && record.closingOn < todayInChina()) issues.push({ path: 'closingOn', message: 'position.closing_in_past' });
  return issues;
}

export function positionScopeOf(actor: Actor): PositionScope {
  if ((actor.role === 'operator' || actor.role === 'government') && actor.zoneId) return { zoneId: actor.zoneId };
  if (actor.organisationId) return { organisationId: actor.organisationId };
  throw new AppError('forbidden');
}

/** Loads a position the caller may read: published ones anyone, the rest only their enterprise and zone staff. */
export async function getVisiblePosition(ctx: AppContext, actor: Actor | null, id: string): Promise<PositionWithOrg> {
  const found = await repo.getPositionById(ctx.db, id);
  if (!found) throw new AppError('not_found');
  // Published positions are public; every other state belongs to the enterprise and the zone's staff.
  if (found.position.status === 'published') return found;
  if (!actor || actor.role === 'seeker') throw new AppError('not_found');
  const scope = positionScopeOf(actor);
  const visible = 'zoneId' in scope ? found.zoneId === scope.zoneId : found.position.organisationId === scope.organisationId;
  if (!visible) throw new AppError('not_found');
  return found;
}

function requireWriter(actor: Actor, found: PositionWithOrg): void {
  if (actor.role === 'operator') return;
  if ((actor.role === 'org_admin' || actor.role === 'org_staff') && actor.organisationId === found.position.organisationId) return;
  throw new AppError('forbidden');
}

export async function createPosition(
  ctx: AppContext,
  actor: Actor,
  input: CreatePositionInput,
  source: AuditSource,
): Promise<PositionView> {
  const isOperator = actor.role === 'operator';
  const organisationId = isOperator ? input.organisationId : actor.organisationId;
  if (!organisationId) {
    throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'position.organisation_required' }] });
  }
  if (!isOperator && input.organisationId && input.organisationId !== actor.organisationId) throw new AppError('forbidden');
  const org = await getVisibleOrganisation(ctx, actor, organisationId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError('validation_failed', { fields: [{ path: 'organisationId', message: 'field.invalid' }] });
    }
    throw error;
  });
  const issues = checkPositionRules(input, true);
  if (org.type !== 'enterprise') issues.push({ path: 'organisationId', message: 'position.not_enterprise' });
  if (!org.isActive) issues.push({ path: 'organisationId', message: 'organisation.inactive' });
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const { organisationId: _ignored, ...fields } = input;
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertPosition(tx, {
      ...fields,
      organisationId: org.id,
      zoneId: org.zoneId,
      source: isOperator ? 'visit' : 'enterprise',
      createdBy: actor.accountId,
    });
    const view = toPositionView({ position: row, organisationName: org.name, industry: org.industry, zoneId: org.zoneId });
    await recordAudit(tx, source, { action: 'position.create', entityType: 'position', entityId: row.id, organisationId: org.id, after: view });
    return view;
  });
  return created;
}

/** Editing a published position sends it back to review, so nothing unreviewed is ever public. */
export async function updatePosition(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdatePositionInput,
  source: AuditSource,
): Promise<PositionView> {
  const found = await getVisiblePosition(ctx, actor, id);
  requireWriter(actor, found);
  const current = found.position;
  if (!['draft', 'returned', 'submitted', 'published'].includes(current.status)) {
    throw new AppError('conflict', { details: { status: current.status } });
  }
  const { version, ...patch } = input;
  const issues = checkPositionRules({ ...current, ...patch }, false);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const needsReview = current.status === 'published' && actor.role !== 'operator';
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updatePositionIfVersion(tx, id, version, {
      ...patch,
      ...(needsReview ? { status: 'submitted', submittedAt: new Date() } : {}),
    });
    if (!row) throw new AppError('stale_version');
    const before = toPositionView(found);
    const after = toPositionView({ ...found, position: row });
    const diff = changedFields(before, after);
    for (const key of ['version', 'updatedAt'] as const) {
      delete diff.before[key];
      delete diff.after[key];
    }
    await recordAudit(tx, source, { action: 'position.update', entityType: 'position', entityId: id, organisationId: row.organisationId, ...diff });
    return after;
  });
}

type Transition = { from: readonly PositionStatus[]; to: PositionStatus; action: string };

const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'position.submit' },
  approve: { from: ['submitted'], to: 'published', action: 'position.approve' },
  return: { from: ['submitted'], to: 'returned', action: 'position.return' },
  close: { from: ['published', 'submitted', 'draft', 'returned'], to: 'closed', action: 'position.close' },
} as const satisfies Record<string, Transition>;

export type PositionAction = keyof typeof TRANSITIONS;

/** Moves a position along its lifecycle; reviewing is the operator's, the rest the enterprise's too. */
export async function transitionPosition(
  ctx: AppContext,
  actor: Actor,
  id: string,
  action: PositionAction,
  options: { reason?: string },
  source: AuditSource,
): Promise<PositionView> {
  const found = await getVisiblePosition(ctx, actor, id);
  const transition: Transition = TRANSITIONS[action];
  if (action === 'approve' || action === 'return') {
    if (actor.role !== 'operator') throw new AppError('forbidden');
  } else {
    requireWriter(actor, found);
  }
  const current = found.position;
  if (!transition.from.includes(current.status as PositionStatus)) {
    throw new AppError('validation_failed', { fields: [{ path: 'status', message: 'position.wrong_status', params: { status: current.status } }] });
  }
  const now = new Date();
  const patch: Partial<repo.NewPositionRow> = { status: transition.to };
  if (action === 'submit') Object.assign(patch, { submittedAt: now, returnReason: null });
  if (action === 'approve') Object.assign(patch, { publishedAt: now, reviewedBy: actor.accountId, returnReason: null });
  if (action === 'return') Object.assign(patch, { returnReason: options.reason ?? null, reviewedBy: actor.accountId });
  if (action === 'close') Object.assign(patch, { closedAt: now });
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updatePositionIfVersion(tx, id, current.version, patch);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: transition.action,
      entityType: 'position',
      entityId: id,
      organisationId: row.organisationId,
      before: { status: current.status },
      after: { status: row.status, ...(options.reason ? { reason: options.reason } : {}) },
    });
    return toPositionView({ ...found, position: row });
  });
}

export async function findPositions(
  ctx: AppContext,
  actor: Actor,
  filters: { status?: PositionStatus | undefined; organisationId?: string | undefined; q?: string | undefined },
  page: { page: number; pageSize: number },
): Promise<{ items: PositionView[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findPositions(ctx.db, positionScopeOf(actor), filters, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: rows.map(toPositionView), total, page: page.page, pageSize: page.pageSize };
}
