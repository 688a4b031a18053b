// Who reaches which fair: everything is per zone. Operators manage their zone's fairs; a fair's
// host and co-organisers manage it too (a school running its campus fair). Out of reach is "not
// found", never "forbidden", so ids cannot be probed.
import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { fairs } from './fairs.table';

export type FairRow = typeof fairs.$inferSelect;

export function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

export function isZoneWide(actor: Actor): boolean {
  return actor.role === 'operator' || actor.role === 'government';
}

/** True when the actor runs this fair: the zone's operator, or staff of its host or a co-organiser. */
export function managesFair(actor: Actor, fair: FairRow): boolean {
  if (fair.zoneId !== actor.zoneId) return false;
  if (actor.role === 'operator') return true;
  if (!actor.organisationId || (actor.role !== 'org_admin' && actor.role !== 'org_staff')) return false;
  return fair.hostOrganisationId === actor.organisationId || fair.coOrganiserIds.includes(actor.organisationId);
}

/** A fair the actor may see: the zone's published fairs, and drafts to those who manage them (and government). */
export function canSeeFair(actor: Actor, fair: FairRow): boolean {
  if (fair.zoneId !== actor.zoneId) return false;
  if (fair.status !== 'draft') return true;
  return actor.role === 'government' || managesFair(actor, fair);
}

export async function findFair(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<FairRow | undefined> {
  const query = db.select().from(fairs).where(eq(fairs.id, id));
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0];
}

/** The fair, when the actor may see it; otherwise not found. */
export async function getVisibleFair(db: DbOrTx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<FairRow> {
  const fair = await findFair(db, id, options);
  if (!fair || !canSeeFair(actor, fair)) throw new AppError('not_found');
  return fair;
}

/** The fair, when the actor manages it; a visible fair they do not manage is forbidden, any other not found. */
export async function getManagedFair(db: DbOrTx, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<FairRow> {
  const fair = await getVisibleFair(db, actor, id, options);
  if (!managesFair(actor, fair)) throw new AppError('forbidden');
  return fair;
}
