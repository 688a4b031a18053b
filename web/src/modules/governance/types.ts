// Shapes of the governance API, from the server's zod schemas through type-only imports.
import type { z } from 'zod';
import type {
  agreementPage,
  agreementSchema,
  createAgreementBody,
  updateAgreementBody,
} from '../../../../src/modules/governance/agreements.schemas';
import type {
  appointmentPage,
  appointmentSchema,
  createAppointmentBody,
  createOutcomeBody,
  updateAppointmentBody,
} from '../../../../src/modules/governance/appointments.schemas';
import type {
  councilSummarySchema,
  councilTermPage,
  councilTermSchema,
  createCouncilTermBody,
  updateCouncilTermBody,
} from '../../../../src/modules/governance/council.schemas';
import type { figuresSchema } from '../../../../src/modules/governance/governance.schemas';
import type {
  coreProductPage,
  coreProductSchema,
  createCoreProductBody,
  createTechnologyNeedBody,
  talentNeedPage,
  talentNeedSchema,
  technologyNeedPage,
  technologyNeedSchema,
  updateCoreProductBody,
  updateTechnologyNeedBody,
} from '../../../../src/modules/governance/lists.schemas';
import type {
  createMeetingBody,
  createResolutionBody,
  meetingPage,
  meetingSchema,
  meetingSummarySchema,
  resolutionPage,
  resolutionSchema,
  updateMeetingBody,
  updateResolutionBody,
} from '../../../../src/modules/governance/meetings.schemas';
import type {
  createMilestoneBody,
  createProjectBody,
  milestoneSchema,
  projectPage,
  projectSchema,
  updateMilestoneBody,
  updateProjectBody,
} from '../../../../src/modules/governance/projects.schemas';
import type { createVisitBody, updateVisitBody, visitPage, visitSchema } from '../../../../src/modules/governance/visits.schemas';

export {
  AGREEMENT_DOCUMENT_MAX_BYTES,
  AGREEMENT_DOCUMENT_TYPES,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  type AgreementStatus,
  type AgreementType,
  APPOINTMENT_DIRECTIONS,
  type AppointmentDirection,
  MEETING_TYPES,
  type MeetingType,
  OUTCOME_KINDS,
  type OutcomeKind,
  PROGRESS_STATUSES,
  type ProgressStatus,
  TECHNOLOGY_NEED_STATUSES,
  type TechnologyNeedStatus,
  TERM_STATUSES,
  type TermStatus,
  VISIT_KINDS,
  type VisitKind,
} from '../../../../src/modules/governance/governance.codes';

export type CouncilTerm = z.infer<typeof councilTermSchema>;
export type CouncilTermPage = z.infer<typeof councilTermPage>;
export type CouncilSummary = z.infer<typeof councilSummarySchema>;
export type CreateCouncilTermPayload = z.input<typeof createCouncilTermBody>;
export type UpdateCouncilTermPayload = z.input<typeof updateCouncilTermBody>;

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingPage = z.infer<typeof meetingPage>;
export type Resolution = z.infer<typeof resolutionSchema>;
export type ResolutionPage = z.infer<typeof resolutionPage>;
export type CreateMeetingPayload = z.input<typeof createMeetingBody>;
export type UpdateMeetingPayload = z.input<typeof updateMeetingBody>;
export type CreateResolutionPayload = z.input<typeof createResolutionBody>;
export type UpdateResolutionPayload = z.input<typeof updateResolutionBody>;

export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementPage = z.infer<typeof agreementPage>;
export type CreateAgreementPayload = z.input<typeof createAgreementBody>;
export type UpdateAgreementPayload = z.input<typeof updateAgreementBody>;

export type Appointment = z.infer<typeof appointmentSchema>;
export type AppointmentPage = z.infer<typeof appointmentPage>;
export type CreateAppointmentPayload = z.input<typeof createAppointmentBody>;
export type UpdateAppointmentPayload = z.input<typeof updateAppointmentBody>;
export type CreateOutcomePayload = z.input<typeof createOutcomeBody>;

export type Visit = z.infer<typeof visitSchema>;
export type VisitPage = z.infer<typeof visitPage>;
export type CreateVisitPayload = z.input<typeof createVisitBody>;
export type UpdateVisitPayload = z.input<typeof updateVisitBody>;

export type Project = z.infer<typeof projectSchema>;
export type ProjectPage = z.infer<typeof projectPage>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type CreateProjectPayload = z.input<typeof createProjectBody>;
export type UpdateProjectPayload = z.input<typeof updateProjectBody>;
export type CreateMilestonePayload = z.input<typeof createMilestoneBody>;
export type UpdateMilestonePayload = z.input<typeof updateMilestoneBody>;

export type CoreProduct = z.infer<typeof coreProductSchema>;
export type CoreProductPage = z.infer<typeof coreProductPage>;
export type CreateCoreProductPayload = z.input<typeof createCoreProductBody>;
export type UpdateCoreProductPayload = z.input<typeof updateCoreProductBody>;
export type TechnologyNeed = z.infer<typeof technologyNeedSchema>;
export type TechnologyNeedPage = z.infer<typeof technologyNeedPage>;
export type CreateTechnologyNeedPayload = z.input<typeof createTechnologyNeedBody>;
export type UpdateTechnologyNeedPayload = z.input<typeof updateTechnologyNeedBody>;
export type TalentNeed = z.infer<typeof talentNeedSchema>;
export type TalentNeedPage = z.infer<typeof talentNeedPage>;

export type GovernanceFigures = z.infer<typeof figuresSchema>;
