import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const NUMBER = '2024532301990001';
const TITLE = '滇重楼皂苷提取工艺放大技术服务';

/** Picks an option of an antd Select. */
async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Types a date into an antd DatePicker; Tab leaves it with the date taken (Enter would also submit the form). */
async function fillDate(field: Locator, day: string): Promise<void> {
  await field.fill(day);
  await field.press('Tab');
}

async function openContracts(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '科技成果转化' }).click();
  await page.waitForURL(/\/console\/techtransfer/);
  await page.getByRole('tab', { name: '技术合同登记' }).click();
  await page.waitForURL(/tab=contracts/);
}

describe('register a technology contract', () => {
  let qiao: RunningQiao;
  let browser: Browser;

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the operator sees the year’s figures and registers a contract with an exact amount', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/techtransfer?tab=overview&year=2023');
      // The demo year's figures, each computed from single records.
      const stats = page.getByRole('region', { name: '2023 年科技成果转化' });
      for (const [title, value] of [
        ['专利授权量', '1,376'],
        ['有效发明专利（年末）', '423'],
        ['技术合同成交额', '16.41 亿元'],
      ]) {
        await expect.poll(async () => (await stats.locator('.ant-statistic').filter({ hasText: title }).innerText()).replace(/\s+/g, ' ')).toContain(value);
      }
      expect(await seriousA11yViolations(page)).toEqual([]);

      await openContracts(page);
      await page.getByText('共 265 份，成交额合计 16.41 亿元').waitFor();
      await page.getByRole('button', { name: '登记技术合同' }).click();
      const dialog = page.getByRole('dialog', { name: '登记技术合同' });
      await dialog.waitFor();
      await dialog.getByLabel('合同登记编号').fill(NUMBER);
      await dialog.getByLabel('合同名称').fill(TITLE);
      await chooseOption(page, dialog.getByRole('combobox', { name: '合同类型' }), '技术服务');
      await dialog.getByLabel('卖方').fill('楚雄医专');
      await dialog.getByLabel('买方').fill('云南华派药业有限公司');
      // Finer than one fen: refused under the field, nothing registered.
      await dialog.getByLabel('成交金额').fill('12.3456789万元');
      await fillDate(dialog.getByLabel('签订日期'), '2024-02-20');
      await fillDate(dialog.getByLabel('登记日期'), '2024-03-01');
      await dialog.getByLabel('登记机构').fill('楚雄州科学技术局技术合同认定登记处');
      await dialog.getByRole('button', { name: /登\s*记/ }).click();
      await dialog.getByText('金额最小单位为分').waitFor();

      await dialog.getByLabel('成交金额').fill('12.3万元');
      await dialog.getByRole('button', { name: /登\s*记/ }).click();
      await page.getByText(`技术合同 ${NUMBER} 已登记`).waitFor();
      const row = page.getByRole('table', { name: '技术合同登记' }).getByRole('row').filter({ hasText: NUMBER });
      await expect.poll(async () => (await row.innerText()).replace(/\s+/g, ' ')).toContain('12.30 万元');
      // The short name linked the school; the parties are organisations of the zone.
      expect(await row.innerText()).toContain('楚雄医药高等专科学校');
      await page.getByText('共 266 份').waitFor();

      // The same number again: the server names the field.
      await page.getByRole('button', { name: '登记技术合同' }).click();
      await dialog.waitFor();
      await dialog.getByLabel('合同登记编号').fill(NUMBER);
      await dialog.getByLabel('合同名称').fill(TITLE);
      await dialog.getByLabel('卖方').fill('楚雄医药高等专科学校');
      await dialog.getByLabel('买方').fill('华派药业');
      await dialog.getByLabel('成交金额').fill('1,000');
      await fillDate(dialog.getByLabel('登记日期'), '2024-03-02');
      await dialog.getByLabel('登记机构').fill('楚雄州科学技术局技术合同认定登记处');
      await dialog.getByRole('button', { name: /登\s*记/ }).click();
      await dialog.getByText('该合同登记编号已登记').waitFor();
    } finally {
      await context.close();
    }
  });

  it('a school sees only its own contracts, on a phone', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'dali');
      await page.goto('/console/techtransfer?tab=contracts');
      await page.getByRole('button', { name: '登记技术合同' }).waitFor();
      const table = page.getByRole('table', { name: '技术合同登记' });
      await table.getByRole('row').nth(1).waitFor();
      const rows = await table.getByRole('row').allInnerTexts();
      expect(rows.slice(1).every((text) => text.includes('大理大学'))).toBe(true);
      // The open challenge the university proposed to, with its own proposal only.
      await page.goto('/console/challenges');
      await page.getByRole('link', { name: '彝药复方颗粒指纹图谱质量控制方法' }).click();
      await page.getByText('谱效关联的指纹图谱质控方法').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
