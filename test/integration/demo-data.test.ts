import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
