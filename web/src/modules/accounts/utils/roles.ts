import type { OrganisationType, Role } from '../../../api/types';

/** Roles an account of an organisation of this type may have. */
export function assignableRoles(organisationType: OrganisationType): Role[] {
  if (organisationType === 'operator') return ['operator'];
  if (organisationType === 'government') return ['government'];
  return ['org_admin', 'org_staff'];
}
