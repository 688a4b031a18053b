import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, phone, queryBoolean, text } from '../../platform/validation';
import { EDUCATION_LEVELS } from '../positions/positions.codes';
import { REGISTRATION_SOURCES, REGISTRATION_STATUSES } from './fairs.codes';

export const ticketSchema = z.object({
  id: z.uuid(),
  fairId: z.uuid(),
  fairTitle: z.string(),
  fairStartsAt: z.string(),
  venue: z.string(),
  /** The 8 characters; printed as XXXX-XXXX. */
  ticketCode: z.string(),
  /** Masked on the public form and the public ticket page. */
  seekerName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  checkedInAt: z.string().nullable(),
  /** PNG data URL of the QR code, which opens the public ticket page. */
  qrPngDataUrl: z.string(),
});
export type TicketView = z.infer<typeof ticketSchema>;
export const ticketList = z.object({ items: z.array(ticketSchema) });

/** The short form for people without an account. */
export const publicRegistrationBody = z
  .object({
    name: text(50),
    phone,
    educationLevel: z.enum(EDUCATION_LEVELS),
    school: optionalText(100),
    major: optionalText(100),
    graduationOn: isoDate.nullish(),
    acceptPrivacyPolicy: z.literal(true, 'fairs.privacy_policy_required'),
  })
  .strict();
export type PublicRegistrationInput = z.infer<typeof publicRegistrationBody>;

export const walkInBody = z
  .object({
    name: text(50),
    phone,
    educationLevel: z.enum(EDUCATION_LEVELS),
    school: optionalText(100),
    major: optionalText(100),
    /** The person read the privacy policy on the staff member's screen and accepted it. */
    acceptPrivacyPolicy: z.literal(true, 'fairs.privacy_policy_required'),
  })
  .strict();
export type WalkInInput = z.infer<typeof walkInBody>;

export const selfRegistrationBody = z.object({}).strict().default({});

export const registrationParams = z.object({ id: z.uuid(), regId: z.uuid() });
export const ticketCodeParams = z.object({ ticketCode: z.string().min(1).max(200) });

/** A fair's registrations for its managers. */
export const registrationSchema = ticketSchema.omit({ qrPngDataUrl: true }).extend({
  seekerId: z.uuid(),
  source: z.enum(REGISTRATION_SOURCES),
  createdAt: z.string(),
});
export const registrationPage = pageResult(registrationSchema);
export const listRegistrationsQuery = z
  .object({ status: z.enum(REGISTRATION_STATUSES).optional(), checkedIn: queryBoolean.optional() })
  .extend(pageQuery.shape);
export type RegistrationFilters = Omit<z.infer<typeof listRegistrationsQuery>, 'page' | 'pageSize'>;
