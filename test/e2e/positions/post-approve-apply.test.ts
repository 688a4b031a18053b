import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSignIn, DEMO_PASSWORD, DESKTOP, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

// A title no demo posting has, found by a query that only segmentation matches: 青蒿素 | 制药 | 工程师
// are all in the title, but "青蒿素制药工程师" is not a substring of it.
const TITLE = '青蒿素化学制药工程师';
const QUERY = '青蒿素制药工程师';


async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('an enterprise posts a position, the operator approves it, a seeker on a phone finds it and applies', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let positionId = '';
  let seekerName = '';

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the enterprise posts the position and submits it for review', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '岗位管理' }).click();
      await page.getByRole('link', { name: '发布岗位' }).click();
      await page.getByLabel('岗位名称').fill(TITLE);
      await page.getByLabel('招聘人数').fill('2');
      await page.getByLabel('岗位职责').fill('负责青蒿素类原料药合成工艺的开发与放大，参与 GMP 车间工艺验证，维护制药设备。');
      await chooseOption(page, '学历要求', '本科');
      await page.getByLabel('专业要求').fill('制药工程');
      await page.getByLabel('专业要求').press('Enter');
      await page.getByLabel('月薪下限（元/月）').fill('6000');
      await page.getByLabel('月薪上限（元/月）').fill('9000');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.waitForURL(/\/console\/positions\/[0-9a-f-]{36}$/);
      positionId = page.url().split('/').pop() ?? '';

      await page.getByText('草稿只有本单位和运营方可见').waitFor();
      await page.getByRole('button', { name: '提交审核' }).click();
      await page.getByText('岗位正在等待运营方审核').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the operator approves it from the review queue', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/position-review');
      await page.getByRole('button', { name: `审核：${TITLE}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: '通过' }).click();
      await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '通过' }).click();
      await page.getByText(`已通过并发布：${TITLE}`).waitFor();
      await expect.poll(() => page.getByRole('button', { name: `审核：${TITLE}` }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a seeker on a phone searches in Chinese, signs in from the position and applies once with a double tap', async () => {
    // Applying needs a résumé. The demo seeker has none yet: save one the way the profile page does.
    const seekerApi = await apiSignIn(qiao.baseUrl, 'seeker');
    const profile = await seekerApi.get('/api/me/profile');
    if (profile.status === 404) {
      const { status: saved } = await seekerApi.send('PUT', '/api/me/profile', {
        name: '普晓燕',
        gender: 'female',
        educationLevel: 'bachelor',
        school: '楚雄医药高等专科学校',
        major: '药学',
        skills: ['GMP', 'HPLC'],
        experienceYears: 1,
      });
      expect([200, 201]).toContain(saved);
    }
    seekerName = ((await seekerApi.get('/api/me/profile')).body as { name: string }).name;

    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto('/jobs');
      await page.getByPlaceholder(/搜索岗位、企业或技能/).fill(QUERY);
      await page.getByRole('button', { name: '搜索' }).click();
      await page.waitForURL(/\/jobs\?q=/);
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/positions/${positionId}`);
      await page.getByText('6000–9000 元/月').waitFor();

      await page.getByRole('link', { name: '登录后申请' }).click();
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel('账号').fill('seeker');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.waitForURL(`**/positions/${positionId}`);

      const answers: { status: number; id: string }[] = [];
      page.on('response', (response) => {
        if (response.request().method() === 'POST' && response.url().endsWith(`/api/positions/${positionId}/applications`)) {
          void response.json().then((body: { id: string }) => answers.push({ status: response.status(), id: body.id }));
        }
      });
      // Two taps in the same moment, before the button can turn busy: both requests carry the
      // page's idempotency key, so the second gets the first application back.
      const apply = page.getByRole('button', { name: '申请该岗位' });
      await apply.evaluate((button: HTMLElement) => {
        button.click();
        button.click();
      });
      await page.getByText('申请已提交').waitFor();
      await expect.poll(() => answers.length).toBe(2);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
      expect(new Set(answers.map((a) => a.id)).size).toBe(1);

      const mine = (await seekerApi.get(`/api/applications?positionId=${positionId}`)).body as { total: number };
      expect(mine.total).toBe(1);

      // Coming back later, the page says so instead of offering to apply again.
      await page.reload();
      await page.getByRole('link', { name: '查看我的申请' }).waitFor();
      expect(await page.getByRole('button', { name: '申请该岗位' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the enterprise sees the application with the résumé and invites the seeker to an interview', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await page.goto(`/console/positions/${positionId}/applications`);
      await page.getByRole('button', { name: `查看简历：${seekerName}` }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('region', { name: `简历：${seekerName}` }).getByText('基本信息').waitFor();
      await drawer.getByRole('button', { name: `安排面试：${seekerName}` }).click();
      await page.getByText(`${seekerName}：安排面试`).waitFor();
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the job search and the position page', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto(`/jobs?q=${encodeURIComponent(QUERY)}`);
      await page.getByRole('link', { name: TITLE }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.goto(`/positions/${positionId}`);
      await page.getByRole('link', { name: '登录后申请' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
