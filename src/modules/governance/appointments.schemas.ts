import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { APPOINTMENT_DIRECTIONS, OUTCOME_KINDS, TERM_STATUSES } from './governance.codes';
import { organisationRef, searchText } from './governance.schemas';

const appointmentFields = {
  personName: text(50),
  /** The person's post at home, e.g. 副校长, 生产副总经理. */
  homePost: optionalText(60),
  homeOrganisationId: z.uuid(),
  hostOrganisationId: z.uuid(),
  /** The post at the host, e.g. 科技副总, 兼职教师. */
  post: text(60),
  direction: z.enum(APPOINTMENT_DIRECTIONS),
  startOn: isoDate,
  endOn: isoDate.nullable(),
  note: optionalText(1000),
};

export const createAppointmentBody = z
  .object({ ...appointmentFields, endOn: appointmentFields.endOn.optional() })
  .strict();
export type CreateAppointmentInput = z.infer<typeof createAppointmentBody>;

export const updateAppointmentBody = z
  .object(appointmentFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type UpdateAppointmentInput = z.infer<typeof updateAppointmentBody>;

export const createOutcomeBody = z
  .object({
    kind: z.enum(OUTCOME_KINDS),
    title: text(200),
    detail: optionalText(2000),
    occurredOn: isoDate.nullish(),
  })
  .strict();
export type CreateOutcomeInput = z.infer<typeof createOutcomeBody>;

export const outcomeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(OUTCOME_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  occurredOn: z.string().nullable(),
  createdAt: z.string(),
});
export type OutcomeView = z.infer<typeof outcomeSchema>;

export const appointmentSchema = z.object({
  id: z.uuid(),
  personName: z.string(),
  homePost: z.string().nullable(),
  homeOrganisation: organisationRef,
  hostOrganisation: organisationRef,
  post: z.string(),
  direction: z.enum(APPOINTMENT_DIRECTIONS),
  startOn: z.string(),
  endOn: z.string().nullable(),
  status: z.enum(TERM_STATUSES),
  note: z.string().nullable(),
  outcomes: z.array(outcomeSchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AppointmentView = z.infer<typeof appointmentSchema>;

export const appointmentFilters = z.object({
  direction: z.enum(APPOINTMENT_DIRECTIONS).optional(),
  /** Appointments from or to this organisation. */
  organisationId: z.uuid().optional(),
  status: z.enum(TERM_STATUSES).optional(),
  /** Appointments in office at some time in this year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: searchText,
});
export type AppointmentFilters = z.infer<typeof appointmentFilters>;
export const listAppointmentsQuery = appointmentFilters.extend(pageQuery.shape);
export const appointmentPage = pageResult(appointmentSchema);

export const outcomeParams = z.object({ id: z.uuid(), outcomeId: z.uuid() });
