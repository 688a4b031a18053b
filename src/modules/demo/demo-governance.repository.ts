import { and, asc, count, countDistinct, desc, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import {
  agreementParties,
  agreements,
  appointmentOutcomes,
  coreProducts,
  councilTerms,
  demonstrationProjects,
  dualAppointments,
  meetingAttendees,
  meetingResolutions,
  meetings,
  projectMilestones,
  technologyNeeds,
  visitChallenges,
  visitOrganisations,
  visitPositions,
  visits,
} from '../governance/governance.table';
import { recommendations } from '../matching/matching.table';
import { organisations } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { techChallenges } from '../techtransfer/techtransfer.table';

// Bulk reads and writes of the demo governance year: multi-row inserts in chunks (PGlite pays per statement).
const CHUNK = 500;

async function insertChunked<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

const YEAR_START = new Date('2023-01-01T00:00:00+08:00');
const YEAR_END = new Date('2024-01-01T00:00:00+08:00');

export async function countCouncilTerms(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(councilTerms);
  return row?.n ?? 0;
}

/** The zone's organisations by name, a stable order for the generator's indices. */
export async function findZoneOrganisationsByName(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry, councilRole: organisations.councilRole, joinedOn: organisations.joinedOn })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** Positions published in 2023, in the order they were written. */
export async function findPositions2023(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: positions.id, organisationId: positions.organisationId, title: positions.title, headcount: positions.headcount, source: positions.source, createdAt: positions.createdAt })
    .from(positions)
    .where(and(eq(positions.zoneId, zoneId), gte(positions.publishedAt, YEAR_START), lt(positions.publishedAt, YEAR_END)))
    .orderBy(asc(positions.changeSeq));
}

/** Enterprises whose 2023 positions received recommended candidates: those the platform worked with. */
export async function findEnterprisesRecommendedTo2023(db: DbOrTx, zoneId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: recommendations.organisationId })
    .from(recommendations)
    .where(and(eq(recommendations.zoneId, zoneId), gte(recommendations.createdAt, YEAR_START), lt(recommendations.createdAt, YEAR_END)))
    .orderBy(asc(recommendations.organisationId));
  return rows.map((r) => r.id);
}

/** Enterprises by how many positions they published in 2023, most first. */
export async function findBusiestEnterprises2023(db: DbOrTx, zoneId: string): Promise<string[]> {
  const rows = await db
    .select({ id: positions.organisationId, n: countDistinct(positions.id) })
    .from(positions)
    .where(and(eq(positions.zoneId, zoneId), gte(positions.publishedAt, YEAR_START), lt(positions.publishedAt, YEAR_END)))
    .groupBy(positions.organisationId)
    .orderBy(desc(countDistinct(positions.id)), asc(positions.organisationId));
  return rows.map((r) => r.id);
}

export async function findZoneChallenges(db: DbOrTx, zoneId: string) {
  return db
    .select({ id: techChallenges.id, organisationId: techChallenges.organisationId, createdAt: techChallenges.createdAt })
    .from(techChallenges)
    .where(eq(techChallenges.zoneId, zoneId))
    .orderBy(asc(techChallenges.createdAt), asc(techChallenges.id));
}

export async function insertCouncilTerms(db: DbOrTx, rows: (typeof councilTerms.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(councilTerms).values(chunk).returning({ id: councilTerms.id }));
}

export async function insertMeetingsReturningIds(db: DbOrTx, rows: (typeof meetings.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(meetings).values(chunk).returning({ id: meetings.id }))).map((r) => r.id);
}

export async function insertAttendees(db: DbOrTx, rows: (typeof meetingAttendees.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(meetingAttendees).values(chunk).returning({ id: meetingAttendees.id }));
}

export async function insertResolutions(db: DbOrTx, rows: (typeof meetingResolutions.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(meetingResolutions).values(chunk).returning({ id: meetingResolutions.id }));
}

export async function insertAgreementsReturningIds(db: DbOrTx, rows: (typeof agreements.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(agreements).values(chunk).returning({ id: agreements.id }))).map((r) => r.id);
}

export async function insertAgreementParties(db: DbOrTx, rows: (typeof agreementParties.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(agreementParties).values(chunk).returning({ id: agreementParties.agreementId }));
}

export async function insertAppointmentsReturningIds(db: DbOrTx, rows: (typeof dualAppointments.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(dualAppointments).values(chunk).returning({ id: dualAppointments.id }))).map((r) => r.id);
}

export async function insertOutcomes(db: DbOrTx, rows: (typeof appointmentOutcomes.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(appointmentOutcomes).values(chunk).returning({ id: appointmentOutcomes.id }));
}

export async function insertVisitsReturningIds(db: DbOrTx, rows: (typeof visits.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(visits).values(chunk).returning({ id: visits.id }))).map((r) => r.id);
}

export async function insertVisitLinks(
  db: DbOrTx,
  links: {
    organisations: (typeof visitOrganisations.$inferInsert)[];
    positions: (typeof visitPositions.$inferInsert)[];
    challenges: (typeof visitChallenges.$inferInsert)[];
  },
): Promise<void> {
  await insertChunked(links.organisations, (chunk) => db.insert(visitOrganisations).values(chunk).returning({ id: visitOrganisations.visitId }));
  await insertChunked(links.positions, (chunk) => db.insert(visitPositions).values(chunk).returning({ id: visitPositions.visitId }));
  await insertChunked(links.challenges, (chunk) => db.insert(visitChallenges).values(chunk).returning({ id: visitChallenges.visitId }));
}

export async function insertProjectsReturningIds(db: DbOrTx, rows: (typeof demonstrationProjects.$inferInsert)[]): Promise<string[]> {
  return (await insertChunked(rows, (chunk) => db.insert(demonstrationProjects).values(chunk).returning({ id: demonstrationProjects.id }))).map((r) => r.id);
}

export async function insertMilestones(db: DbOrTx, rows: (typeof projectMilestones.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(projectMilestones).values(chunk).returning({ id: projectMilestones.id }));
}

export async function insertCoreProducts(db: DbOrTx, rows: (typeof coreProducts.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(coreProducts).values(chunk).returning({ id: coreProducts.id }));
}

export async function insertTechnologyNeeds(db: DbOrTx, rows: (typeof technologyNeeds.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(technologyNeeds).values(chunk).returning({ id: technologyNeeds.id }));
}
