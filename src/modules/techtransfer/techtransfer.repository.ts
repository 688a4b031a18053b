import { and, asc, count, desc, eq, exists, gte, ilike, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { startOfDayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import {
  achievementRegistrations,
  challengeProposals,
  patentOwners,
  patents,
  patentStatusEvents,
  patentTransfers,
  raPositions,
  raTargets,
  techChallenges,
  techContracts,
} from './techtransfer.table';

// All SQL of technology transfer. Lists are scoped in their `where`: a zone, and for an
// organisation's staff the records their organisation owns or is a party to.

export type PatentRow = typeof patents.$inferSelect;
export type NewPatentRow = typeof patents.$inferInsert;
export type OwnerRow = { organisationId: string | null; name: string };
export type PatentWithOwners = PatentRow & { owners: OwnerRow[] };
export type StatusEventRow = typeof patentStatusEvents.$inferSelect;
export type TransferRow = typeof patentTransfers.$inferSelect;
export type ContractRow = typeof techContracts.$inferSelect;
export type NewContractRow = typeof techContracts.$inferInsert;
export type AchievementRow = typeof achievementRegistrations.$inferSelect;
export type RaPositionRow = typeof raPositions.$inferSelect;
export type RaTargetRow = typeof raTargets.$inferSelect;
export type ChallengeRow = typeof techChallenges.$inferSelect;
export type ProposalRow = typeof challengeProposals.$inferSelect;

/** The zone, and for an organisation's staff their organisation. */
export type Scope = { zoneId: string; organisationId?: string | undefined };
export type Page = { offset: number; limit: number };

const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

function yearRange(column: AnyPgColumn, year: number | undefined): SQL | undefined {
  if (year === undefined) return undefined;
  return and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`));
}

const fen = (expression: SQL) => sql<number>`coalesce(${expression}, 0)`.mapWith(Number);

// ---------------------------------------------------------------------------------------------
// Organisations of the zone

export type ZoneOrganisation = { id: string; name: string; shortName: string | null; type: string; isActive: boolean };

export async function findZoneOrganisationsByIds(db: DbOrTx, zoneId: string, ids: string[]): Promise<Map<string, ZoneOrganisation>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, type: organisations.type, isActive: organisations.isActive })
    .from(organisations)
    .where(and(eq(organisations.zoneId, zoneId), inArray(organisations.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Organisations of the zone whose full or short name is one of `names`, keyed by that name (full names win). */
export async function findZoneOrganisationsByNames(db: DbOrTx, zoneId: string, names: string[]): Promise<Map<string, ZoneOrganisation>> {
  const wanted = [...new Set(names)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, type: organisations.type, isActive: organisations.isActive })
    .from(organisations)
    .where(and(eq(organisations.zoneId, zoneId), or(inArray(organisations.name, wanted), inArray(organisations.shortName, wanted))));
  const byName = new Map<string, ZoneOrganisation>();
  for (const row of rows) if (row.shortName && wanted.includes(row.shortName)) byName.set(row.shortName, row);
  for (const row of rows) if (wanted.includes(row.name)) byName.set(row.name, row);
  return byName;
}

/** Every organisation of the zone, for matching the names a registry export gives. */
export async function findZoneOrganisations(db: DbOrTx, zoneId: string): Promise<ZoneOrganisation[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, type: organisations.type, isActive: organisations.isActive })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId));
}

export async function getOrganisationType(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, id));
  return row?.type;
}

// ---------------------------------------------------------------------------------------------
// Patents

function ownedBy(organisationId: string): SQL {
  return exists(
    sql`(select 1 from ${patentOwners} where ${patentOwners.patentId} = ${patents.id} and ${patentOwners.organisationId} = ${organisationId})`,
  );
}

export type PatentQuery = Scope & {
  q?: string | undefined;
  type?: string | undefined;
  legalStatus?: string | undefined;
  ownerId?: string | undefined;
  grantedYear?: number | undefined;
};

function patentConditions(query: PatentQuery): SQL | undefined {
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(patents.zoneId, query.zoneId),
    query.organisationId ? ownedBy(query.organisationId) : undefined,
    query.ownerId ? ownedBy(query.ownerId) : undefined,
    like ? or(ilike(patents.title, like), ilike(patents.applicationNumber, like)) : undefined,
    query.type ? eq(patents.type, query.type) : undefined,
    query.legalStatus ? eq(patents.legalStatus, query.legalStatus) : undefined,
    yearRange(patents.grantedOn, query.grantedYear),
  );
}

async function attachOwners(db: DbOrTx, rows: PatentRow[]): Promise<PatentWithOwners[]> {
  const owners = await findOwnersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, owners: owners.get(r.id) ?? [] }));
}

export async function findOwnersOf(db: DbOrTx, patentIds: string[]): Promise<Map<string, OwnerRow[]>> {
  const byPatent = new Map<string, OwnerRow[]>();
  if (patentIds.length === 0) return byPatent;
  const rows = await db
    .select({ patentId: patentOwners.patentId, organisationId: patentOwners.organisationId, name: patentOwners.name })
    .from(patentOwners)
    .where(inArray(patentOwners.patentId, patentIds))
    .orderBy(asc(patentOwners.patentId), asc(patentOwners.position));
  for (const { patentId, ...owner } of rows) {
    const list = byPatent.get(patentId) ?? [];
    list.push(owner);
    byPatent.set(patentId, list);
  }
  return byPatent;
}

export async function findPatents(db: DbOrTx, query: PatentQuery, page: Page): Promise<{ rows: PatentWithOwners[]; total: number }> {
  const where = patentConditions(query);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(patents)
      .where(where)
      .orderBy(desc(sql`coalesce(${patents.grantedOn}, ${patents.filedOn})`), desc(patents.applicationNumber))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(patents).where(where),
  ]);
  return { rows: await attachOwners(db, rows), total: totals[0]?.n ?? 0 };
}

export async function getPatentById(db: DbOrTx, id: string): Promise<PatentWithOwners | undefined> {
  const rows = await db.select().from(patents).where(eq(patents.id, id));
  if (!rows[0]) return undefined;
  return (await attachOwners(db, rows))[0];
}

/** Locks the patent row for the rest of the transaction, so two status changes or transfers cannot interleave. */
export async function lockPatent(db: DbOrTx, id: string): Promise<PatentRow | undefined> {
  const [row] = await db.select().from(patents).where(eq(patents.id, id)).for('update');
  return row;
}

export async function findTakenApplicationNumbers(db: DbOrTx, zoneId: string, numbers: string[], exceptId?: string): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db
    .select({ n: patents.applicationNumber })
    .from(patents)
    .where(and(eq(patents.zoneId, zoneId), inArray(patents.applicationNumber, numbers), exceptId ? ne(patents.id, exceptId) : undefined));
  return new Set(rows.map((r) => r.n));
}

export type NewPatentWithHistory = {
  patent: NewPatentRow;
  owners: OwnerRow[];
  events: { status: string; effectiveOn: string; note?: string | null; recordedBy?: string | null }[];
};

/** Patents with their owners and status history, in multi-row inserts; returns the new ids in order. */
export async function insertPatents(db: DbOrTx, items: NewPatentWithHistory[]): Promise<PatentRow[]> {
  const created: PatentRow[] = [];
  await insertChunked(items, async (chunk) => {
    const rows = await db
      .insert(patents)
      .values(chunk.map((item) => item.patent))
      .returning();
    created.push(...rows);
    const owners = chunk.flatMap((item, i) => item.owners.map((owner, position) => ({ patentId: rows[i]?.id ?? '', position, ...owner })));
    const events = chunk.flatMap((item, i) =>
      item.events.map((event, index) => ({
        patentId: rows[i]?.id ?? '',
        seq: index + 1,
        status: event.status,
        effectiveOn: event.effectiveOn,
        note: event.note ?? null,
        recordedBy: event.recordedBy ?? null,
      })),
    );
    await insertChunked(owners, (part) => db.insert(patentOwners).values(part));
    await insertChunked(events, (part) => db.insert(patentStatusEvents).values(part));
  });
  return created;
}

export async function updatePatentIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewPatentRow>): Promise<PatentRow | undefined> {
  const [row] = await db
    .update(patents)
    .set({ ...patch, version: sql`${patents.version} + 1`, updatedAt: new Date() })
    .where(and(eq(patents.id, id), eq(patents.version, version)))
    .returning();
  return row;
}

export async function replaceOwners(db: DbOrTx, patentId: string, owners: OwnerRow[]): Promise<void> {
  await db.delete(patentOwners).where(eq(patentOwners.patentId, patentId));
  if (owners.length) await db.insert(patentOwners).values(owners.map((owner, position) => ({ patentId, position, ...owner })));
}

export async function findStatusEvents(db: DbOrTx, patentId: string): Promise<StatusEventRow[]> {
  return db.select().from(patentStatusEvents).where(eq(patentStatusEvents.patentId, patentId)).orderBy(asc(patentStatusEvents.seq));
}

/** The first event of a history is the filing; it follows a corrected filing date. */
export async function setFilingEventDate(db: DbOrTx, patentId: string, filedOn: string): Promise<void> {
  await db
    .update(patentStatusEvents)
    .set({ effectiveOn: filedOn })
    .where(and(eq(patentStatusEvents.patentId, patentId), eq(patentStatusEvents.seq, 1)));
}

export async function insertStatusEvent(
  db: DbOrTx,
  event: { patentId: string; status: string; effectiveOn: string; note: string | null; recordedBy: string },
): Promise<void> {
  await db.insert(patentStatusEvents).values({
    ...event,
    seq: sql`(select coalesce(max(${patentStatusEvents.seq}), 0) + 1 from ${patentStatusEvents} where ${patentStatusEvents.patentId} = ${event.patentId})`,
  });
}

// ---------------------------------------------------------------------------------------------
// Transfers and licences

const fromOrg = alias(organisations, 'from_org');
const toOrg = alias(organisations, 'to_org');

const transferColumns = {
  transfer: patentTransfers,
  applicationNumber: patents.applicationNumber,
  patentTitle: patents.title,
  patentType: patents.type,
  fromName: fromOrg.name,
  toName: toOrg.name,
};
export type TransferWithNames = TransferRow & { applicationNumber: string; patentTitle: string; patentType: string; fromName: string; toName: string };

function flattenTransfer(row: { transfer: TransferRow; applicationNumber: string; patentTitle: string; patentType: string; fromName: string; toName: string }): TransferWithNames {
  const { transfer, ...names } = row;
  return { ...transfer, ...names };
}

export type TransferQuery = Scope & { kind?: string | undefined; partyId?: string | undefined; patentId?: string | undefined; year?: number | undefined };

function transferConditions(query: TransferQuery): SQL | undefined {
  const party = (id: string) => or(eq(patentTransfers.fromOrganisationId, id), eq(patentTransfers.toOrganisationId, id));
  return and(
    eq(patentTransfers.zoneId, query.zoneId),
    query.organisationId ? party(query.organisationId) : undefined,
    query.partyId ? party(query.partyId) : undefined,
    query.kind ? eq(patentTransfers.kind, query.kind) : undefined,
    query.patentId ? eq(patentTransfers.patentId, query.patentId) : undefined,
    yearRange(patentTransfers.contractOn, query.year),
  );
}

function selectTransfers(db: DbOrTx) {
  return db
    .select(transferColumns)
    .from(patentTransfers)
    .innerJoin(patents, eq(patents.id, patentTransfers.patentId))
    .innerJoin(fromOrg, eq(fromOrg.id, patentTransfers.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, patentTransfers.toOrganisationId));
}

export async function findTransfers(db: DbOrTx, query: TransferQuery, page: Page): Promise<{ rows: TransferWithNames[]; total: number }> {
  const where = transferConditions(query);
  const [rows, totals] = await Promise.all([
    selectTransfers(db).where(where).orderBy(desc(patentTransfers.contractOn), desc(patentTransfers.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(patentTransfers).where(where),
  ]);
  return { rows: rows.map(flattenTransfer), total: totals[0]?.n ?? 0 };
}

export async function getTransferById(db: DbOrTx, id: string): Promise<TransferWithNames | undefined> {
  const [row] = await selectTransfers(db).where(eq(patentTransfers.id, id));
  return row ? flattenTransfer(row) : undefined;
}

export async function insertTransfer(db: DbOrTx, row: typeof patentTransfers.$inferInsert): Promise<TransferRow> {
  const [created] = await db.insert(patentTransfers).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function insertTransfers(db: DbOrTx, rows: (typeof patentTransfers.$inferInsert)[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insert(patentTransfers).values(chunk));
}

export async function updateTransferIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof patentTransfers.$inferInsert>,
): Promise<TransferRow | undefined> {
  const [row] = await db
    .update(patentTransfers)
    .set({ ...patch, version: sql`${patentTransfers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(patentTransfers.id, id), eq(patentTransfers.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Technology contracts

export type ContractWithChallenge = ContractRow & { challengeId: string | null };
export type ContractQuery = Scope & {
  q?: string | undefined;
  type?: string | undefined;
  partyId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

function contractConditions(query: ContractQuery): SQL | undefined {
  const party = (id: string) => or(eq(techContracts.sellerOrganisationId, id), eq(techContracts.buyerOrganisationId, id));
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(techContracts.zoneId, query.zoneId),
    query.organisationId ? party(query.organisationId) : undefined,
    query.partyId ? party(query.partyId) : undefined,
    like
      ? or(ilike(techContracts.title, like), ilike(techContracts.contractNumber, like), ilike(techContracts.sellerName, like), ilike(techContracts.buyerName, like))
      : undefined,
    query.type ? eq(techContracts.type, query.type) : undefined,
    query.from ? gte(techContracts.registeredOn, query.from) : undefined,
    query.to ? lte(techContracts.registeredOn, query.to) : undefined,
  );
}

const contractColumns = { contract: techContracts, challengeId: techChallenges.id };

export async function findContracts(
  db: DbOrTx,
  query: ContractQuery,
  page: Page,
): Promise<{ rows: ContractWithChallenge[]; total: number; totalAmountFen: number }> {
  const where = contractConditions(query);
  const [rows, totals] = await Promise.all([
    db
      .select(contractColumns)
      .from(techContracts)
      .leftJoin(techChallenges, eq(techChallenges.contractId, techContracts.id))
      .where(where)
      .orderBy(desc(techContracts.registeredOn), desc(techContracts.contractNumber))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count(), amount: fen(sql`sum(${techContracts.amountFen})`) }).from(techContracts).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.contract, challengeId: r.challengeId })),
    total: totals[0]?.n ?? 0,
    totalAmountFen: totals[0]?.amount ?? 0,
  };
}

export async function getContractById(db: DbOrTx, id: string): Promise<ContractWithChallenge | undefined> {
  const [row] = await db.select(contractColumns).from(techContracts).leftJoin(techChallenges, eq(techChallenges.contractId, techContracts.id)).where(eq(techContracts.id, id));
  return row ? { ...row.contract, challengeId: row.challengeId } : undefined;
}

export async function findTakenContractNumbers(db: DbOrTx, zoneId: string, numbers: string[], exceptId?: string): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db
    .select({ n: techContracts.contractNumber })
    .from(techContracts)
    .where(and(eq(techContracts.zoneId, zoneId), inArray(techContracts.contractNumber, numbers), exceptId ? ne(techContracts.id, exceptId) : undefined));
  return new Set(rows.map((r) => r.n));
}

export async function insertContracts(db: DbOrTx, rows: NewContractRow[]): Promise<ContractRow[]> {
  const created: ContractRow[] = [];
  await insertChunked(rows, async (chunk) => {
    created.push(...(await db.insert(techContracts).values(chunk).returning()));
  });
  return created;
}

export async function updateContractIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewContractRow>): Promise<ContractRow | undefined> {
  const [row] = await db
    .update(techContracts)
    .set({ ...patch, version: sql`${techContracts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(techContracts.id, id), eq(techContracts.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Achievement registrations

export type AchievementWithName = AchievementRow & { organisationName: string };
export type AchievementQuery = Scope & { ownerId?: string | undefined; year?: number | undefined; level?: string | undefined };

function achievementConditions(query: AchievementQuery): SQL | undefined {
  return and(
    eq(achievementRegistrations.zoneId, query.zoneId),
    query.organisationId ? eq(achievementRegistrations.organisationId, query.organisationId) : undefined,
    query.ownerId ? eq(achievementRegistrations.organisationId, query.ownerId) : undefined,
    query.level ? eq(achievementRegistrations.level, query.level) : undefined,
    yearRange(achievementRegistrations.registeredOn, query.year),
  );
}

const achievementColumns = { achievement: achievementRegistrations, organisationName: organisations.name };

export async function findAchievements(db: DbOrTx, query: AchievementQuery, page: Page): Promise<{ rows: AchievementWithName[]; total: number }> {
  const where = achievementConditions(query);
  const [rows, totals] = await Promise.all([
    db
      .select(achievementColumns)
      .from(achievementRegistrations)
      .innerJoin(organisations, eq(organisations.id, achievementRegistrations.organisationId))
      .where(where)
      .orderBy(desc(achievementRegistrations.registeredOn), desc(achievementRegistrations.registrationNumber))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(achievementRegistrations).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.achievement, organisationName: r.organisationName })), total: totals[0]?.n ?? 0 };
}

export async function getAchievementById(db: DbOrTx, id: string): Promise<AchievementWithName | undefined> {
  const [row] = await db
    .select(achievementColumns)
    .from(achievementRegistrations)
    .innerJoin(organisations, eq(organisations.id, achievementRegistrations.organisationId))
    .where(eq(achievementRegistrations.id, id));
  return row ? { ...row.achievement, organisationName: row.organisationName } : undefined;
}

export async function isAchievementNumberTaken(db: DbOrTx, zoneId: string, number: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: achievementRegistrations.id })
    .from(achievementRegistrations)
    .where(
      and(
        eq(achievementRegistrations.zoneId, zoneId),
        eq(achievementRegistrations.registrationNumber, number),
        exceptId ? ne(achievementRegistrations.id, exceptId) : undefined,
      ),
    );
  return row !== undefined;
}

export async function insertAchievements(db: DbOrTx, rows: (typeof achievementRegistrations.$inferInsert)[]): Promise<AchievementRow[]> {
  const created: AchievementRow[] = [];
  await insertChunked(rows, async (chunk) => {
    created.push(...(await db.insert(achievementRegistrations).values(chunk).returning()));
  });
  return created;
}

export async function updateAchievementIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof achievementRegistrations.$inferInsert>,
): Promise<AchievementRow | undefined> {
  const [row] = await db
    .update(achievementRegistrations)
    .set({ ...patch, version: sql`${achievementRegistrations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(achievementRegistrations.id, id), eq(achievementRegistrations.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Research-assistant posts and targets

export type RaPositionWithName = RaPositionRow & { organisationName: string };
export type RaPositionQuery = Scope & { ownerId?: string | undefined; year?: number | undefined };

function raConditions(query: RaPositionQuery): SQL | undefined {
  return and(
    eq(raPositions.zoneId, query.zoneId),
    query.organisationId ? eq(raPositions.organisationId, query.organisationId) : undefined,
    query.ownerId ? eq(raPositions.organisationId, query.ownerId) : undefined,
    yearRange(raPositions.developedOn, query.year),
  );
}

const raColumns = { post: raPositions, organisationName: organisations.name };

export async function findRaPositions(db: DbOrTx, query: RaPositionQuery, page: Page): Promise<{ rows: RaPositionWithName[]; total: number }> {
  const where = raConditions(query);
  const [rows, totals] = await Promise.all([
    db
      .select(raColumns)
      .from(raPositions)
      .innerJoin(organisations, eq(organisations.id, raPositions.organisationId))
      .where(where)
      .orderBy(desc(raPositions.developedOn), asc(organisations.name), asc(raPositions.title))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(raPositions).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.post, organisationName: r.organisationName })), total: totals[0]?.n ?? 0 };
}

export async function getRaPositionById(db: DbOrTx, id: string): Promise<RaPositionWithName | undefined> {
  const [row] = await db.select(raColumns).from(raPositions).innerJoin(organisations, eq(organisations.id, raPositions.organisationId)).where(eq(raPositions.id, id));
  return row ? { ...row.post, organisationName: row.organisationName } : undefined;
}

export async function insertRaPositions(db: DbOrTx, rows: (typeof raPositions.$inferInsert)[]): Promise<RaPositionRow[]> {
  const created: RaPositionRow[] = [];
  await insertChunked(rows, async (chunk) => {
    created.push(...(await db.insert(raPositions).values(chunk).returning()));
  });
  return created;
}

export async function updateRaPositionIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof raPositions.$inferInsert>,
): Promise<RaPositionRow | undefined> {
  const [row] = await db
    .update(raPositions)
    .set({ ...patch, version: sql`${raPositions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(raPositions.id, id), eq(raPositions.version, version)))
    .returning();
  return row;
}

/** Posts per organisation in a year. */
export async function countRaPositionsByOrganisation(db: DbOrTx, scope: Scope, year: number): Promise<{ organisationId: string; organisationName: string; n: number }[]> {
  return db
    .select({ organisationId: raPositions.organisationId, organisationName: organisations.name, n: count() })
    .from(raPositions)
    .innerJoin(organisations, eq(organisations.id, raPositions.organisationId))
    .where(raConditions({ ...scope, year }))
    .groupBy(raPositions.organisationId, organisations.name);
}

export type RaTargetWithName = RaTargetRow & { organisationName: string | null };

export async function findRaTargets(db: DbOrTx, zoneId: string, year: number): Promise<RaTargetWithName[]> {
  const rows = await db
    .select({ target: raTargets, organisationName: organisations.name })
    .from(raTargets)
    .leftJoin(organisations, eq(organisations.id, raTargets.organisationId))
    .where(and(eq(raTargets.zoneId, zoneId), eq(raTargets.year, year)));
  return rows.map((r) => ({ ...r.target, organisationName: r.organisationName }));
}

export async function getRaTarget(db: DbOrTx, zoneId: string, year: number, organisationId: string | null): Promise<RaTargetRow | undefined> {
  const [row] = await db
    .select()
    .from(raTargets)
    .where(and(eq(raTargets.zoneId, zoneId), eq(raTargets.year, year), organisationId ? eq(raTargets.organisationId, organisationId) : isNull(raTargets.organisationId)));
  return row;
}

/** Inserts a target unless one exists for the same zone, year and organisation (a racing insert loses quietly). */
export async function insertRaTarget(db: DbOrTx, row: typeof raTargets.$inferInsert): Promise<RaTargetRow | undefined> {
  const [created] = await db.insert(raTargets).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateRaTargetIfVersion(db: DbOrTx, id: string, version: number, target: number, updatedBy: string): Promise<RaTargetRow | undefined> {
  const [row] = await db
    .update(raTargets)
    .set({ target, updatedBy, version: sql`${raTargets.version} + 1`, updatedAt: new Date() })
    .where(and(eq(raTargets.id, id), eq(raTargets.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Challenges and proposals

const awardedProposal = alias(challengeProposals, 'awarded_proposal');
const awardedOrg = alias(organisations, 'awarded_org');

export type ChallengeWithNames = ChallengeRow & {
  organisationName: string;
  contractNumber: string | null;
  proposalCount: number;
  awarded: { id: string; organisationId: string; organisationName: string; status: string } | null;
};

const liveProposalCount = sql<number>`(select count(*) from ${challengeProposals} where ${challengeProposals.challengeId} = ${techChallenges.id} and ${challengeProposals.status} <> 'withdrawn')`.mapWith(
  Number,
);

function selectChallenges(db: DbOrTx) {
  return db
    .select({
      challenge: techChallenges,
      organisationName: organisations.name,
      contractNumber: techContracts.contractNumber,
      proposalCount: liveProposalCount,
      awardedId: awardedProposal.id,
      awardedOrganisationId: awardedProposal.organisationId,
      awardedStatus: awardedProposal.status,
      awardedName: awardedOrg.name,
    })
    .from(techChallenges)
    .innerJoin(organisations, eq(organisations.id, techChallenges.organisationId))
    .leftJoin(techContracts, eq(techContracts.id, techChallenges.contractId))
    .leftJoin(awardedProposal, and(eq(awardedProposal.challengeId, techChallenges.id), inArray(awardedProposal.status, ['selected', 'awarded'])))
    .leftJoin(awardedOrg, eq(awardedOrg.id, awardedProposal.organisationId));
}

type ChallengeSelectRow = Awaited<ReturnType<ReturnType<typeof selectChallenges>['where']>>[number];

function flattenChallenge(row: ChallengeSelectRow): ChallengeWithNames {
  return {
    ...row.challenge,
    organisationName: row.organisationName,
    contractNumber: row.contractNumber,
    proposalCount: row.proposalCount,
    awarded:
      row.awardedId && row.awardedOrganisationId && row.awardedStatus
        ? { id: row.awardedId, organisationId: row.awardedOrganisationId, organisationName: row.awardedName ?? '', status: row.awardedStatus }
        : null,
  };
}

export type ChallengeQuery = {
  zoneId: string;
  /** An enterprise's staff: their own challenges. */
  ownerId?: string | undefined;
  /** A school's or institute's staff: their own organisation, to see published challenges. */
  viewerId?: string | undefined;
  q?: string | undefined;
  status?: string | undefined;
  industry?: string | undefined;
  organisationId?: string | undefined;
};

function challengeConditions(query: ChallengeQuery): SQL | undefined {
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(techChallenges.zoneId, query.zoneId),
    query.ownerId ? eq(techChallenges.organisationId, query.ownerId) : undefined,
    query.viewerId ? ne(techChallenges.status, 'draft') : undefined,
    like ? or(ilike(techChallenges.title, like), ilike(techChallenges.description, like)) : undefined,
    query.status ? eq(techChallenges.status, query.status) : undefined,
    query.industry ? eq(techChallenges.industry, query.industry) : undefined,
    query.organisationId ? eq(techChallenges.organisationId, query.organisationId) : undefined,
  );
}

export async function findChallenges(db: DbOrTx, query: ChallengeQuery, page: Page): Promise<{ rows: ChallengeWithNames[]; total: number }> {
  const where = challengeConditions(query);
  const [rows, totals] = await Promise.all([
    selectChallenges(db).where(where).orderBy(desc(techChallenges.createdAt), desc(techChallenges.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(techChallenges).where(where),
  ]);
  return { rows: rows.map(flattenChallenge), total: totals[0]?.n ?? 0 };
}

export async function getChallengeById(db: DbOrTx, id: string): Promise<ChallengeWithNames | undefined> {
  const [row] = await selectChallenges(db).where(eq(techChallenges.id, id));
  return row ? flattenChallenge(row) : undefined;
}

export async function lockChallenge(db: DbOrTx, id: string): Promise<ChallengeRow | undefined> {
  const [row] = await db.select().from(techChallenges).where(eq(techChallenges.id, id)).for('update');
  return row;
}

export async function insertChallenge(db: DbOrTx, row: typeof techChallenges.$inferInsert): Promise<ChallengeRow> {
  const [created] = await db.insert(techChallenges).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateChallengeIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof techChallenges.$inferInsert>,
): Promise<ChallengeRow | undefined> {
  const [row] = await db
    .update(techChallenges)
    .set({ ...patch, version: sql`${techChallenges.version} + 1`, updatedAt: new Date() })
    .where(and(eq(techChallenges.id, id), eq(techChallenges.version, version)))
    .returning();
  return row;
}

/** The live proposal of an organisation for a challenge (not withdrawn). */
export async function findLiveProposalIds(db: DbOrTx, challengeIds: string[], organisationId: string): Promise<Map<string, string>> {
  if (challengeIds.length === 0) return new Map();
  const rows = await db
    .select({ id: challengeProposals.id, challengeId: challengeProposals.challengeId })
    .from(challengeProposals)
    .where(and(inArray(challengeProposals.challengeId, challengeIds), eq(challengeProposals.organisationId, organisationId), ne(challengeProposals.status, 'withdrawn')));
  return new Map(rows.map((r) => [r.challengeId, r.id]));
}

export type ProposalWithName = ProposalRow & { organisationName: string };

const proposalColumns = { proposal: challengeProposals, organisationName: organisations.name };

export async function findProposals(db: DbOrTx, challengeId: string, organisationId?: string): Promise<ProposalWithName[]> {
  const rows = await db
    .select(proposalColumns)
    .from(challengeProposals)
    .innerJoin(organisations, eq(organisations.id, challengeProposals.organisationId))
    .where(and(eq(challengeProposals.challengeId, challengeId), organisationId ? eq(challengeProposals.organisationId, organisationId) : undefined))
    .orderBy(asc(challengeProposals.createdAt), asc(challengeProposals.id));
  return rows.map((r) => ({ ...r.proposal, organisationName: r.organisationName }));
}

export async function getProposalById(db: DbOrTx, id: string): Promise<ProposalWithName | undefined> {
  const [row] = await db.select(proposalColumns).from(challengeProposals).innerJoin(organisations, eq(organisations.id, challengeProposals.organisationId)).where(eq(challengeProposals.id, id));
  return row ? { ...row.proposal, organisationName: row.organisationName } : undefined;
}

/** Inserts unless the organisation already has a live proposal for the challenge (then undefined). */
export async function insertProposal(db: DbOrTx, row: typeof challengeProposals.$inferInsert): Promise<ProposalRow | undefined> {
  const [created] = await db.insert(challengeProposals).values(row).onConflictDoNothing().returning();
  return created;
}

export async function insertProposals(db: DbOrTx, rows: (typeof challengeProposals.$inferInsert)[]): Promise<ProposalRow[]> {
  if (rows.length === 0) return [];
  return db.insert(challengeProposals).values(rows).returning();
}

export async function updateProposalIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof challengeProposals.$inferInsert>,
): Promise<ProposalRow | undefined> {
  const [row] = await db
    .update(challengeProposals)
    .set({ ...patch, version: sql`${challengeProposals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(challengeProposals.id, id), eq(challengeProposals.version, version)))
    .returning();
  return row;
}

/** Moves every proposal of a challenge in one status to another (e.g. the rest to not_selected on award). */
export async function setProposalStatuses(db: DbOrTx, challengeId: string, from: string, to: string): Promise<ProposalRow[]> {
  return db
    .update(challengeProposals)
    .set({ status: to, version: sql`${challengeProposals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(challengeProposals.challengeId, challengeId), eq(challengeProposals.status, from)))
    .returning();
}

export async function isContractLinked(db: DbOrTx, contractId: string): Promise<boolean> {
  const [row] = await db.select({ id: techChallenges.id }).from(techChallenges).where(eq(techChallenges.contractId, contractId));
  return row !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Figures of a year

export async function countYear(db: DbOrTx, zoneId: string, year: number) {
  const yearEnd = `${year}-12-31`;
  // The legal status on 31 December: the last event on or before that day.
  const statusAtYearEnd = sql`(select ${patentStatusEvents.status} from ${patentStatusEvents}
    where ${patentStatusEvents.patentId} = ${patents.id} and ${patentStatusEvents.effectiveOn} <= ${yearEnd}
    order by ${patentStatusEvents.effectiveOn} desc, ${patentStatusEvents.seq} desc limit 1)`;
  const [granted, validInventions, transfers, contracts, achievements, ra, challenges] = await Promise.all([
    db
      .select({ type: patents.type, n: count() })
      .from(patents)
      .where(and(eq(patents.zoneId, zoneId), yearRange(patents.grantedOn, year)))
      .groupBy(patents.type),
    db
      .select({ n: count() })
      .from(patents)
      .where(and(eq(patents.zoneId, zoneId), eq(patents.type, 'invention'), lte(patents.filedOn, yearEnd), sql`${statusAtYearEnd} = 'valid'`)),
    db
      .select({ kind: patentTransfers.kind, n: count(), amount: fen(sql`sum(${patentTransfers.amountFen})`) })
      .from(patentTransfers)
      .where(and(eq(patentTransfers.zoneId, zoneId), yearRange(patentTransfers.contractOn, year)))
      .groupBy(patentTransfers.kind),
    db
      .select({ type: techContracts.type, n: count(), amount: fen(sql`sum(${techContracts.amountFen})`) })
      .from(techContracts)
      .where(and(eq(techContracts.zoneId, zoneId), yearRange(techContracts.registeredOn, year)))
      .groupBy(techContracts.type),
    db.select({ n: count() }).from(achievementRegistrations).where(achievementConditions({ zoneId, year })),
    db.select({ n: count() }).from(raPositions).where(raConditions({ zoneId, year })),
    db
      .select({
        posted: sql<number>`count(*) filter (where ${techChallenges.publishedAt} is not null)`.mapWith(Number),
        awarded: sql<number>`count(*) filter (where ${techChallenges.status} in ('awarded', 'contracted'))`.mapWith(Number),
        contracted: sql<number>`count(*) filter (where ${techChallenges.status} = 'contracted')`.mapWith(Number),
      })
      .from(techChallenges)
      .where(
        and(
          eq(techChallenges.zoneId, zoneId),
          gte(techChallenges.publishedAt, startOfDayInChina(`${year}-01-01`)),
          lt(techChallenges.publishedAt, startOfDayInChina(`${year + 1}-01-01`)),
        ),
      ),
  ]);
  return {
    granted,
    validInventions: validInventions[0]?.n ?? 0,
    transfers,
    contracts,
    achievements: achievements[0]?.n ?? 0,
    raPositions: ra[0]?.n ?? 0,
    challenges: challenges[0] ?? { posted: 0, awarded: 0, contracted: 0 },
  };
}
