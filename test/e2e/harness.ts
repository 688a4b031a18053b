import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { WEB_DIST } from '../../src/app';
import { E2E_ENV } from './e2e-env';

export const CHROMIUM = process.env.QIAO_CHROMIUM ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Qiao-demo-2023';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export type RunningQiao = { baseUrl: string; stop: () => Promise<void> };

/**
 * Starts Qiao as users run it (`qiao serve`), on a fresh PGlite data directory with demo data: a
 * copy of the run's template (test/e2e/global-setup.ts), so each file starts from the same demo.
 */
export async function startQiao(): Promise<RunningQiao> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'qiao-e2e-'));
  cpSync(inject('demoTemplateDir'), dataDir, { recursive: true });
  // The browser tests run on the embedded database, as `npm start` does.
  const { DATABASE_URL: _serverDatabase, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['bin/qiao.js', 'serve'], {
    env: { ...inherited, ...E2E_ENV, PORT: String(port), HOST: '127.0.0.1', QIAO_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // Migrations and the in-memory indexes are ready before the server listens.
  const deadline = Date.now() + 180000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`qiao serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('qiao serve did not become ready in 180 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-system-deps.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, baseUrl: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/console/);
}

export type ApiSession = {
  get: <T>(path: string) => Promise<{ status: number; body: T }>;
  send: <T>(method: string, path: string, body: unknown) => Promise<{ status: number; body: T }>;
};

/** Signs in through the API, to prepare and check what a browser flow does as the pages themselves would. */
export async function apiSignIn(baseUrl: string, login: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    get: async <T,>(path: string) => {
      const answer = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      return { status: answer.status, body: (await answer.json()) as T };
    },
    send: async <T,>(method: string, path: string, body: unknown) => {
      const answer = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, origin: baseUrl, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: answer.status, body: (await answer.json()) as T };
    },
  };
}

/** WCAG 2.1 A/AA violations that axe rates serious or critical. */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // A toast caught while it fades in has partial opacity, which axe reports as low contrast: let
  // transient notices finish (they are announced to screen readers; the page is what is checked).
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10000 }).catch(() => undefined);
  // A select's list closing after a pick is still on screen for its animation: axe would check the popup, not the page.
  await page
    .waitForFunction(() => ![...document.querySelectorAll('.ant-select-dropdown')].some((e) => e.checkVisibility()), null, { timeout: 5000 })
    .catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
