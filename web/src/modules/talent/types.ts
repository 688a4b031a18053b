// Shapes of the talent-pool and résumé-import APIs, from the server's zod schemas through
// type-only imports (erased at build), and the vocabularies from the dependency-free code files.
import type { z } from 'zod';
import type { publicPositionPage } from '../../../../src/modules/positions/positions.schemas';
import type { importJobSchema, importReportSchema, importResultSchema } from '../../../../src/modules/talent/resume-import.schemas';
import type {
  consentBody,
  consentSchema,
  createSeekerBody,
  myDataSchema,
  personalDataSchema,
  putProfileBody,
  seekerPage,
  seekerSchema,
  seekerSummarySchema,
  updateSeekerBody,
} from '../../../../src/modules/talent/talent.schemas';

export {
  CONSENT_PURPOSES,
  type ConsentPurpose,
  DISABILITY_CATEGORIES,
  type DisabilityCategory,
  GENDERS,
  type Gender,
  SEEKER_SOURCES,
  type SeekerSource,
} from '../../../../src/modules/talent/talent.codes';
export {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  EDUCATION_LEVELS,
  type EducationLevel,
} from '../../../../src/modules/positions/positions.codes';

/** A profile as operators and the seeker see it: ID number and phone masked. */
export type Seeker = z.infer<typeof seekerSchema>;
export type SeekerSummary = z.infer<typeof seekerSummarySchema>;
export type SeekerPage = z.infer<typeof seekerPage>;
export type Consent = z.infer<typeof consentSchema>;
export type PersonalData = z.infer<typeof personalDataSchema>;
export type MyData = z.infer<typeof myDataSchema>;

/** The bodies of the profile writes, as the server's schemas accept them. */
export type ProfilePayload = z.input<typeof putProfileBody>;
export type CreateSeekerPayload = z.input<typeof createSeekerBody>;
export type UpdateSeekerPayload = z.input<typeof updateSeekerBody>;
export type ConsentPayload = z.input<typeof consentBody>;

export type ImportJob = z.infer<typeof importJobSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type DuplicatePolicy = ImportResult['duplicates'];

/** Published positions as the public search lists them (the seeker's enterprise picker reads their enterprises). */
export type PublicPositionPage = z.infer<typeof publicPositionPage>;
