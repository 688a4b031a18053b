import { z } from 'zod';
import { INDUSTRIES } from '../organisations/organisations.codes';
import { regionCode } from '../organisations/organisations.schemas';
import { isoDate, optionalText, pageQuery, pageResult, queryBoolean, text } from '../../platform/validation';
import { APPLICATION_STATUSES, EDUCATION_LEVELS, EMPLOYMENT_TYPES, POSITION_STATUSES } from './positions.codes';

const wordList = (maxItems: number) =>
  z
    .array(text(40))
    .max(maxItems)
    .transform((items) => [...new Set(items)]);

const salary = z.number().int().min(0).max(1_000_000);

const positionFields = {
  title: text(60),
  duties: text(4000),
  headcount: z.number().int().min(1).max(10000),
  educationLevel: z.enum(EDUCATION_LEVELS),
  majors: wordList(20).default([]),
  skills: wordList(30).default([]),
  experienceYears: z.number().int().min(0).max(50).default(0),
  regionCode,
  salaryMin: salary.nullish(),
  salaryMax: salary.nullish(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  isDisabilityFriendly: z.boolean().default(false),
  accommodation: optionalText(500),
  closingOn: isoDate.nullish(),
};

export const createPositionBody = z
  .object({
    ...positionFields,
    /** Operators record demand collected on an enterprise visit on the enterprise's behalf. */
    organisationId: z.uuid().optional(),
  })
  .strict();
export type CreatePositionInput = z.infer<typeof createPositionBody>;

export const updatePositionBody = z
  .object(positionFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdatePositionInput = z.infer<typeof updatePositionBody>;

export const reviewPositionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('return'), reason: text(500) }),
]);

export const positionSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  industry: z.enum(INDUSTRIES),
  title: z.string(),
  duties: z.string(),
  headcount: z.number().int(),
  filledCount: z.number().int(),
  educationLevel: z.enum(EDUCATION_LEVELS),
  majors: z.array(z.string()),
  skills: z.array(z.string()),
  experienceYears: z.number().int(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  isDisabilityFriendly: z.boolean(),
  accommodation: z.string().nullable(),
  closingOn: z.string().nullable(),
  status: z.enum(POSITION_STATUSES),
  returnReason: z.string().nullable(),
  source: z.enum(['enterprise', 'visit']),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PositionView = z.infer<typeof positionSchema>;

export const positionPage = pageResult(positionSchema);

export const listPositionsQuery = z
  .object({
    status: z.enum(POSITION_STATUSES).optional(),
    organisationId: z.uuid().optional(),
    q: z.string().trim().max(100).optional(),
  })
  .extend(pageQuery.shape);

/** The public search: anonymous, over published positions only. */
export const searchPositionsQuery = z
  .object({
    q: z
      .string()
      .transform((v) => v.normalize('NFKC').trim())
      .pipe(z.string().max(100))
      .optional(),
    regionCode: z.string().regex(/^\d{6}$/, 'region.unknown').optional(),
    industry: z.enum(INDUSTRIES).optional(),
    educationLevel: z.enum(EDUCATION_LEVELS).optional(),
    minSalary: z.coerce.number().int().min(0).max(1_000_000).optional(),
    isDisabilityFriendly: queryBoolean.optional(),
    sort: z.enum(['relevance', 'recent']).default('relevance'),
  })
  .extend(pageQuery.shape)
  .extend({ pageSize: z.coerce.number().int().min(1).max(50).default(20) });
export type SearchPositionsQuery = z.infer<typeof searchPositionsQuery>;

export const publicPositionSchema = positionSchema.omit({ returnReason: true, version: true, source: true, submittedAt: true });
export const publicPositionPage = z.object({ items: z.array(publicPositionSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type PublicPositionPage = z.infer<typeof publicPositionPage>;

export const applyBody = z
  .object({
    coverNote: optionalText(1000),
    /** A retried tap sends the same key and gets the first application back. */
    idempotencyKey: z.string().trim().min(8).max(100).optional(),
  })
  .strict();

export const applicationSchema = z.object({
  id: z.uuid(),
  positionId: z.uuid(),
  positionTitle: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  seekerId: z.uuid(),
  seekerName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  channel: z.string(),
  coverNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  resume: z.record(z.string(), z.unknown()),
  /** The enterprise's own order among the position's candidates (1 = first), or null. */
  employerRank: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationView = z.infer<typeof applicationSchema>;

export const listApplicationsQuery = z
  .object({ positionId: z.uuid().optional(), status: z.enum(APPLICATION_STATUSES).optional() })
  .extend(pageQuery.shape);

export const updateApplicationBody = z.discriminatedUnion('status', [
  z.object({ status: z.literal('interview') }),
  z.object({ status: z.literal('offer') }),
  z.object({ status: z.literal('hired') }),
  z.object({ status: z.literal('declined'), reason: text(500) }),
  z.object({ status: z.literal('withdrawn') }),
]);
