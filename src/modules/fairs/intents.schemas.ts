import { z } from 'zod';
import { optionalText, pageQuery, pageResult } from '../../platform/validation';
import { FOLLOW_UP_STATUSES, INTENT_LEVELS, INTENT_SOURCES } from './fairs.codes';

const idempotencyKey = z.string().min(8).max(80);

/** 初步就业意向 recorded by booth staff who scanned or typed the seeker's ticket. */
export const recordIntentBody = z
  .object({
    ticketCode: z.string().max(200).optional(),
    registrationId: z.uuid().optional(),
    positionId: z.uuid(),
    level: z.enum(INTENT_LEVELS),
    note: optionalText(500),
    collectResume: z.boolean(),
    shareAccommodation: z.boolean().optional(),
    idempotencyKey,
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = Number(body.ticketCode !== undefined) + Number(body.registrationId !== undefined);
    if (given !== 1) ctx.addIssue({ code: 'custom', path: ['ticketCode'], message: 'fairs.intent.ticket_or_registration' });
  });
export type RecordIntentInput = z.infer<typeof recordIntentBody>;

/** The seeker's side: they scanned the booth's QR code. */
export const seekerIntentBody = z
  .object({
    positionId: z.uuid(),
    level: z.enum(INTENT_LEVELS).default('possible'),
    shareResume: z.boolean(),
    shareAccommodation: z.boolean().optional(),
    idempotencyKey,
  })
  .strict();
export type SeekerIntentInput = z.infer<typeof seekerIntentBody>;

export const qrTokenParams = z.object({ qrToken: z.string().min(8).max(128) });

export const intentSchema = z.object({
  id: z.uuid(),
  fairId: z.uuid(),
  booth: z.object({ id: z.uuid(), boothNumber: z.string().nullable() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  position: z.object({ id: z.uuid(), title: z.string() }),
  seeker: z.object({
    id: z.uuid(),
    name: z.string(),
    educationLevel: z.string().nullable(),
    school: z.string().nullable(),
    major: z.string().nullable(),
    phoneMasked: z.string().nullable(),
  }),
  level: z.enum(INTENT_LEVELS),
  note: z.string().nullable(),
  source: z.enum(INTENT_SOURCES),
  resumeCollected: z.boolean(),
  /** No résumé, and the seeker has not consented to the enterprise seeing it. */
  resumeConsentMissing: z.boolean(),
  /** The résumé as the enterprise received it: only to that enterprise and the operator. */
  resume: z.record(z.string(), z.unknown()).nullable(),
  /** What the seeker needs at work (special fair, under consent): only to that enterprise. */
  accommodation: z.string().nullable(),
  followUpStatus: z.enum(FOLLOW_UP_STATUSES).nullable(),
  followUpNote: z.string().nullable(),
  createdAt: z.string(),
});
export type IntentView = z.infer<typeof intentSchema>;
export const intentPage = pageResult(intentSchema);

export const listIntentsQuery = z
  .object({
    organisationId: z.uuid().optional(),
    positionId: z.uuid().optional(),
    level: z.enum(INTENT_LEVELS).optional(),
  })
  .extend(pageQuery.shape);
export type IntentFilters = Omit<z.infer<typeof listIntentsQuery>, 'page' | 'pageSize'>;
export const exportIntentsQuery = listIntentsQuery.omit({ page: true, pageSize: true });

export const myIntentsSchema = z.object({ items: z.array(intentSchema.extend({ fairTitle: z.string(), fairStartsAt: z.string() })) });

export const followUpQuery = z
  .object({
    /** `none`: nobody has followed the intent up yet. */
    followUpStatus: z.enum([...FOLLOW_UP_STATUSES, 'none']).optional(),
  })
  .extend(pageQuery.shape);
export type FollowUpFilters = Omit<z.infer<typeof followUpQuery>, 'page' | 'pageSize'>;

export const followUpBody = z.object({ status: z.enum(FOLLOW_UP_STATUSES), note: optionalText(500) }).strict();
export type FollowUpInput = z.infer<typeof followUpBody>;

export const boothPositionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  headcount: z.number().int(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  isDisabilityFriendly: z.boolean(),
});

export const publicBoothSchema = z.object({
  fair: z.object({ id: z.uuid(), title: z.string(), kind: z.string(), specialFocus: z.string().nullable() }),
  booth: z.object({
    id: z.uuid(),
    boothNumber: z.string().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    positions: z.array(boothPositionSchema),
  }),
});
export type PublicBoothView = z.infer<typeof publicBoothSchema>;

const orgRef = z.object({ id: z.uuid(), name: z.string() });

export const fairStatsSchema = z.object({
  registered: z.number().int(),
  checkedIn: z.number().int(),
  walkIns: z.number().int(),
  booths: z.number().int(),
  intents: z.number().int(),
  intentPeople: z.number().int(),
  strongIntents: z.number().int(),
  resumesCollected: z.number().int(),
  hiresAttributed: z.number().int(),
  byEnterprise: z.array(
    z.object({ organisation: orgRef, boothNumber: z.string().nullable(), intents: z.number().int(), intentPeople: z.number().int(), resumes: z.number().int(), hires: z.number().int() }),
  ),
  byPosition: z.array(
    z.object({
      position: z.object({ id: z.uuid(), title: z.string() }),
      organisation: orgRef,
      intents: z.number().int(),
      strong: z.number().int(),
      resumes: z.number().int(),
      hires: z.number().int(),
    }),
  ),
  checkinsByHour: z.array(z.object({ hour: z.string(), count: z.number().int() })),
});
export type FairStatsView = z.infer<typeof fairStatsSchema>;

export const yearStatsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const yearStatsSchema = z.object({
  year: z.number().int(),
  /** Campus fairs (校园招聘会). */
  campusFairs: z.number().int(),
  /** On-site and special fairs (现场招聘会, 专场). */
  onsiteFairs: z.number().int(),
  registered: z.number().int(),
  checkedIn: z.number().int(),
  intentPeople: z.number().int(),
  /** Distinct seekers with at least one résumé collected. */
  resumes: z.number().int(),
  hiresAttributed: z.number().int(),
  fairs: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      kind: z.string(),
      startsAt: z.string(),
      registered: z.number().int(),
      checkedIn: z.number().int(),
      intentPeople: z.number().int(),
      resumes: z.number().int(),
      hires: z.number().int(),
    }),
  ),
});
export type YearStatsView = z.infer<typeof yearStatsSchema>;
