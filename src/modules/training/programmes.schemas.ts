import { z } from 'zod';
import { isoDate, optionalText, pageQuery, pageResult, text } from '../../platform/validation';
import { timeOfDay } from './bases.schemas';
import { DEFAULT_REQUIRED_ATTENDANCE_PERCENT, ENROLMENT_STATUSES, PROGRAMME_KINDS } from './training.codes';

const programmeFields = {
  title: text(100),
  kind: z.enum(PROGRAMME_KINDS),
  organiserId: z.uuid(),
  baseId: z.uuid().nullish(),
  startsOn: isoDate,
  endsOn: isoDate,
  capacity: z.number().int().min(1).max(5000),
  totalHours: z.number().int().min(1).max(2000),
  requiredAttendancePercent: z.number().int().min(0).max(100),
  description: optionalText(2000),
};

export const createProgrammeBody = z
  .object({ ...programmeFields, requiredAttendancePercent: programmeFields.requiredAttendancePercent.default(DEFAULT_REQUIRED_ATTENDANCE_PERCENT) })
  .strict();
export type CreateProgrammeInput = z.infer<typeof createProgrammeBody>;

export const updateProgrammeBody = z.object(programmeFields).partial().extend({ version: z.number().int().min(1) }).strict();
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeBody>;

export const programmeSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  organiserId: z.uuid(),
  organiserName: z.string(),
  baseId: z.uuid().nullable(),
  baseName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number().int(),
  totalHours: z.number().int(),
  requiredAttendancePercent: z.number().int(),
  description: z.string().nullable(),
  /** Trainees enrolled or completed (withdrawn ones free their place). */
  enrolled: z.number().int(),
  completed: z.number().int(),
  sessions: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgrammeView = z.infer<typeof programmeSchema>;

export const listProgrammesQuery = z
  .object({ kind: z.enum(PROGRAMME_KINDS).optional(), year: z.coerce.number().int().min(2000).max(2100).optional(), q: z.string().trim().max(100).optional() })
  .extend(pageQuery.shape);
export type ProgrammeFilters = Omit<z.infer<typeof listProgrammesQuery>, 'page' | 'pageSize'>;
export const programmePage = pageResult(programmeSchema);

export const createSessionBody = z.object({ date: isoDate, startTime: timeOfDay, endTime: timeOfDay, topic: text(200) }).strict();
export type CreateSessionInput = z.infer<typeof createSessionBody>;

export const sessionSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  topic: z.string(),
  /** Whether attendance has been taken, and how many were present. */
  isRecorded: z.boolean(),
  present: z.number().int(),
  presentEnrolmentIds: z.array(z.uuid()),
});
export type SessionView = z.infer<typeof sessionSchema>;
export const sessionList = z.object({ items: z.array(sessionSchema) });

export const attendanceBody = z
  .object({
    /** Everyone enrolled who is not listed is recorded as absent. */
    presentEnrolmentIds: z
      .array(z.uuid())
      .max(5000)
      .transform((ids) => [...new Set(ids)]),
  })
  .strict();
export type AttendanceInput = z.infer<typeof attendanceBody>;

export const enrolBody = z
  .object({
    seekerId: z.uuid().optional(),
    /** A trainee without a job-seeker profile, e.g. a villager on rural talent training. */
    traineeName: text(50).optional(),
    affiliation: optionalText(100),
  })
  .strict();
export type EnrolInput = z.infer<typeof enrolBody>;

export const versionBody = z.object({ version: z.number().int().min(1) }).strict();

export const enrolmentSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  seekerId: z.uuid().nullable(),
  name: z.string(),
  affiliation: z.string().nullable(),
  status: z.enum(ENROLMENT_STATUSES),
  attendedSessions: z.number().int(),
  attendancePercent: z.number().int(),
  completedOn: z.string().nullable(),
  certificateNo: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type EnrolmentView = z.infer<typeof enrolmentSchema>;
export const enrolmentList = z.object({ items: z.array(enrolmentSchema) });

export const certificateParams = z.object({ number: z.string().max(40) });

/** What the public verify page shows of a certificate: enough to check it, with the name masked. */
export const certificateCheckSchema = z.object({
  certificateNo: z.string(),
  traineeName: z.string(),
  programmeTitle: z.string(),
  organiserName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  totalHours: z.number().int(),
  completedOn: z.string(),
});
export type CertificateCheck = z.infer<typeof certificateCheckSchema>;
