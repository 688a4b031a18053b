// Innovation-index and loan vocabularies as plain constants with no imports, shared with the web app.

/**
 * The factors of the innovation index (创新指数), in display order. Each is a number per enterprise
 * and year, read from the records named in `FACTOR_UNITS`' comments.
 */
export const INDEX_FACTORS = [
  'valid_invention_patents', // 有效发明专利: valid invention patents held at the year's end
  'other_valid_patents', // 其他有效专利: valid utility-model and design patents held at the year's end
  'tech_contract_turnover', // 技术合同成交额: registered technology contracts of the year, fen
  'high_tech', // 高新技术企业: 1 or 0
  'tech_sme', // 科技型中小企业: 1 or 0
  'rd_staff_share', // 研发人员占比: R&D staff ÷ total staff of the year
  'rd_spending', // 研发投入: R&D spending of the year, fen
  'research_assistant_posts', // 科研助理岗位: posts developed in the year
  'training_participation', // 培训参与: trainees enrolled in the year's programmes
  'competition_participation', // 竞赛参与: entrants in the year's skill competitions
] as const;
export type IndexFactor = (typeof INDEX_FACTORS)[number];

/** How a factor's raw value is counted, so that it is shown right (money in 元, shares in %). */
export const FACTOR_UNITS: Record<IndexFactor, 'count' | 'fen' | 'flag' | 'ratio'> = {
  valid_invention_patents: 'count',
  other_valid_patents: 'count',
  tech_contract_turnover: 'fen',
  high_tech: 'flag',
  tech_sme: 'flag',
  rd_staff_share: 'ratio',
  rd_spending: 'fen',
  research_assistant_posts: 'count',
  training_participation: 'count',
  competition_participation: 'count',
};

/**
 * How a raw value becomes a number in [0, 1]:
 * - `min_max`: (x − min) ÷ (max − min) over the zone's enterprises that year;
 * - `cap`: x ÷ cap, at most 1;
 * - `log`: ln(1 + x) ÷ ln(1 + cap), at most 1 — for counts and money whose first units matter most.
 */
export const NORMALISATION_KINDS = ['min_max', 'cap', 'log'] as const;
export type NormalisationKind = (typeof NORMALISATION_KINDS)[number];

/** Weights are whole percentages that add up to 100, so a factor's contribution is in index points. */
export const WEIGHT_TOTAL = 100;

/**
 * 创新指数贷 applications: submitted → under_review → approved | declined; the applicant may
 * withdraw until the bank decides; an approved loan becomes disbursed once the approved amount
 * has been paid out in full.
 */
export const LOAN_STATUSES = ['submitted', 'under_review', 'approved', 'declined', 'withdrawn', 'disbursed'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** Which status each action leads from and to: the only transitions a loan can make. */
export const LOAN_TRANSITIONS = {
  start_review: { from: ['submitted'], to: 'under_review' },
  approve: { from: ['submitted', 'under_review'], to: 'approved' },
  decline: { from: ['submitted', 'under_review'], to: 'declined' },
  withdraw: { from: ['submitted', 'under_review'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly LoanStatus[]; to: LoanStatus }>;
export type LoanAction = keyof typeof LOAN_TRANSITIONS;

/** Limits of a loan's terms (months) and annual rate (basis points: 435 = 4.35 %). */
export const LOAN_TERM_MONTHS = { min: 1, max: 120 } as const;
export const LOAN_RATE_BP = { min: 1, max: 2400 } as const;
