import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db';
import { accounts } from '../accounts/accounts.table';
import { organisations } from '../organisations/organisations.table';
import type { LoanFilters } from './innovation.schemas';
import { innovationIndexWeights, innovationLoanDisbursements, innovationLoans, rdInputs } from './innovation.table';

export type RdInputRow = typeof rdInputs.$inferSelect;
export type NewRdInputRow = typeof rdInputs.$inferInsert;
export type WeightsRow = typeof innovationIndexWeights.$inferSelect;
export type LoanRow = typeof innovationLoans.$inferSelect;
export type NewLoanRow = typeof innovationLoans.$inferInsert;
export type DisbursementRow = typeof innovationLoanDisbursements.$inferSelect;

/** Which records a reader may see: a zone (operators, government) or one organisation's own. */
export type RdInputScope = { zoneId: string } | { organisationId: string };
/** Loans: the zone's, an enterprise's own, or those addressed to one bank. */
export type LoanScope = { zoneId: string } | { organisationId: string } | { bankId: string };

const displayNameOf = (column: AnyPgColumn) =>
  sql<string | null>`(select ${accounts.displayName} from ${accounts} where ${accounts.id} = ${column})`;

// --- R&D inputs ------------------------------------------------------------------------------

export type RdInputWithNames = RdInputRow & { organisationName: string; updatedByName: string | null };

const rdInputWithNames = {
  row: rdInputs,
  organisationName: organisations.name,
  updatedByName: displayNameOf(rdInputs.updatedBy),
};

function flattenRdInput(r: { row: RdInputRow; organisationName: string; updatedByName: string | null }): RdInputWithNames {
  return { ...r.row, organisationName: r.organisationName, updatedByName: r.updatedByName };
}

function rdScopeCondition(scope: RdInputScope): SQL {
  return 'zoneId' in scope ? eq(rdInputs.zoneId, scope.zoneId) : eq(rdInputs.organisationId, scope.organisationId);
}

export async function findRdInputs(
  db: DbOrTx,
  scope: RdInputScope,
  filters: { year?: number | undefined; organisationId?: string | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: RdInputWithNames[]; total: number }> {
  const where = and(
    rdScopeCondition(scope),
    filters.year !== undefined ? eq(rdInputs.year, filters.year) : undefined,
    filters.organisationId ? eq(rdInputs.organisationId, filters.organisationId) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(rdInputWithNames)
      .from(rdInputs)
      .innerJoin(organisations, eq(organisations.id, rdInputs.organisationId))
      .where(where)
      .orderBy(desc(rdInputs.year), asc(organisations.name), asc(rdInputs.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(rdInputs).where(where),
  ]);
  return { rows: rows.map(flattenRdInput), total: totals[0]?.n ?? 0 };
}

export async function getRdInputById(db: DbOrTx, id: string): Promise<RdInputWithNames | undefined> {
  const rows = await db
    .select(rdInputWithNames)
    .from(rdInputs)
    .innerJoin(organisations, eq(organisations.id, rdInputs.organisationId))
    .where(eq(rdInputs.id, id))
    .limit(1);
  return rows[0] ? flattenRdInput(rows[0]) : undefined;
}

export async function getRdInputOfYear(db: DbOrTx, organisationId: string, year: number): Promise<RdInputWithNames | undefined> {
  const rows = await db
    .select(rdInputWithNames)
    .from(rdInputs)
    .innerJoin(organisations, eq(organisations.id, rdInputs.organisationId))
    .where(and(eq(rdInputs.organisationId, organisationId), eq(rdInputs.year, year)))
    .limit(1);
  return rows[0] ? flattenRdInput(rows[0]) : undefined;
}

/** Inserts the year's record; undefined when the organisation already has one for that year. */
export async function insertRdInput(db: DbOrTx, row: NewRdInputRow): Promise<RdInputRow | undefined> {
  const rows = await db.insert(rdInputs).values(row).onConflictDoNothing().returning();
  return rows[0];
}

export async function insertRdInputs(db: DbOrTx, rows: NewRdInputRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(rdInputs).values(rows);
}

/** Updates only when the stored version still matches, so two editors cannot overwrite each other. */
export async function updateRdInputIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewRdInputRow>): Promise<RdInputRow | undefined> {
  const rows = await db
    .update(rdInputs)
    .set({ ...patch, version: sql`${rdInputs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(rdInputs.id, id), eq(rdInputs.version, version)))
    .returning();
  return rows[0];
}

// --- weights ---------------------------------------------------------------------------------

export type WeightsWithName = WeightsRow & { publishedByName: string | null };

export async function findWeightsHistory(db: DbOrTx, zoneId: string, limit: number): Promise<WeightsWithName[]> {
  const rows = await db
    .select({ row: innovationIndexWeights, publishedByName: displayNameOf(innovationIndexWeights.publishedBy) })
    .from(innovationIndexWeights)
    .where(eq(innovationIndexWeights.zoneId, zoneId))
    .orderBy(desc(innovationIndexWeights.version))
    .limit(limit);
  return rows.map((r) => ({ ...r.row, publishedByName: r.publishedByName }));
}

/** Inserts the next version; undefined when another operator published that version number first. */
export async function insertWeightsVersion(db: DbOrTx, row: typeof innovationIndexWeights.$inferInsert): Promise<WeightsRow | undefined> {
  const rows = await db.insert(innovationIndexWeights).values(row).onConflictDoNothing().returning();
  return rows[0];
}

// --- banks -----------------------------------------------------------------------------------

export async function findZoneBanks(db: DbOrTx, zoneId: string): Promise<{ id: string; name: string; shortName: string | null }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
    .from(organisations)
    .where(and(eq(organisations.zoneId, zoneId), eq(organisations.type, 'bank'), eq(organisations.isActive, true)))
    .orderBy(asc(organisations.name));
}

// --- loans -----------------------------------------------------------------------------------

const banks = alias(organisations, 'bank');

export type LoanWithNames = LoanRow & {
  organisationName: string;
  bankName: string;
  appliedByName: string | null;
  decidedByName: string | null;
};

const loanWithNames = {
  row: innovationLoans,
  organisationName: organisations.name,
  bankName: banks.name,
  appliedByName: displayNameOf(innovationLoans.appliedBy),
  decidedByName: displayNameOf(innovationLoans.decidedBy),
};

function flattenLoan(r: { row: LoanRow; organisationName: string; bankName: string; appliedByName: string | null; decidedByName: string | null }): LoanWithNames {
  return { ...r.row, organisationName: r.organisationName, bankName: r.bankName, appliedByName: r.appliedByName, decidedByName: r.decidedByName };
}

function loanScopeCondition(scope: LoanScope): SQL {
  if ('zoneId' in scope) return eq(innovationLoans.zoneId, scope.zoneId);
  if ('bankId' in scope) return eq(innovationLoans.bankId, scope.bankId);
  return eq(innovationLoans.organisationId, scope.organisationId);
}

export async function findLoans(
  db: DbOrTx,
  scope: LoanScope,
  filters: LoanFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: LoanWithNames[]; total: number }> {
  const where = and(
    loanScopeCondition(scope),
    filters.status ? eq(innovationLoans.status, filters.status) : undefined,
    filters.year !== undefined ? sql`extract(year from ${innovationLoans.submittedOn}) = ${filters.year}` : undefined,
    filters.bankId ? eq(innovationLoans.bankId, filters.bankId) : undefined,
    filters.organisationId ? eq(innovationLoans.organisationId, filters.organisationId) : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(loanWithNames)
      .from(innovationLoans)
      .innerJoin(organisations, eq(organisations.id, innovationLoans.organisationId))
      .innerJoin(banks, eq(banks.id, innovationLoans.bankId))
      .where(where)
      .orderBy(desc(innovationLoans.submittedOn), desc(innovationLoans.createdAt), desc(innovationLoans.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(innovationLoans).where(where),
  ]);
  return { rows: rows.map(flattenLoan), total: totals[0]?.n ?? 0 };
}

export async function getLoanById(db: DbOrTx, id: string): Promise<LoanWithNames | undefined> {
  const rows = await db
    .select(loanWithNames)
    .from(innovationLoans)
    .innerJoin(organisations, eq(organisations.id, innovationLoans.organisationId))
    .innerJoin(banks, eq(banks.id, innovationLoans.bankId))
    .where(eq(innovationLoans.id, id))
    .limit(1);
  return rows[0] ? flattenLoan(rows[0]) : undefined;
}

/** Locks the loan's row for the rest of the transaction, so that concurrent disbursements queue. */
export async function lockLoan(db: DbOrTx, id: string): Promise<LoanRow | undefined> {
  const rows = await db.select().from(innovationLoans).where(eq(innovationLoans.id, id)).for('update');
  return rows[0];
}

export async function insertLoan(db: DbOrTx, row: NewLoanRow): Promise<LoanRow> {
  const [created] = await db.insert(innovationLoans).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function insertLoansReturningIds(db: DbOrTx, rows: NewLoanRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  return (await db.insert(innovationLoans).values(rows).returning({ id: innovationLoans.id })).map((r) => r.id);
}

export async function updateLoanIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NewLoanRow>): Promise<LoanRow | undefined> {
  const rows = await db
    .update(innovationLoans)
    .set({ ...patch, version: sql`${innovationLoans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(innovationLoans.id, id), eq(innovationLoans.version, version)))
    .returning();
  return rows[0];
}

export async function insertDisbursement(db: DbOrTx, row: typeof innovationLoanDisbursements.$inferInsert): Promise<DisbursementRow> {
  const [created] = await db.insert(innovationLoanDisbursements).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function insertDisbursements(db: DbOrTx, rows: (typeof innovationLoanDisbursements.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(innovationLoanDisbursements).values(rows);
}

export async function findDisbursements(db: DbOrTx, loanId: string): Promise<(DisbursementRow & { recordedByName: string | null })[]> {
  const rows = await db
    .select({ row: innovationLoanDisbursements, recordedByName: displayNameOf(innovationLoanDisbursements.recordedBy) })
    .from(innovationLoanDisbursements)
    .where(eq(innovationLoanDisbursements.loanId, loanId))
    .orderBy(asc(innovationLoanDisbursements.disbursedOn), asc(innovationLoanDisbursements.createdAt));
  return rows.map((r) => ({ ...r.row, recordedByName: r.recordedByName }));
}

// --- totals ----------------------------------------------------------------------------------

export type LoanTotalsRow = {
  applications: number;
  requestedFen: number;
  approvedCount: number;
  approvedFen: number;
  declinedCount: number;
  disbursedFen: number;
};

const yearOf = (column: SQL | typeof innovationLoans.submittedOn) => sql<number>`extract(year from ${column})::int`;
const money = (expression: SQL) => sql<number>`coalesce(${expression}, 0)::bigint`.mapWith(Number);
const whole = (expression: SQL) => sql<number>`${expression}::int`.mapWith(Number);

/**
 * Loan figures per year and per bank, each counted by its own date: applications by the date
 * submitted, approvals and declines by the date decided (`decidedOn`), disbursements by the date
 * paid out. "Loans granted in a year" are the approved amounts of loans whose decidedOn falls in it.
 */
export async function sumLoans(db: DbOrTx, scope: LoanScope): Promise<(LoanTotalsRow & { year: number; bankId: string })[]> {
  const loans = db
    .select({
      year: yearOf(innovationLoans.submittedOn).as('year'),
      bankId: innovationLoans.bankId,
      applications: whole(sql`count(*)`).as('applications'),
      requestedFen: money(sql`sum(${innovationLoans.amountRequestedFen})`).as('requested_fen'),
      approvedCount: sql<number>`0`.as('approved_count'),
      approvedFen: sql<number>`0::bigint`.as('approved_fen'),
      declinedCount: sql<number>`0`.as('declined_count'),
      disbursedFen: sql<number>`0::bigint`.as('disbursed_fen'),
    })
    .from(innovationLoans)
    .where(loanScopeCondition(scope))
    .groupBy(sql`1`, innovationLoans.bankId);
  const decided = db
    .select({
      year: yearOf(sql`${innovationLoans.decidedOn}`).as('year'),
      bankId: innovationLoans.bankId,
      applications: sql<number>`0`.as('applications'),
      requestedFen: sql<number>`0::bigint`.as('requested_fen'),
      approvedCount: whole(sql`count(*) filter (where ${innovationLoans.status} in ('approved', 'disbursed'))`).as('approved_count'),
      approvedFen: money(sql`sum(${innovationLoans.approvedAmountFen}) filter (where ${innovationLoans.status} in ('approved', 'disbursed'))`).as('approved_fen'),
      declinedCount: whole(sql`count(*) filter (where ${innovationLoans.status} = 'declined')`).as('declined_count'),
      disbursedFen: sql<number>`0::bigint`.as('disbursed_fen'),
    })
    .from(innovationLoans)
    .where(and(loanScopeCondition(scope), sql`${innovationLoans.decidedOn} is not null`))
    .groupBy(sql`1`, innovationLoans.bankId);
  const paid = db
    .select({
      year: yearOf(sql`${innovationLoanDisbursements.disbursedOn}`).as('year'),
      bankId: innovationLoans.bankId,
      applications: sql<number>`0`.as('applications'),
      requestedFen: sql<number>`0::bigint`.as('requested_fen'),
      approvedCount: sql<number>`0`.as('approved_count'),
      approvedFen: sql<number>`0::bigint`.as('approved_fen'),
      declinedCount: sql<number>`0`.as('declined_count'),
      disbursedFen: money(sql`sum(${innovationLoanDisbursements.amountFen})`).as('disbursed_fen'),
    })
    .from(innovationLoanDisbursements)
    .innerJoin(innovationLoans, eq(innovationLoans.id, innovationLoanDisbursements.loanId))
    .where(loanScopeCondition(scope))
    .groupBy(sql`1`, innovationLoans.bankId);
  const rows = await Promise.all([loans, decided, paid]);
  // Merged here rather than in SQL: a handful of rows per year and bank.
  const merged = new Map<string, LoanTotalsRow & { year: number; bankId: string }>();
  for (const row of rows.flat()) {
    const key = `${row.year}/${row.bankId}`;
    const into = merged.get(key) ?? { year: Number(row.year), bankId: row.bankId, applications: 0, requestedFen: 0, approvedCount: 0, approvedFen: 0, declinedCount: 0, disbursedFen: 0 };
    into.applications += Number(row.applications);
    into.requestedFen += Number(row.requestedFen);
    into.approvedCount += Number(row.approvedCount);
    into.approvedFen += Number(row.approvedFen);
    into.declinedCount += Number(row.declinedCount);
    into.disbursedFen += Number(row.disbursedFen);
    merged.set(key, into);
  }
  return [...merged.values()];
}
