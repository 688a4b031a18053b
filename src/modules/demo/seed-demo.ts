import { SYSTEM_SOURCE, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Role } from '../../platform/access';
import { findTakenKeys } from '../accounts/accounts.repository';
import { createAccount } from '../accounts/accounts.service';
import { findZones, insertOrganisations, insertZone } from '../organisations/organisations.repository';
import { type DemoOrganisation, generateDemoOrganisations } from './demo-organisations';
import { seedFairs } from './seed-fairs';
import { seedHrServices } from './seed-hr-services';
import { seedInnovation } from './seed-innovation';

export const DEMO_PASSWORD = 'Qiao-demo-2023';
export const DEMO_ZONE = { name: '楚雄高新技术产业开发区', regionCode: '532301' } as const;

/** One account per role, documented in the README. */
export const DEMO_ACCOUNTS: { username: string; role: Role; displayName: string; organisationKey?: string; phone?: string }[] = [
  { username: 'operator', role: 'operator', displayName: '杨晓梅', organisationKey: 'operator' },
  { username: 'gov', role: 'government', displayName: '李建国', organisationKey: 'gov-zone' },
  { username: 'huapai', role: 'org_admin', displayName: '张丽华', organisationKey: 'huapai' },
  { username: 'dali', role: 'org_admin', displayName: '赵文博', organisationKey: 'dali' },
  { username: 'seeker', role: 'seeker', displayName: '普晓燕', phone: '13987812345' },
  // A partner bank's loan officer: reviews the innovation-index loans addressed to the bank.
  { username: 'bank', role: 'org_admin', displayName: '何永红', organisationKey: 'bank-1' },
];

function toRow(org: DemoOrganisation, zoneId: string) {
  const { key: _key, ...fields } = org;
  return { ...fields, zoneId };
}

/**
 * Loads the demo zone, organisations and accounts, then (unless turned off, as most tests do) the
 * year's positions, talent pool, consultations and bulletins. Running it again changes nothing.
 */
export async function seedDemo(
  ctx: AppContext,
  options: { withHrServices?: boolean } = {},
): Promise<{ created: boolean; organisations: number; accounts: number; positions: number; seekers: number }> {
  const organisations = generateDemoOrganisations();
  let created = false;
  let orgCount = 0;
  if ((await findZones(ctx.db)).length === 0) {
    orgCount = await ctx.db.transaction(async (tx) => {
      const zone = await insertZone(tx, DEMO_ZONE);
      const inserted = await insertOrganisations(
        tx,
        organisations.map((org) => toRow(org, zone.id)),
      );
      await recordAudit(tx, SYSTEM_SOURCE, {
        action: 'demo.seed',
        entityType: 'zone',
        entityId: zone.id,
        after: { organisations: inserted.length },
      });
      return inserted.length;
    });
    created = true;
  }
  let accountCount = 0;
  for (const account of DEMO_ACCOUNTS) {
    if ((await findTakenKeys(ctx.db, { username: account.username })).username) continue;
    const org = account.organisationKey ? organisations.find((o) => o.key === account.organisationKey) : undefined;
    await createAccount(
      ctx,
      {
        username: account.username,
        password: DEMO_PASSWORD,
        role: account.role,
        displayName: account.displayName,
        organisation: org?.creditCode,
        phone: account.phone,
      },
      SYSTEM_SOURCE,
    );
    accountCount += 1;
    created = true;
  }
  const zone = (await findZones(ctx.db))[0];
  const hr = zone && options.withHrServices !== false ? await seedHrServices(ctx, zone.id) : { positions: 0, seekers: 0 };
  if (hr.positions || hr.seekers) created = true;
  // Fairs and live sessions over the positions, talent pool and applications just loaded.
  if (zone && options.withHrServices !== false && (await seedFairs(ctx, zone.id)) > 0) created = true;
  // Innovation-index loans after every other record: their index snapshots are computed from them.
  if (zone && options.withHrServices !== false && (await seedInnovation(ctx, zone.id)).loans > 0) created = true;
  return { created, organisations: orgCount, accounts: accountCount, positions: hr.positions, seekers: hr.seekers };
}
