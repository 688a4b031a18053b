// The shapes the Qiao API returns. Types come from the server's zod schemas (type-only imports:
// nothing of the server ends up in the bundle), so a change of shape on either side fails `tsc`.
// The vocabulary arrays are runtime values the UI iterates over; `satisfies` ties them to the server's.
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
import type { Role as ServerRole } from '../../../src/platform/access';

export const ROLES = ['operator', 'government', 'org_admin', 'org_staff', 'seeker'] as const satisfies readonly ServerRole[];
export type Role = ServerRole;

export const RESTRICTIONS = ['totp_enrollment', 'password_change'] as const;
export type Restriction = z.infer<typeof sessionResponse>['restriction'];

export type Me = z.infer<typeof meSchema>;
export type Session = z.infer<typeof sessionResponse>;

export const ORGANISATION_TYPES = [
  'enterprise',
  'school',
  'institute',
  'association',
  'bank',
  'government',
  'operator',
] as const satisfies readonly Organisation['type'][];
export type OrganisationType = Organisation['type'];

export const INDUSTRIES = [
  'biomedicine',
  'new_materials',
  'advanced_manufacturing',
  'green_food',
  'green_chemicals',
  'modern_services',
  'education',
  'finance',
  'public_administration',
  'other',
] as const satisfies readonly Organisation['industry'][];
export type Industry = Organisation['industry'];

/** The zone's "2主3辅" industries: two main lines (with advanced manufacturing) and three auxiliary. */
export const MAIN_INDUSTRIES = ['biomedicine', 'new_materials', 'advanced_manufacturing'] as const;
export const AUXILIARY_INDUSTRIES = ['green_food', 'green_chemicals', 'modern_services'] as const;

export const COUNCIL_ROLES = [
  'chair',
  'vice_chair',
  'secretary_general',
  'executive_member',
  'member',
] as const satisfies readonly NonNullable<Organisation['councilRole']>[];
export type CouncilRole = NonNullable<Organisation['councilRole']>;

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
