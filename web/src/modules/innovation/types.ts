// Shapes of the innovation API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  applyLoanBody,
  bankList,
  createRdInputBody,
  disbursementBody,
  indexDetailSchema,
  indexPage,
  loanDecisionBody,
  loanDetailSchema,
  loanPage,
  loanSchema,
  loanTotalsSchema,
  publishWeightsBody,
  rdInputPage,
  rdInputSchema,
  updateRdInputBody,
  weightsHistorySchema,
  weightsSchema,
} from '../../../../src/modules/innovation/innovation.schemas';

export {
  FACTOR_UNITS,
  INDEX_FACTORS,
  type IndexFactor,
  LOAN_RATE_BP,
  LOAN_STATUSES,
  LOAN_TERM_MONTHS,
  type LoanStatus,
  NORMALISATION_KINDS,
  type NormalisationKind,
  WEIGHT_TOTAL,
} from '../../../../src/modules/innovation/innovation.codes';

export type IndexPage = z.infer<typeof indexPage>;
export type IndexSummary = IndexPage['items'][number];
export type IndexDetail = z.infer<typeof indexDetailSchema>;
export type FactorDetail = IndexDetail['factors'][number];
export type Weights = z.infer<typeof weightsSchema>;
export type WeightsHistory = z.infer<typeof weightsHistorySchema>;
export type PublishWeightsPayload = z.input<typeof publishWeightsBody>;
export type Normalisation = Weights['weights']['high_tech']['normalisation'];
export type RdInput = z.infer<typeof rdInputSchema>;
export type RdInputPage = z.infer<typeof rdInputPage>;
export type CreateRdInputPayload = z.input<typeof createRdInputBody>;
export type UpdateRdInputPayload = z.input<typeof updateRdInputBody>;
export type Bank = z.infer<typeof bankList>['items'][number];
export type Loan = z.infer<typeof loanSchema>;
export type LoanDetail = z.infer<typeof loanDetailSchema>;
export type LoanPage = z.infer<typeof loanPage>;
export type LoanTotals = z.infer<typeof loanTotalsSchema>;
/** The consent is sent as the checkbox holds it; the server refuses anything but true. */
export type ApplyLoanPayload = Omit<z.input<typeof applyLoanBody>, 'consentToShare'> & { consentToShare: boolean };
export type LoanDecisionPayload = z.input<typeof loanDecisionBody>;
export type DisbursementPayload = z.input<typeof disbursementBody>;
