// Shapes of the positions API, from the server's zod schemas through type-only imports (erased at
// build), and the position vocabularies from the dependency-free `positions.codes.ts`.
import type { z } from 'zod';
import type {
  applicationSchema,
  applyBody,
  createPositionBody,
  positionSchema,
  publicPositionPage,
  publicPositionSchema,
  reviewPositionBody,
  updateApplicationBody,
  updatePositionBody,
} from '../../../../src/modules/positions/positions.schemas';
import type { seekerSchema } from '../../../../src/modules/talent/talent.schemas';

export {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  EDUCATION_LEVELS,
  type EducationLevel,
  EMPLOYMENT_TYPES,
  type EmploymentType,
  POSITION_STATUSES,
  type PositionStatus,
} from '../../../../src/modules/positions/positions.codes';

/** A position as its enterprise and the zone's staff see it (every status). */
export type Position = z.infer<typeof positionSchema>;

/** A published position as the public search lists it. */
export type PublicPosition = z.infer<typeof publicPositionSchema>;
export type PublicPositionPage = z.infer<typeof publicPositionPage>;

export type Application = z.infer<typeof applicationSchema>;

type Seeker = z.infer<typeof seekerSchema>;

/**
 * The résumé an application carries: a snapshot taken when the seeker applied, stored as JSON, so
 * older snapshots may lack fields. Read it with `readResume`.
 */
export type Resume = Pick<
  Seeker,
  | 'name'
  | 'gender'
  | 'phoneMasked'
  | 'email'
  | 'educationLevel'
  | 'school'
  | 'major'
  | 'graduationOn'
  | 'education'
  | 'experience'
  | 'skills'
  | 'experienceYears'
  | 'expectedSalaryMin'
  | 'expectedSalaryMax'
  | 'availableFrom'
  | 'summary'
> & {
  birthYear: string | null;
  /** Region names (the snapshot keeps names, not codes). */
  preferredRegions: string[];
};

/** The bodies of the position and application writes, as the server's schemas accept them. */
export type CreatePositionPayload = z.input<typeof createPositionBody>;
export type UpdatePositionPayload = z.input<typeof updatePositionBody>;
/** Every field of a position's form (the create body without the enterprise). */
export type PositionFields = Required<Omit<CreatePositionPayload, 'organisationId'>>;
export type ReviewPayload = z.input<typeof reviewPositionBody>;
export type ApplyPayload = z.input<typeof applyBody>;
export type ApplicationChange = z.input<typeof updateApplicationBody>;
