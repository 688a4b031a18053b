import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../src/modules/organisations/credit-code';
import { DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

function withWrongCheckChar(code: string): string {
  return code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function createOrganisation(page: Page, name: string, body17: string): Promise<void> {
  const code = body17 + creditCodeCheckChar(body17);
  await page.goto('/console/organisations');
  await page.getByRole('link', { name: /新\s*建/ }).click();
  await page.waitForURL(/\/console\/organisations\/new/);
  await page.getByLabel('单位名称', { exact: true }).fill(name);
  await chooseOption(page, '单位类型', '企业');
  await page.getByLabel('统一社会信用代码').fill(withWrongCheckChar(code));
  await page.getByLabel('所在地区').click();
  for (const level of ['云南省', '楚雄彝族自治州', '楚雄市']) {
    await page.locator('.ant-cascader-dropdown:visible').getByText(level, { exact: true }).click();
  }
  await chooseOption(page, '所属行业', '新材料');
  await page.getByRole('button', { name: /创\s*建/ }).click();

  // The server names the expected check character under the field; nothing is saved.
  await page.getByText(`统一社会信用代码校验位错误（应为 ${code[17]}）`).waitFor();
  expect(page.url()).toMatch(/\/console\/organisations\/new/);

  await page.getByLabel('统一社会信用代码').fill(code);
  await page.getByRole('button', { name: /创\s*建/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/new'));

  await page.goto('/console/organisations');
  await page.getByPlaceholder('单位名称、简称或信用代码').fill(name.slice(2, 8));
  await page.getByRole('button', { name: /搜\s*索/ }).click();
  await page.getByRole('link', { name }).first().waitFor();
}

describe('operator creates an organisation', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it.each([
    ['desktop', DESKTOP, '楚雄滇中测试新材料有限公司', '91532301MA6Q8R7T1'],
    ['phone', PHONE, '楚雄紫溪测试新材料有限公司', '91532301MA6Q8R7T2'],
  ] as const)('on a %s: sees the credit-code error, fixes it, finds it in the list', async (_name, viewport, orgName, body17) => {
    const { context, page } = await newPage(browser, qiao.baseUrl, viewport);
    try {
      await signIn(page, 'operator');
      await createOrganisation(page, orgName, body17);
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the organisation list', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/organisations');
      await page.getByRole('link', { name: '楚雄医药高等专科学校' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
