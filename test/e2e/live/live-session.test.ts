import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSignIn, DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

type Item = { id: string; sortOrder: number; position: { id: string; title: string } };
type Session = { id: string; title: string; status: string; items: Item[]; hostOrganisation: { name: string } | null };

/** The demo's session three days ahead, or (before the demo has one) a session made like it through the API. */
async function scheduledSession(operator: ApiSession): Promise<Session> {
  const upcoming = await operator.get<{ items: Session[] }>('/api/live-sessions?phase=upcoming&pageSize=50');
  const found = upcoming.body.items.find((s) => s.status === 'scheduled' && s.items.length >= 2);
  if (found) return found;
  const positions = await operator.get<{ items: { id: string }[] }>('/api/managed-positions?status=published&pageSize=5');
  const startsAt = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const created = await operator.send<Session>('POST', '/api/live-sessions', {
    title: '楚雄高新区企业网络直播带岗（测试场）',
    streamUrl: 'https://live.example.cn/room/e2e',
    presenter: '小楚',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000).toISOString(),
    items: positions.body.items.slice(0, 5).map((p) => ({ positionId: p.id })),
  });
  expect(created.status).toBe(201);
  return created.body;
}

/** Screenshots for a person to look at, when QIAO_E2E_SCREENSHOTS names a directory. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.QIAO_E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

describe('a live recruitment session: the host puts positions on air, a viewer on a phone applies once and catches up after a dropped connection', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let operatorApi: ApiSession;
  let session: Session;
  let first: Item;
  let second: Item;
  let host: { context: BrowserContext; page: Page };
  let viewer: { context: BrowserContext; page: Page };
  const question = '请问这个岗位提供员工宿舍吗？';
  const answer = '提供四人间员工宿舍，水电全包。';

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
    operatorApi = await apiSignIn(qiao.baseUrl, 'operator');
    session = await scheduledSession(operatorApi);
    [first, second] = [...session.items].sort((a, b) => a.sortOrder - b.sortOrder) as [Item, Item];

    // Applying needs a résumé; the demo seeker has none yet: save one the way the profile page does.
    const seekerApi = await apiSignIn(qiao.baseUrl, 'seeker');
    if ((await seekerApi.get('/api/me/profile')).status === 404) {
      const saved = await seekerApi.send('PUT', '/api/me/profile', {
        name: '普晓燕',
        gender: 'female',
        educationLevel: 'bachelor',
        school: '楚雄医药高等专科学校',
        major: '药学',
        skills: ['GMP'],
        experienceYears: 1,
      });
      expect([200, 201]).toContain(saved.status);
    }
  });
  afterAll(async () => {
    await host?.context.close();
    await viewer?.context.close();
    await browser?.close();
    await qiao?.stop();
  });

  it('the operator starts the session from the host console', async () => {
    host = await newPage(browser, qiao.baseUrl, DESKTOP);
    await signIn(host.page, 'operator');
    await host.page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '直播带岗' }).click();
    await host.page.getByRole('link', { name: `主控台：${session.title}` }).click();
    await host.page.waitForURL(`**/console/live/${session.id}/host`);
    await host.page.getByRole('button', { name: '开始直播' }).click();
    await host.page.getByText('直播中', { exact: true }).first().waitFor();
    await expect.poll(async () => (await operatorApi.get<Session>(`/api/public/live-sessions/${session.id}`)).body.status).toBe('live');
  });

  it('a signed-in seeker on a phone watches, and sees the position the host puts on air without reloading', async () => {
    viewer = await newPage(browser, qiao.baseUrl, PHONE);
    await signIn(viewer.page, 'seeker');
    await viewer.page.goto(`/live/${session.id}`);
    await viewer.page.getByRole('heading', { level: 1, name: session.title }).waitFor();
    await viewer.page.getByText('实时同步中').waitFor();
    const onAir = viewer.page.getByRole('region', { name: '正在推介的岗位' });
    await onAir.getByText('暂无推介岗位').waitFor();

    await host.page.getByRole('switch', { name: `上播：${first.position.title}` }).click();
    await onAir.getByRole('heading', { level: 2, name: first.position.title }).waitFor();
    // Screen readers are told too.
    await expect.poll(() => viewer.page.locator('[aria-live="assertive"]').innerText()).toContain(first.position.title);
  });

  it('applies in one tap: the first answer is lost, the page retries with the same key, and one application is stored', async () => {
    const keys: string[] = [];
    const answers: { status: number; duplicate: boolean }[] = [];
    await viewer.page.route('**/api/live-sessions/*/apply', async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (keys.length === 1) {
        // The server applies, but the phone never hears back.
        const response = await route.fetch();
        answers.push({ status: response.status(), duplicate: ((await response.json()) as { duplicate: boolean }).duplicate });
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    viewer.page.on('response', (response) => {
      if (response.url().endsWith('/apply') && response.request().method() === 'POST') {
        void response.json().then((body: { duplicate: boolean }) => answers.push({ status: response.status(), duplicate: body.duplicate }));
      }
    });
    const onAir = viewer.page.getByRole('region', { name: '正在推介的岗位' });
    await onAir.getByRole('button', { name: '立即投递' }).click();
    await onAir.getByText('已投递').waitFor();
    await viewer.page.unroute('**/api/live-sessions/*/apply');

    expect(keys.length).toBe(2);
    expect(new Set(keys).size).toBe(1);
    expect([...answers].sort((a, b) => b.status - a.status)).toEqual([
      { status: 201, duplicate: false },
      { status: 200, duplicate: true },
    ]);
    const applications = await operatorApi.get<{ items: { position: { id: string }; seeker: { name: string } }[] }>(`/api/live-sessions/${session.id}/applications`);
    expect(applications.body.items.filter((a) => a.position.id === first.position.id && a.seeker.name.startsWith('普'))).toHaveLength(1);
    // The host sees it arrive.
    await host.page.getByRole('table', { name: '本场直播收到的投递' }).getByText(first.position.title).waitFor();
  });

  it('the viewer asks a question, the connection drops, the host moves on and answers, and the viewer catches up', async () => {
    await viewer.page.getByLabel('向主播提问').fill(question);
    await viewer.page.getByRole('button', { name: '发送提问' }).click();
    await viewer.page.getByText('提问已发送').waitFor();
    await host.page.getByText(question).waitFor();

    const resumedFrom: string[] = [];
    viewer.page.on('request', (request) => {
      if (!request.url().includes(`/api/live-sessions/${session.id}/events`)) return;
      resumedFrom.push(request.headers()['last-event-id'] ?? new URL(request.url()).searchParams.get('lastEventId') ?? '');
    });
    await viewer.context.setOffline(true);
    await viewer.page.getByText('网络中断，正在重新连接…').waitFor();

    await host.page.getByRole('switch', { name: `上播：${second.position.title}` }).click();
    await expect.poll(async () => (await operatorApi.get<{ onAirItemId: string }>(`/api/public/live-sessions/${session.id}`)).body.onAirItemId).toBe(second.id);
    await host.page.getByRole('button', { name: `文字回答：${question}` }).click();
    await host.page.getByRole('dialog').getByLabel('回答内容').fill(answer);
    await host.page.getByRole('dialog').getByRole('button', { name: '发送回答' }).click();
    await host.page.getByRole('dialog').waitFor({ state: 'hidden' });
    await screenshot(host.page, 'live-host-desktop');

    // Still offline: the viewer shows the first position.
    const onAir = viewer.page.getByRole('region', { name: '正在推介的岗位' });
    expect(await onAir.getByRole('heading', { level: 2 }).innerText()).toBe(first.position.title);

    await viewer.context.setOffline(false);
    await viewer.page.getByText('已重新连接，内容已同步').waitFor();
    await onAir.getByRole('heading', { level: 2, name: second.position.title }).waitFor();
    await viewer.page.getByText(answer).waitFor();
    // It resumed after the last event it had (the question), not from the start.
    expect(Number(resumedFrom.at(-1))).toBeGreaterThan(0);
    await screenshot(viewer.page, 'live-viewer-phone');
  });

  it('has no serious accessibility violations on the viewer page and the schedule', async () => {
    expect(await seriousA11yViolations(viewer.page)).toEqual([]);
    await viewer.page.goto('/live');
    await viewer.page.getByRole('link', { name: session.title }).waitFor();
    expect(await seriousA11yViolations(viewer.page)).toEqual([]);
    await screenshot(viewer.page, 'live-schedule-phone');
  });
});
