import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { timeOfDay } from './bases.schemas';
import { BOOKING_STATUSES } from './training.codes';

export const createBookingBody = z
  .object({
    baseId: z.uuid(),
    /** Operators book on a school's or enterprise's behalf; schools and enterprises book for themselves. */
    organisationId: z.uuid().optional(),
    date: isoDate,
    startTime: timeOfDay,
    endTime: timeOfDay,
    stations: z.number().int().min(1).max(10000),
    trainees: z.number().int().min(1).max(10000),
    purpose: text(500),
  })
  .strict();
export type CreateBookingInput = z.infer<typeof createBookingBody>;

export const cancelBookingBody = z.object({ version: z.number().int().min(1), reason: optionalText(500) }).strict();
export type CancelBookingInput = z.infer<typeof cancelBookingBody>;

export const recordUseBody = z
  .object({
    version: z.number().int().min(1),
    /** Trainees who actually came. */
    attendedTrainees: z.number().int().min(0).max(10000),
    /** How long they trained, in hours (half hours allowed). */
    attendedHours: z
      .number()
      .positive()
      .max(24)
      .refine((hours) => Number.isInteger(hours * 2), 'training.half_hours'),
  })
  .strict();
export type RecordUseInput = z.infer<typeof recordUseBody>;

export const bookingSchema = z.object({
  id: z.uuid(),
  baseId: z.uuid(),
  baseName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  stations: z.number().int(),
  trainees: z.number().int(),
  purpose: z.string(),
  status: z.enum(BOOKING_STATUSES),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  attendedTrainees: z.number().int().nullable(),
  attendedHours: z.number().nullable(),
  /** attendedTrainees × attendedHours, once use is recorded. */
  traineeHours: z.number().nullable(),
  useRecordedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type BookingView = z.infer<typeof bookingSchema>;

export const listBookingsQuery = z
  .object({
    baseId: z.uuid().optional(),
    organisationId: z.uuid().optional(),
    status: z.enum(BOOKING_STATUSES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** `recorded`: use is in; `missing`: confirmed bookings of days gone by whose use nobody recorded yet. */
    use: z.enum(['recorded', 'missing']).optional(),
  })
  .extend(pageQuery.shape);
export type BookingFilters = Omit<z.infer<typeof listBookingsQuery>, 'page' | 'pageSize'>;
export const bookingPage = pageResult(bookingSchema);

export const calendarQuery = z.object({ baseId: z.uuid().optional(), from: isoDate, to: isoDate });
export type CalendarQuery = z.infer<typeof calendarQuery>;

export const calendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  bases: z.array(
    z.object({ id: z.uuid(), name: z.string(), stations: z.number().int(), capacity: z.number().int(), opensAt: z.string(), closesAt: z.string(), status: z.string() }),
  ),
  /** Confirmed bookings of the range. Another organisation's booking is shown only as occupied: no id, no one's name. */
  slots: z.array(
    z.object({
      baseId: z.uuid(),
      date: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      stations: z.number().int(),
      trainees: z.number().int(),
      isOwn: z.boolean(),
      booking: z.object({ id: z.uuid(), organisationName: z.string(), purpose: z.string() }).nullable(),
    }),
  ),
});
export type CalendarView = z.infer<typeof calendarSchema>;
