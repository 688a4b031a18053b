// Who reaches which training records: everything is per zone; schools and enterprises reach only
// their own bookings. Out of reach is "not found", never "forbidden", so ids cannot be probed.
import type { Actor } from '../../platform/access';
import { AppError, type FieldIssue } from '../../platform/errors';
import type { OrganisationRef } from './bases.repository';

export function zoneOf(actor: Actor): string {
  if (!actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

/** Operators and government read the whole zone; everyone else their own organisation's records. */
export function isZoneWide(actor: Actor): boolean {
  return actor.role === 'operator' || actor.role === 'government';
}

export function requireInZone<T extends { zoneId: string }>(actor: Actor, row: T | undefined): T {
  if (!row || row.zoneId !== zoneOf(actor)) throw new AppError('not_found');
  return row;
}

/**
 * The problem with naming `id` at `path` as an organisation of the actor's zone of one of `types`,
 * or null when there is none. An organisation of another zone is as unknown as a made-up id.
 */
export function organisationProblem(
  actor: Actor,
  path: string,
  org: OrganisationRef | undefined,
  types: readonly string[],
  typeMessage: FieldIssue['message'],
): FieldIssue | null {
  if (!org || org.zoneId !== actor.zoneId) return { path, message: 'training.organisation_outside_zone' };
  if (!types.includes(org.type)) return { path, message: typeMessage };
  if (!org.isActive) return { path, message: 'organisation.inactive' };
  return null;
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
}
