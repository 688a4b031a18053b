import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import type { Industry, OrganisationType } from '../organisations/organisations.codes';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import { checkMilestoneRules, checkProjectRules, progressStatus } from './governance.rules';
import * as repo from './projects.repository';
import type { MilestoneRow, ProjectWithLead } from './projects.repository';
import type {
  CreateMilestoneInput,
  CreateProjectInput,
  MilestoneView,
  ProjectFilters,
  ProjectView,
  UpdateMilestoneInput,
  UpdateProjectInput,
} from './projects.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

function toMilestoneView(row: MilestoneRow, today: string): MilestoneView {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    status: progressStatus(row, today),
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toProjectView({ project: p, lead }: ProjectWithLead, milestones: MilestoneRow[], today: string): ProjectView {
  const views = milestones.map((m) => toMilestoneView(m, today));
  return {
    id: p.id,
    title: p.title,
    focus: p.focus,
    description: p.description,
    leadOrganisation: lead ? { id: lead.id, name: lead.name, type: lead.type as OrganisationType, industry: lead.industry as Industry } : null,
    filingBody: p.filingBody,
    filedOn: p.filedOn,
    startOn: p.startOn,
    endOn: p.endOn,
    milestones: views,
    progress: {
      done: views.filter((m) => m.status === 'done').length,
      overdue: views.filter((m) => m.status === 'overdue').length,
      total: views.length,
    },
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function auditView(p: {
  title: string;
  focus: string | null;
  description: string | null;
  leadOrganisationId: string | null;
  filingBody: string | null;
  filedOn: string | null;
  startOn: string;
  endOn: string | null;
}) {
  return {
    title: p.title,
    focus: p.focus,
    description: p.description,
    leadOrganisationId: p.leadOrganisationId,
    filingBody: p.filingBody,
    filedOn: p.filedOn,
    startOn: p.startOn,
    endOn: p.endOn,
  };
}

function milestoneAuditView(m: { title: string; dueOn: string; doneOn: string | null; note: string | null }) {
  return { title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, note: m.note };
}

async function getVisibleProject(ctx: AppContext, actor: Actor, id: string): Promise<ProjectWithLead> {
  const row = await repo.getProject(ctx.db, governanceScopeOf(actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getProject(ctx: AppContext, actor: Actor, id: string): Promise<ProjectView> {
  const row = await getVisibleProject(ctx, actor, id);
  return toProjectView(row, await repo.findMilestones(ctx.db, [id]), todayInChina());
}

export async function findProjects(ctx: AppContext, actor: Actor, filters: ProjectFilters, page: { page: number; pageSize: number }): Promise<Page<ProjectView>> {
  const today = todayInChina();
  const { rows, total } = await repo.findProjects(ctx.db, governanceScopeOf(actor), filters, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  const milestones = await repo.findMilestones(
    ctx.db,
    rows.map((r) => r.project.id),
  );
  return {
    items: rows.map((row) =>
      toProjectView(
        row,
        milestones.filter((m) => m.projectId === row.project.id),
        today,
      ),
    ),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

async function checkLead(ctx: AppContext, zoneId: string, leadOrganisationId: string | null | undefined) {
  if (!leadOrganisationId) return [];
  return (await loadZoneOrganisations(ctx.db, zoneId, [{ id: leadOrganisationId, path: 'leadOrganisationId' }])).issues;
}

export async function createProject(ctx: AppContext, actor: Actor, input: CreateProjectInput, source: AuditSource): Promise<ProjectView> {
  const zoneId = operatorZoneOf(actor);
  const record = auditView({
    title: input.title,
    focus: input.focus ?? null,
    description: input.description ?? null,
    leadOrganisationId: input.leadOrganisationId ?? null,
    filingBody: input.filingBody ?? null,
    filedOn: input.filedOn ?? null,
    startOn: input.startOn,
    endOn: input.endOn ?? null,
  });
  const issues = [...checkProjectRules(record, todayInChina()), ...(await checkLead(ctx, zoneId, record.leadOrganisationId))];
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertProject(tx, { ...record, zoneId });
    await recordAudit(tx, source, { action: 'demonstration_project.create', entityType: 'demonstration_project', entityId: row.id, after: record });
    return row.id;
  });
  return getProject(ctx, actor, id);
}

export async function updateProject(ctx: AppContext, actor: Actor, id: string, input: UpdateProjectInput, source: AuditSource): Promise<ProjectView> {
  const zoneId = operatorZoneOf(actor);
  const current = (await getVisibleProject(ctx, actor, id)).project;
  const { version, ...patch } = input;
  const next = auditView({
    title: patch.title ?? current.title,
    focus: patch.focus === undefined ? current.focus : patch.focus,
    description: patch.description === undefined ? current.description : patch.description,
    leadOrganisationId: patch.leadOrganisationId === undefined ? current.leadOrganisationId : patch.leadOrganisationId,
    filingBody: patch.filingBody === undefined ? current.filingBody : patch.filingBody,
    filedOn: patch.filedOn === undefined ? current.filedOn : patch.filedOn,
    startOn: patch.startOn ?? current.startOn,
    endOn: patch.endOn === undefined ? current.endOn : patch.endOn,
  });
  const issues = [...checkProjectRules(next, todayInChina()), ...(await checkLead(ctx, zoneId, patch.leadOrganisationId))];
  // Milestones cannot fall before the project starts; a later start must keep that true.
  if (next.startOn > current.startOn && (await repo.findMilestones(ctx.db, [id])).some((m) => m.dueOn < next.startOn)) {
    issues.push({ path: 'startOn', message: 'milestone.due_before_project' });
  }
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateProjectIfVersion(tx, id, version, next);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'demonstration_project.update',
      entityType: 'demonstration_project',
      entityId: id,
      ...withoutBookkeeping(changedFields(auditView(current), next)),
    });
  });
  return getProject(ctx, actor, id);
}

export async function addMilestone(ctx: AppContext, actor: Actor, projectId: string, input: CreateMilestoneInput, source: AuditSource): Promise<ProjectView> {
  operatorZoneOf(actor);
  const { project } = await getVisibleProject(ctx, actor, projectId);
  const record = milestoneAuditView({ title: input.title, dueOn: input.dueOn, doneOn: input.doneOn ?? null, note: input.note ?? null });
  const issues = checkMilestoneRules(record, project.startOn, todayInChina());
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertMilestone(tx, { ...record, projectId });
    await recordAudit(tx, source, { action: 'milestone.create', entityType: 'milestone', entityId: row.id, after: { projectId, ...record } });
  });
  return getProject(ctx, actor, projectId);
}

export async function updateMilestone(ctx: AppContext, actor: Actor, id: string, input: UpdateMilestoneInput, source: AuditSource): Promise<ProjectView> {
  operatorZoneOf(actor);
  const current = await repo.getMilestone(ctx.db, id);
  if (!current) throw new AppError('not_found');
  // The milestone is visible exactly when its project is.
  const { project } = await getVisibleProject(ctx, actor, current.projectId);
  const { version, ...patch } = input;
  const next = milestoneAuditView({
    title: patch.title ?? current.title,
    dueOn: patch.dueOn ?? current.dueOn,
    doneOn: patch.doneOn === undefined ? current.doneOn : patch.doneOn,
    note: patch.note === undefined ? current.note : patch.note,
  });
  const issues = checkMilestoneRules(next, project.startOn, todayInChina());
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateMilestoneIfVersion(tx, id, version, next);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, { action: 'milestone.update', entityType: 'milestone', entityId: id, ...changedFields(milestoneAuditView(current), next) });
  });
  return getProject(ctx, actor, project.id);
}
