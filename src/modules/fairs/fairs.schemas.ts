import { z } from 'zod';
import { optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { regionCode } from '../organisations/organisations.schemas';
import { FAIR_KINDS, FAIR_PHASES, FAIR_STATUSES, SPECIAL_FOCUSES } from './fairs.codes';

/** An instant with its offset, as the web app sends it (`toISOString()`). */
export const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

const fairFields = {
  kind: z.enum(FAIR_KINDS),
  specialFocus: z.enum(SPECIAL_FOCUSES).nullish(),
  title: text(120),
  description: optionalText(4000),
  venue: text(200),
  regionCode,
  startsAt: instant,
  endsAt: instant,
  /** Operators name the host; a school's staff host their own fairs. */
  hostOrganisationId: z.uuid().nullish(),
  coOrganiserIds: z.array(z.uuid()).max(20).optional(),
  boothCapacity: z.number().int().min(1).max(5000),
  seekerCapacity: z.number().int().min(1).max(1_000_000).nullish(),
  /** Default: the start of the fair. */
  registrationClosesAt: instant.nullish(),
};

export const createFairBody = z.object(fairFields).strict();
export type CreateFairInput = z.infer<typeof createFairBody>;

export const updateFairBody = z
  .object({ ...fairFields, expectedVersion: z.number().int().min(1) })
  .partial()
  .required({ expectedVersion: true })
  .strict();
export type UpdateFairInput = z.infer<typeof updateFairBody>;

export const cancelFairBody = z.object({ reason: text(500), expectedVersion: z.number().int().min(1).optional() }).strict();
export type CancelFairInput = z.infer<typeof cancelFairBody>;

export const publishFairBody = z.object({ expectedVersion: z.number().int().min(1).optional() }).strict().default({});

const orgRef = z.object({ id: z.uuid(), name: z.string() });

export const fairSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FAIR_KINDS),
  specialFocus: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  venue: z.string(),
  regionCode: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  hostOrganisation: orgRef.nullable(),
  coOrganisers: z.array(orgRef),
  boothCapacity: z.number().int(),
  seekerCapacity: z.number().int().nullable(),
  registrationClosesAt: z.string().nullable(),
  status: z.enum(FAIR_STATUSES),
  phase: z.enum(FAIR_PHASES),
  surveySentAt: z.string().nullable(),
  counts: z.object({ boothsApproved: z.number().int(), boothsPending: z.number().int(), registered: z.number().int(), checkedIn: z.number().int() }),
  version: z.number().int(),
  /** The caller may edit, approve booths and check people in. */
  canManage: z.boolean(),
});
export type FairView = z.infer<typeof fairSchema>;
export const fairPage = pageResult(fairSchema);

export const publicFairSchema = fairSchema.omit({ canManage: true, surveySentAt: true, counts: true }).extend({
  counts: z.object({ boothsApproved: z.number().int(), registered: z.number().int(), checkedIn: z.number().int() }),
  enterprises: z.array(
    z.object({
      name: z.string(),
      boothNumber: z.string().nullable(),
      positions: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          headcount: z.number().int(),
          salaryMin: z.number().int().nullable(),
          salaryMax: z.number().int().nullable(),
          isDisabilityFriendly: z.boolean(),
        }),
      ),
    }),
  ),
});
export type PublicFairView = z.infer<typeof publicFairSchema>;

export const listFairsQuery = z
  .object({
    kind: z.enum(FAIR_KINDS).optional(),
    phase: z.enum(FAIR_PHASES).optional(),
    status: z.enum(FAIR_STATUSES).optional(),
    q: optionalText(100),
  })
  .extend(pageQuery.shape);
export type FairListQuery = z.infer<typeof listFairsQuery>;

export const publicFairsQuery = z.object({
  phase: z.enum(['upcoming', 'over', 'all']).default('upcoming'),
  kind: z.enum(FAIR_KINDS).optional(),
});
export type PublicFairsQuery = z.infer<typeof publicFairsQuery>;
