import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { MEETING_TYPES, PROGRESS_STATUSES } from './governance.codes';
import { searchText } from './governance.schemas';

const MAX_ATTENDEES = 500;

export const attendeeInput = z
  .object({
    organisationId: z.uuid().nullish(),
    personName: optionalText(50),
    /** The person's post, e.g. 副校长, 人力资源部经理. */
    post: optionalText(60),
  })
  .strict();
export type AttendeeInput = z.infer<typeof attendeeInput>;

const meetingFields = {
  type: z.enum(MEETING_TYPES),
  title: text(120),
  heldOn: isoDate,
  venue: optionalText(200),
  agenda: optionalText(4000),
  minutes: optionalText(20000),
  attendees: z.array(attendeeInput).max(MAX_ATTENDEES),
};

export const createMeetingBody = z
  .object({ ...meetingFields, attendees: meetingFields.attendees.default([]) })
  .strict();
export type CreateMeetingInput = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z
  .object(meetingFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateMeetingInput = z.infer<typeof updateMeetingBody>;

const resolutionFields = {
  content: text(1000),
  ownerOrganisationId: z.uuid().nullish(),
  ownerName: optionalText(50),
  dueOn: isoDate.nullish(),
  doneOn: isoDate.nullish(),
  progressNote: optionalText(1000),
};

export const createResolutionBody = z.object(resolutionFields).strict();
export type CreateResolutionInput = z.infer<typeof createResolutionBody>;

export const updateResolutionBody = z
  .object(resolutionFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateResolutionInput = z.infer<typeof updateResolutionBody>;

export const attendeeSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  personName: z.string().nullable(),
  post: z.string().nullable(),
});

export const resolutionSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  meetingHeldOn: z.string(),
  content: z.string(),
  ownerOrganisationId: z.uuid().nullable(),
  ownerOrganisationName: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  status: z.enum(PROGRESS_STATUSES),
  progressNote: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResolutionView = z.infer<typeof resolutionSchema>;

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  type: z.enum(MEETING_TYPES),
  title: z.string(),
  heldOn: z.string(),
  venue: z.string().nullable(),
  attendeeCount: z.number().int(),
  resolutionCount: z.number().int(),
  openResolutionCount: z.number().int(),
  overdueResolutionCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  attendees: z.array(attendeeSchema),
  resolutions: z.array(resolutionSchema),
});
export type MeetingView = z.infer<typeof meetingSchema>;

export const meetingFilters = z.object({
  type: z.enum(MEETING_TYPES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Meetings the organisation attended. */
  organisationId: z.uuid().optional(),
  q: searchText,
});
export type MeetingFilters = z.infer<typeof meetingFilters>;
export const listMeetingsQuery = meetingFilters.extend(pageQuery.shape);
export const meetingPage = pageResult(meetingSummarySchema);

export const resolutionFilters = z.object({
  status: z.enum(PROGRESS_STATUSES).optional(),
  ownerOrganisationId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
});
export type ResolutionFilters = z.infer<typeof resolutionFilters>;
export const listResolutionsQuery = resolutionFilters.extend(pageQuery.shape);
export const resolutionPage = pageResult(resolutionSchema);
