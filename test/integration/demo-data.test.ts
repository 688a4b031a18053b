import { and, count, countDistinct, eq, gt, gte, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendations } from '../../src/modules/matching/matching.table';
import { applications, positions } from '../../src/modules/positions/positions.table';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('the demo year on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { withHrServices: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('has open positions findable in Chinese, and the year’s history', async () => {
    const open = (await t.client().get('/api/positions?pageSize=5')).json();
    expect(open.total).toBeGreaterThanOrEqual(100);
    const found = (await t.client().get(`/api/positions?q=${encodeURIComponent('工程师')}`)).json();
    expect(found.items.length).toBeGreaterThan(0);
    const operator = await t.signIn('operator');
    const all = (await operator.get('/api/managed-positions?pageSize=1')).json();
    expect(all.total).toBeGreaterThan(open.total);
  });

  it('publishes 24 bulletins in 2023 and counts 700+ seekers consulted', async () => {
    const bulletins = (await t.client().get('/api/public/bulletins?year=2023&pageSize=50')).json();
    expect(bulletins.total).toBe(24);
    const operator = await t.signIn('operator');
    const stats = (await operator.get('/api/consultations/stats?from=2023-01-01&to=2023-12-31&groupBy=year')).json();
    expect(stats.total.seekers).toBeGreaterThanOrEqual(700);
    expect(stats.total.seekers).toBeLessThan(800);
    const seekers = (await operator.get('/api/seekers?pageSize=1')).json();
    expect(seekers.total).toBeGreaterThanOrEqual(1500);
  });

  it('loads again without change', async () => {
    const { seedDemo } = await import('../../src/modules/demo/seed-demo');
    expect(await seedDemo(t.ctx)).toMatchObject({ created: false, positions: 0, seekers: 0 });
  });

  it('recommends 426 people to 138 positions in 2023, each a consenting seeker with an application, hires within headcount', async () => {
    const db = t.ctx.db;
    const in2023 = and(
      gte(recommendations.createdAt, new Date('2023-01-01T00:00:00+08:00')),
      lt(recommendations.createdAt, new Date('2024-01-01T00:00:00+08:00')),
    );
    const [year] = await db
      .select({ positions: countDistinct(recommendations.positionId), seekers: countDistinct(recommendations.seekerId), organisations: countDistinct(recommendations.organisationId) })
      .from(recommendations)
      .where(in2023);
    expect(year).toEqual({ positions: 138, seekers: 426, organisations: 53 });
    const [all] = await db.select({ n: count() }).from(recommendations);
    const [linked] = await db
      .select({ n: count() })
      .from(recommendations)
      .innerJoin(applications, eq(applications.id, recommendations.applicationId))
      .where(and(eq(applications.channel, 'recommendation'), eq(applications.seekerId, recommendations.seekerId), eq(applications.positionId, recommendations.positionId)));
    expect(linked?.n).toBe(all?.n);
    const [withoutConsent] = await db
      .select({ n: count() })
      .from(recommendations)
      .where(sql`not exists (select 1 from consents c where c.seeker_id = ${recommendations.seekerId} and c.purpose = 'job_matching' and c.withdrawn_at is null)`);
    expect(withoutConsent?.n).toBe(0);
    const [overfilled] = await db.select({ n: count() }).from(positions).where(gt(positions.filledCount, positions.headcount));
    expect(overfilled?.n).toBe(0);
    const [hiresBeyondFilled] = await db
      .select({ n: count() })
      .from(positions)
      .where(sql`${positions.filledCount} < (select count(*) from applications a where a.position_id = ${positions.id} and a.status = 'hired')`);
    expect(hiresBeyondFilled?.n).toBe(0);
    const [hired] = await db.select({ n: count() }).from(applications).where(and(eq(applications.status, 'hired'), sql`${applications.hiredAt} is not null`));
    expect(hired?.n).toBeGreaterThan(50);
  });
});
