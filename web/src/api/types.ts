// The shapes the Qiao API returns. Types come from the server's zod schemas through type-only
// imports (erased at build), so a change of shape on either side fails `tsc`. The vocabularies the
// UI iterates over are the server's own constants, re-exported from files that import nothing
// (`organisations.codes.ts`, `platform/roles.ts`): only those few arrays enter the bundle.
import type { z } from 'zod';
import type {
  accountSchema,
  meSchema,
  sessionResponse,
  totpSetupResponse,
} from '../../../src/modules/accounts/accounts.schemas';
import type { auditEntrySchema } from '../../../src/modules/audit/audit.schemas';
import type {
  importIssue,
  organisationSchema,
  publicStatsSchema,
} from '../../../src/modules/organisations/organisations.schemas';
import type { Region as ServerRegion } from '../../../src/modules/organisations/regions';

export { ROLES, type Role } from '../../../src/platform/roles';
export {
  AUXILIARY_INDUSTRIES,
  COUNCIL_ROLES,
  type CouncilRole,
  INDUSTRIES,
  type Industry,
  MAIN_INDUSTRIES,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '../../../src/modules/organisations/organisations.codes';

export const RESTRICTIONS = ['totp_enrollment', 'password_change'] as const;
export type Restriction = z.infer<typeof sessionResponse>['restriction'];

export type Me = z.infer<typeof meSchema>;
export type Session = z.infer<typeof sessionResponse>;

export type Organisation = z.infer<typeof organisationSchema>;

export type Account = z.infer<typeof accountSchema>;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Region = ServerRegion;

export type PublicStats = z.infer<typeof publicStatsSchema>;

export type ImportProblem = z.infer<typeof importIssue>;

export type ImportPreview = { mode: 'preview'; rows: number; valid: number; errors: ImportProblem[] };
export type ImportCommit = { mode: 'commit'; rows: number; created: number; errors: ImportProblem[] };

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export type TotpSetup = z.infer<typeof totpSetupResponse>;
