// Shapes of the training API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  basePage,
  baseSchema,
  createBaseBody,
  trainingStatsSchema,
  updateBaseBody,
  utilisationSchema,
} from '../../../../src/modules/training/bases.schemas';
import type {
  bookingPage,
  bookingSchema,
  calendarSchema,
  createBookingBody,
  recordUseBody,
} from '../../../../src/modules/training/bookings.schemas';
import type {
  addEntrantBody,
  competitionPage,
  competitionSchema,
  createCompetitionBody,
  entrantList,
  entrantSchema,
  recordResultBody,
} from '../../../../src/modules/training/competitions.schemas';
import type {
  certificateCheckSchema,
  createProgrammeBody,
  createSessionBody,
  enrolBody,
  enrolmentList,
  enrolmentSchema,
  programmePage,
  programmeSchema,
  sessionList,
  sessionSchema,
} from '../../../../src/modules/training/programmes.schemas';

export {
  AWARDS,
  type Award,
  BASE_STATUSES,
  type BaseStatus,
  BOOKING_STATUSES,
  COMPETITION_LEVELS,
  type CompetitionLevel,
  ENROLMENT_STATUSES,
  type EnrolmentStatus,
  PROGRAMME_KINDS,
  type ProgrammeKind,
} from '../../../../src/modules/training/training.codes';

export type TrainingBase = z.infer<typeof baseSchema>;
export type TrainingBasePage = z.infer<typeof basePage>;
export type CreateBasePayload = z.input<typeof createBaseBody>;
export type UpdateBasePayload = z.input<typeof updateBaseBody>;
export type Utilisation = z.infer<typeof utilisationSchema>;
export type TrainingStats = z.infer<typeof trainingStatsSchema>;

export type Booking = z.infer<typeof bookingSchema>;
export type BookingPage = z.infer<typeof bookingPage>;
export type CreateBookingPayload = z.input<typeof createBookingBody>;
export type RecordUsePayload = z.input<typeof recordUseBody>;
export type Calendar = z.infer<typeof calendarSchema>;
export type CalendarSlot = Calendar['slots'][number];
export type CalendarBase = Calendar['bases'][number];

export type Programme = z.infer<typeof programmeSchema>;
export type ProgrammePage = z.infer<typeof programmePage>;
export type CreateProgrammePayload = z.input<typeof createProgrammeBody>;
export type Session = z.infer<typeof sessionSchema>;
export type SessionList = z.infer<typeof sessionList>;
export type CreateSessionPayload = z.input<typeof createSessionBody>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type EnrolmentList = z.infer<typeof enrolmentList>;
export type EnrolPayload = z.input<typeof enrolBody>;
export type CertificateCheck = z.infer<typeof certificateCheckSchema>;

export type Competition = z.infer<typeof competitionSchema>;
export type CompetitionPage = z.infer<typeof competitionPage>;
export type CreateCompetitionPayload = z.input<typeof createCompetitionBody>;
export type Entrant = z.infer<typeof entrantSchema>;
export type EntrantList = z.infer<typeof entrantList>;
export type AddEntrantPayload = z.input<typeof addEntrantBody>;
export type RecordResultPayload = z.input<typeof recordResultBody>;
