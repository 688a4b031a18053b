// Shapes of the technology-transfer API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  achievementPage,
  achievementSchema,
  challengePage,
  challengeSchema,
  contractPage,
  contractSchema,
  createAchievementBody,
  createChallengeBody,
  createContractBody,
  createPatentBody,
  createProposalBody,
  createRaPositionBody,
  createTransferBody,
  importReport,
  patentDetailSchema,
  patentPage,
  patentSchema,
  proposalList,
  proposalSchema,
  raPositionPage,
  raPositionSchema,
  raProgressSchema,
  statsSchema,
  transferPage,
  transferSchema,
} from '../../../../src/modules/techtransfer/techtransfer.schemas';

export {
  ACHIEVEMENT_LEVELS,
  type AchievementLevel,
  CHALLENGE_ACTIONS,
  CHALLENGE_STATUSES,
  type ChallengeAction,
  type ChallengeStatus,
  CONTRACT_TYPES,
  type ContractType,
  LEGAL_STATUSES,
  type LegalStatus,
  PATENT_TYPES,
  type PatentType,
  type ProposalStatus,
  TRANSFER_KINDS,
  type TransferKind,
} from '../../../../src/modules/techtransfer/techtransfer.codes';

export type Patent = z.infer<typeof patentSchema>;
export type PatentDetail = z.infer<typeof patentDetailSchema>;
export type PatentPage = z.infer<typeof patentPage>;
export type Transfer = z.infer<typeof transferSchema>;
export type TransferPage = z.infer<typeof transferPage>;
export type Contract = z.infer<typeof contractSchema>;
export type ContractPage = z.infer<typeof contractPage>;
export type Achievement = z.infer<typeof achievementSchema>;
export type AchievementPage = z.infer<typeof achievementPage>;
export type RaPosition = z.infer<typeof raPositionSchema>;
export type RaPositionPage = z.infer<typeof raPositionPage>;
export type RaProgress = z.infer<typeof raProgressSchema>;
export type Challenge = z.infer<typeof challengeSchema>;
export type ChallengePage = z.infer<typeof challengePage>;
export type Proposal = z.infer<typeof proposalSchema>;
export type ProposalList = z.infer<typeof proposalList>;
export type TechTransferStats = z.infer<typeof statsSchema>;
export type RegistryImportReport = z.infer<typeof importReport>;

export type CreatePatentPayload = z.input<typeof createPatentBody>;
export type CreateTransferPayload = z.input<typeof createTransferBody>;
export type CreateContractPayload = z.input<typeof createContractBody>;
export type CreateAchievementPayload = z.input<typeof createAchievementBody>;
export type CreateRaPositionPayload = z.input<typeof createRaPositionBody>;
export type CreateChallengePayload = z.input<typeof createChallengeBody>;
export type CreateProposalPayload = z.input<typeof createProposalBody>;
