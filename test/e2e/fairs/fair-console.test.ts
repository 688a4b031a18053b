import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const CAMPUS_FAIR = /^大理大学\d{4}届毕业生校园招聘会（楚雄高新区企业专场）$/;
const PAST_FAIR = '楚雄医药高等专科学校2023届毕业生春季校园招聘会';
const POSITIONS = ['车间主任', '高级药物分析研究员'];

/** Picks an option of an antd multiple Select by typing its name, and waits until it is chosen. */
async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  const select = combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await combobox.click();
    await combobox.fill(option);
    await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
    if (await select.getByTitle(option, { exact: true }).isVisible()) return;
  }
  throw new Error(`could not choose ${option}`);
}

async function openFair(page: Page, title: RegExp | string, keyword: string): Promise<void> {
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '招聘会' }).click();
  await page.waitForURL(/\/console\/fairs/);
  await page.getByLabel('关键词').fill(keyword);
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** True when some pixel of the canvas is painted (the chart has drawn). */
async function isCanvasPainted(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const context = c.getContext('2d');
    if (!context || c.width === 0 || c.height === 0) return false;
    const { data } = context.getImageData(0, 0, c.width, c.height);
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
    return false;
  });
}

describe('job fairs in the console: booth registration, approval with a booth number, statistics', () => {
  let qiao: RunningQiao;
  let browser: Browser;

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('huapai registers its booth again with two positions at the campus fair 大理大学 hosts', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await openFair(page, CAMPUS_FAIR, '大理大学');
      const booth = page.getByRole('region', { name: '本单位展位' });
      // The demo gave huapai booth A01; it withdraws that registration and registers anew.
      await expect.poll(() => booth.getByTestId('own-booth-number').textContent()).toBe('A01');
      await booth.getByRole('button', { name: '撤回报名' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: '撤回报名' }).click();
      await booth.getByText('已撤回', { exact: true }).waitFor();

      await booth.getByRole('button', { name: '报名参展' }).click();
      const dialog = page.getByRole('dialog', { name: '报名参展' });
      await dialog.waitFor();
      for (const title of POSITIONS) await chooseOption(page, dialog.getByRole('combobox', { name: '参展岗位' }), title);
      await dialog.getByLabel('联系电话').fill('13908780001');
      await dialog.getByRole('button', { name: '提交报名' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await booth.getByText('待审核', { exact: true }).waitFor();
      await booth.getByText('审核通过后分配').waitFor();
      for (const title of POSITIONS) await booth.getByText(new RegExp(`^${title}（\\d+ 人）$`)).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the host approves it as B01, and B01 for another booth is refused under the field', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'dali');
      await openFair(page, CAMPUS_FAIR, '大理大学');
      await page.getByRole('tab', { name: '展位' }).click();
      const table = page.getByRole('table', { name: '展位报名列表' });
      await table.waitFor();

      await table.getByRole('button', { name: '通过 云南华派药业有限公司 的展位', exact: true }).click();
      let dialog = page.getByRole('dialog', { name: '通过展位：云南华派药业有限公司' });
      await dialog.getByLabel('展位号').fill('B01');
      await dialog.getByRole('button', { name: '通过并分配展位号' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await table.getByRole('row', { name: /云南华派药业有限公司/ }).filter({ hasText: '已通过' }).getByText('B01', { exact: true }).waitFor();

      const other = table.getByRole('button', { name: /^通过 .+ 的展位$/ }).first();
      const label = (await other.getAttribute('aria-label')) ?? '';
      const organisation = label.replace(/^通过 /, '').replace(/ 的展位$/, '');
      await other.click();
      dialog = page.getByRole('dialog', { name: `通过展位：${organisation}` });
      await dialog.getByLabel('展位号').fill('B01');
      await dialog.getByRole('button', { name: '通过并分配展位号' }).click();
      // The server's field error shows under the booth number, and the booth stays pending.
      await dialog.locator('.ant-form-item-explain-error').getByText('展位号 B01 已分配给其他企业').waitFor();
      await dialog.getByRole('button', { name: '取消' }).click();
      await expect.poll(() => table.getByRole('row', { name: new RegExp(organisation) }).getByText('待审核').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('huapai sees its booth number and the booth QR code, on a phone too', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { context, page } = await newPage(browser, qiao.baseUrl, viewport);
      try {
        await signIn(page, 'huapai');
        await page.goto('/console/fairs?q=大理大学');
        await page.getByRole('link', { name: CAMPUS_FAIR }).click();
        await expect.poll(() => page.getByTestId('own-booth-number').textContent()).toBe('B01');
        const qr = page.getByRole('img', { name: '云南华派药业有限公司 展位 B01 的二维码' });
        await qr.waitFor();
        expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
        await page.getByText(/\/fairs\/booth\/[\w-]+$/).waitFor();
      } finally {
        await context.close();
      }
    }
  });

  it('the operator opens the statistics of a 2023 fair and the charts are drawn', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await openFair(page, PAST_FAIR, '楚雄医药高等专科学校2023');
      await page.getByRole('tab', { name: '统计' }).click();
      const funnel = page.getByRole('img', { name: /^报名 \d+ 人，签到 \d+ 人/ });
      await funnel.waitFor();
      const canvases = page.locator('[role="tabpanel"] figure canvas');
      await expect.poll(() => canvases.count()).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < 4; i += 1) await expect.poll(() => isCanvasPainted(canvases.nth(i))).toBe(true);
      // The accessible table repeats the funnel's figures.
      await page.getByRole('table', { name: '从报名到录用' }).getByRole('rowheader', { name: '签到' }).waitFor({ state: 'attached' });
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the fair list and a fair page', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/fairs');
      await page.getByRole('table', { name: '招聘会列表' }).getByRole('link', { name: PAST_FAIR }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('link', { name: PAST_FAIR }).click();
      await page.getByRole('heading', { level: 1, name: PAST_FAIR }).waitFor();
      await page.getByText('基本信息').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: '展位' }).click();
      await page.getByRole('table', { name: '展位报名列表' }).getByText('A01', { exact: true }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
