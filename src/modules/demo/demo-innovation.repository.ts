import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { innovationIndexWeights, innovationLoans, rdInputs } from '../innovation/innovation.table';
import { organisations } from '../organisations/organisations.table';

/** The zone's organisations by credit code, the key the demo generators share. */
export async function findOrganisationIdsByCreditCode(db: DbOrTx, zoneId: string): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, creditCode: organisations.creditCode })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId));
  return new Map(rows.map((r) => [r.creditCode, { id: r.id, name: r.name }]));
}

/** Rows already in the innovation tables: each part of the demo loads only into an empty table. */
export async function countInnovationRows(db: DbOrTx): Promise<{ rdInputs: number; weights: number; loans: number }> {
  const [[inputs], [weights], [loans]] = await Promise.all([
    db.select({ n: count() }).from(rdInputs),
    db.select({ n: count() }).from(innovationIndexWeights),
    db.select({ n: count() }).from(innovationLoans),
  ]);
  return { rdInputs: inputs?.n ?? 0, weights: weights?.n ?? 0, loans: loans?.n ?? 0 };
}
