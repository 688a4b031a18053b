import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import type { GovernanceScope } from './governance.access';
import type { ProgressStatus } from './governance.codes';
import { meetingAttendees, meetingResolutions, meetings } from './governance.table';
import { escapeLike, qualified as q } from './governance.sql';
import type { MeetingFilters, ResolutionFilters } from './meetings.schemas';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingSummaryRow = MeetingRow & { attendeeCount: number; resolutionCount: number; openResolutionCount: number; overdueResolutionCount: number };
export type AttendeeRow = typeof meetingAttendees.$inferSelect & { organisationName: string | null };
export type ResolutionRow = typeof meetingResolutions.$inferSelect & { meetingTitle: string; meetingHeldOn: string; ownerOrganisationName: string | null };

/** Meetings an organisation may read: those it attended, and those where it owns a resolution. */
function involvesOrganisation(organisationId: string): SQL {
  return sql`(exists (select 1 from ${meetingAttendees} where ${q(meetingAttendees.meetingId)} = ${q(meetings.id)} and ${q(meetingAttendees.organisationId)} = ${organisationId})
    or exists (select 1 from ${meetingResolutions} where ${q(meetingResolutions.meetingId)} = ${q(meetings.id)} and ${q(meetingResolutions.ownerOrganisationId)} = ${organisationId}))`;
}

function scopeConditions(scope: GovernanceScope): SQL[] {
  const conditions: SQL[] = [eq(meetings.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(involvesOrganisation(scope.organisationId));
  return conditions;
}

export function progressCondition(status: ProgressStatus, today: string, columns: { dueOn: typeof meetingResolutions.dueOn; doneOn: typeof meetingResolutions.doneOn }): SQL | undefined {
  switch (status) {
    case 'done':
      return isNotNull(columns.doneOn);
    case 'overdue':
      return and(isNull(columns.doneOn), lt(columns.dueOn, today));
    case 'open':
      return and(isNull(columns.doneOn), or(isNull(columns.dueOn), gte(columns.dueOn, today)));
  }
}

function summaryColumns(today: string) {
  const resolutionsOf = sql`from ${meetingResolutions} where ${q(meetingResolutions.meetingId)} = ${q(meetings.id)}`;
  const notDone = sql`${q(meetingResolutions.doneOn)} is null`;
  return {
    id: meetings.id,
    zoneId: meetings.zoneId,
    type: meetings.type,
    title: meetings.title,
    heldOn: meetings.heldOn,
    venue: meetings.venue,
    agenda: meetings.agenda,
    minutes: meetings.minutes,
    version: meetings.version,
    createdBy: meetings.createdBy,
    createdAt: meetings.createdAt,
    updatedAt: meetings.updatedAt,
    attendeeCount: sql<number>`(select count(*) from ${meetingAttendees} where ${q(meetingAttendees.meetingId)} = ${q(meetings.id)})::int`,
    resolutionCount: sql<number>`(select count(*) ${resolutionsOf})::int`,
    openResolutionCount: sql<number>`(select count(*) ${resolutionsOf} and ${notDone} and (${q(meetingResolutions.dueOn)} is null or ${q(meetingResolutions.dueOn)} >= ${today}))::int`,
    overdueResolutionCount: sql<number>`(select count(*) ${resolutionsOf} and ${notDone} and ${q(meetingResolutions.dueOn)} < ${today})::int`,
  };
}

export async function findMeetings(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: MeetingFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: MeetingSummaryRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.type) conditions.push(eq(meetings.type, filters.type));
  if (filters.from) conditions.push(gte(meetings.heldOn, filters.from));
  if (filters.to) conditions.push(lte(meetings.heldOn, filters.to));
  if (filters.organisationId) {
    conditions.push(sql`exists (select 1 from ${meetingAttendees} where ${q(meetingAttendees.meetingId)} = ${q(meetings.id)} and ${q(meetingAttendees.organisationId)} = ${filters.organisationId})`);
  }
  if (filters.q) conditions.push(or(ilike(meetings.title, escapeLike(filters.q)), ilike(meetings.venue, escapeLike(filters.q))));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select(summaryColumns(today)).from(meetings).where(where).orderBy(desc(meetings.heldOn), desc(meetings.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** A meeting if the scope may read it. */
export async function getMeeting(db: DbOrTx, scope: GovernanceScope, id: string, today: string): Promise<MeetingSummaryRow | undefined> {
  const [row] = await db
    .select(summaryColumns(today))
    .from(meetings)
    .where(and(eq(meetings.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function findAttendees(db: DbOrTx, meetingId: string): Promise<AttendeeRow[]> {
  return db
    .select({
      id: meetingAttendees.id,
      meetingId: meetingAttendees.meetingId,
      organisationId: meetingAttendees.organisationId,
      personName: meetingAttendees.personName,
      post: meetingAttendees.post,
      sortOrder: meetingAttendees.sortOrder,
      organisationName: organisations.name,
    })
    .from(meetingAttendees)
    .leftJoin(organisations, eq(organisations.id, meetingAttendees.organisationId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(asc(meetingAttendees.sortOrder));
}

export async function insertMeeting(db: DbOrTx, row: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [created] = await db.insert(meetings).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateMeetingIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<typeof meetings.$inferInsert>): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ ...patch, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row;
}

/** Replaces the attendee list in the order given. */
export async function replaceAttendees(
  db: DbOrTx,
  meetingId: string,
  attendees: readonly { organisationId: string | null; personName: string | null; post: string | null }[],
): Promise<void> {
  await db.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
  if (attendees.length) await db.insert(meetingAttendees).values(attendees.map((a, sortOrder) => ({ ...a, meetingId, sortOrder })));
}

const resolutionColumns = {
  id: meetingResolutions.id,
  meetingId: meetingResolutions.meetingId,
  zoneId: meetingResolutions.zoneId,
  content: meetingResolutions.content,
  ownerOrganisationId: meetingResolutions.ownerOrganisationId,
  ownerName: meetingResolutions.ownerName,
  dueOn: meetingResolutions.dueOn,
  doneOn: meetingResolutions.doneOn,
  progressNote: meetingResolutions.progressNote,
  version: meetingResolutions.version,
  createdAt: meetingResolutions.createdAt,
  updatedAt: meetingResolutions.updatedAt,
  meetingTitle: meetings.title,
  meetingHeldOn: meetings.heldOn,
  ownerOrganisationName: organisations.name,
};

function resolutionsQuery(db: DbOrTx) {
  return db
    .select(resolutionColumns)
    .from(meetingResolutions)
    .innerJoin(meetings, eq(meetings.id, meetingResolutions.meetingId))
    .leftJoin(organisations, eq(organisations.id, meetingResolutions.ownerOrganisationId));
}

export async function findResolutions(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: ResolutionFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: ResolutionRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.status) conditions.push(progressCondition(filters.status, today, meetingResolutions));
  if (filters.ownerOrganisationId) conditions.push(eq(meetingResolutions.ownerOrganisationId, filters.ownerOrganisationId));
  if (filters.meetingId) conditions.push(eq(meetingResolutions.meetingId, filters.meetingId));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    resolutionsQuery(db)
      // Nearest due date first; undated ones after them, done ones last.
      .where(where)
      .orderBy(sql`${meetingResolutions.doneOn} is not null`, sql`${meetingResolutions.dueOn} asc nulls last`, desc(meetings.heldOn), asc(meetingResolutions.createdAt))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(meetingResolutions).innerJoin(meetings, eq(meetings.id, meetingResolutions.meetingId)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findResolutionsOfMeetings(db: DbOrTx, meetingIds: string[]): Promise<ResolutionRow[]> {
  if (meetingIds.length === 0) return [];
  return resolutionsQuery(db).where(inArray(meetingResolutions.meetingId, meetingIds)).orderBy(asc(meetingResolutions.createdAt), asc(meetingResolutions.id));
}

export async function getResolution(db: DbOrTx, scope: GovernanceScope, id: string): Promise<ResolutionRow | undefined> {
  const [row] = await resolutionsQuery(db)
    .where(and(eq(meetingResolutions.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function insertResolution(db: DbOrTx, row: typeof meetingResolutions.$inferInsert): Promise<string> {
  const [created] = await db.insert(meetingResolutions).values(row).returning({ id: meetingResolutions.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function updateResolutionIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof meetingResolutions.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(meetingResolutions)
    .set({ ...patch, version: sql`${meetingResolutions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(meetingResolutions.id, id), eq(meetingResolutions.version, version)))
    .returning({ id: meetingResolutions.id });
  return rows.length > 0;
}
