import type { Me, OrganisationType } from '../../../api/types';

/** Staff of an organisation (not the zone's operator or government). */
export function isOrganisationRole(me: Me | null): boolean {
  return me?.role === 'org_admin' || me?.role === 'org_staff';
}

/** An enterprise's own staff: they post and manage their positions. */
export function isEnterpriseStaff(me: Me | null, organisationType: OrganisationType | null): boolean {
  return isOrganisationRole(me) && organisationType === 'enterprise';
}

/** The positions list: the zone's for operators and government, an enterprise's own for its staff. */
export function canListPositions(me: Me | null, organisationType: OrganisationType | null): boolean {
  return me?.role === 'operator' || me?.role === 'government' || isEnterpriseStaff(me, organisationType);
}

/** Create, edit, submit and close: an enterprise's staff, and operators (demand recorded on a visit). */
export function canWritePositions(me: Me | null, organisationType: OrganisationType | null): boolean {
  return me?.role === 'operator' || isEnterpriseStaff(me, organisationType);
}

/** Approve or return submitted positions. */
export function canReviewPositions(me: Me | null): boolean {
  return me?.role === 'operator';
}

/** Move applications along (interview, offer, hire, decline); government reads only. */
export function canAnswerApplications(me: Me | null, organisationType: OrganisationType | null): boolean {
  return me?.role === 'operator' || isEnterpriseStaff(me, organisationType);
}
