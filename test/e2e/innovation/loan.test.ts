import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const BANK = '中国农业银行股份有限公司楚雄高新区支行';
const PURPOSE = '青蒿素原料药车间技术改造流动资金';

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('an enterprise applies for a loan and a bank approves it', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let loanPath = '';

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the enterprise sees its index and applies, sharing it with the bank by consent', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      const nav = page.getByRole('navigation', { name: '工作台导航' });
      await nav.getByRole('menuitem', { name: '创新指数', exact: true }).click();
      await page.getByRole('heading', { name: '创新指数', level: 1 }).waitFor();
      await page.getByRole('table', { name: '各因子的原始值、归一化值、权重和贡献分' }).getByText('有效发明专利').waitFor();

      await nav.getByRole('menuitem', { name: '创新指数贷' }).click();
      await page.getByRole('button', { name: '申请贷款' }).click();
      const dialog = page.getByRole('dialog', { name: '申请创新指数贷' });
      await chooseOption(page, '合作银行', BANK);
      await dialog.getByLabel('申请金额（元）').fill('3000000');
      await dialog.getByLabel('贷款用途').fill(PURPOSE);
      await dialog.getByLabel('申请期限（月）').fill('24');
      // Without the consent nothing is sent.
      await dialog.getByRole('button', { name: '提交申请' }).click();
      await dialog.getByText('须同意共享创新指数后才能申请').waitFor();
      await dialog.getByLabel(/本单位同意将所选年度的创新指数/).check();
      await dialog.getByRole('button', { name: '提交申请' }).click();

      await page.waitForURL(/\/console\/innovation-loans\/[0-9a-f-]{36}$/);
      loanPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: '云南华派药业有限公司 · 创新指数贷' }).waitFor();
      await page.getByText(`共享给 ${BANK}`).waitFor();
      await page.getByText(PURPOSE).waitFor();
      await page.getByRole('button', { name: '撤回申请' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the bank reviews it, approves amount, rate and term, and records the disbursement', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'bank');
      await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '创新指数贷' }).click();
      await page.getByRole('table', { name: '创新指数贷申请' }).getByRole('cell', { name: '云南华派药业有限公司' }).first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.goto(loanPath);
      await page.getByRole('button', { name: '开始审批' }).click();
      await page.getByText('审批中').first().waitFor();
      await page.getByRole('button', { name: '批准' }).click();
      const approve = page.getByRole('dialog', { name: '批准贷款' });
      await approve.getByLabel('批准金额（元）').fill('2500000');
      await approve.getByLabel('年利率（%）').fill('3.85');
      await approve.getByLabel('期限（月）').fill('24');
      await approve.getByRole('button', { name: '批准' }).click();
      await page.getByText('3.85%').waitFor();
      await page.getByText('已批准').first().waitFor();

      await page.getByRole('button', { name: '登记放款' }).click();
      const disburse = page.getByRole('dialog', { name: '登记放款' });
      await disburse.getByText('尚可放款 250.00 万元').waitFor();
      await disburse.getByRole('button', { name: '登记放款' }).click();
      await page.getByText('已放款').first().waitFor();
      await page.getByRole('table', { name: '本笔贷款的放款记录' }).getByText('250.00 万元').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the enterprise sees the approval and the money paid out', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await page.goto(loanPath);
      await page.getByText('已放款').first().waitFor();
      await page.getByText('何永红').first().waitFor();
      expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
