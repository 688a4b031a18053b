import { sql } from 'drizzle-orm';
import { bigint, check, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import type { FactorBreakdown, IndexWeights } from './innovation-index';

/** R&D inputs (研发投入) an enterprise reports for one year; money in fen. */
export const rdInputs = pgTable(
  'rd_inputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    rdStaff: integer('rd_staff').notNull(),
    totalStaff: integer('total_staff').notNull(),
    rdSpendingFen: bigint('rd_spending_fen', { mode: 'number' }).notNull(),
    revenueFen: bigint('revenue_fen', { mode: 'number' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    /** Null for records loaded with the demo data rather than typed in by an account. */
    createdBy: uuid('created_by').references(() => accounts.id),
    updatedBy: uuid('updated_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rd_inputs_organisation_year_key').on(t.organisationId, t.year),
    index('rd_inputs_zone_year_idx').on(t.zoneId, t.year),
    check('rd_inputs_staff_check', sql`${t.totalStaff} > 0 and ${t.rdStaff} >= 0 and ${t.rdStaff} <= ${t.totalStaff}`),
    check('rd_inputs_money_check', sql`${t.rdSpendingFen} >= 0 and (${t.revenueFen} is null or ${t.revenueFen} >= 0)`),
  ],
);

/** The operator's index weights for a zone: every change is published as a new version, the highest is in force. */
export const innovationIndexWeights = pgTable(
  'innovation_index_weights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    version: integer('version').notNull(),
    weights: jsonb('weights').$type<IndexWeights>().notNull(),
    note: text('note'),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('innovation_index_weights_zone_version_key').on(t.zoneId, t.version)],
);

/** The index as the enterprise consented to share it, frozen when it applied. */
export type LoanIndexSnapshot = {
  year: number;
  score: number;
  weightsVersion: number;
  /** Enterprises of the zone the min–max factors were scaled over. */
  peerCount: number;
  computedAt: string;
  factors: FactorBreakdown[];
};

/**
 * An application for an innovation-index loan (创新指数贷) to one partner bank, and the bank's
 * decision. `decidedOn` is the China date of the decision: an approved loan counts as granted in
 * the year of its `decidedOn`. `disbursedFen` is the sum of its disbursements, kept with them.
 */
export const innovationLoans = pgTable(
  'innovation_loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull().default('submitted'),
    amountRequestedFen: bigint('amount_requested_fen', { mode: 'number' }).notNull(),
    purpose: text('purpose').notNull(),
    termMonthsRequested: integer('term_months_requested').notNull(),
    indexYear: integer('index_year').notNull(),
    indexScore: doublePrecision('index_score').notNull(),
    indexSnapshot: jsonb('index_snapshot').$type<LoanIndexSnapshot>().notNull(),
    /** The consent as the applicant agreed to it, naming the bank, and when. */
    consentText: text('consent_text').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** Null for applications loaded with the demo data. */
    appliedBy: uuid('applied_by').references(() => accounts.id),
    submittedOn: date('submitted_on').notNull(),
    reviewStartedAt: timestamp('review_started_at', { withTimezone: true }),
    approvedAmountFen: bigint('approved_amount_fen', { mode: 'number' }),
    /** Annual rate in basis points: 435 = 4.35 %. */
    rateBp: integer('rate_bp'),
    approvedTermMonths: integer('approved_term_months'),
    declineReason: text('decline_reason'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedOn: date('decided_on'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    disbursedFen: bigint('disbursed_fen', { mode: 'number' }).notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('innovation_loans_zone_status_idx').on(t.zoneId, t.status),
    index('innovation_loans_bank_idx').on(t.bankId, t.submittedOn),
    index('innovation_loans_organisation_idx').on(t.organisationId, t.submittedOn),
    index('innovation_loans_zone_decided_idx').on(t.zoneId, t.decidedOn),
    check('innovation_loans_status_check', sql`${t.status} in ('submitted', 'under_review', 'approved', 'declined', 'withdrawn', 'disbursed')`),
    check('innovation_loans_requested_check', sql`${t.amountRequestedFen} > 0 and ${t.termMonthsRequested} > 0`),
    check(
      'innovation_loans_approval_check',
      sql`${t.status} not in ('approved', 'disbursed') or (${t.approvedAmountFen} > 0 and ${t.rateBp} > 0 and ${t.approvedTermMonths} > 0 and ${t.decidedOn} is not null)`,
    ),
    check('innovation_loans_disbursed_check', sql`${t.disbursedFen} >= 0 and ${t.disbursedFen} <= coalesce(${t.approvedAmountFen}, 0)`),
  ],
);

/** Money the bank paid out on an approved loan (放款). */
export const innovationLoanDisbursements = pgTable(
  'innovation_loan_disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanId: uuid('loan_id')
      .notNull()
      .references(() => innovationLoans.id),
    disbursedOn: date('disbursed_on').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('innovation_loan_disbursements_loan_idx').on(t.loanId, t.disbursedOn), check('innovation_loan_disbursements_amount_check', sql`${t.amountFen} > 0`)],
);
