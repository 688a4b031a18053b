import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, queryBoolean, text } from '../../platform/validation';
import { APPLICATION_STATUSES, EDUCATION_LEVELS } from '../positions/positions.codes';
import { publicPositionSchema } from '../positions/positions.schemas';
import { GENDERS } from '../talent/talent.codes';
import { FACTORS, type MatchingWeights, REASON_CODES } from './engine/scoring';
import {
  ALLOCATION_STATUSES,
  LOCATION_FILTERS,
  MAX_RANKED,
  MAX_RECOMMEND_AT_ONCE,
  RECOMMENDATION_STATS_GROUPS,
} from './matching.codes';

const weight = z.number().int().min(0).max(100);

export const weightsSchema = z
  .object(Object.fromEntries(FACTORS.map((f) => [f, weight])) as { [K in keyof MatchingWeights]: typeof weight })
  .strict()
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'matching.weights_all_zero' });

export const weightsViewSchema = z.object({
  /** 0 = the built-in defaults, never changed in this zone. */
  version: z.number().int(),
  weights: weightsSchema,
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdByName: z.string().nullable(),
});
export type WeightsView = z.infer<typeof weightsViewSchema>;
export const weightsHistorySchema = z.object({ items: z.array(weightsViewSchema) });

export const updateWeightsBody = z
  .object({
    weights: weightsSchema,
    note: optionalText(500),
    /** The version the operator edited: a newer one saved meanwhile makes this a stale-version error. */
    expectedVersion: z.number().int().min(0),
  })
  .strict();

export const factorScoreSchema = z.object({
  factor: z.enum(FACTORS),
  points: z.number(),
  max: z.number(),
  reason: z.enum(REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export const matchSchema = z.object({ total: z.number(), factors: z.array(factorScoreSchema) });

export const candidatesQuery = z.object({
  educationMet: queryBoolean.optional(),
  location: z.enum(LOCATION_FILTERS).optional(),
  minExperienceYears: z.coerce.number().int().min(0).max(50).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_RANKED).default(50),
});
export type CandidatesQuery = z.infer<typeof candidatesQuery>;

export const candidateSchema = z.object({
  seeker: z.object({
    id: z.uuid(),
    name: z.string(),
    gender: z.enum(GENDERS).nullable(),
    birthYear: z.string().nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    school: z.string().nullable(),
    major: z.string().nullable(),
    experienceYears: z.number().int(),
    skills: z.array(z.string()),
    preferredRegions: z.array(z.string()),
    expectedSalaryMin: z.number().int().nullable(),
    expectedSalaryMax: z.number().int().nullable(),
    availableFrom: z.string().nullable(),
    summary: z.string().nullable(),
  }),
  match: matchSchema,
  /** The seeker's application or recommendation to this position, if any. */
  application: z.object({ id: z.uuid(), status: z.enum(APPLICATION_STATUSES), channel: z.string() }).nullable(),
});
export type CandidateView = z.infer<typeof candidateSchema>;

export const candidateListSchema = z.object({
  items: z.array(candidateSchema),
  /** Consenting candidates of the zone that pass the filters. */
  matched: z.number().int(),
  weightsVersion: z.number().int(),
});

export const recommendedPositionsSchema = z.object({
  /** False when the seeker switched automated recommendation off (PIPL art. 24). */
  enabled: z.boolean(),
  items: z.array(z.object({ position: publicPositionSchema, match: matchSchema, isLiked: z.boolean() })),
  weightsVersion: z.number().int(),
});

export const autoRecommendSchema = z.object({ enabled: z.boolean() }).strict();

export const likesSchema = z.object({ positionIds: z.array(z.uuid()) });
export const positionIdParams = z.object({ positionId: z.uuid() });

export const createRecommendationsBody = z
  .object({
    positionId: z.uuid(),
    seekerIds: z.array(z.uuid()).min(1).max(MAX_RECOMMEND_AT_ONCE),
    note: optionalText(500),
  })
  .strict();

export const recommendationSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  positionId: z.uuid(),
  positionTitle: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  seekerId: z.uuid(),
  seekerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  declineReason: z.string().nullable(),
  score: z.number(),
  factors: z.array(factorScoreSchema),
  weightsVersion: z.number().int(),
  allocationId: z.uuid().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  hiredAt: z.string().nullable(),
});
export type RecommendationView = z.infer<typeof recommendationSchema>;
export const recommendationPage = pageResult(recommendationSchema);
export const createdRecommendationsSchema = z.object({ items: z.array(recommendationSchema) });

export const listRecommendationsQuery = pageQuery.extend({
  positionId: z.uuid().optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const recommendationStatsQuery = z.object({
  /** Defaults to 1 January of this year. */
  from: isoDate.optional(),
  /** Defaults to today. */
  to: isoDate.optional(),
  groupBy: z.enum(RECOMMENDATION_STATS_GROUPS).default('month'),
});

const statCounts = {
  recommendations: z.number().int(),
  /** Distinct people recommended. */
  people: z.number().int(),
  /** Distinct positions that received recommended candidates. */
  positions: z.number().int(),
  /** Recommended candidates hired (by date of hire). */
  hires: z.number().int(),
  /** Distinct positions filled (at least partly) by a recommended candidate. */
  positionsFilled: z.number().int(),
};
export const recommendationStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(RECOMMENDATION_STATS_GROUPS),
  /** Over the whole range (distinct counts are not sums of the periods'); conversion = hires / recommendations. */
  total: z.object({ ...statCounts, conversion: z.number() }),
  periods: z.array(z.object({ period: z.string(), ...statCounts })),
});

export const employerRankBody = z.object({ employerRank: z.number().int().min(1).max(9999).nullable() }).strict();

const allocationResultSchema = z.object({
  assignments: z.array(
    z.object({
      seekerId: z.uuid(),
      seekerName: z.string(),
      positionId: z.uuid(),
      positionTitle: z.string(),
      organisationName: z.string(),
      seekerChoice: z.number().int(),
      seekerChoices: z.number().int(),
      positionRank: z.number().int(),
      positionCandidates: z.number().int(),
      score: z.number(),
      byEmployerOrder: z.boolean(),
    }),
  ),
  unassigned: z.array(z.object({ seekerId: z.uuid(), seekerName: z.string(), choices: z.number().int() })),
  positions: z.array(
    z.object({
      positionId: z.uuid(),
      title: z.string(),
      organisationName: z.string(),
      capacity: z.number().int(),
      assigned: z.number().int(),
      candidates: z.number().int(),
    }),
  ),
  stats: z.object({
    candidates: z.number().int(),
    positions: z.number().int(),
    capacity: z.number().int(),
    assigned: z.number().int(),
    blockingPairs: z.number().int(),
    wallMs: z.number(),
  }),
});

export const allocationSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(ALLOCATION_STATUSES),
  positionIds: z.array(z.uuid()),
  result: allocationResultSchema,
  weightsVersion: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AllocationView = z.infer<typeof allocationSchema>;
export const allocationPage = pageResult(allocationSchema.omit({ result: true }).extend({ stats: allocationResultSchema.shape.stats }));

export const createAllocationBody = z
  .object({
    title: text(100),
    positionIds: z.array(z.uuid()).min(1).max(500),
  })
  .strict();

export const approveAllocationBody = z
  .object({
    version: z.number().int().min(1),
    /** Candidates the operator leaves out of the recommendations. */
    excludedSeekerIds: z.array(z.uuid()).max(10000).default([]),
  })
  .strict();
export const discardAllocationBody = z.object({ version: z.number().int().min(1) }).strict();

export const approvedAllocationSchema = z.object({
  allocation: allocationSchema,
  recommended: z.number().int(),
  /** Assignments that no longer held at approval (position closed, consent withdrawn), with the reason. */
  skipped: z.array(z.object({ seekerId: z.uuid(), positionId: z.uuid(), reason: z.enum(['position_not_open', 'seeker_not_eligible', 'already_recommended']) })),
});
