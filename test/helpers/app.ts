import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { seedDemo } from '../../src/modules/demo/seed-demo';
import { type Config, loadConfig } from '../../src/platform/config';
import type { AppContext } from '../../src/platform/context';
import { deriveKeys } from '../../src/platform/crypto';
import type { Database } from '../../src/platform/db';
import { type DbKind, openTestDatabase } from './databases';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  database: Database;
  close: () => Promise<void>;
  /** A client that keeps its session cookie and sends the CSRF token, like the browser app. */
  client: () => TestClient;
  signIn: (login: string, password?: string) => Promise<TestClient>;
};

export type TestClient = {
  cookie: string | undefined;
  csrf: string | undefined;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', QIAO_SECRET: TEST_SECRET, QIAO_DATA_DIR: '/tmp/qiao-test-unused' }), ...overrides };
}

export async function createTestApp(
  kind: DbKind,
  options: { config?: Partial<Config>; seed?: boolean; withHrServices?: boolean } = {},
): Promise<TestApp> {
  const { database, drop } = await openTestDatabase(kind);
  const config = testConfig({ rateLimits: { global: 100000, auth: 100000 }, ...options.config });
  const ctx: AppContext = { db: database.db, config, keys: deriveKeys(config.secret) };
  // Organisations and accounts by default; the full demo year only where a test needs it.
  if (options.seed !== false) await seedDemo(ctx, { withHrServices: options.withHrServices ?? false });
  const app = await buildApp({ ctx, database, logger: process.env.QIAO_TEST_LOG ? { level: 'error' } : false });
  await app.ready();

  const client = (): TestClient => {
    const c: TestClient = {
      cookie: undefined,
      csrf: undefined,
      request: async (opts) => {
        const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
        if (c.cookie && !('cookie' in headers)) headers.cookie = c.cookie;
        if (c.csrf && opts.method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = c.csrf;
        const res = await app.inject({ ...opts, headers });
        const setCookie = res.cookies.find((k) => k.name === 'qiao_session');
        if (setCookie) c.cookie = setCookie.value ? `qiao_session=${setCookie.value}` : undefined;
        return res;
      },
      get: (url, headers) => c.request({ method: 'GET', url, headers: headers ?? {} }),
      post: (url, body, headers) => c.request({ method: 'POST', url, headers: headers ?? {}, ...(body === undefined ? {} : { payload: body as object }) }),
      patch: (url, body, headers) => c.request({ method: 'PATCH', url, headers: headers ?? {}, payload: body as object }),
    };
    return c;
  };

  const signIn = async (login: string, password = 'Qiao-demo-2023') => {
    const c = client();
    const res = await c.post('/api/auth/login', { login, password });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${res.statusCode} ${res.body}`);
    c.csrf = res.json<{ csrfToken: string }>().csrfToken;
    return c;
  };

  return {
    app,
    ctx,
    database,
    client,
    signIn,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
