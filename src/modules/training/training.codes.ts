// Training vocabularies as plain constants with no imports, shared with the web app.

/** Life of a public practical-training base (公共实训基地); only an operating base takes bookings. */
export const BASE_STATUSES = ['planned', 'under_construction', 'operating', 'suspended'] as const;
export type BaseStatus = (typeof BASE_STATUSES)[number];

/** A booking holds its stations until it is cancelled; a confirmed booking that took place gets its use recorded. */
export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Organisation types that book bases for their own students or staff. */
export const BOOKING_ORGANISATION_TYPES = ['school', 'enterprise'] as const;
/** Organisation types that co-build a base (共建单位). */
export const PARTNER_ORGANISATION_TYPES = ['school', 'enterprise', 'institute', 'association', 'government'] as const;

/** Kinds of training programme; 乡村人才培训 is rural talent training. */
export const PROGRAMME_KINDS = ['rural_talent', 'vocational_skills', 'enterprise_staff', 'entrepreneurship', 'other'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const ENROLMENT_STATUSES = ['enrolled', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** 技能竞赛 levels. */
export const COMPETITION_LEVELS = ['zone', 'city', 'provincial', 'national'] as const;
export type CompetitionLevel = (typeof COMPETITION_LEVELS)[number];

/** 一等奖, 二等奖, 三等奖, 优秀奖. */
export const AWARDS = ['first', 'second', 'third', 'excellence'] as const;
export type Award = (typeof AWARDS)[number];

/** The attendance rate a trainee needs for a certificate unless the programme sets another. */
export const DEFAULT_REQUIRED_ATTENDANCE_PERCENT = 80;
/** How far ahead a base can be booked. */
export const BOOKING_HORIZON_DAYS = 180;
