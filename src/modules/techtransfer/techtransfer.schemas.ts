import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { INDUSTRIES } from '../organisations/organisations.codes';
import { parseMoney } from './money';
import { parseApplicationNumber } from './patent-number';
import {
  ACHIEVEMENT_LEVELS,
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  CONTRACT_TYPES,
  LEGAL_STATUSES,
  PATENT_TYPES,
  PROPOSAL_STATUSES,
  TRANSFER_KINDS,
} from './techtransfer.codes';

export {
  ACHIEVEMENT_LEVELS,
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  CONTRACT_TYPES,
  LEGAL_STATUSES,
  PATENT_TYPES,
  PROPOSAL_STATUSES,
  TRANSFER_KINDS,
} from './techtransfer.codes';

// ---------------------------------------------------------------------------------------------
// Shared fields

/** 申请号 as people write it; becomes the canonical 202310123459.X, or a field error naming the expected check character. */
export const applicationNumber = z
  .string()
  .transform((value, ctx) => {
    const parsed = parseApplicationNumber(value);
    if (parsed.ok) return parsed.value.number;
    const { problem } = parsed;
    if (problem.kind === 'check') ctx.addIssue({ code: 'custom', message: 'patent_number.check', params: { expected: problem.expected } });
    else if (problem.kind === 'year') ctx.addIssue({ code: 'custom', message: 'patent_number.year', params: { year: problem.year } });
    else if (problem.kind === 'type_digit') ctx.addIssue({ code: 'custom', message: 'patent_number.type_digit', params: { digit: problem.digit } });
    else ctx.addIssue({ code: 'custom', message: 'patent_number.format' });
    return z.NEVER;
  });

/**
 * An amount as text — "1,234.56", "12.3万元", "1.2亿" — read exactly into whole fen. JSON numbers
 * are refused: a decimal JSON number is a float, the very thing money must never pass through.
 */
export const moneyText = z.string().transform((value, ctx) => {
  const parsed = parseMoney(value);
  if (parsed.ok) return parsed.fen;
  ctx.addIssue({ code: 'custom', message: `money.${parsed.problem}` });
  return z.NEVER;
});
export const positiveMoneyText = moneyText.refine((fen) => fen > 0, 'money.positive');

const version = z.number().int().min(1);
const personNames = z
  .array(text(40))
  .max(30)
  .transform((items) => [...new Set(items)]);

/** A patent owner or contract party: an organisation of the zone, or a name from outside it. */
export const partyInput = z
  .object({
    organisationId: z.uuid().nullish(),
    name: optionalText(120),
  })
  .strict();
export type PartyInputValue = z.infer<typeof partyInput>;

export const partySchema = z.object({ organisationId: z.uuid().nullable(), name: z.string() });
export type PartyView = z.infer<typeof partySchema>;

const yearQuery = z.coerce.number().int().min(1985).max(2100);
const searchText = z
  .string()
  .transform((v) => v.normalize('NFKC').trim())
  .pipe(z.string().max(100))
  .optional();

const stamps = { version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

// ---------------------------------------------------------------------------------------------
// Patents

const patentFields = {
  applicationNumber,
  type: z.enum(PATENT_TYPES),
  title: text(200),
  owners: z.array(partyInput).min(1).max(10),
  inventors: personNames.default([]),
  filedOn: isoDate,
  grantedOn: isoDate.nullish(),
};

export const createPatentBody = z
  .object({
    ...patentFields,
    legalStatus: z.enum(LEGAL_STATUSES),
    /** For a patent recorded as lapsed: the day it lapsed. */
    legalStatusOn: isoDate.nullish(),
  })
  .strict();
export type CreatePatentInput = z.infer<typeof createPatentBody>;

/** Everything but the legal status, which changes through its own history (POST …/status). */
const { grantedOn: _grantedOn, ...editablePatentFields } = patentFields;
export const updatePatentBody = z
  .object(editablePatentFields)
  .partial()
  .extend({ version })
  .strict();
export type UpdatePatentInput = z.infer<typeof updatePatentBody>;

export const patentStatusBody = z
  .object({
    status: z.enum(LEGAL_STATUSES),
    effectiveOn: isoDate,
    /** Required when a pending application is granted. */
    grantedOn: isoDate.nullish(),
    note: optionalText(500),
    version,
  })
  .strict();
export type PatentStatusInput = z.infer<typeof patentStatusBody>;

export const patentSchema = z.object({
  id: z.uuid(),
  applicationNumber: z.string(),
  type: z.enum(PATENT_TYPES),
  title: z.string(),
  owners: z.array(partySchema),
  inventors: z.array(z.string()),
  filedOn: z.string(),
  grantedOn: z.string().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES),
  legalStatusOn: z.string(),
  /** Whether the asking account may edit it. */
  canEdit: z.boolean(),
  ...stamps,
});
export type PatentView = z.infer<typeof patentSchema>;

export const statusEventSchema = z.object({
  status: z.enum(LEGAL_STATUSES),
  effectiveOn: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const transferSchema = z.object({
  id: z.uuid(),
  patentId: z.uuid(),
  applicationNumber: z.string(),
  patentTitle: z.string(),
  patentType: z.enum(PATENT_TYPES),
  kind: z.enum(TRANSFER_KINDS),
  fromOrganisationId: z.uuid(),
  fromName: z.string(),
  toOrganisationId: z.uuid(),
  toName: z.string(),
  amountFen: z.number().int(),
  contractOn: z.string(),
  note: z.string().nullable(),
  canEdit: z.boolean(),
  ...stamps,
});
export type TransferView = z.infer<typeof transferSchema>;

export const patentDetailSchema = patentSchema.extend({
  history: z.array(statusEventSchema),
  transfers: z.array(transferSchema),
});
export type PatentDetailView = z.infer<typeof patentDetailSchema>;

export const patentFilters = z.object({
  q: searchText,
  type: z.enum(PATENT_TYPES).optional(),
  legalStatus: z.enum(LEGAL_STATUSES).optional(),
  organisationId: z.uuid().optional(),
  grantedYear: yearQuery.optional(),
});
export type PatentFilters = z.infer<typeof patentFilters>;
export const listPatentsQuery = patentFilters.extend(pageQuery.shape);
export const patentPage = pageResult(patentSchema);

// ---------------------------------------------------------------------------------------------
// Transfers and licences

export const createTransferBody = z
  .object({
    patentId: z.uuid(),
    kind: z.enum(TRANSFER_KINDS),
    fromOrganisationId: z.uuid(),
    /** The receiving organisation of the zone, by id or by its full or short name. */
    toOrganisationId: z.uuid().optional(),
    toName: optionalText(120),
    amount: moneyText,
    contractOn: isoDate,
    note: optionalText(500),
  })
  .strict();
export type CreateTransferInput = z.infer<typeof createTransferBody>;

/** Parties and kind are fixed once recorded (a transfer has already moved the patent). */
export const updateTransferBody = z
  .object({ amount: moneyText, contractOn: isoDate, note: optionalText(500) })
  .partial()
  .extend({ version })
  .strict();
export type UpdateTransferInput = z.infer<typeof updateTransferBody>;

export const transferFilters = z.object({
  kind: z.enum(TRANSFER_KINDS).optional(),
  organisationId: z.uuid().optional(),
  patentId: z.uuid().optional(),
  year: yearQuery.optional(),
});
export type TransferFilters = z.infer<typeof transferFilters>;
export const listTransfersQuery = transferFilters.extend(pageQuery.shape);
export const transferPage = pageResult(transferSchema);

// ---------------------------------------------------------------------------------------------
// Technology contracts (技术合同登记)

export const contractNumber = z
  .string()
  .transform((v) => v.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z-]{6,32}$/, 'tech_contract.number_format'));

const contractFields = {
  contractNumber,
  title: text(200),
  type: z.enum(CONTRACT_TYPES),
  seller: partyInput,
  buyer: partyInput,
  amount: positiveMoneyText,
  signedOn: isoDate.nullish(),
  registeredOn: isoDate,
  registry: text(120),
};

export const createContractBody = z.object(contractFields).strict();
export type CreateContractInput = z.infer<typeof createContractBody>;
export const updateContractBody = z.object(contractFields).partial().extend({ version }).strict();
export type UpdateContractInput = z.infer<typeof updateContractBody>;

export const contractSchema = z.object({
  id: z.uuid(),
  contractNumber: z.string(),
  title: z.string(),
  type: z.enum(CONTRACT_TYPES),
  seller: partySchema,
  buyer: partySchema,
  amountFen: z.number().int(),
  signedOn: z.string().nullable(),
  registeredOn: z.string(),
  registry: z.string(),
  /** The 揭榜挂帅 challenge this contract came from, if any. */
  challengeId: z.uuid().nullable(),
  canEdit: z.boolean(),
  ...stamps,
});
export type ContractView = z.infer<typeof contractSchema>;

export const contractFilters = z.object({
  q: searchText,
  type: z.enum(CONTRACT_TYPES).optional(),
  organisationId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ContractFilters = z.infer<typeof contractFilters>;
export const listContractsQuery = contractFilters.extend(pageQuery.shape);
export const contractPage = pageResult(contractSchema).extend({
  /** Sum over every contract that matches the filters, not only this page. */
  totalAmountFen: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// Technology achievement registrations (科技成果登记)

const achievementFields = {
  registrationNumber: z
    .string()
    .transform((v) => v.normalize('NFKC').replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().min(4).max(32)),
  title: text(200),
  organisationId: z.uuid(),
  registeredOn: isoDate,
  level: z.enum(ACHIEVEMENT_LEVELS),
};
export const createAchievementBody = z.object(achievementFields).strict();
export type CreateAchievementInput = z.infer<typeof createAchievementBody>;
export const updateAchievementBody = z.object(achievementFields).partial().extend({ version }).strict();
export type UpdateAchievementInput = z.infer<typeof updateAchievementBody>;

export const achievementSchema = z.object({
  id: z.uuid(),
  registrationNumber: z.string(),
  title: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  registeredOn: z.string(),
  level: z.enum(ACHIEVEMENT_LEVELS),
  canEdit: z.boolean(),
  ...stamps,
});
export type AchievementView = z.infer<typeof achievementSchema>;

export const achievementFilters = z.object({
  organisationId: z.uuid().optional(),
  year: yearQuery.optional(),
  level: z.enum(ACHIEVEMENT_LEVELS).optional(),
});
export type AchievementFilters = z.infer<typeof achievementFilters>;
export const listAchievementsQuery = achievementFilters.extend(pageQuery.shape);
export const achievementPage = pageResult(achievementSchema);

// ---------------------------------------------------------------------------------------------
// Research-assistant posts (科研助理岗位) and yearly targets

const raPositionFields = {
  organisationId: z.uuid(),
  title: text(100),
  project: optionalText(200),
  developedOn: isoDate,
};
export const createRaPositionBody = z.object(raPositionFields).strict();
export type CreateRaPositionInput = z.infer<typeof createRaPositionBody>;
export const updateRaPositionBody = z.object(raPositionFields).partial().extend({ version }).strict();
export type UpdateRaPositionInput = z.infer<typeof updateRaPositionBody>;

export const raPositionSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  title: z.string(),
  project: z.string().nullable(),
  developedOn: z.string(),
  canEdit: z.boolean(),
  ...stamps,
});
export type RaPositionView = z.infer<typeof raPositionSchema>;

export const raPositionFilters = z.object({ organisationId: z.uuid().optional(), year: yearQuery.optional() });
export type RaPositionFilters = z.infer<typeof raPositionFilters>;
export const listRaPositionsQuery = raPositionFilters.extend(pageQuery.shape);
export const raPositionPage = pageResult(raPositionSchema);

/** Sets the zone's target for a year (no organisationId) or one organisation's; version when it exists already. */
export const setRaTargetBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    organisationId: z.uuid().nullish(),
    target: z.number().int().min(0).max(100000),
    version: version.optional(),
  })
  .strict();
export type SetRaTargetInput = z.infer<typeof setRaTargetBody>;

export const raTargetSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  target: z.number().int(),
  ...stamps,
});
export type RaTargetView = z.infer<typeof raTargetSchema>;

export const yearParamsQuery = z.object({ year: yearQuery });

const progressRow = z.object({ actual: z.number().int(), target: z.number().int().nullable() });
export const raProgressSchema = z.object({
  year: z.number().int(),
  /** The zone's posts and target; for an organisation's staff, their organisation's. */
  total: progressRow,
  organisations: z.array(progressRow.extend({ organisationId: z.uuid(), organisationName: z.string(), targetId: z.uuid().nullable(), targetVersion: z.number().int().nullable() })),
  zoneTargetId: z.uuid().nullable(),
  zoneTargetVersion: z.number().int().nullable(),
});
export type RaProgressView = z.infer<typeof raProgressSchema>;

// ---------------------------------------------------------------------------------------------
// 揭榜挂帅: technical challenges and proposals

const challengeFields = {
  title: text(120),
  description: text(4000),
  industry: z.enum(INDUSTRIES),
  budget: moneyText,
  deadline: isoDate,
};
export const createChallengeBody = z
  .object({
    ...challengeFields,
    /** Operators post on an enterprise's behalf; an enterprise's staff post for their own. */
    organisationId: z.uuid().optional(),
  })
  .strict();
export type CreateChallengeInput = z.infer<typeof createChallengeBody>;
export const updateChallengeBody = z.object(challengeFields).partial().extend({ version }).strict();
export type UpdateChallengeInput = z.infer<typeof updateChallengeBody>;

export const challengeActionBody = z
  .object({
    action: z.enum(CHALLENGE_ACTIONS),
    version,
    /** select: the chosen proposal. */
    proposalId: z.uuid().optional(),
    /** contract: the registered technology contract the award led to. */
    contractId: z.uuid().optional(),
    /** return, cancel: why. */
    reason: optionalText(500),
  })
  .strict();
export type ChallengeActionInput = z.infer<typeof challengeActionBody>;

export const challengeSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  title: z.string(),
  description: z.string(),
  industry: z.enum(INDUSTRIES),
  budgetFen: z.number().int(),
  deadline: z.string(),
  status: z.enum(CHALLENGE_STATUSES),
  statusReason: z.string().nullable(),
  contractId: z.uuid().nullable(),
  contractNumber: z.string().nullable(),
  publishedAt: z.string().nullable(),
  awardedAt: z.string().nullable(),
  /** Live proposals (not withdrawn). */
  proposalCount: z.number().int(),
  awardedProposal: z.object({ id: z.uuid(), organisationId: z.uuid(), organisationName: z.string(), status: z.enum(PROPOSAL_STATUSES) }).nullable(),
  /** What the asking account can do now. */
  actions: z.array(z.enum(CHALLENGE_ACTIONS)),
  canEdit: z.boolean(),
  canPropose: z.boolean(),
  /** The asking organisation's own live proposal. */
  myProposalId: z.uuid().nullable(),
  ...stamps,
});
export type ChallengeView = z.infer<typeof challengeSchema>;

export const challengeFilters = z.object({
  q: searchText,
  status: z.enum(CHALLENGE_STATUSES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  organisationId: z.uuid().optional(),
});
export type ChallengeFilters = z.infer<typeof challengeFilters>;
export const listChallengesQuery = challengeFilters.extend(pageQuery.shape);
export const challengePage = pageResult(challengeSchema);

const proposalFields = {
  title: text(120),
  approach: text(4000),
  quote: moneyText,
  durationMonths: z.number().int().min(1).max(120),
};
export const createProposalBody = z.object(proposalFields).strict();
export type CreateProposalInput = z.infer<typeof createProposalBody>;
export const updateProposalBody = z.object(proposalFields).partial().extend({ version }).strict();
export type UpdateProposalInput = z.infer<typeof updateProposalBody>;
export const withdrawProposalBody = z.object({ version }).strict();

export const proposalSchema = z.object({
  id: z.uuid(),
  challengeId: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  title: z.string(),
  approach: z.string(),
  quotedFen: z.number().int(),
  durationMonths: z.number().int(),
  status: z.enum(PROPOSAL_STATUSES),
  canEdit: z.boolean(),
  ...stamps,
});
export type ProposalView = z.infer<typeof proposalSchema>;
export const proposalList = z.object({ items: z.array(proposalSchema) });

// ---------------------------------------------------------------------------------------------
// Figures of a year

export const statsSchema = z.object({
  year: z.number().int(),
  /** Patents whose grant was announced in the year (授权量). */
  patentsGranted: z.number().int(),
  patentsGrantedByType: z.object({ invention: z.number().int(), utility_model: z.number().int(), design: z.number().int() }),
  /** Invention patents whose legal status on 31 December was valid (有效发明专利). */
  validInventionPatents: z.number().int(),
  patentTransfers: z.number().int(),
  patentLicences: z.number().int(),
  transferAmountFen: z.number().int(),
  techContracts: z.number().int(),
  techContractAmountFen: z.number().int(),
  contractsByType: z.array(z.object({ type: z.enum(CONTRACT_TYPES), count: z.number().int(), amountFen: z.number().int() })),
  achievementRegistrations: z.number().int(),
  raPositions: z.number().int(),
  raPositionsTarget: z.number().int().nullable(),
  challenges: z.object({ posted: z.number().int(), awarded: z.number().int(), contracted: z.number().int() }),
});
export type TechTransferStats = z.infer<typeof statsSchema>;

// ---------------------------------------------------------------------------------------------
// Imports from the registries' Excel exports

export const importQuery = z.object({ mode: z.enum(['preview', 'commit']).default('preview') }).strict();
export const importReport = z.object({
  mode: z.enum(['preview', 'commit']),
  rows: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReport>;
