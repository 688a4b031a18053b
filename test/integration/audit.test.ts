import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('audit log on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets operators browse and filter it, and nobody else', async () => {
    const operator = await t.signIn('operator');
    await t.client().post('/api/auth/login', { login: 'operator', password: 'bad' });
    const huapai = await t.signIn('huapai');
    expect((await huapai.get('/api/audit')).statusCode).toBe(403);
    const gov = await t.signIn('gov');
    expect((await gov.get('/api/audit')).statusCode).toBe(403);

    const failed = (await operator.get('/api/audit?action=auth.login_failed')).json();
    expect(failed.total).toBeGreaterThanOrEqual(1);
    expect(failed.items[0]).toMatchObject({ action: 'auth.login_failed', actorLabel: 'operator', entityType: 'account' });
    const denied = (await operator.get('/api/audit?action=access.denied')).json();
    expect(denied.items.map((i: { actorLabel: string }) => i.actorLabel)).toEqual(expect.arrayContaining(['huapai', 'gov']));
    const logins = (await operator.get('/api/audit?action=auth.login&actor=huapai&pageSize=5')).json();
    expect(logins.items.every((i: { actorLabel: string }) => i.actorLabel === 'huapai')).toBe(true);
    const future = (await operator.get('/api/audit?from=2100-01-01')).json();
    expect(future.total).toBe(0);
    expect((await operator.get('/api/audit?from=yesterday')).statusCode).toBe(400);
  });
});
