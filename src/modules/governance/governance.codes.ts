// Governance vocabularies as plain constants with no imports, shared with the web app.

/** 年会, 校企人才供需见面会, 座谈会, and anything else the council convenes. */
export const MEETING_TYPES = ['annual', 'supply_demand', 'symposium', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/**
 * Where a resolution or a milestone stands. Only the done date is stored: `overdue` and `open`
 * follow from the due date and today, so nothing has to flip them at midnight.
 */
export const PROGRESS_STATUSES = ['open', 'overdue', 'done'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** 战略合作协议 and the other agreements the consortium keeps with and between its members. */
export const AGREEMENT_TYPES = ['strategic_cooperation', 'school_enterprise', 'joint_training', 'technology'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** Statuses an agreement is given; `expired` is never stored, it is an active agreement past its end date. */
export const AGREEMENT_STORED_STATUSES = ['draft', 'active', 'terminated'] as const;
export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Files an agreement's signed copy may be: scans (PDF, images) or the Word document. */
export const AGREEMENT_DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type AgreementDocumentType = keyof typeof AGREEMENT_DOCUMENT_TYPES;
/** A scanned agreement of a few dozen pages fits; larger files are refused with the limit named. */
export const AGREEMENT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** 双向挂职/兼职: a school's person works in an enterprise, or an enterprise's in a school. */
export const APPOINTMENT_DIRECTIONS = ['school_to_enterprise', 'enterprise_to_school'] as const;
export type AppointmentDirection = (typeof APPOINTMENT_DIRECTIONS)[number];

/** 授课, 项目, 解决的问题: what came of an appointment. */
export const OUTCOME_KINDS = ['course', 'project', 'problem_solved', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** 走访 (operators go to the enterprise) and 座谈 (enterprises are invited to talk). */
export const VISIT_KINDS = ['visit', 'symposium'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** Where an enterprise's technology need (技术需求清单) stands. */
export const TECHNOLOGY_NEED_STATUSES = ['open', 'in_progress', 'solved', 'closed'] as const;
export type TechnologyNeedStatus = (typeof TECHNOLOGY_NEED_STATUSES)[number];

/** Council terms: in office today, ended, or starting later. */
export const TERM_STATUSES = ['current', 'past', 'upcoming'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** Keys of the annual figures this module answers for, as named in the brief's table. */
export const GOVERNANCE_INDICATORS = [
  'council_members',
  'agreement_schools',
  'dual_appointments_to_enterprises',
  'dual_appointments_to_schools',
  'enterprises_visited',
] as const;
export type GovernanceIndicator = (typeof GOVERNANCE_INDICATORS)[number];
