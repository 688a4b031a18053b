// Shapes of the matching, recommendation, allocation and outbox APIs, from the server's zod schemas
// through type-only imports (erased at build), and the vocabularies from the dependency-free code
// files. The factor and reason vocabularies live in the scoring engine, which must not enter the
// bundle: their types come from it here, their order from `utils/factors.ts`.
import type { z } from 'zod';
import type { Factor, ReasonCode } from '../../../../src/modules/matching/engine/scoring';
import type {
  allocationPage,
  allocationSchema,
  approveAllocationBody,
  approvedAllocationSchema,
  candidateListSchema,
  candidateSchema,
  createAllocationBody,
  createRecommendationsBody,
  createdRecommendationsSchema,
  factorScoreSchema,
  recommendationPage,
  recommendationSchema,
  recommendationStatsSchema,
  updateWeightsBody,
  weightsHistorySchema,
  weightsViewSchema,
} from '../../../../src/modules/matching/matching.schemas';
import type { outboxItemSchema, outboxPage } from '../../../../src/modules/notifications/notifications.schemas';

export {
  ALLOCATION_STATUSES,
  type AllocationStatus,
  LOCATION_FILTERS,
  type LocationFilter,
  MAX_RANKED,
  MAX_RECOMMEND_AT_ONCE,
  RECOMMENDATION_STATS_GROUPS,
  type RecommendationStatsGroup,
} from '../../../../src/modules/matching/matching.codes';
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../../../../src/modules/notifications/notifications.codes';
export { APPLICATION_STATUSES, type ApplicationStatus, type EducationLevel } from '../../../../src/modules/positions/positions.codes';

export type { Factor, ReasonCode };

/** One factor's points out of its weight, with the reason code and the values behind it. */
export type FactorScore = z.infer<typeof factorScoreSchema>;

export type Candidate = z.infer<typeof candidateSchema>;
export type CandidateList = z.infer<typeof candidateListSchema>;

export type Recommendation = z.infer<typeof recommendationSchema>;
export type RecommendationPage = z.infer<typeof recommendationPage>;
export type RecommendationStats = z.infer<typeof recommendationStatsSchema>;
export type CreateRecommendationsPayload = z.input<typeof createRecommendationsBody>;
export type CreatedRecommendations = z.infer<typeof createdRecommendationsSchema>;

export type WeightsView = z.infer<typeof weightsViewSchema>;
export type Weights = WeightsView['weights'];
export type WeightsHistory = z.infer<typeof weightsHistorySchema>;
export type UpdateWeightsPayload = z.input<typeof updateWeightsBody>;

export type Allocation = z.infer<typeof allocationSchema>;
export type AllocationPage = z.infer<typeof allocationPage>;
export type AllocationSummary = AllocationPage['items'][number];
export type AllocationAssignment = Allocation['result']['assignments'][number];
export type AllocationPosition = Allocation['result']['positions'][number];
export type AllocationUnassigned = Allocation['result']['unassigned'][number];
export type CreateAllocationPayload = z.input<typeof createAllocationBody>;
export type ApproveAllocationPayload = z.input<typeof approveAllocationBody>;
export type ApprovedAllocation = z.infer<typeof approvedAllocationSchema>;
export type SkippedAssignment = ApprovedAllocation['skipped'][number];

export type OutboxItem = z.infer<typeof outboxItemSchema>;
export type OutboxPage = z.infer<typeof outboxPage>;
