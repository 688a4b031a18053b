import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';
import { inspectPdf } from '../../helpers/pdf';

const TITLE = '楚雄高新区人力资源服务平台招聘信息（春风行动专场）';
const INTRODUCTION = '“春风行动”期间，园区企业集中发布一批生产和技术岗位，欢迎返乡务工人员和高校毕业生报名。';

/** Writes through the API with the session of a signed-in page (cookie) and its CSRF token. */
async function apiWriter(page: Page, baseUrl: string) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return async (path: string, data: unknown): Promise<{ id: string }> => {
    const response = await page.request.post(path, { data, headers: { 'x-csrf-token': me.csrfToken, origin: baseUrl } });
    expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as { id: string };
  };
}

/**
 * The demo data set normally has published positions; when it has none, the enterprise posts one
 * and the operator approves it, so that the bulletin has something to list.
 */
async function ensurePublishedPosition(browser: Browser, baseUrl: string): Promise<void> {
  const operator = await newPage(browser, baseUrl, DESKTOP);
  const enterprise = await newPage(browser, baseUrl, DESKTOP);
  try {
    await signIn(operator.page, 'operator');
    const listed = await operator.page.request.get('/api/managed-positions?status=published&pageSize=1');
    if (((await listed.json()) as { total: number }).total > 0) return;
    await signIn(enterprise.page, 'huapai');
    const asEnterprise = await apiWriter(enterprise.page, baseUrl);
    const position = await asEnterprise('/api/positions', {
      title: '固体制剂车间操作工',
      duties: '按 GMP 要求完成压片、包衣等固体制剂生产操作，做好设备清洁与生产记录。',
      headcount: 5,
      educationLevel: 'secondary_vocational',
      regionCode: '532301',
      salaryMin: 4000,
      salaryMax: 6000,
      employmentType: 'full_time',
    });
    await asEnterprise(`/api/positions/${position.id}/submit`, {});
    const asOperator = await apiWriter(operator.page, baseUrl);
    await asOperator(`/api/positions/${position.id}/review`, { decision: 'approve' });
  } finally {
    await operator.context.close();
    await enterprise.context.close();
  }
}


describe('the operator compiles and publishes a recruitment bulletin; the portal shows it with its PDF', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let bulletinPath = '';
  const chosen: string[] = [];

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
    await ensurePublishedPosition(browser, qiao.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the operator compiles an issue from published positions, reorders it and publishes it', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '招聘信息' }).click();
      await page.getByRole('link', { name: '编制新一期' }).click();
      await page.waitForURL(/\/console\/bulletins\/new$/);

      await page.getByLabel('标题', { exact: true }).fill(TITLE);
      await page.getByLabel('导语', { exact: true }).fill(INTRODUCTION);
      await page.getByLabel('名称', { exact: true }).fill('楚雄高新区人力资源服务产业园');
      await page.getByLabel('电话', { exact: true }).fill('0878-3123456');

      // Add the first two published positions the picker lists.
      const picker = page.getByRole('table', { name: '可添加的已发布岗位' });
      const addButtons = picker.getByRole('button', { name: /^添加 / });
      await addButtons.first().waitFor();
      for (let i = 0; i < 2; i += 1) {
        const button = addButtons.first();
        const label = (await button.getAttribute('aria-label')) ?? '';
        chosen.push(label.replace(/^添加 /, ''));
        await button.click();
        await picker.getByRole('button', { name: `已添加 ${chosen[i]}` }).first().waitFor();
      }
      await page.getByRole('heading', { name: '本期岗位（2 个）' }).waitFor();

      // Put the second position first: move the first enterprise down, or the first position when both are of one enterprise.
      const enterpriseDown = page.getByRole('button', { name: /^下移企业 / });
      if ((await enterpriseDown.count()) > 1) await enterpriseDown.first().click();
      else await page.getByRole('button', { name: `下移岗位 ${chosen[0]}` }).click();
      chosen.reverse();

      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.waitForURL(/\/console\/bulletins\/[0-9a-f-]{36}$/);
      bulletinPath = new URL(page.url()).pathname.replace('/console', '');
      await page.getByText('草稿', { exact: true }).waitFor();

      await page.getByRole('button', { name: '发布', exact: true }).click();
      await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '发布', exact: true }).click();
      await page.getByText('已发布', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: '撤回', exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the portal lists the issue on a phone, shows its positions and serves the PDF with the Chinese title', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto('/');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '招聘信息' }).click();
      await page.waitForURL(/\/bulletins$/);
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**${bulletinPath}`);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.getByText(INTRODUCTION).waitFor();
      for (const title of chosen) await page.getByRole('link', { name: `申请 ${title}` }).first().waitFor();
      const applyLabels = await page.getByRole('link', { name: /^申请 / }).evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
      expect(applyLabels).toEqual(chosen.map((title) => `申请 ${title}`));

      const href = await page.getByRole('link', { name: '下载 PDF' }).getAttribute('href');
      expect(href).toMatch(/^\/api\/public\/bulletins\/[0-9a-f-]{36}\/pdf$/);
      const response = await page.request.get(href ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const pages = await inspectPdf(await response.body());
      const text = pages.map((p) => p.text).join('').replace(/\s+/g, '');
      expect(text).toContain(TITLE);
      for (const title of chosen) expect(text).toContain(title.replace(/\s+/g, ''));
      // One QR code per position, each opening that position's page on the portal.
      const applyHrefs = await page.getByRole('link', { name: /^申请 / }).evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(pages.flatMap((p) => p.qr)).toEqual(applyHrefs.map((path) => `${qiao.baseUrl}${path}`));
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the bulletin list', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto('/bulletins');
      await page.getByRole('link', { name: TITLE }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
