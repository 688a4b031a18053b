import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedGovernance } from '../../src/modules/demo/seed-governance';
import { councilTerms } from '../../src/modules/governance/governance.table';
import { findZones } from '../../src/modules/organisations/organisations.repository';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('the demo governance year on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { withHrServices: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('reproduces the brief’s 2023 governance figures from single records', async () => {
    const gov = await t.signIn('gov');
    const figures = (await gov.get('/api/governance/figures?year=2023')).json();
    expect(figures).toEqual({
      year: 2023,
      indicators: {
        council_members: 248,
        agreement_schools: 6,
        dual_appointments_to_enterprises: 4,
        dual_appointments_to_schools: 4,
        enterprises_visited: 53,
      },
    });
    // The records behind them, as the lists show them.
    const agreements = (await gov.get('/api/governance/agreements?type=strategic_cooperation&partyType=school&pageSize=50')).json();
    expect(agreements.items.filter((a: { signedOn: string | null }) => a.signedOn?.startsWith('2023'))).toHaveLength(6);
    const appointments = (await gov.get('/api/governance/appointments?year=2023&pageSize=50')).json();
    expect(appointments.total).toBe(8);
    expect((await gov.get('/api/governance/council-terms?status=current&pageSize=1')).json().total).toBe(248);
    expect((await gov.get('/api/governance/meetings?type=annual&from=2023-01-01&to=2023-12-31')).json().total).toBe(1);
    expect((await gov.get('/api/governance/meetings?type=supply_demand')).json().total).toBeGreaterThanOrEqual(2);
    expect((await gov.get('/api/governance/agreements/renewals')).json().total).toBe(1);
    expect((await gov.get('/api/governance/talent-needs?year=2023&pageSize=1')).json().total).toBeGreaterThan(100);
  });

  it('keeps every member’s council role equal to its term in force', async () => {
    const mismatched = await t.ctx.db
      .select({ name: organisations.name })
      .from(organisations)
      .leftJoin(councilTerms, and(eq(councilTerms.organisationId, organisations.id), isNull(councilTerms.endOn)))
      .where(sql`${organisations.councilRole} is distinct from ${councilTerms.role}`);
    expect(mismatched).toEqual([]);
  });

  it('loads again without change', async () => {
    const [zone] = await findZones(t.ctx.db);
    expect(await seedGovernance(t.ctx, zone?.id ?? '', undefined)).toBe(0);
  });
});
