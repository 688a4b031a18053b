import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { OrganisationType } from '../organisations/organisations.codes';
import * as repo from './techtransfer.repository';
import type { Scope } from './techtransfer.repository';

/**
 * Who is asking, as technology transfer sees it: operators and government read their zone; an
 * organisation's staff see what their organisation owns or is a party to.
 */
export type Viewer = {
  accountId: string;
  zoneId: string;
  isZoneWide: boolean;
  isOperator: boolean;
  organisationId: string | null;
  organisationType: OrganisationType | null;
};

export async function viewerOf(ctx: AppContext, actor: Actor): Promise<Viewer> {
  if (!actor.zoneId) throw new AppError('forbidden');
  const isZoneWide = actor.role === 'operator' || actor.role === 'government';
  if (isZoneWide) {
    return { accountId: actor.accountId, zoneId: actor.zoneId, isZoneWide, isOperator: actor.role === 'operator', organisationId: null, organisationType: null };
  }
  if (!actor.organisationId) throw new AppError('forbidden');
  const type = await repo.getOrganisationType(ctx.db, actor.organisationId);
  return {
    accountId: actor.accountId,
    zoneId: actor.zoneId,
    isZoneWide: false,
    isOperator: false,
    organisationId: actor.organisationId,
    organisationType: (type ?? null) as OrganisationType | null,
  };
}

/** The where-scope of lists: the zone, narrowed to the viewer's organisation for its staff. */
export function scopeOf(viewer: Viewer): Scope {
  return viewer.isZoneWide ? { zoneId: viewer.zoneId } : { zoneId: viewer.zoneId, organisationId: viewer.organisationId ?? undefined };
}

/** An organisation's staff write only for their own organisation; operators for any in the zone. */
export function mayActFor(viewer: Viewer, organisationId: string | null | undefined): boolean {
  return viewer.isOperator || (Boolean(organisationId) && organisationId === viewer.organisationId);
}

/** Organisations that develop research-assistant posts and take part in technology transfer. */
export const RESEARCH_ORGANISATION_TYPES: readonly OrganisationType[] = ['enterprise', 'school', 'institute'];
/** Organisations that answer challenges with proposals (揭榜方). */
export const PROPOSER_TYPES: readonly OrganisationType[] = ['school', 'institute'];
