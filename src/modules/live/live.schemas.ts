import { z } from 'zod';
import { optionalText, text } from '../../platform/validation';

export const LIVE_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];
export const QUESTION_STATUSES = ['open', 'answered_on_air', 'answered_text', 'hidden'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** The events stored in live_events and sent to viewers with their id. */
export const LIVE_EVENT_TYPES = ['status', 'on_air', 'off_air', 'question', 'answer', 'question_hidden'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

const instant = z.iso.datetime({ offset: true });
const streamUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'live.stream_url_https');
const idempotencyKey = z.string().min(8).max(80);

const runSheetInput = z.object({ positionId: z.uuid(), notes: optionalText(1000) }).strict();

export const createSessionBody = z
  .object({
    title: text(120),
    description: optionalText(4000),
    streamUrl,
    presenter: optionalText(60),
    /** Operators name the host; an organisation's staff always host for their own organisation. */
    hostOrganisationId: z.uuid().nullish(),
    startsAt: instant,
    endsAt: instant,
    items: z.array(runSheetInput).min(1).max(50),
  })
  .strict();
export type CreateSessionInput = z.infer<typeof createSessionBody>;

export const updateSessionBody = z
  .object({
    title: text(120).optional(),
    description: optionalText(4000),
    streamUrl: streamUrl.optional(),
    presenter: optionalText(60),
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    items: z.array(runSheetInput).min(1).max(50).optional(),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type UpdateSessionInput = z.infer<typeof updateSessionBody>;

export const onAirBody = z.object({ itemId: z.uuid().nullable() }).strict();
export const cancelSessionBody = z.object({ reason: text(300) }).strict();
export const answerBody = z
  .object({ mode: z.enum(['on_air', 'text']), answer: optionalText(1000) })
  .strict();
export type AnswerInput = z.infer<typeof answerBody>;
export const applyBody = z.object({ positionId: z.uuid(), idempotencyKey }).strict();
export type ApplyInput = z.infer<typeof applyBody>;
export const askBody = z.object({ text: text(300), idempotencyKey }).strict();
export type AskInput = z.infer<typeof askBody>;

export const publicListQuery = z.object({ phase: z.enum(['upcoming', 'live', 'past']).optional() });
export const consoleListQuery = z.object({ phase: z.enum(['upcoming', 'live', 'past']).optional() });
export const questionsQuery = z.object({ status: z.enum(QUESTION_STATUSES).optional() });
export const eventsQuery = z.object({ lastEventId: z.coerce.number().int().min(0).optional() });
export const sessionParams = z.object({ id: z.uuid() });
export const questionParams = z.object({ id: z.uuid(), qid: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });

export const runSheetItemSchema = z.object({
  id: z.uuid(),
  sortOrder: z.number().int(),
  notes: z.string().nullable(),
  onAirAt: z.string().nullable(),
  offAirAt: z.string().nullable(),
  position: z.object({
    id: z.uuid(),
    title: z.string(),
    organisation: ref,
    headcount: z.number().int(),
    salaryMin: z.number().int().nullable(),
    salaryMax: z.number().int().nullable(),
    educationLevel: z.string(),
    regionCode: z.string(),
    isDisabilityFriendly: z.boolean(),
    status: z.string(),
  }),
  applications: z.number().int(),
});
export type RunSheetItemView = z.infer<typeof runSheetItemSchema>;

export const countersSchema = z.object({ viewers: z.number().int(), applications: z.number().int(), questions: z.number().int() });
export type Counters = z.infer<typeof countersSchema>;

export const liveSessionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  streamUrl: z.string(),
  presenter: z.string().nullable(),
  hostOrganisation: ref.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(LIVE_STATUSES),
  onAirItemId: z.uuid().nullable(),
  items: z.array(runSheetItemSchema),
  counters: countersSchema,
  peakViewers: z.number().int(),
  version: z.number().int(),
  canManage: z.boolean(),
});
export type LiveSessionView = z.infer<typeof liveSessionSchema>;
export const publicLiveSessionSchema = liveSessionSchema.omit({ canManage: true });
export type PublicLiveSessionView = z.infer<typeof publicLiveSessionSchema>;

export const questionSchema = z.object({
  id: z.uuid(),
  askerName: z.string(),
  text: z.string(),
  position: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  status: z.enum(QUESTION_STATUSES),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type QuestionView = z.infer<typeof questionSchema>;

export const applyResultSchema = z.object({ applicationId: z.uuid(), positionId: z.uuid(), status: z.string(), duplicate: z.boolean() });
export type ApplyResult = z.infer<typeof applyResultSchema>;

export const sessionApplicationSchema = z.object({
  applicationId: z.uuid(),
  seeker: z.object({ name: z.string(), educationLevel: z.string().nullable(), school: z.string().nullable(), major: z.string().nullable() }),
  position: z.object({ id: z.uuid(), title: z.string() }),
  status: z.string(),
  createdAt: z.string(),
});
export type SessionApplicationView = z.infer<typeof sessionApplicationSchema>;

export const replaySchema = z.object({
  session: liveSessionSchema,
  items: z.array(runSheetItemSchema.extend({ hires: z.number().int(), onAirSeconds: z.number().int() })),
  totals: z.object({ applications: z.number().int(), applicants: z.number().int(), questions: z.number().int(), hires: z.number().int(), peakViewers: z.number().int() }),
});
export type ReplayView = z.infer<typeof replaySchema>;
