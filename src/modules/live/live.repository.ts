import { and, asc, count, countDistinct, desc, eq, gt, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';
import { liveApplications, liveEvents, liveQuestions, liveRunSheetItems, liveSessions } from './live.table';

export type SessionRow = typeof liveSessions.$inferSelect;
export type SessionWithHost = SessionRow & { hostName: string | null };
export type QuestionRow = typeof liveQuestions.$inferSelect;
export type EventRow = { id: number; type: string; payload: Record<string, unknown>; createdAt: Date };
export type Phase = 'upcoming' | 'live' | 'past';

const sessionWithHost = { session: liveSessions, hostName: organisations.name };

function flatten(rows: { session: SessionRow; hostName: string | null }[]): SessionWithHost[] {
  return rows.map((r) => ({ ...r.session, hostName: r.hostName }));
}

export async function getSession(db: DbOrTx, id: string): Promise<SessionWithHost | undefined> {
  const rows = await db
    .select(sessionWithHost)
    .from(liveSessions)
    .leftJoin(organisations, eq(organisations.id, liveSessions.hostOrganisationId))
    .where(eq(liveSessions.id, id))
    .limit(1);
  return flatten(rows)[0];
}

/** Serialises the writes of one session (its status, on-air item and event order). */
export async function lockSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const rows = await db.select().from(liveSessions).where(eq(liveSessions.id, id)).for('update');
  return rows[0];
}

function phaseCondition(phase: Phase | undefined, now: Date): SQL | undefined {
  if (phase === 'live') return eq(liveSessions.status, 'live');
  if (phase === 'upcoming') return and(eq(liveSessions.status, 'scheduled'), gt(liveSessions.endsAt, now));
  if (phase === 'past') return or(eq(liveSessions.status, 'ended'), and(eq(liveSessions.status, 'scheduled'), lt(liveSessions.endsAt, now)));
  return undefined;
}

export async function findSessions(db: DbOrTx, filter: { zoneId?: string; phase?: Phase; publicOnly: boolean }, limit: number): Promise<SessionWithHost[]> {
  const now = new Date();
  const conditions = [
    filter.zoneId ? eq(liveSessions.zoneId, filter.zoneId) : undefined,
    filter.publicOnly ? ne(liveSessions.status, 'cancelled') : undefined,
    phaseCondition(filter.phase, now),
  ];
  const rows = await db
    .select(sessionWithHost)
    .from(liveSessions)
    .leftJoin(organisations, eq(organisations.id, liveSessions.hostOrganisationId))
    .where(and(...conditions))
    .orderBy(filter.phase === 'past' ? desc(liveSessions.startsAt) : asc(liveSessions.startsAt))
    .limit(limit);
  return flatten(rows);
}

export type ItemRow = {
  id: string;
  sessionId: string;
  sortOrder: number;
  notes: string | null;
  onAirAt: Date | null;
  offAirAt: Date | null;
  position: {
    id: string;
    title: string;
    organisationId: string;
    organisationName: string;
    headcount: number;
    salaryMin: number | null;
    salaryMax: number | null;
    educationLevel: string;
    regionCode: string;
    isDisabilityFriendly: boolean;
    status: string;
  };
};

export async function findItems(db: DbOrTx, sessionIds: string[]): Promise<ItemRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      id: liveRunSheetItems.id,
      sessionId: liveRunSheetItems.sessionId,
      sortOrder: liveRunSheetItems.sortOrder,
      notes: liveRunSheetItems.notes,
      onAirAt: liveRunSheetItems.onAirAt,
      offAirAt: liveRunSheetItems.offAirAt,
      position: {
        id: positions.id,
        title: positions.title,
        organisationId: positions.organisationId,
        organisationName: organisations.name,
        headcount: positions.headcount,
        salaryMin: positions.salaryMin,
        salaryMax: positions.salaryMax,
        educationLevel: positions.educationLevel,
        regionCode: positions.regionCode,
        isDisabilityFriendly: positions.isDisabilityFriendly,
        status: positions.status,
      },
    })
    .from(liveRunSheetItems)
    .innerJoin(positions, eq(positions.id, liveRunSheetItems.positionId))
    .innerJoin(organisations, eq(organisations.id, positions.organisationId))
    .where(inArray(liveRunSheetItems.sessionId, sessionIds))
    .orderBy(asc(liveRunSheetItems.sessionId), asc(liveRunSheetItems.sortOrder));
}

/** Applications made in each session, per position. */
export async function countApplicationsByPosition(db: DbOrTx, sessionIds: string[]): Promise<{ sessionId: string; positionId: string; applications: number; hires: number }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: liveApplications.sessionId,
      positionId: liveApplications.positionId,
      applications: count(),
      hires: sql<number>`count(${applications.hiredAt})::int`,
    })
    .from(liveApplications)
    .innerJoin(applications, eq(applications.id, liveApplications.applicationId))
    .where(inArray(liveApplications.sessionId, sessionIds))
    .groupBy(liveApplications.sessionId, liveApplications.positionId);
}

/** Questions viewers can see (not hidden), per session. */
export async function countVisibleQuestions(db: DbOrTx, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ sessionId: liveQuestions.sessionId, n: count() })
    .from(liveQuestions)
    .where(and(inArray(liveQuestions.sessionId, sessionIds), ne(liveQuestions.status, 'hidden')))
    .groupBy(liveQuestions.sessionId);
  return new Map(rows.map((r) => [r.sessionId, r.n]));
}

/** The stored figures of the live counters: applications and visible questions. */
export async function countActivity(db: DbOrTx, sessionId: string): Promise<{ applications: number; questions: number }> {
  const [row] = await db
    .select({
      applications: sql<number>`(select count(*)::int from ${liveApplications} where ${liveApplications.sessionId} = ${sessionId})`,
      questions: sql<number>`(select count(*)::int from ${liveQuestions} where ${liveQuestions.sessionId} = ${sessionId} and ${liveQuestions.status} <> 'hidden')`,
    })
    .from(sql`(select 1) as one`);
  return { applications: Number(row?.applications ?? 0), questions: Number(row?.questions ?? 0) };
}

export async function insertSession(db: DbOrTx, row: typeof liveSessions.$inferInsert): Promise<SessionRow> {
  const [created] = await db.insert(liveSessions).values(row).returning();
  if (!created) throw new Error('live session insert returned nothing');
  return created;
}

export async function updateSessionIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<typeof liveSessions.$inferInsert>): Promise<SessionRow | undefined> {
  const [row] = await db
    .update(liveSessions)
    .set({ ...patch, version: sql`${liveSessions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(liveSessions.id, id), eq(liveSessions.version, version)))
    .returning();
  return row;
}

export async function updateSession(db: DbOrTx, id: string, patch: Partial<typeof liveSessions.$inferInsert>): Promise<SessionRow | undefined> {
  const [row] = await db
    .update(liveSessions)
    .set({ ...patch, version: sql`${liveSessions.version} + 1`, updatedAt: new Date() })
    .where(eq(liveSessions.id, id))
    .returning();
  return row;
}

export async function raisePeakViewers(db: DbOrTx, id: string, viewers: number): Promise<void> {
  await db
    .update(liveSessions)
    .set({ peakViewers: sql`greatest(${liveSessions.peakViewers}, ${viewers})` })
    .where(and(eq(liveSessions.id, id), lt(liveSessions.peakViewers, viewers)));
}

export async function replaceItems(db: DbOrTx, sessionId: string, items: { positionId: string; notes: string | null }[]): Promise<void> {
  await db.delete(liveRunSheetItems).where(eq(liveRunSheetItems.sessionId, sessionId));
  await db.insert(liveRunSheetItems).values(items.map((item, index) => ({ sessionId, positionId: item.positionId, notes: item.notes, sortOrder: index + 1 })));
}

export async function markItemOnAir(db: DbOrTx, itemId: string, at: Date): Promise<void> {
  await db
    .update(liveRunSheetItems)
    .set({ onAirAt: sql`coalesce(${liveRunSheetItems.onAirAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(liveRunSheetItems.id, itemId));
}

export async function markItemOffAir(db: DbOrTx, itemId: string, at: Date): Promise<void> {
  await db.update(liveRunSheetItems).set({ offAirAt: at }).where(eq(liveRunSheetItems.id, itemId));
}

export async function insertEvent(db: DbOrTx, sessionId: string, type: string, payload: Record<string, unknown>): Promise<EventRow> {
  const [row] = await db
    .insert(liveEvents)
    .values({ sessionId, type, payload })
    .returning({ id: liveEvents.id, type: liveEvents.type, payload: liveEvents.payload, createdAt: liveEvents.createdAt });
  if (!row) throw new Error('live event insert returned nothing');
  return row;
}

export async function findEventsAfter(db: DbOrTx, sessionId: string, afterId: number, limit: number): Promise<EventRow[]> {
  return db
    .select({ id: liveEvents.id, type: liveEvents.type, payload: liveEvents.payload, createdAt: liveEvents.createdAt })
    .from(liveEvents)
    .where(and(eq(liveEvents.sessionId, sessionId), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
}

export async function findEventsOfTypes(db: DbOrTx, sessionId: string, types: string[]): Promise<EventRow[]> {
  return db
    .select({ id: liveEvents.id, type: liveEvents.type, payload: liveEvents.payload, createdAt: liveEvents.createdAt })
    .from(liveEvents)
    .where(and(eq(liveEvents.sessionId, sessionId), inArray(liveEvents.type, types)))
    .orderBy(asc(liveEvents.id));
}

export type PositionCandidate = { id: string; zoneId: string; organisationId: string; status: string; closingOn: string | null };

export async function findPositionsByIds(db: DbOrTx, ids: string[]): Promise<Map<string, PositionCandidate>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: positions.id, zoneId: positions.zoneId, organisationId: positions.organisationId, status: positions.status, closingOn: positions.closingOn })
    .from(positions)
    .where(inArray(positions.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function getOrganisation(db: DbOrTx, id: string): Promise<{ id: string; zoneId: string; type: string; isActive: boolean; name: string } | undefined> {
  const rows = await db
    .select({ id: organisations.id, zoneId: organisations.zoneId, type: organisations.type, isActive: organisations.isActive, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return rows[0];
}

/** The seeker of an account and the application already made under `idempotencyKey`, in one round trip. */
export async function findSeekerAndKeyedApplication(
  db: DbOrTx,
  accountId: string,
  idempotencyKey: string,
): Promise<{ seeker: typeof seekers.$inferSelect | undefined; byKey: { id: string; positionId: string; status: string } | undefined }> {
  const rows = await db
    .select({ seeker: seekers, byKey: { id: applications.id, positionId: applications.positionId, status: applications.status } })
    .from(seekers)
    .leftJoin(applications, eq(applications.idempotencyKey, idempotencyKey))
    .where(eq(seekers.accountId, accountId))
    .limit(1);
  return { seeker: rows[0]?.seeker, byKey: rows[0]?.byKey ?? undefined };
}

export type ApplyContext = {
  status: string;
  onAirItemId: string | null;
  itemId: string | null;
  position: { organisationId: string; status: string; closingOn: string | null } | null;
};

/** What an application needs to know, in one round trip: the session, the run-sheet item and the position. */
export async function getApplyContext(db: DbOrTx, sessionId: string, positionId: string): Promise<ApplyContext | undefined> {
  const rows = await db
    .select({
      status: liveSessions.status,
      onAirItemId: liveSessions.onAirItemId,
      itemId: liveRunSheetItems.id,
      organisationId: positions.organisationId,
      positionStatus: positions.status,
      closingOn: positions.closingOn,
    })
    .from(liveSessions)
    .leftJoin(liveRunSheetItems, and(eq(liveRunSheetItems.sessionId, liveSessions.id), eq(liveRunSheetItems.positionId, positionId)))
    .leftJoin(positions, eq(positions.id, liveRunSheetItems.positionId))
    .where(eq(liveSessions.id, sessionId))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  return {
    status: row.status,
    onAirItemId: row.onAirItemId,
    itemId: row.itemId,
    position: row.organisationId && row.positionStatus ? { organisationId: row.organisationId, status: row.positionStatus, closingOn: row.closingOn } : null,
  };
}

/** Inserts the applications that conflict with none already made (same key, or same seeker and position); returns those inserted. */
export async function insertApplications(db: DbOrTx, rows: (typeof applications.$inferInsert)[]): Promise<(typeof applications.$inferSelect)[]> {
  return db.insert(applications).values(rows).onConflictDoNothing().returning();
}

export async function insertLiveApplications(db: DbOrTx, rows: (typeof liveApplications.$inferInsert)[]): Promise<void> {
  await db.insert(liveApplications).values(rows).onConflictDoNothing();
}

export async function findSessionApplications(db: DbOrTx, sessionId: string, limit: number) {
  return db
    .select({
      applicationId: liveApplications.applicationId,
      seekerName: seekers.name,
      educationLevel: seekers.educationLevel,
      school: seekers.school,
      major: seekers.major,
      positionId: positions.id,
      positionTitle: positions.title,
      status: applications.status,
      createdAt: liveApplications.createdAt,
    })
    .from(liveApplications)
    .innerJoin(applications, eq(applications.id, liveApplications.applicationId))
    .innerJoin(seekers, eq(seekers.id, liveApplications.seekerId))
    .innerJoin(positions, eq(positions.id, liveApplications.positionId))
    .where(eq(liveApplications.sessionId, sessionId))
    .orderBy(desc(liveApplications.createdAt))
    .limit(limit);
}

export async function countApplicants(db: DbOrTx, sessionId: string): Promise<number> {
  const [row] = await db.select({ n: countDistinct(liveApplications.seekerId) }).from(liveApplications).where(eq(liveApplications.sessionId, sessionId));
  return row?.n ?? 0;
}

export async function insertQuestion(db: DbOrTx, row: typeof liveQuestions.$inferInsert): Promise<QuestionRow | undefined> {
  const [created] = await db.insert(liveQuestions).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findQuestionByKey(db: DbOrTx, key: string): Promise<QuestionRow | undefined> {
  const rows = await db.select().from(liveQuestions).where(eq(liveQuestions.idempotencyKey, key)).limit(1);
  return rows[0];
}

export type QuestionWithPosition = QuestionRow & { positionTitle: string | null };

export async function findQuestions(db: DbOrTx, sessionId: string, status: string | undefined, limit: number): Promise<QuestionWithPosition[]> {
  const rows = await db
    .select({ question: liveQuestions, positionTitle: positions.title })
    .from(liveQuestions)
    .leftJoin(positions, eq(positions.id, liveQuestions.positionId))
    .where(and(eq(liveQuestions.sessionId, sessionId), status ? eq(liveQuestions.status, status) : undefined))
    .orderBy(desc(liveQuestions.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.question, positionTitle: r.positionTitle }));
}

/** The latest questions viewers can see (not hidden), newest first. */
export async function findVisibleQuestions(db: DbOrTx, sessionId: string, limit: number): Promise<QuestionWithPosition[]> {
  const rows = await db
    .select({ question: liveQuestions, positionTitle: positions.title })
    .from(liveQuestions)
    .leftJoin(positions, eq(positions.id, liveQuestions.positionId))
    .where(and(eq(liveQuestions.sessionId, sessionId), ne(liveQuestions.status, 'hidden')))
    .orderBy(desc(liveQuestions.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.question, positionTitle: r.positionTitle }));
}

export async function getQuestion(db: DbOrTx, id: string): Promise<QuestionWithPosition | undefined> {
  const rows = await db
    .select({ question: liveQuestions, positionTitle: positions.title })
    .from(liveQuestions)
    .leftJoin(positions, eq(positions.id, liveQuestions.positionId))
    .where(eq(liveQuestions.id, id))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.question, positionTitle: row.positionTitle } : undefined;
}

export async function updateQuestion(db: DbOrTx, id: string, patch: Partial<typeof liveQuestions.$inferInsert>): Promise<QuestionRow | undefined> {
  const [row] = await db.update(liveQuestions).set(patch).where(eq(liveQuestions.id, id)).returning();
  return row;
}
