import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, sessions } from '../../src/modules/accounts/accounts.table';
import { totpCode } from '../../src/modules/accounts/totp';
import { auditLog } from '../../src/platform/audit.table';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('auth on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in by user name, e-mail-less mobile number, and signs out', async () => {
    const c = t.client();
    const res = await c.post('/api/auth/login', { login: 'operator', password: 'Qiao-demo-2023' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.account).toMatchObject({ username: 'operator', role: 'operator' });
    expect(body.account.organisationName).toBeTruthy();
    const cookie = res.cookies.find((k) => k.name === 'qiao_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    c.csrf = body.csrfToken;
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);

    const byPhone = await t.client().post('/api/auth/login', { login: '139 8781 2345', password: 'Qiao-demo-2023' });
    expect(byPhone.statusCode).toBe(200);
    expect(byPhone.json().account).toMatchObject({ username: 'seeker', phoneMasked: '139****2345' });
  });

  it('answers wrong credentials with one message in the request language, and audits the attempt', async () => {
    const zh = await t.client().post('/api/auth/login', { login: 'gov', password: 'wrong-password' });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ error: { code: 'invalid_credentials', message: '账号或密码错误' } });
    const en = await t.client().post('/api/auth/login', { login: 'nobody', password: 'x' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().error.message).toBe('Wrong account or password');
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'auth.login_failed'));
    expect(rows.map((r) => (r.after as { reason: string }).reason)).toEqual(expect.arrayContaining(['wrong_password', 'unknown_account']));
  });

  it('locks an account for 15 minutes after 5 failed sign-ins, even with the right password', async () => {
    const c = t.client();
    for (let i = 0; i < 4; i += 1) expect((await c.post('/api/auth/login', { login: 'dali', password: 'nope' })).statusCode).toBe(401);
    const fifth = await c.post('/api/auth/login', { login: 'dali', password: 'nope' });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('account_locked');
    const right = await c.post('/api/auth/login', { login: 'dali', password: 'Qiao-demo-2023' });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toContain('15');
    // When the lock has run out the right password works again.
    await t.ctx.db.update(accounts).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(accounts.username, 'dali'));
    expect((await c.post('/api/auth/login', { login: 'dali', password: 'Qiao-demo-2023' })).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const idle = await t.signIn('huapai');
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) });
    const res = await idle.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');

    const old = await t.signIn('huapai');
    await t.ctx.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);

    const fresh = await t.signIn('huapai');
    await t.ctx.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 29 * 60 * 1000) });
    expect((await fresh.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses cookie-authenticated writes without the CSRF token or from a foreign origin', async () => {
    const c = await t.signIn('operator');
    const orgs = (await c.get('/api/organisations?type=enterprise&pageSize=1')).json();
    const org = orgs.items[0];
    const noToken = await c.request({ method: 'POST', url: `/api/organisations/${org.id}/deactivate`, headers: { 'x-csrf-token': '' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const foreign = await c.request({ method: 'POST', url: `/api/organisations/${org.id}/deactivate`, headers: { origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
    const after = (await c.get(`/api/organisations/${org.id}`)).json();
    expect(after.isActive).toBe(true);
    const denied = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'access.denied'));
    expect(denied.some((r) => (r.after as { reason: string }).reason === 'csrf_failed')).toBe(true);
  });

  it('enforces the password policy on change and signs out other sessions', async () => {
    const a = await t.signIn('gov');
    const b = await t.signIn('gov');
    const weak = await a.post('/api/auth/password', { currentPassword: 'Qiao-demo-2023', newPassword: 'Password123!' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual([{ path: 'newPassword', message: '该密码过于常见，请换一个' }]);
    const twoClasses = await a.post('/api/auth/password', { currentPassword: 'Qiao-demo-2023', newPassword: 'abcdefgh12' });
    expect(twoClasses.json().error.fields[0].path).toBe('newPassword');
    const wrongCurrent = await a.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Yunnan-Chuxiong-88' });
    expect(wrongCurrent.json().error.fields[0].path).toBe('currentPassword');
    expect((await a.post('/api/auth/password', { currentPassword: 'Qiao-demo-2023', newPassword: 'Lucheng#2024x' })).statusCode).toBe(204);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.client().post('/api/auth/login', { login: 'gov', password: 'Lucheng#2024x' })).statusCode).toBe(200);
  });

  it('enrols TOTP and then requires the code to sign in', async () => {
    const c = await t.signIn('huapai');
    const setup = await c.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, qrDataUrl, otpauthUrl } = setup.json();
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(otpauthUrl).toContain('otpauth://totp/');
    expect((await c.post('/api/auth/totp/enable', { code: '000000' })).statusCode).toBe(400);
    // Enrolment uses the code of the previous 30-second step, so that sign-in can use the current one.
    expect((await c.post('/api/auth/totp/enable', { code: totpCode(secret, Date.now() - 30000) })).statusCode).toBe(204);

    const noCode = await t.client().post('/api/auth/login', { login: 'huapai', password: 'Qiao-demo-2023' });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('totp_required');
    const withCode = await t.client().post('/api/auth/login', { login: 'huapai', password: 'Qiao-demo-2023', totp: totpCode(secret) });
    expect(withCode.statusCode).toBe(200);
    const replay = await t.client().post('/api/auth/login', { login: 'huapai', password: 'Qiao-demo-2023', totp: totpCode(secret) });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('totp_invalid');
    const off = await c.post('/api/auth/totp/disable', { password: 'Qiao-demo-2023', code: totpCode(secret, Date.now() + 30000) });
    expect(off.statusCode).toBe(204);
  });

  it('restricts operator sessions to TOTP enrolment when the 等保 setting requires it', async () => {
    const strict = await createTestApp(kind, { config: { requireTotpForStaff: true } });
    try {
      const c = strict.client();
      const res = await c.post('/api/auth/login', { login: 'operator', password: 'Qiao-demo-2023' });
      expect(res.json().restriction).toBe('totp_enrollment');
      c.csrf = res.json().csrfToken;
      const blocked = await c.get('/api/organisations');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('restricted_session');
      const { secret } = (await c.post('/api/auth/totp/setup')).json();
      expect((await c.post('/api/auth/totp/enable', { code: totpCode(secret) })).statusCode).toBe(204);
      expect((await c.get('/api/organisations')).statusCode).toBe(200);
      // Org accounts are not required to use TOTP.
      expect((await strict.client().post('/api/auth/login', { login: 'dali', password: 'Qiao-demo-2023' })).json().restriction).toBeNull();
    } finally {
      await strict.close();
    }
  });

  it('registers a job seeker with consent, refuses a taken phone, and validates every field', async () => {
    const c = t.client();
    const ok = await c.post('/api/auth/register', {
      displayName: '李春燕',
      phone: '13812345678',
      password: 'Chunyan@2024',
      acceptPrivacyPolicy: true,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().account).toMatchObject({ role: 'seeker', displayName: '李春燕', phoneMasked: '138****5678' });
    const stored = await t.ctx.db.select().from(accounts).where(eq(accounts.displayName, '李春燕'));
    expect(stored[0]?.phoneEnc).not.toContain('13812345678');
    expect(stored[0]?.privacyPolicyVersion).toBeTruthy();

    const again = await t.client().post('/api/auth/register', { displayName: '王五', phone: '138-1234-5678', password: 'Chunyan@2024', acceptPrivacyPolicy: true });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toEqual([{ path: 'phone', message: '该手机号已注册' }]);

    const bad = await t.client().post('/api/auth/register', { displayName: '', phone: '12345', password: 'x', acceptPrivacyPolicy: false });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['acceptPrivacyPolicy', 'displayName', 'phone']);
    const count = await t.ctx.db.select().from(accounts).where(and(eq(accounts.role, 'seeker')));
    expect(count).toHaveLength(2);
  });
});
