import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('API conventions on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', database: kind });
  });

  it('publishes OpenAPI 3.1 generated from the route schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/organisations'].post.requestBody.content['application/json'].schema.properties.creditCode).toBeDefined();
    expect(doc.paths['/api/auth/login']).toBeDefined();
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('renders malformed JSON, wrong types, missing fields and unknown routes in one error shape', async () => {
    const c = await t.signIn('operator');
    const malformed = await c.request({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'application/json' }, payload: '{"name":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({ error: { code: 'malformed_json', message: '请求内容不是有效的 JSON' } });

    const wrongTypes = await c.post('/api/organisations', { name: 42, type: 'enterprise', isHighTech: 'yes' }, { 'accept-language': 'en' });
    expect(wrongTypes.statusCode).toBe(400);
    const body = wrongTypes.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toBe('Some fields are invalid; please check them');
    const byPath = Object.fromEntries(body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(byPath.name).toBe('Wrong type: expected string');
    expect(byPath.creditCode).toBe('Required');
    expect(byPath.isHighTech).toMatch(/expected boolean/);

    const unknown = await c.get('/api/nothing-here');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('route_not_found');

    const badQuery = await c.get('/api/organisations?page=zero');
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.fields[0].path).toBe('querystring.page');
  });

  it('refuses oversize bodies with 413 and unsupported content types with 415', async () => {
    const c = await t.signIn('operator');
    const huge = await c.request({
      method: 'POST',
      url: '/api/organisations',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    const text = await c.request({ method: 'POST', url: '/api/organisations', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(415);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const limited = await createTestApp(kind, { seed: false, config: { rateLimits: { global: 1000, auth: 3 } } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i += 1) codes.push((await limited.client().post('/api/auth/login', { login: 'x', password: 'y' })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
