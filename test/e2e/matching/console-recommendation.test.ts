import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, launchBrowser, newPage, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

type Counts = { recommendations: number; people: number; hires: number };

/** An open position of 云南华派药业 (the demo `huapai` account), found the way its staff list them. */
async function openPositionOfHuapai(baseUrl: string): Promise<{ id: string; title: string }> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ login: 'huapai', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const answer = await fetch(`${baseUrl}/api/managed-positions?status=published&pageSize=50`, { headers: { cookie } });
  const page = (await answer.json()) as { items: { id: string; title: string; headcount: number; filledCount: number }[] };
  const open = page.items.find((p) => p.filledCount < p.headcount);
  if (!open) throw new Error('the demo data has no open position of 云南华派药业');
  return open;
}

/** The operator's counts for this year, as the stats card shows them. */
async function readThisYearCounts(page: Page): Promise<Counts> {
  const year = new Date().getFullYear();
  // The card opens on the year of the newest recommendation; this year is chosen if it is another.
  const loaded = page.waitForResponse((r) => r.url().includes(`/api/recommendations/stats?from=${year}-01-01&to=${year}-12-31`) && r.ok());
  await page.goto('/console/recommendations');
  await page.getByRole('table', { name: '推荐记录' }).getByRole('row').nth(1).waitFor();
  const start = page.locator('#recommendation-stats-from');
  if ((await start.inputValue()) !== `${year}-01-01`) {
    await start.click();
    await page.locator('.ant-picker-presets:visible').getByText(`${year} 年`, { exact: true }).click();
  }
  const { total } = (await (await loaded).json()) as { total: Counts };
  async function figure(title: string): Promise<number> {
    const value = page.locator('.ant-statistic').filter({ has: page.getByText(title, { exact: true }) }).locator('.ant-statistic-content-value');
    return Number(await value.innerText());
  }
  // What the card shows, once it shows this year's answer.
  await expect.poll(() => figure('推荐人次')).toBe(total.recommendations);
  return { recommendations: await figure('推荐人次'), people: await figure('推荐人数'), hires: await figure('推荐入职') };
}

describe('the operator recommends ranked candidates, the enterprise hires one, and the counts move', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let position = { id: '', title: '' };
  let before: Counts;
  let recommended: string[] = [];

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
    position = await openPositionOfHuapai(qiao.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the operator reads this year’s recommendation counts', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      before = await readThisYearCounts(page);
    } finally {
      await context.close();
    }
  });

  it('the operator opens the position’s ranked candidates, reads why one fits and recommends three', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto(`/console/positions/${position.id}`);
      await page.getByRole('link', { name: '匹配候选人' }).click();
      await page.waitForURL(`**/console/positions/${position.id}/candidates`);
      const table = page.getByRole('table', { name: `“${position.title}”的匹配候选人` });
      await table.getByRole('row').nth(2).waitFor();

      // The best candidate's score, factor by factor, in plain words.
      const explainFirst = page.getByRole('button', { name: /^匹配说明：/ }).first();
      const first = ((await explainFirst.getAttribute('aria-label')) ?? '').replace('匹配说明：', '');
      await explainFirst.click();
      const explanation = page.getByRole('list', { name: `${first}的各项得分` });
      await explanation.getByText(/^学历.+(符合要求|高于要求|低于要求)|^岗位不限学历|^未填写学历/).waitFor();
      await expect.poll(() => explanation.getByRole('listitem').count()).toBe(9);
      await expect(explanation.getByText(/^(具备 \d+\/\d+ 项要求的技能|不具备岗位要求的|岗位没有列出技能要求)/).count()).resolves.toBe(1);

      // Three candidates who have neither applied nor been recommended.
      const choices = page.getByRole('checkbox', { name: /^选择：/ });
      await choices.first().waitFor();
      const names: string[] = [];
      for (const box of await choices.all()) {
        if (names.length === 3) break;
        if (await box.isDisabled()) continue;
        names.push(((await box.getAttribute('aria-label')) ?? '').replace('选择：', ''));
        await box.check();
      }
      expect(names).toHaveLength(3);
      await page.getByText('已选 3/50 人').waitFor();
      await page.getByRole('button', { name: '推荐所选（3）' }).click();

      const dialog = page.getByRole('dialog', { name: `推荐到：${position.title}` });
      for (const name of names) await dialog.getByText(new RegExp(`^${name}（`)).waitFor();
      await dialog.getByLabel('推荐说明（可选）').fill('三位候选人均可随时到岗，请安排面试。');
      await dialog.getByRole('button', { name: '确认推荐 3 人' }).click();
      await page.getByText(`已推荐 3 人到“${position.title}”`).waitFor();

      // The ranking now shows them as recommended; they cannot be chosen again.
      for (const name of names) {
        await expect.poll(() => table.getByRole('row').filter({ hasText: name }).getByText('已推荐').count()).toBe(1);
        await expect(page.getByRole('checkbox', { name: `选择：${name}` }).isDisabled()).resolves.toBe(true);
      }
      recommended = names;
    } finally {
      await context.close();
    }
  });

  it('the enterprise finds them among its recommendations and marks one hired', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '匹配推荐' }).click();
      await page.waitForURL('**/console/recommendations');
      const table = page.getByRole('table', { name: '推荐记录' });
      for (const name of recommended) await table.getByRole('row').filter({ hasText: name }).filter({ hasText: position.title }).waitFor();

      const hired = recommended[0] ?? '';
      await page.getByRole('button', { name: `确认入职：${hired}` }).click();
      await page.getByText(`${hired}：已入职`).waitFor();
      await table.getByRole('row').filter({ hasText: hired }).getByText('已入职').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the operator’s counts moved by three people recommended and one hire', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      const after = await readThisYearCounts(page);
      expect(after).toEqual({ recommendations: before.recommendations + 3, people: before.people + 3, hires: before.hires + 1 });
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the candidates page', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto(`/console/positions/${position.id}/candidates`);
      const explain = page.getByRole('button', { name: /^匹配说明：/ }).first();
      await explain.click();
      await page.getByRole('list', { name: /的各项得分$/ }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
