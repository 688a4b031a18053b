import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import type { Industry, OrganisationType } from '../organisations/organisations.codes';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import type { AppointmentDirection, OutcomeKind } from './governance.codes';
import { checkAppointmentRules, checkOutcomeRules, termStatus } from './governance.rules';
import * as repo from './appointments.repository';
import type { AppointmentWithOrgs, OutcomeRow } from './appointments.repository';
import type {
  AppointmentFilters,
  AppointmentView,
  CreateAppointmentInput,
  CreateOutcomeInput,
  OutcomeView,
  UpdateAppointmentInput,
} from './appointments.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

function orgRef(o: { id: string; name: string; type: string; industry: string }) {
  return { id: o.id, name: o.name, type: o.type as OrganisationType, industry: o.industry as Industry };
}

function toOutcomeView(row: OutcomeRow): OutcomeView {
  return { id: row.id, kind: row.kind as OutcomeKind, title: row.title, detail: row.detail, occurredOn: row.occurredOn, createdAt: row.createdAt.toISOString() };
}

function toAppointmentView({ appointment: a, home, host }: AppointmentWithOrgs, outcomes: OutcomeRow[], today: string): AppointmentView {
  return {
    id: a.id,
    personName: a.personName,
    homePost: a.homePost,
    homeOrganisation: orgRef(home),
    hostOrganisation: orgRef(host),
    post: a.post,
    direction: a.direction as AppointmentDirection,
    startOn: a.startOn,
    endOn: a.endOn,
    status: termStatus(a, today),
    note: a.note,
    outcomes: outcomes.map(toOutcomeView),
    version: a.version,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

function auditView(a: {
  personName: string;
  homePost: string | null;
  homeOrganisationId: string;
  hostOrganisationId: string;
  post: string;
  direction: string;
  startOn: string;
  endOn: string | null;
  note: string | null;
}) {
  return {
    personName: a.personName,
    homePost: a.homePost,
    homeOrganisationId: a.homeOrganisationId,
    hostOrganisationId: a.hostOrganisationId,
    post: a.post,
    direction: a.direction,
    startOn: a.startOn,
    endOn: a.endOn,
    note: a.note,
  };
}

async function getVisibleAppointment(ctx: AppContext, actor: Actor, id: string): Promise<AppointmentWithOrgs> {
  const row = await repo.getAppointment(ctx.db, governanceScopeOf(actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getAppointment(ctx: AppContext, actor: Actor, id: string): Promise<AppointmentView> {
  const row = await getVisibleAppointment(ctx, actor, id);
  return toAppointmentView(row, await repo.findOutcomes(ctx.db, [id]), todayInChina());
}

export async function findAppointments(ctx: AppContext, actor: Actor, filters: AppointmentFilters, page: { page: number; pageSize: number }): Promise<Page<AppointmentView>> {
  const today = todayInChina();
  const { rows, total } = await repo.findAppointments(ctx.db, governanceScopeOf(actor), filters, today, {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  const outcomes = await repo.findOutcomes(
    ctx.db,
    rows.map((r) => r.appointment.id),
  );
  return {
    items: rows.map((row) =>
      toAppointmentView(
        row,
        outcomes.filter((o) => o.appointmentId === row.appointment.id),
        today,
      ),
    ),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** The record as a whole against its organisations: both in the zone, on the sides the direction says. */
async function checkAppointment(ctx: AppContext, zoneId: string, record: Parameters<typeof auditView>[0]): Promise<void> {
  const { byId, issues } = await loadZoneOrganisations(ctx.db, zoneId, [
    { id: record.homeOrganisationId, path: 'homeOrganisationId' },
    { id: record.hostOrganisationId, path: 'hostOrganisationId' },
  ]);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const problems = checkAppointmentRules({
    ...record,
    direction: record.direction as AppointmentDirection,
    homeType: byId.get(record.homeOrganisationId)?.type ?? '',
    hostType: byId.get(record.hostOrganisationId)?.type ?? '',
  });
  if (problems.length) throw new AppError('validation_failed', { fields: problems });
}

export async function createAppointment(ctx: AppContext, actor: Actor, input: CreateAppointmentInput, source: AuditSource): Promise<AppointmentView> {
  const zoneId = operatorZoneOf(actor);
  const record = {
    personName: input.personName,
    homePost: input.homePost ?? null,
    homeOrganisationId: input.homeOrganisationId,
    hostOrganisationId: input.hostOrganisationId,
    post: input.post,
    direction: input.direction,
    startOn: input.startOn,
    endOn: input.endOn ?? null,
    note: input.note ?? null,
  };
  await checkAppointment(ctx, zoneId, record);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAppointment(tx, { ...record, zoneId });
    await recordAudit(tx, source, { action: 'appointment.create', entityType: 'appointment', entityId: row.id, organisationId: row.hostOrganisationId, after: auditView(row) });
    return row.id;
  });
  return getAppointment(ctx, actor, id);
}

export async function updateAppointment(ctx: AppContext, actor: Actor, id: string, input: UpdateAppointmentInput, source: AuditSource): Promise<AppointmentView> {
  const zoneId = operatorZoneOf(actor);
  const current = (await getVisibleAppointment(ctx, actor, id)).appointment;
  const { version, ...patch } = input;
  const next = auditView({
    personName: patch.personName ?? current.personName,
    homePost: patch.homePost === undefined ? current.homePost : patch.homePost,
    homeOrganisationId: patch.homeOrganisationId ?? current.homeOrganisationId,
    hostOrganisationId: patch.hostOrganisationId ?? current.hostOrganisationId,
    post: patch.post ?? current.post,
    direction: patch.direction ?? current.direction,
    startOn: patch.startOn ?? current.startOn,
    endOn: patch.endOn === undefined ? current.endOn : patch.endOn,
    note: patch.note === undefined ? current.note : patch.note,
  });
  await checkAppointment(ctx, zoneId, next);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateAppointmentIfVersion(tx, id, version, next);
    if (!row) throw new AppError('stale_version');
    await recordAudit(tx, source, {
      action: 'appointment.update',
      entityType: 'appointment',
      entityId: id,
      organisationId: row.hostOrganisationId,
      ...withoutBookkeeping(changedFields(auditView(current), next)),
    });
  });
  return getAppointment(ctx, actor, id);
}

export async function addOutcome(ctx: AppContext, actor: Actor, id: string, input: CreateOutcomeInput, source: AuditSource): Promise<AppointmentView> {
  operatorZoneOf(actor);
  const { appointment } = await getVisibleAppointment(ctx, actor, id);
  const issues = checkOutcomeRules(input, appointment.startOn, todayInChina());
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertOutcome(tx, {
      appointmentId: id,
      kind: input.kind,
      title: input.title,
      detail: input.detail ?? null,
      occurredOn: input.occurredOn ?? null,
    });
    await recordAudit(tx, source, {
      action: 'appointment.outcome_add',
      entityType: 'appointment',
      entityId: id,
      organisationId: appointment.hostOrganisationId,
      after: { outcomeId: row.id, kind: row.kind, title: row.title, occurredOn: row.occurredOn },
    });
  });
  return getAppointment(ctx, actor, id);
}

export async function removeOutcome(ctx: AppContext, actor: Actor, id: string, outcomeId: string, source: AuditSource): Promise<AppointmentView> {
  operatorZoneOf(actor);
  const { appointment } = await getVisibleAppointment(ctx, actor, id);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.deleteOutcome(tx, id, outcomeId);
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, source, {
      action: 'appointment.outcome_remove',
      entityType: 'appointment',
      entityId: id,
      organisationId: appointment.hostOrganisationId,
      before: { outcomeId: row.id, kind: row.kind, title: row.title, detail: row.detail, occurredOn: row.occurredOn },
    });
  });
  return getAppointment(ctx, actor, id);
}
