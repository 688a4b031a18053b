// SQL of booth intents (初步就业意向): the intents with the names they are shown with, and the
// follow-up list. Booths and tickets are read through FAIRS-CORE's repositories.
import { type SQL, and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { consents, seekers } from '../talent/talent.table';
import { fairBooths, fairIntents, fairs } from './fairs.table';

export type IntentRow = typeof fairIntents.$inferSelect;
export type NewIntentRow = typeof fairIntents.$inferInsert;

export async function findIntentByKey(db: DbOrTx, idempotencyKey: string): Promise<IntentRow | undefined> {
  const rows = await db.select().from(fairIntents).where(eq(fairIntents.idempotencyKey, idempotencyKey));
  return rows[0];
}

export async function findIntentOfSeeker(db: DbOrTx, fairId: string, positionId: string, seekerId: string): Promise<IntentRow | undefined> {
  const rows = await db
    .select()
    .from(fairIntents)
    .where(and(eq(fairIntents.fairId, fairId), eq(fairIntents.positionId, positionId), eq(fairIntents.seekerId, seekerId)));
  return rows[0];
}

/** Inserts an intent; undefined when its key or its (fair, position, seeker) already exists. */
export async function insertIntent(db: DbOrTx, row: NewIntentRow): Promise<IntentRow | undefined> {
  const rows = await db.insert(fairIntents).values(row).onConflictDoNothing().returning();
  return rows[0];
}

export async function updateIntent(db: DbOrTx, id: string, patch: Partial<NewIntentRow>): Promise<IntentRow | undefined> {
  const rows = await db
    .update(fairIntents)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(fairIntents.id, id))
    .returning();
  return rows[0];
}

/**
 * True when the intent's enterprise may see the seeker's résumé: the same rule as the talent
 * module's `isSeekerVisibleToOrganisation`, as a column so lists need no query per row.
 */
const consentGiven = sql<boolean>`(${seekers.erasedAt} is null and (
  exists (select 1 from ${consents} where ${consents.seekerId} = ${fairIntents.seekerId} and ${consents.withdrawnAt} is null and (
    (${consents.purpose} = 'job_matching' and ${organisations.type} = 'enterprise')
    or (${consents.purpose} = 'share_with_organisation' and ${consents.organisationId} = ${fairIntents.organisationId})))
  or exists (select 1 from ${applications} where ${applications.seekerId} = ${fairIntents.seekerId} and ${applications.organisationId} = ${fairIntents.organisationId})))`;

/** An intent that led to a hire: the seeker was hired at the intent's enterprise after it (as the attribution rule counts). */
const isHired = sql`exists (select 1 from ${applications} where ${applications.seekerId} = ${fairIntents.seekerId}
  and ${applications.organisationId} = ${fairIntents.organisationId} and ${applications.status} = 'hired' and ${applications.hiredAt} > ${fairIntents.createdAt})`;

const intentColumns = {
  intent: fairIntents,
  boothNumber: fairBooths.boothNumber,
  organisationName: organisations.name,
  positionTitle: positions.title,
  seekerName: seekers.name,
  seekerEducationLevel: seekers.educationLevel,
  seekerSchool: seekers.school,
  seekerMajor: seekers.major,
  seekerPhoneEnc: seekers.phoneEnc,
  consentGiven,
  fairTitle: fairs.title,
  fairStartsAt: fairs.startsAt,
};

export type IntentWithNames = {
  intent: IntentRow;
  boothNumber: string | null;
  organisationName: string;
  positionTitle: string;
  seekerName: string;
  seekerEducationLevel: string | null;
  seekerSchool: string | null;
  seekerMajor: string | null;
  seekerPhoneEnc: string | null;
  consentGiven: boolean;
  fairTitle: string;
  fairStartsAt: Date;
};

function selectIntents(db: DbOrTx) {
  return db
    .select(intentColumns)
    .from(fairIntents)
    .innerJoin(fairs, eq(fairs.id, fairIntents.fairId))
    .innerJoin(fairBooths, eq(fairBooths.id, fairIntents.boothId))
    .innerJoin(organisations, eq(organisations.id, fairIntents.organisationId))
    .innerJoin(positions, eq(positions.id, fairIntents.positionId))
    .innerJoin(seekers, eq(seekers.id, fairIntents.seekerId));
}

export async function getIntentWithNames(db: DbOrTx, id: string): Promise<IntentWithNames | undefined> {
  const rows = await selectIntents(db).where(eq(fairIntents.id, id));
  return rows[0];
}

export type IntentQuery = { fairId: string; organisationId?: string | undefined; positionId?: string | undefined; level?: string | undefined };

function intentConditions(query: IntentQuery): SQL[] {
  const conditions: SQL[] = [eq(fairIntents.fairId, query.fairId)];
  if (query.organisationId) conditions.push(eq(fairIntents.organisationId, query.organisationId));
  if (query.positionId) conditions.push(eq(fairIntents.positionId, query.positionId));
  if (query.level) conditions.push(eq(fairIntents.level, query.level));
  return conditions;
}

export async function countIntents(db: DbOrTx, query: IntentQuery): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fairIntents)
    .where(and(...intentConditions(query)));
  return row?.n ?? 0;
}

export async function findIntents(
  db: DbOrTx,
  query: IntentQuery,
  page: { offset: number; limit: number },
): Promise<{ rows: IntentWithNames[]; total: number }> {
  const where = and(...intentConditions(query));
  const [rows, total] = await Promise.all([
    selectIntents(db)
      .where(where)
      .orderBy(asc(fairBooths.boothNumber), desc(fairIntents.createdAt), asc(fairIntents.id))
      .offset(page.offset)
      .limit(page.limit),
    countIntents(db, query),
  ]);
  return { rows, total };
}

export async function findIntentsOfSeeker(db: DbOrTx, seekerId: string): Promise<IntentWithNames[]> {
  return selectIntents(db).where(eq(fairIntents.seekerId, seekerId)).orderBy(desc(fairs.startsAt), desc(fairIntents.createdAt));
}

/** Intents of a fair with no hire yet, strong ones first, for the operator to follow up. */
export async function findFollowUpIntents(
  db: DbOrTx,
  fairId: string,
  followUpStatus: string | undefined,
  page: { offset: number; limit: number },
): Promise<{ rows: IntentWithNames[]; total: number }> {
  const conditions: SQL[] = [eq(fairIntents.fairId, fairId), sql`not ${isHired}`];
  if (followUpStatus === 'none') conditions.push(isNull(fairIntents.followUpStatus));
  else if (followUpStatus) conditions.push(eq(fairIntents.followUpStatus, followUpStatus));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    selectIntents(db)
      .where(where)
      .orderBy(sql`case when ${fairIntents.level} = 'strong' then 0 else 1 end`, asc(fairIntents.createdAt), asc(fairIntents.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(fairIntents).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
