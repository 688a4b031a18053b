import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { toBuffer } from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, DEMO_PASSWORD, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

type PublicFair = { id: string; kind: string; title: string; hostOrganisation: { name: string } | null };
type Summary = { registered: number; checkedIn: number };

/** With QIAO_E2E_SHOTS=<dir>, phone screenshots of each page land there for a person to look at. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.QIAO_E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `fair-day-${name}.png`), fullPage: true });
}

/** One-tap registration uses the seeker's profile; the demo seeker has none yet: save one as the profile page does. */
async function ensureSeekerProfile(baseUrl: string): Promise<void> {
  const seeker = await apiSignIn(baseUrl, 'seeker');
  if ((await seeker.get('/api/me/profile')).status !== 404) return;
  const saved = await seeker.send('PUT', '/api/me/profile', { name: '普晓燕', gender: 'female', educationLevel: 'bachelor', school: '大理大学', major: '药学', skills: ['GMP'], experienceYears: 0 });
  expect([200, 201]).toContain(saved.status);
}

async function ticketCodeOn(page: Page): Promise<string> {
  await page.waitForURL(/\/t\/[0-9A-Z]{8}$/);
  await page.getByRole('img', { name: /入场二维码/ }).waitFor();
  const shown = (await page.getByTestId('ticket-code').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return shown;
}

describe('fair day on a phone: register, ticket, check-in offline and online, booth intent', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let fair: PublicFair;
  let seekerCode = '';
  let walkInCode = '';
  let boothToken = '';

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
    const answer = await fetch(`${qiao.baseUrl}/api/public/fairs?phase=upcoming`);
    const { items } = (await answer.json()) as { items: PublicFair[] };
    const campus = items.find((f) => f.kind === 'campus' && f.hostOrganisation?.name === '大理大学');
    if (!campus) throw new Error('the demo has no upcoming campus fair hosted by 大理大学');
    fair = campus;
    await ensureSeekerProfile(qiao.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the demo seeker opens the campus fair from the calendar and registers in one tap', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'seeker');
      await page.goto('/fairs');
      await page.getByRole('link', { name: fair.title }).first().waitFor();
      await shot(page, 'calendar');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: fair.title }).first().click();
      await page.waitForURL(`**/fairs/${fair.id}`);
      await page.getByText('A01 号展位').first().waitFor();
      await shot(page, 'detail');
      await page.getByRole('button', { name: '一键报名，领取入场券' }).click();

      seekerCode = await ticketCodeOn(page);
      await page.getByText('未签到').waitFor();
      await shot(page, 'ticket');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a walk-in without an account fills the short form and gets a ticket', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto(`/fairs/${fair.id}`);
      await page.getByRole('link', { name: '报名参会' }).click();
      await page.waitForURL(`**/fairs/${fair.id}/register`);
      await page.getByLabel('姓名').fill('杨春花');
      await page.getByLabel('手机号码').fill(`139${String(Date.now()).slice(-8)}`);
      await page.getByLabel('学历').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('大专', { exact: true }).click();
      await page.getByLabel('毕业院校（选填）').fill('楚雄医药高等专科学校');
      await page.getByLabel('专业（选填）').fill('药学');
      await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
      await shot(page, 'short-form');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: '提交报名，领取入场券' }).click();
      walkInCode = await ticketCodeOn(page);
      expect(walkInCode).not.toBe(seekerCode);
    } finally {
      await context.close();
    }
  });

  it('host-school staff check tickets in from a QR photo, offline by typed code, never twice, and register a walk-in at the door', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'dali');
      const summary = async () => (await (await page.request.get(`/api/fairs/${fair.id}/checkins/summary`)).json()) as Summary;
      const before = await summary();
      await page.goto(`/console/fairs/${fair.id}/checkin`);
      const announcement = page.getByTestId('scan-announcement');
      await announcement.getByText('请扫描或输入入场码').waitFor();

      // The seeker's ticket QR, as a phone photo of it would be read.
      const png = await toBuffer(`${qiao.baseUrl}/t/${seekerCode.replace('-', '')}`, { width: 360, margin: 4 });
      await page.getByTestId('scan-photo').setInputFiles({ name: 'ticket.png', mimeType: 'image/png', buffer: png });
      await expect.poll(() => announcement.textContent(), { timeout: 15000 }).toContain('签到成功');
      await expect.poll(() => page.getByTestId('count-synced').textContent()).toBe('1');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // The venue's network drops: the typed code waits on the device.
      await context.setOffline(true);
      await page.getByTestId('offline-banner').waitFor();
      const codeField = page.getByLabel('手动输入入场码', { exact: true });
      await codeField.fill(walkInCode.toLowerCase());
      await expect.poll(() => codeField.inputValue()).toBe(walkInCode);
      await page.getByRole('button', { name: /^签\s*到$/ }).click();
      await expect.poll(() => announcement.textContent()).toContain('等待同步');
      await expect.poll(() => page.getByTestId('count-queued').textContent()).toBe('1');
      await shot(page, 'checkin-offline');

      // Back online: the queue empties by itself and the walk-in is checked in.
      await context.setOffline(false);
      await expect.poll(() => page.getByTestId('count-queued').textContent(), { timeout: 20000 }).toBe('0');
      await expect.poll(() => announcement.textContent()).toContain('签到成功');
      expect(await page.getByTestId('offline-banner').count()).toBe(0);

      // The same code again is answered, not counted.
      await codeField.fill(walkInCode);
      await page.getByRole('button', { name: /^签\s*到$/ }).click();
      await expect.poll(() => announcement.textContent(), { timeout: 15000 }).toContain('已签到过');
      await shot(page, 'checkin-online');

      // Someone without a ticket registers at the door on the staff phone: checked in at once.
      await page.getByRole('button', { name: '为现场求职者登记' }).click();
      await page.getByLabel('姓名').fill('李秀英');
      await page.getByLabel('手机号码').fill(`137${String(Date.now()).slice(-8)}`);
      await page.getByLabel('学历').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('高中', { exact: true }).click();
      await page.getByRole('checkbox', { name: /我已阅读并同意/ }).check();
      await page.getByRole('button', { name: '登记并签到' }).click();
      await page.getByText(/已登记并签到$/).waitFor();
      await page.getByRole('img', { name: /入场码/ }).first().waitFor();
      await shot(page, 'checkin-walk-in');
      expect(await seriousA11yViolations(page)).toEqual([]);

      const after = await summary();
      expect(after.checkedIn).toBe(before.checkedIn + 3);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { state: string }[], `qiao.checkin.${fair.id}`);
      expect(stored).toHaveLength(3);
      expect(stored.every((scan) => scan.state === 'synced')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('booth staff of 华派药业 record an intent for the seeker from the typed ticket code', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'huapai');
      await page.goto(`/console/fairs/${fair.id}/booth`);
      await page.getByRole('img', { name: /展位二维码/ }).waitFor();
      const booths = (await (await page.request.get(`/api/fairs/${fair.id}/booths`)).json()) as { items: { status: string; qrToken: string | null }[] };
      boothToken = booths.items.find((booth) => booth.status === 'approved')?.qrToken ?? '';
      await page.getByLabel('手动输入入场码', { exact: true }).fill(seekerCode);
      await page.getByRole('button', { name: /^查\s*询$/ }).click();
      await expect.poll(() => page.getByTestId('desk-announcement').textContent()).toContain('求职者：');
      const form = page.getByRole('form', { name: '登记初步就业意向' });
      await form.getByRole('radio').first().check();
      await form.getByText('意向强烈').click();
      await form.getByLabel('备注').fill('现场沟通良好，约复试');
      await form.getByRole('button', { name: '保存意向' }).click();
      await form.getByText(/^已保存：/).waitFor();
      await expect.poll(() => page.getByTestId('intent-row').count()).toBeGreaterThan(0);
      await shot(page, 'booth-desk');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the seeker scans the booth QR, shares the résumé with explicit consent, and finds it all under 我的招聘会', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      // Signed out, the booth page asks to sign in and comes back after.
      await page.goto(`/fairs/booth/${boothToken}`);
      await page.getByRole('link', { name: '登录后登记意向' }).click();
      await page.getByLabel('账号').fill('seeker');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(`**/fairs/booth/${boothToken}`);
      const form = page.getByRole('form', { name: '登记求职意向' });
      await form.getByRole('radio').first().check();
      await form.getByRole('checkbox', { name: '我同意将我的简历提供给 云南华派药业有限公司' }).check();
      await shot(page, 'booth-scan');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await form.getByRole('button', { name: '提交意向' }).click();
      await page.getByText('你的简历已提供给 云南华派药业有限公司。').waitFor();

      await page.goto('/console/me/fairs');
      await page.getByText(seekerCode).waitFor();
      const intents = page.getByRole('list', { name: '我的求职意向' });
      await intents.getByText('已收简历').first().waitFor();
      await shot(page, 'my-fairs');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
