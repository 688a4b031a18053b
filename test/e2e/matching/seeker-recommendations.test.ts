import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSignIn, launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';



/** The position a recommended card is about: its heading links to the position's page. */
async function positionOf(card: Locator): Promise<{ id: string; title: string }> {
  const link = card.getByRole('heading', { level: 2 }).getByRole('link');
  const href = (await link.getAttribute('href')) ?? '';
  return { id: href.replace('/positions/', ''), title: (await link.innerText()).trim() };
}

/** Follows a console menu entry on a phone: the menu is a drawer behind 菜单. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('a seeker on a phone gets positions recommended with reasons, hears of a recommendation and can switch it off', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  let seeker: ApiSession;
  let seekerId = '';
  let likedPosition = { id: '', title: '' };
  let recommendedPosition = { id: '', title: '' };

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
    // The demo seeker has no résumé: save one the way the profile page does (its form is covered by the talent tests).
    seeker = await apiSignIn(qiao.baseUrl, 'seeker');
    const saved = await seeker.send('PUT', '/api/me/profile', {
      name: '普晓燕',
      gender: 'female',
      educationLevel: 'bachelor',
      school: '楚雄医药高等专科学校',
      major: '药学',
      skills: ['GMP', 'HPLC', '药品检验'],
      experienceYears: 2,
      preferredRegions: ['532301'],
      expectedSalaryMin: 4000,
      expectedSalaryMax: 7000,
      summary: '两年药品质量检验经验，熟悉 GMP 规范和高效液相色谱分析。',
    });
    expect([200, 201]).toContain(saved.status);
    seekerId = (saved.body as { id: string }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the seeker opens 为你推荐, reads why a position fits and likes it', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'seeker');
      await openSection(page, '为你推荐');
      // One card per position (the cards hold lists of their own).
      const cards = page.getByRole('list', { name: '为你推荐的岗位' }).locator(':scope > li');
      const first = cards.first();
      await first.getByText('推荐理由').waitFor();
      expect(await cards.count()).toBeGreaterThan(1);
      await expect.poll(() => first.getByText(/^匹配度 [\d.]+$/).count()).toBe(1);

      likedPosition = await positionOf(first);
      recommendedPosition = await positionOf(cards.nth(1));

      // Every factor with its points, behind a toggle.
      await first.getByRole('button', { name: /查看全部 \d+ 项评分/ }).click();
      const factors = first.getByRole('list', { name: `各项评分：${likedPosition.title}` });
      await factors.getByText('学历', { exact: true }).waitFor();
      await expect.poll(() => factors.getByRole('listitem').count()).toBe(9);

      const like = first.getByRole('button', { name: `收藏：${likedPosition.title}` });
      expect(await like.getAttribute('aria-pressed')).toBe('false');
      await like.click();
      await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');

      expect((await seeker.get<{ positionIds: string[] }>('/api/me/likes')).body.positionIds).toEqual([likedPosition.id]);

      // The liked position's own page shows it liked.
      await page.goto(`/positions/${likedPosition.id}`);
      await expect.poll(() => page.getByRole('button', { name: `收藏：${likedPosition.title}` }).getAttribute('aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on 为你推荐', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'seeker');
      await page.goto('/console/recommended');
      await page.getByRole('list', { name: '为你推荐的岗位' }).getByText('推荐理由').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the operator recommends the consenting seeker; the seeker reads the news and why in 我的消息', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'seeker');
      // Being recommended to enterprises needs the job-matching consent, granted on 授权管理.
      await openSection(page, '授权管理');
      const matchingCard = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '求职匹配', exact: true }) });
      await matchingCard.getByRole('button', { name: '同意授权' }).click();
      await matchingCard.getByText('已授权', { exact: true }).waitFor();

      const operator = await apiSignIn(qiao.baseUrl, 'operator');
      const created = await operator.send('POST', '/api/recommendations', {
        positionId: recommendedPosition.id,
        seekerIds: [seekerId],
        note: '专业和技能都对口，推荐参加面试。',
      });
      expect(created.status).toBe(201);

      // The header's bell says there is news, in words.
      await page.reload();
      await page.getByRole('banner').getByRole('link', { name: '我的消息，1 条未读' }).click();
      await page.getByRole('heading', { level: 1, name: '我的消息' }).waitFor();
      const news = page.getByRole('list', { name: '我的消息列表' }).locator(':scope > li').filter({ hasText: recommendedPosition.title });
      await news.getByText(`的“${recommendedPosition.title}”岗位，企业将与您联系。`).waitFor();
      await news.getByText('未读', { exact: true }).waitFor();

      await news.getByRole('button', { name: '查看推荐理由' }).click();
      await news.getByRole('heading', { level: 3, name: `推荐理由：${recommendedPosition.title}` }).waitFor();
      await news.getByText('推荐说明：专业和技能都对口，推荐参加面试。').waitFor();
      await expect.poll(() => news.getByRole('list', { name: `各项评分：${recommendedPosition.title}` }).getByRole('listitem').count()).toBe(9);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '全部标为已读' }).click();
      await page.getByText('已全部标为已读').waitFor();
      await expect.poll(() => news.getByText('未读', { exact: true }).count()).toBe(0);
      await page.getByRole('banner').getByRole('link', { name: '我的消息', exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the seeker switches automated recommendation off, and 为你推荐 says so and offers it back', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'seeker');
      await openSection(page, '授权管理');
      const toggle = page.getByRole('switch', { name: '自动推荐岗位' });
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      await toggle.click();
      await page.getByText('已关闭自动推荐').waitFor();
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');

      await openSection(page, '为你推荐');
      await page.getByRole('heading', { level: 2, name: '您已关闭自动推荐' }).waitFor();
      expect(await page.getByRole('list', { name: '为你推荐的岗位' }).count()).toBe(0);
      expect((await seeker.get<{ enabled: boolean }>('/api/me/auto-recommend')).body.enabled).toBe(false);

      await page.getByRole('button', { name: '重新开启自动推荐' }).click();
      await page.getByRole('list', { name: '为你推荐的岗位' }).getByText('推荐理由').first().waitFor();
    } finally {
      await context.close();
    }
  });
});
