// Which profiles an actor may reach. Out of reach is "not found", never "forbidden", so ids cannot be probed.
import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import * as repo from './talent.repository';
import type { SeekerRow } from './talent.repository';

/** The signed-in seeker's own profile. */
export async function getOwnSeeker(ctx: AppContext, actor: Actor): Promise<SeekerRow> {
  const row = await repo.getSeekerByAccountId(ctx.db, actor.accountId);
  if (!row) throw new AppError('not_found');
  return row;
}

/** A profile in the operator's zone. */
export async function getOperatorSeeker(ctx: AppContext, actor: Actor, id: string): Promise<SeekerRow> {
  if (actor.role !== 'operator' || !actor.zoneId) throw new AppError('not_found');
  const row = await repo.getSeekerById(ctx.db, id);
  if (!row || row.zoneId !== actor.zoneId) throw new AppError('not_found');
  return row;
}

/** Operators reach their zone; an organisation's staff only seekers who consented to it or applied to it. */
export async function getVisibleSeeker(ctx: AppContext, actor: Actor, id: string): Promise<SeekerRow> {
  if (actor.role === 'operator') return getOperatorSeeker(ctx, actor, id);
  if ((actor.role === 'org_admin' || actor.role === 'org_staff') && actor.organisationId) {
    if (await repo.isSeekerVisibleToOrganisation(ctx.db, id, actor.organisationId)) {
      const row = await repo.getSeekerById(ctx.db, id);
      if (row) return row;
    }
  }
  throw new AppError('not_found');
}
