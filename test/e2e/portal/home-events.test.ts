import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, startQiao } from '../harness';

const CAMPUS_FAIR = /^大理大学\d{4}届毕业生校园招聘会（楚雄高新区企业专场）$/;
const SCHEDULED_SESSION = /^楚雄高新区企业网络直播带岗（\d{4}年\d{1,2}月场）$/;

describe('the home page shows what is coming up', () => {
  let qiao: RunningQiao;
  let browser: Browser;

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('lists the upcoming campus fair and the scheduled live session on a phone; the fair opens its page', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await page.goto('/');
      const events = page.getByRole('region', { name: '近期招聘活动' });
      const fairs = events.getByRole('list', { name: '招聘会' });
      const sessions = events.getByRole('list', { name: '直播带岗' });
      const campusFair = fairs.getByRole('listitem').filter({ has: page.getByRole('link', { name: CAMPUS_FAIR }) });
      const session = sessions.getByRole('listitem').filter({ has: page.getByRole('link', { name: SCHEDULED_SESSION }) });
      await campusFair.getByText('主办：大理大学').waitFor();
      await session.getByText('即将开始', { exact: true }).waitFor();
      expect(await fairs.getByRole('listitem').count()).toBeLessThanOrEqual(3);
      expect(await sessions.getByRole('listitem').count()).toBeLessThanOrEqual(3);
      expect(await events.getByRole('link', { name: '全部招聘会' }).getAttribute('href')).toBe('/fairs');
      expect(await events.getByRole('link', { name: '全部直播' }).getAttribute('href')).toBe('/live');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await fairs.getByRole('link', { name: CAMPUS_FAIR }).click();
      await page.waitForURL(/\/fairs\/[^/]+$/);
      await page.getByRole('heading', { level: 1, name: CAMPUS_FAIR }).waitFor();
    } finally {
      await context.close();
    }
  });
});
