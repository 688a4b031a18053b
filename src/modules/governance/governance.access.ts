import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access';
import type { DbOrTx } from '../../platform/db';
import { AppError, type FieldIssue } from '../../platform/errors';
import { organisations } from '../organisations/organisations.table';

/**
 * Who reads which governance records. Operators and government read their whole zone; the staff
 * of an organisation read the records that involve it (its terms, the agreements it is party to,
 * the meetings it attended, …): `organisationId` is set and every query filters by it.
 */
export type GovernanceScope = { zoneId: string; organisationId: string | null };

export function governanceScopeOf(actor: Actor): GovernanceScope {
  if (!actor.zoneId) throw new AppError('forbidden');
  if (actor.role === 'operator' || actor.role === 'government') return { zoneId: actor.zoneId, organisationId: null };
  if (actor.organisationId && (actor.role === 'org_admin' || actor.role === 'org_staff')) {
    return { zoneId: actor.zoneId, organisationId: actor.organisationId };
  }
  throw new AppError('forbidden');
}

/** The zone an operator writes in; every write is the operator's. */
export function operatorZoneOf(actor: Actor): string {
  if (actor.role !== 'operator' || !actor.zoneId) throw new AppError('forbidden');
  return actor.zoneId;
}

export type ZoneOrganisation = { id: string; name: string; type: string; industry: string; isActive: boolean };

/**
 * The organisations of the zone among `ids`, by id. Ids that are not there (unknown, another
 * zone's) come back as field problems at `path(i)`, so a form shows them under the right input.
 */
export async function loadZoneOrganisations(
  db: DbOrTx,
  zoneId: string,
  ids: readonly { id: string; path: string }[],
): Promise<{ byId: Map<string, ZoneOrganisation>; issues: FieldIssue[] }> {
  const wanted = [...new Set(ids.map((i) => i.id))];
  const rows = wanted.length
    ? await db
        .select({ id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry, isActive: organisations.isActive })
        .from(organisations)
        .where(and(eq(organisations.zoneId, zoneId), inArray(organisations.id, wanted)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const issues: FieldIssue[] = ids.filter((i) => !byId.has(i.id)).map((i) => ({ path: i.path, message: 'governance.organisation_not_found' }));
  return { byId, issues };
}

/** Strips `version` and `updatedAt` from an audit diff: they change on every write and say nothing. */
export function withoutBookkeeping<T extends { before: Record<string, unknown>; after: Record<string, unknown> }>(diff: T): T {
  for (const key of ['version', 'updatedAt']) {
    delete diff.before[key];
    delete diff.after[key];
  }
  return diff;
}
