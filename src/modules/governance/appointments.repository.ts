import { and, asc, count, desc, eq, gt, gte, ilike, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import type { GovernanceScope } from './governance.access';
import type { TermStatus } from './governance.codes';
import { appointmentOutcomes, dualAppointments } from './governance.table';
import { escapeLike } from './governance.sql';
import type { AppointmentFilters } from './appointments.schemas';

const home = alias(organisations, 'home');
const host = alias(organisations, 'host');

export type AppointmentRow = typeof dualAppointments.$inferSelect;
type OrgColumns = { id: string; name: string; type: string; industry: string };
export type AppointmentWithOrgs = { appointment: AppointmentRow; home: OrgColumns; host: OrgColumns };
export type OutcomeRow = typeof appointmentOutcomes.$inferSelect;

const columns = {
  appointment: dualAppointments,
  home: { id: home.id, name: home.name, type: home.type, industry: home.industry },
  host: { id: host.id, name: host.name, type: host.type, industry: host.industry },
};

function scopeConditions(scope: GovernanceScope): SQL[] {
  const conditions: SQL[] = [eq(dualAppointments.zoneId, scope.zoneId)];
  if (scope.organisationId) {
    const either = or(eq(dualAppointments.homeOrganisationId, scope.organisationId), eq(dualAppointments.hostOrganisationId, scope.organisationId));
    if (either) conditions.push(either);
  }
  return conditions;
}

/** In office at some time from `from` to `to`. */
export function inOfficeDuring(from: string, to: string): SQL | undefined {
  return and(lte(dualAppointments.startOn, to), or(isNull(dualAppointments.endOn), gte(dualAppointments.endOn, from)));
}

function statusCondition(status: TermStatus, today: string): SQL | undefined {
  switch (status) {
    case 'current':
      return inOfficeDuring(today, today);
    case 'past':
      return lt(dualAppointments.endOn, today);
    case 'upcoming':
      return gt(dualAppointments.startOn, today);
  }
}

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(dualAppointments)
    .innerJoin(home, eq(home.id, dualAppointments.homeOrganisationId))
    .innerJoin(host, eq(host.id, dualAppointments.hostOrganisationId));
}

export async function findAppointments(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: AppointmentFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: AppointmentWithOrgs[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.direction) conditions.push(eq(dualAppointments.direction, filters.direction));
  if (filters.organisationId) {
    conditions.push(or(eq(dualAppointments.homeOrganisationId, filters.organisationId), eq(dualAppointments.hostOrganisationId, filters.organisationId)));
  }
  if (filters.status) conditions.push(statusCondition(filters.status, today));
  if (filters.year) conditions.push(inOfficeDuring(`${filters.year}-01-01`, `${filters.year}-12-31`));
  if (filters.q) {
    const pattern = escapeLike(filters.q);
    conditions.push(or(ilike(dualAppointments.personName, pattern), ilike(dualAppointments.post, pattern), ilike(home.name, pattern), ilike(host.name, pattern)));
  }
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    base(db).where(where).orderBy(desc(dualAppointments.startOn), asc(dualAppointments.personName)).limit(page.limit).offset(page.offset),
    db
      .select({ n: count() })
      .from(dualAppointments)
      .innerJoin(home, eq(home.id, dualAppointments.homeOrganisationId))
      .innerJoin(host, eq(host.id, dualAppointments.hostOrganisationId))
      .where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getAppointment(db: DbOrTx, scope: GovernanceScope, id: string): Promise<AppointmentWithOrgs | undefined> {
  const [row] = await base(db)
    .where(and(eq(dualAppointments.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function findOutcomes(db: DbOrTx, appointmentIds: string[]): Promise<OutcomeRow[]> {
  if (appointmentIds.length === 0) return [];
  return db
    .select()
    .from(appointmentOutcomes)
    .where(inArray(appointmentOutcomes.appointmentId, appointmentIds))
    .orderBy(sql`${appointmentOutcomes.occurredOn} asc nulls last`, asc(appointmentOutcomes.createdAt));
}

export async function insertAppointment(db: DbOrTx, row: typeof dualAppointments.$inferInsert): Promise<AppointmentRow> {
  const [created] = await db.insert(dualAppointments).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateAppointmentIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof dualAppointments.$inferInsert>,
): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .update(dualAppointments)
    .set({ ...patch, version: sql`${dualAppointments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(dualAppointments.id, id), eq(dualAppointments.version, version)))
    .returning();
  return row;
}

export async function insertOutcome(db: DbOrTx, row: typeof appointmentOutcomes.$inferInsert): Promise<OutcomeRow> {
  const [created] = await db.insert(appointmentOutcomes).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function deleteOutcome(db: DbOrTx, appointmentId: string, outcomeId: string): Promise<OutcomeRow | undefined> {
  const [row] = await db
    .delete(appointmentOutcomes)
    .where(and(eq(appointmentOutcomes.id, outcomeId), eq(appointmentOutcomes.appointmentId, appointmentId)))
    .returning();
  return row;
}

/** Appointments in the given direction in office at some time during the year. */
export async function countAppointmentsInYear(db: DbOrTx, zoneId: string, direction: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(dualAppointments)
    .where(and(eq(dualAppointments.zoneId, zoneId), eq(dualAppointments.direction, direction), inOfficeDuring(`${year}-01-01`, `${year}-12-31`)));
  return row?.n ?? 0;
}
