// Fair vocabularies as plain constants with no imports, shared with the web app.

/** 校园招聘会, 春季大型现场招聘会, 专场 (e.g. 残疾人专场). */
export const FAIR_KINDS = ['campus', 'onsite', 'special'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];

/** Who a special fair is for; 'disability' turns on the accommodation workflow. */
export const SPECIAL_FOCUSES = ['disability', 'veterans', 'rural_labour', 'women', 'graduates'] as const;
export type SpecialFocus = (typeof SPECIAL_FOCUSES)[number];

export const FAIR_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** Where a published fair is in time, from its dates. */
export const FAIR_PHASES = ['upcoming', 'running', 'over'] as const;
export type FairPhase = (typeof FAIR_PHASES)[number];

export const BOOTH_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type BoothStatus = (typeof BOOTH_STATUSES)[number];

export const REGISTRATION_SOURCES = ['pre', 'walk_in'] as const;
export const REGISTRATION_STATUSES = ['registered', 'cancelled'] as const;

export const CHECKIN_OUTCOMES = ['checked_in', 'already_checked_in', 'unknown_ticket', 'cancelled', 'wrong_fair'] as const;
export type CheckinOutcome = (typeof CHECKIN_OUTCOMES)[number];

/** 初步就业意向 levels. */
export const INTENT_LEVELS = ['strong', 'possible'] as const;
export type IntentLevel = (typeof INTENT_LEVELS)[number];
export const INTENT_SOURCES = ['booth_scan', 'seeker_scan'] as const;

export const FOLLOW_UP_STATUSES = ['contacted', 'interviewing', 'hired', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Ticket codes: 8 characters without 0/O/1/I, shown as XXXX-XXXX. */
export const TICKET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TICKET_CODE_LENGTH = 8;
