// Figures of fairs, by the attribution rules of the fairs contract: intent people are distinct
// seekers, résumés distinct (seeker, enterprise) pairs, and a hire belongs to the latest fair at
// which the seeker had an intent with the hiring enterprise before being hired.
import { type SQL, and, asc, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { applications, positions } from '../positions/positions.table';
import { organisations } from '../organisations/organisations.table';
import { fairIntents, fairRegistrations, fairs } from './fairs.table';

/** Fully qualified, as a select list of one table leaves drizzle's column names bare. */
const APPLICATION_COLUMN = {
  seekerId: '"applications"."seeker_id"',
  organisationId: '"applications"."organisation_id"',
  hiredAt: '"applications"."hired_at"',
} as const;

export type AttributedHire = { applicationId: string; fairId: string; organisationId: string; positionId: string; seekerId: string };

/**
 * Hired applications attributed to one of these fairs, in one query: for each hire the latest
 * fair (by its start) with an intent of the seeker at the hiring enterprise made before the hire.
 * An application whose status moved away from 'hired' no longer counts.
 */
export async function findAttributedHires(db: DbOrTx, fairIds: readonly string[], organisationId?: string): Promise<AttributedHire[]> {
  if (fairIds.length === 0) return [];
  // Raw aliases: the same tables appear again inside the correlated subqueries.
  const attributedFair = sql<string>`(select ei.fair_id from ${fairIntents} as ei inner join ${fairs} as ef on ef.id = ei.fair_id
    where ei.seeker_id = ${sql.raw(APPLICATION_COLUMN.seekerId)} and ei.organisation_id = ${sql.raw(APPLICATION_COLUMN.organisationId)}
      and ei.created_at < ${sql.raw(APPLICATION_COLUMN.hiredAt)}
    order by ef.starts_at desc, ei.created_at desc limit 1)`;
  const ids = sql.join(
    fairIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const conditions: SQL[] = [
    eq(applications.status, 'hired'),
    isNotNull(applications.hiredAt),
    sql`exists (select 1 from ${fairIntents} as ci where ci.fair_id in (${ids})
      and ci.seeker_id = ${sql.raw(APPLICATION_COLUMN.seekerId)} and ci.organisation_id = ${sql.raw(APPLICATION_COLUMN.organisationId)}
      and ci.created_at < ${sql.raw(APPLICATION_COLUMN.hiredAt)})`,
  ];
  if (organisationId) conditions.push(eq(applications.organisationId, organisationId));
  const rows = await db
    .select({
      applicationId: applications.id,
      organisationId: applications.organisationId,
      positionId: applications.positionId,
      seekerId: applications.seekerId,
      fairId: attributedFair,
    })
    .from(applications)
    .where(and(...conditions));
  const wanted = new Set(fairIds);
  return rows.filter((r) => wanted.has(r.fairId));
}

export type RegistrationFigures = { registered: number; checkedIn: number; walkIns: number };

export async function countRegistrations(db: DbOrTx, fairId: string): Promise<RegistrationFigures> {
  const [row] = await db
    .select({
      registered: count(),
      checkedIn: sql<number>`count(${fairRegistrations.checkedInAt})::int`,
      walkIns: sql<number>`count(*) filter (where ${fairRegistrations.source} = 'walk_in')::int`,
    })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, 'registered')));
  return { registered: row?.registered ?? 0, checkedIn: Number(row?.checkedIn ?? 0), walkIns: Number(row?.walkIns ?? 0) };
}

export async function countCheckinsByHour(db: DbOrTx, fairId: string): Promise<{ hour: string; count: number }[]> {
  const hour = sql<string>`to_char(date_trunc('hour', ${fairRegistrations.checkedInAt} at time zone 'UTC'), 'YYYY-MM-DD"T"HH24":00:00.000Z"')`;
  const rows = await db
    .select({ hour, count: count() })
    .from(fairRegistrations)
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, 'registered'), isNotNull(fairRegistrations.checkedInAt)))
    .groupBy(hour)
    .orderBy(asc(hour));
  return rows;
}

const people = sql<number>`count(distinct ${fairIntents.seekerId})::int`;
const strong = sql<number>`count(*) filter (where ${fairIntents.level} = 'strong')::int`;
/** Résumés as distinct (seeker, enterprise) pairs: one person's résumé at one enterprise counts once. */
const resumePairs = sql<number>`count(distinct ${fairIntents.seekerId}::text || ':' || ${fairIntents.organisationId}::text) filter (where ${fairIntents.resumeCollectedAt} is not null)::int`;

function intentScope(fairId: string, organisationId: string | undefined): SQL | undefined {
  return and(eq(fairIntents.fairId, fairId), organisationId ? eq(fairIntents.organisationId, organisationId) : undefined);
}

export async function countIntentTotals(db: DbOrTx, fairId: string, organisationId?: string) {
  const [row] = await db
    .select({ intents: count(), intentPeople: people, strongIntents: strong, resumesCollected: resumePairs })
    .from(fairIntents)
    .where(intentScope(fairId, organisationId));
  return {
    intents: row?.intents ?? 0,
    intentPeople: Number(row?.intentPeople ?? 0),
    strongIntents: Number(row?.strongIntents ?? 0),
    resumesCollected: Number(row?.resumesCollected ?? 0),
  };
}

export async function countIntentsByEnterprise(db: DbOrTx, fairId: string, organisationId?: string) {
  return db
    .select({ organisationId: fairIntents.organisationId, intents: count(), intentPeople: people, resumes: resumePairs })
    .from(fairIntents)
    .where(intentScope(fairId, organisationId))
    .groupBy(fairIntents.organisationId);
}

export async function countIntentsByPosition(db: DbOrTx, fairId: string, organisationId?: string) {
  return db
    .select({
      positionId: fairIntents.positionId,
      positionTitle: positions.title,
      organisationId: fairIntents.organisationId,
      organisationName: organisations.name,
      intents: count(),
      strong,
      resumes: resumePairs,
    })
    .from(fairIntents)
    .innerJoin(positions, eq(positions.id, fairIntents.positionId))
    .innerJoin(organisations, eq(organisations.id, fairIntents.organisationId))
    .where(intentScope(fairId, organisationId))
    .groupBy(fairIntents.positionId, positions.title, fairIntents.organisationId, organisations.name)
    .orderBy(asc(organisations.name), asc(positions.title));
}

/** Published fairs of a zone starting within [from, to). */
export async function findFairsStartingBetween(db: DbOrTx, zoneId: string, from: Date, to: Date) {
  return db
    .select({ id: fairs.id, title: fairs.title, kind: fairs.kind, startsAt: fairs.startsAt })
    .from(fairs)
    .where(and(eq(fairs.zoneId, zoneId), eq(fairs.status, 'published'), gte(fairs.startsAt, from), lt(fairs.startsAt, to)))
    .orderBy(asc(fairs.startsAt), asc(fairs.id));
}

/** Intent people and résumés per fair, and the same counted once across all the fairs. */
export async function countIntentsOfFairs(db: DbOrTx, fairIds: readonly string[]) {
  if (fairIds.length === 0) return { perFair: [], intentPeople: 0, resumeSeekers: 0 };
  const scope = inArray(fairIntents.fairId, [...fairIds]);
  const [perFair, [totals]] = await Promise.all([
    db.select({ fairId: fairIntents.fairId, intentPeople: people, resumes: resumePairs }).from(fairIntents).where(scope).groupBy(fairIntents.fairId),
    db
      .select({
        intentPeople: people,
        resumeSeekers: sql<number>`count(distinct ${fairIntents.seekerId}) filter (where ${fairIntents.resumeCollectedAt} is not null)::int`,
      })
      .from(fairIntents)
      .where(scope),
  ]);
  return {
    perFair: perFair.map((r) => ({ fairId: r.fairId, intentPeople: Number(r.intentPeople), resumes: Number(r.resumes) })),
    intentPeople: Number(totals?.intentPeople ?? 0),
    resumeSeekers: Number(totals?.resumeSeekers ?? 0),
  };
}
