import { count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { patents } from '../techtransfer/techtransfer.table';

export async function hasPatents(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(patents);
  return (row?.n ?? 0) > 0;
}

/** The zone's organisations with what the demo generator chooses owners, sellers and proposers by. */
export async function findDemoOrganisations(db: DbOrTx, zoneId: string) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      industry: organisations.industry,
      isHighTech: organisations.isHighTech,
      isTechSme: organisations.isTechSme,
    })
    .from(organisations)
    .where(eq(organisations.zoneId, zoneId));
}
