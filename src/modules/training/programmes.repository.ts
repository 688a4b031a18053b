import { aliasedTable, and, asc, count, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';
import { trainingAttendance, trainingBases, trainingEnrolments, trainingProgrammes, trainingSessions } from './training.table';

export type ProgrammeRow = typeof trainingProgrammes.$inferSelect;
export type NewProgrammeRow = typeof trainingProgrammes.$inferInsert;
export type ProgrammeWithFacts = ProgrammeRow & { organiserName: string; baseName: string | null; enrolled: number; completed: number; sessions: number };
export type SessionRow = typeof trainingSessions.$inferSelect;
export type EnrolmentRow = typeof trainingEnrolments.$inferSelect;
export type EnrolmentWithName = EnrolmentRow & { name: string; attendedSessions: number };

const organiser = aliasedTable(organisations, 'organiser');

const enrolledCount = sql<number>`(select count(*) from ${trainingEnrolments} e where e.programme_id = ${trainingProgrammes.id} and e.status <> 'withdrawn')::int`;
const completedCount = sql<number>`(select count(*) from ${trainingEnrolments} e where e.programme_id = ${trainingProgrammes.id} and e.status = 'completed')::int`;
const sessionCount = sql<number>`(select count(*) from ${trainingSessions} s where s.programme_id = ${trainingProgrammes.id})::int`;

const withFacts = {
  programme: trainingProgrammes,
  organiserName: organiser.name,
  baseName: trainingBases.name,
  enrolled: enrolledCount,
  completed: completedCount,
  sessions: sessionCount,
};

type FactsRow = { programme: ProgrammeRow; organiserName: string; baseName: string | null; enrolled: number; completed: number; sessions: number };

function flatten({ programme, ...facts }: FactsRow): ProgrammeWithFacts {
  return { ...programme, ...facts, enrolled: Number(facts.enrolled), completed: Number(facts.completed), sessions: Number(facts.sessions) };
}

function selectWithFacts(db: DbOrTx) {
  return db
    .select(withFacts)
    .from(trainingProgrammes)
    .innerJoin(organiser, eq(organiser.id, trainingProgrammes.organiserId))
    .leftJoin(trainingBases, eq(trainingBases.id, trainingProgrammes.baseId));
}

export async function findProgrammes(
  db: DbOrTx,
  zoneId: string,
  filters: { kind?: string | undefined; year?: number | undefined; q?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: ProgrammeWithFacts[]; total: number }> {
  const conditions: (SQL | undefined)[] = [eq(trainingProgrammes.zoneId, zoneId)];
  if (filters.kind) conditions.push(eq(trainingProgrammes.kind, filters.kind));
  if (filters.year) {
    // A programme belongs to every year it runs in.
    conditions.push(lte(trainingProgrammes.startsOn, `${filters.year}-12-31`), gte(trainingProgrammes.endsOn, `${filters.year}-01-01`));
  }
  if (filters.q) conditions.push(ilike(trainingProgrammes.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    selectWithFacts(db).where(where).orderBy(desc(trainingProgrammes.startsOn), desc(trainingProgrammes.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(trainingProgrammes).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

export async function getProgrammeById(db: DbOrTx, id: string): Promise<ProgrammeWithFacts | undefined> {
  const [row] = await selectWithFacts(db).where(eq(trainingProgrammes.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** Locks the programme row: enrolments against its capacity are decided one transaction at a time. */
export async function lockProgramme(tx: DbOrTx, id: string): Promise<ProgrammeRow | undefined> {
  const [row] = await tx.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id)).for('update');
  return row;
}

export async function insertProgramme(db: DbOrTx, row: NewProgrammeRow): Promise<ProgrammeRow> {
  const [created] = await db.insert(trainingProgrammes).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateProgrammeIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewProgrammeRow>): Promise<ProgrammeRow | undefined> {
  const [row] = await db
    .update(trainingProgrammes)
    .set({ ...patch, version: sql`${trainingProgrammes.version} + 1`, updatedAt: new Date() })
    .where(and(eq(trainingProgrammes.id, id), eq(trainingProgrammes.version, version)))
    .returning();
  return row;
}

/** The first and last session dates of a programme, or null without sessions. */
export async function findSessionSpan(db: DbOrTx, programmeId: string): Promise<{ first: string; last: string } | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${trainingSessions.heldOn})`, last: sql<string | null>`max(${trainingSessions.heldOn})` })
    .from(trainingSessions)
    .where(eq(trainingSessions.programmeId, programmeId));
  return row?.first && row.last ? { first: String(row.first), last: String(row.last) } : null;
}

export async function insertSession(db: DbOrTx, row: typeof trainingSessions.$inferInsert): Promise<SessionRow> {
  const [created] = await db.insert(trainingSessions).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function getSessionById(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).limit(1);
  return row;
}

/** A programme's sessions in date order, each with the enrolments recorded present. */
export async function findSessions(db: DbOrTx, programmeId: string): Promise<(SessionRow & { recorded: number; presentIds: string[] })[]> {
  const sessions = await db
    .select()
    .from(trainingSessions)
    .where(eq(trainingSessions.programmeId, programmeId))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.startsAt));
  if (sessions.length === 0) return [];
  const marks = await db
    .select()
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.sessionId, sessions.map((s) => s.id)));
  return sessions.map((s) => {
    const own = marks.filter((m) => m.sessionId === s.id);
    return { ...s, recorded: own.length, presentIds: own.filter((m) => m.isPresent).map((m) => m.enrolmentId) };
  });
}

export async function replaceAttendance(db: DbOrTx, sessionId: string, marks: { enrolmentId: string; isPresent: boolean }[]): Promise<void> {
  await db.delete(trainingAttendance).where(eq(trainingAttendance.sessionId, sessionId));
  if (marks.length) await db.insert(trainingAttendance).values(marks.map((m) => ({ sessionId, ...m })));
}

const traineeName = sql<string>`coalesce(${seekers.name}, ${trainingEnrolments.traineeName})`;
const attended = sql<number>`(select count(*) from ${trainingAttendance} a where a.enrolment_id = ${trainingEnrolments.id} and a.is_present)::int`;

function selectEnrolments(db: DbOrTx) {
  return db
    .select({ enrolment: trainingEnrolments, name: traineeName, attendedSessions: attended })
    .from(trainingEnrolments)
    .leftJoin(seekers, eq(seekers.id, trainingEnrolments.seekerId));
}

function flattenEnrolment(row: { enrolment: EnrolmentRow; name: string; attendedSessions: number }): EnrolmentWithName {
  return { ...row.enrolment, name: row.name, attendedSessions: Number(row.attendedSessions) };
}

export async function findEnrolments(db: DbOrTx, programmeId: string): Promise<EnrolmentWithName[]> {
  const rows = await selectEnrolments(db)
    .where(eq(trainingEnrolments.programmeId, programmeId))
    .orderBy(asc(trainingEnrolments.createdAt), asc(trainingEnrolments.id));
  return rows.map(flattenEnrolment);
}

export async function getEnrolmentById(db: DbOrTx, id: string): Promise<EnrolmentWithName | undefined> {
  const [row] = await selectEnrolments(db).where(eq(trainingEnrolments.id, id)).limit(1);
  return row ? flattenEnrolment(row) : undefined;
}

export async function getEnrolmentByCertificateNo(db: DbOrTx, certificateNo: string): Promise<EnrolmentWithName | undefined> {
  const [row] = await selectEnrolments(db)
    .where(and(eq(trainingEnrolments.certificateNo, certificateNo), eq(trainingEnrolments.status, 'completed')))
    .limit(1);
  return row ? flattenEnrolment(row) : undefined;
}

/** Inserts unless the seeker is already on the programme: then returns nothing. */
export async function insertEnrolment(db: DbOrTx, row: typeof trainingEnrolments.$inferInsert): Promise<EnrolmentRow | undefined> {
  const [created] = await db.insert(trainingEnrolments).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateEnrolmentIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof trainingEnrolments.$inferInsert>,
): Promise<EnrolmentRow | undefined> {
  const [row] = await db
    .update(trainingEnrolments)
    .set({ ...patch, version: sql`${trainingEnrolments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(trainingEnrolments.id, id), eq(trainingEnrolments.version, version)))
    .returning();
  return row;
}

/** Enrolments of a programme that hold a place (not withdrawn). */
export async function findActiveEnrolmentIds(db: DbOrTx, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.programmeId, programmeId), or(eq(trainingEnrolments.status, 'enrolled'), eq(trainingEnrolments.status, 'completed'))));
  return rows.map((r) => r.id);
}

/** Programmes running in a date range, their enrolments and completions. */
export async function countProgrammeFigures(
  db: DbOrTx,
  zoneId: string,
  range: { from: string; to: string },
): Promise<{ programmes: number; enrolments: number; completions: number }> {
  const where = and(eq(trainingProgrammes.zoneId, zoneId), lte(trainingProgrammes.startsOn, range.to), gte(trainingProgrammes.endsOn, range.from));
  const [programmes] = await db.select({ n: count() }).from(trainingProgrammes).where(where);
  const [figures] = await db
    .select({
      enrolments: sql<number>`count(*) filter (where ${trainingEnrolments.status} <> 'withdrawn')::int`,
      completions: sql<number>`count(*) filter (where ${trainingEnrolments.status} = 'completed')::int`,
    })
    .from(trainingEnrolments)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingEnrolments.programmeId))
    .where(where);
  return { programmes: programmes?.n ?? 0, enrolments: Number(figures?.enrolments ?? 0), completions: Number(figures?.completions ?? 0) };
}
