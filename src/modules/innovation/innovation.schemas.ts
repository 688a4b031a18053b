import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { INDUSTRIES } from '../organisations/organisations.codes';
import {
  INDEX_FACTORS,
  LOAN_RATE_BP,
  LOAN_STATUSES,
  LOAN_TERM_MONTHS,
  type IndexFactor,
} from './innovation.codes';

export { INDEX_FACTORS, LOAN_STATUSES, NORMALISATION_KINDS } from './innovation.codes';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
/** Far above any enterprise's figures, well inside exact integers: 10 万亿元. */
const MAX_FEN = 10 ** 15;
/** The largest loan the platform takes: 10 亿元. */
const MAX_LOAN_FEN = 10 ** 11;

const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);
const fen = z.number().int().min(0).max(MAX_FEN);
const loanFen = z.number().int().min(1).max(MAX_LOAN_FEN);
const staff = z.number().int().min(0).max(1_000_000);
const termMonths = z.number().int().min(LOAN_TERM_MONTHS.min).max(LOAN_TERM_MONTHS.max);
const rowVersion = z.number().int().min(1);

// --- R&D inputs ------------------------------------------------------------------------------

export const createRdInputBody = z
  .object({
    year,
    rdStaff: staff,
    totalStaff: staff.min(1),
    rdSpendingFen: fen,
    revenueFen: fen.nullish(),
    note: optionalText(500),
  })
  .strict();
export type CreateRdInputInput = z.infer<typeof createRdInputBody>;

export const updateRdInputBody = createRdInputBody.omit({ year: true }).partial().extend({ version: rowVersion }).strict();
export type UpdateRdInputInput = z.infer<typeof updateRdInputBody>;

export const rdInputSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  year: z.number().int(),
  rdStaff: z.number().int(),
  totalStaff: z.number().int(),
  rdSpendingFen: z.number().int(),
  revenueFen: z.number().int().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RdInputView = z.infer<typeof rdInputSchema>;
export const rdInputPage = pageResult(rdInputSchema);

export const listRdInputsQuery = z
  .object({
    year: z.coerce.number().pipe(year).optional(),
    organisationId: z.uuid().optional(),
  })
  .extend(pageQuery.shape);

// --- weights ---------------------------------------------------------------------------------

const cap = z.number().positive().max(MAX_FEN);
export const normalisationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min_max') }).strict(),
  z.object({ kind: z.literal('cap'), cap }).strict(),
  z.object({ kind: z.literal('log'), cap }).strict(),
]);
const factorSettingSchema = z.object({ weight: z.number().int().min(0).max(100), normalisation: normalisationSchema }).strict();
export const indexWeightsSchema = z
  .object(Object.fromEntries(INDEX_FACTORS.map((f) => [f, factorSettingSchema])) as Record<IndexFactor, typeof factorSettingSchema>)
  .strict();

export const publishWeightsBody = z
  .object({
    weights: indexWeightsSchema,
    note: optionalText(500),
    /** The version the operator last saw: another publication since then is refused with 409 stale_version. */
    expectedVersion: z.number().int().min(0),
  })
  .strict();
export type PublishWeightsInput = z.infer<typeof publishWeightsBody>;

export const weightsSchema = z.object({
  /** 0: the built-in defaults, before the zone's first publication. */
  version: z.number().int(),
  weights: indexWeightsSchema,
  note: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
});
export type WeightsView = z.infer<typeof weightsSchema>;
export const weightsHistorySchema = z.object({ items: z.array(weightsSchema) });

// --- index -----------------------------------------------------------------------------------

export const indexYearQuery = z.object({
  /** Defaults to last year, the latest complete one. */
  year: z.coerce.number().pipe(year).optional(),
});

export const listIndicesQuery = indexYearQuery
  .extend({ q: optionalText(100), industry: z.enum(INDUSTRIES).optional() })
  .extend(pageQuery.shape);

export const organisationParams = z.object({ organisationId: z.uuid() });

export const factorBreakdownSchema = z.object({
  factor: z.enum(INDEX_FACTORS),
  raw: z.number(),
  normalised: z.number(),
  weight: z.number().int(),
  contribution: z.number(),
});

export const indexSummarySchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  industry: z.string(),
  isHighTech: z.boolean(),
  isTechSme: z.boolean(),
  score: z.number(),
  /** 1 = highest index of the zone that year; equal scores share a rank. */
  rank: z.number().int(),
});
export type IndexSummaryView = z.infer<typeof indexSummarySchema>;

export const indexPage = pageResult(indexSummarySchema).extend({
  year: z.number().int(),
  weightsVersion: z.number().int(),
  /** Enterprises of the zone the index was computed over. */
  peerCount: z.number().int(),
});

/** One record behind a factor, for the drill-down list: a patent, a contract, a post, a trainee … */
export const factorRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  reference: z.string().nullable(),
  date: z.string().nullable(),
  amountFen: z.number().int().nullable(),
  /** Trainees of a booking or programme, R&D staff of an R&D input. */
  quantity: z.number().int().nullable(),
  detail: z.string().nullable(),
});
export type FactorRecord = z.infer<typeof factorRecordSchema>;

export const indexDetailSchema = indexSummarySchema.extend({
  year: z.number().int(),
  weightsVersion: z.number().int(),
  peerCount: z.number().int(),
  factors: z.array(
    factorBreakdownSchema.extend({
      unit: z.enum(['count', 'fen', 'flag', 'ratio']),
      normalisation: normalisationSchema,
      /** Smallest and largest raw value among the zone's enterprises (used by min–max). */
      peerMin: z.number(),
      peerMax: z.number(),
      records: z.array(factorRecordSchema),
      /** Records behind the factor in all; `records` lists at most the first 200. */
      recordCount: z.number().int(),
    }),
  ),
  rdInput: rdInputSchema.nullable(),
});
export type IndexDetailView = z.infer<typeof indexDetailSchema>;

// --- loans -----------------------------------------------------------------------------------

export const bankSchema = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });
export const bankList = z.object({ items: z.array(bankSchema) });

export const applyLoanBody = z
  .object({
    bankId: z.uuid(),
    amountRequestedFen: loanFen,
    purpose: text(500),
    termMonths,
    /** The year whose index is shared; defaults to last year. */
    indexYear: year.optional(),
    /** The applicant's explicit consent to share the index with the chosen bank. */
    consentToShare: z.literal(true, { error: 'loan.consent_required' }),
  })
  .strict();
export type ApplyLoanInput = z.infer<typeof applyLoanBody>;

export const loanVersionBody = z.object({ version: rowVersion }).strict();

export const loanDecisionBody = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('approve'),
      approvedAmountFen: loanFen,
      /** Annual rate in basis points: 435 = 4.35 %. */
      rateBp: z.number().int().min(LOAN_RATE_BP.min).max(LOAN_RATE_BP.max),
      termMonths,
      version: rowVersion,
    })
    .strict(),
  z.object({ decision: z.literal('decline'), reason: text(500), version: rowVersion }).strict(),
]);
export type LoanDecisionInput = z.infer<typeof loanDecisionBody>;

export const disbursementBody = z
  .object({
    disbursedOn: isoDate,
    amountFen: loanFen,
    note: optionalText(200),
  })
  .strict();
export type DisbursementInput = z.infer<typeof disbursementBody>;

export const listLoansQuery = z
  .object({
    status: z.enum(LOAN_STATUSES).optional(),
    /** Applications submitted in this year. */
    year: z.coerce.number().pipe(year).optional(),
    bankId: z.uuid().optional(),
    organisationId: z.uuid().optional(),
  })
  .extend(pageQuery.shape);
export type LoanFilters = Omit<z.infer<typeof listLoansQuery>, 'page' | 'pageSize'>;

export const disbursementSchema = z.object({
  id: z.uuid(),
  disbursedOn: z.string(),
  amountFen: z.number().int(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const LOAN_VIEWER_ACTIONS = ['start_review', 'approve', 'decline', 'withdraw', 'disburse'] as const;

export const loanSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  bankId: z.uuid(),
  bankName: z.string(),
  status: z.enum(LOAN_STATUSES),
  amountRequestedFen: z.number().int(),
  purpose: z.string(),
  termMonthsRequested: z.number().int(),
  indexYear: z.number().int(),
  indexScore: z.number(),
  submittedOn: z.string(),
  consentText: z.string(),
  consentedAt: z.string(),
  appliedByName: z.string().nullable(),
  reviewStartedAt: z.string().nullable(),
  approvedAmountFen: z.number().int().nullable(),
  rateBp: z.number().int().nullable(),
  approvedTermMonths: z.number().int().nullable(),
  declineReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The China date of the decision; an approved loan counts as granted in this date's year. */
  decidedOn: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  disbursedFen: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in account may do with the application now. */
  allowedActions: z.array(z.enum(LOAN_VIEWER_ACTIONS)),
});
export type LoanView = z.infer<typeof loanSchema>;

export const loanDetailSchema = loanSchema.extend({
  indexSnapshot: z.object({
    year: z.number().int(),
    score: z.number(),
    weightsVersion: z.number().int(),
    peerCount: z.number().int(),
    computedAt: z.string(),
    factors: z.array(factorBreakdownSchema),
  }),
  disbursements: z.array(disbursementSchema),
});
export type LoanDetailView = z.infer<typeof loanDetailSchema>;

export const loanPage = pageResult(loanSchema);

export const loanTotalsQuery = z.object({
  /** The year the per-bank totals are for; defaults to this year. */
  year: z.coerce.number().pipe(year).optional(),
});

const totalsRow = {
  applications: z.number().int(),
  requestedFen: z.number().int(),
  approvedCount: z.number().int(),
  /** Sum of the approved amounts of loans approved (decidedOn) in the year. */
  approvedFen: z.number().int(),
  declinedCount: z.number().int(),
  /** Sum of the disbursements dated in the year. */
  disbursedFen: z.number().int(),
};
export const loanTotalsSchema = z.object({
  year: z.number().int(),
  total: z.object(totalsRow),
  banks: z.array(z.object({ bankId: z.uuid(), bankName: z.string(), ...totalsRow })),
  years: z.array(z.object({ year: z.number().int(), ...totalsRow })),
});
export type LoanTotalsView = z.infer<typeof loanTotalsSchema>;
