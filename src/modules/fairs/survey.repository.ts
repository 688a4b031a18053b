// SQL of the fairs' satisfaction survey: who it goes to, the answers, and their summary.
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { seekers } from '../talent/talent.table';
import { fairRegistrations, fairSurveyResponses, fairs } from './fairs.table';

export type SurveyResponseRow = typeof fairSurveyResponses.$inferSelect;

/** Marks the survey sent, once: undefined when it already was. */
export async function markSurveySent(db: DbOrTx, fairId: string, at: Date): Promise<Date | undefined> {
  const [row] = await db
    .update(fairs)
    .set({ surveySentAt: at, updatedAt: at })
    .where(and(eq(fairs.id, fairId), isNull(fairs.surveySentAt)))
    .returning({ surveySentAt: fairs.surveySentAt });
  return row?.surveySentAt ?? undefined;
}

/** Seekers who came (a checked-in ticket), erased profiles left out. */
export async function findCheckedInSeekers(db: DbOrTx, fairId: string): Promise<{ seekerId: string; accountId: string | null; zoneId: string | null }[]> {
  return db
    .select({ seekerId: seekers.id, accountId: seekers.accountId, zoneId: seekers.zoneId })
    .from(fairRegistrations)
    .innerJoin(seekers, eq(seekers.id, fairRegistrations.seekerId))
    .where(and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.status, 'registered'), isNotNull(fairRegistrations.checkedInAt), isNull(seekers.erasedAt)))
    .orderBy(asc(seekers.id));
}

export async function findResponse(db: DbOrTx, fairId: string, accountId: string): Promise<SurveyResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(fairSurveyResponses)
    .where(and(eq(fairSurveyResponses.fairId, fairId), eq(fairSurveyResponses.accountId, accountId)));
  return row;
}

/** One answer per account: undefined when this account already answered. */
export async function insertResponse(db: DbOrTx, row: typeof fairSurveyResponses.$inferInsert): Promise<SurveyResponseRow | undefined> {
  const [created] = await db.insert(fairSurveyResponses).values(row).onConflictDoNothing().returning();
  return created;
}

export async function summariseResponses(db: DbOrTx, fairId: string) {
  return db
    .select({
      kind: fairSurveyResponses.respondentKind,
      overall: fairSurveyResponses.overall,
      responses: sql<number>`count(*)::int`,
      matchSum: sql<number>`sum(${fairSurveyResponses.matchQuality})::int`,
      wouldReturn: sql<number>`count(*) filter (where ${fairSurveyResponses.wouldReturn})::int`,
    })
    .from(fairSurveyResponses)
    .where(eq(fairSurveyResponses.fairId, fairId))
    .groupBy(fairSurveyResponses.respondentKind, fairSurveyResponses.overall);
}

export async function findComments(db: DbOrTx, fairId: string) {
  return db
    .select({ kind: fairSurveyResponses.respondentKind, comment: fairSurveyResponses.comment, createdAt: fairSurveyResponses.createdAt })
    .from(fairSurveyResponses)
    .where(and(eq(fairSurveyResponses.fairId, fairId), isNotNull(fairSurveyResponses.comment)))
    .orderBy(asc(fairSurveyResponses.createdAt), asc(fairSurveyResponses.id));
}
