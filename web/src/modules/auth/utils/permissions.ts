import type { Me } from '../../../api/types';

/** Operators create, edit, import and (de)activate member units. */
export function canManageOrganisations(me: Me | null): boolean {
  return me?.role === 'operator';
}

/** Operators and government officers may download the filtered list as Excel. */
export function canExportOrganisations(me: Me | null): boolean {
  return me?.role === 'operator' || me?.role === 'government';
}

/** Operators and government officers see every member unit of their zone. */
export function canListOrganisations(me: Me | null): boolean {
  return me?.role === 'operator' || me?.role === 'government';
}

export function canViewOrganisation(me: Me | null, organisationId: string): boolean {
  if (!me) return false;
  return canListOrganisations(me) || me.organisationId === organisationId;
}

/** Staff accounts of an organisation: operators, and that organisation's own administrators. */
export function canManageStaff(me: Me | null, organisationId: string): boolean {
  if (!me) return false;
  return me.role === 'operator' || (me.role === 'org_admin' && me.organisationId === organisationId);
}

export function canReadAudit(me: Me | null): boolean {
  return me?.role === 'operator';
}
