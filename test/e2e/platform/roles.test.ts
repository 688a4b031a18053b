import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, PHONE, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const MENUS: Record<string, string[]> = {
  operator: [
    '工作台',
    '岗位管理',
    '岗位审核',
    '人才库',
    '匹配推荐',
    '批量分配',
    '职业指导',
    '招聘信息',
    '招聘会',
    '直播带岗',
    '成员单位',
    '联合体治理',
    '三张清单',
    '实训基地',
    '培训项目',
    '技能竞赛',
    '科技成果转化',
    '揭榜挂帅',
    '创新指数',
    '创新指数贷',
    '匹配权重',
    '消息发件箱',
    '审计日志',
    '账号安全',
  ],
  gov: ['工作台', '岗位信息', '匹配推荐', '职业指导', '招聘信息', '招聘会', '直播带岗', '成员单位', '联合体治理', '三张清单', '实训基地', '培训项目', '技能竞赛', '科技成果转化', '揭榜挂帅', '创新指数', '创新指数贷', '匹配权重', '账号安全'],
  huapai: ['工作台', '岗位管理', '匹配推荐', '招聘会', '直播带岗', '联合体治理', '三张清单', '实训基地', '科技成果转化', '揭榜挂帅', '创新指数', '创新指数贷', '本单位', '本单位账号', '账号安全'],
  dali: ['工作台', '招聘会', '直播带岗', '联合体治理', '三张清单', '实训基地', '科技成果转化', '揭榜挂帅', '本单位', '本单位账号', '账号安全'],
  bank: ['工作台', '联合体治理', '创新指数贷', '本单位', '本单位账号', '账号安全'],
  seeker: ['工作台', '为你推荐', '我的消息', '我的简历', '我的申请', '我的招聘会', '授权管理', '我的数据', '账号安全'],
};
/** A long menu is shown under these headings; a short one (bank, seeker) is a plain list. */
const GROUP_HEADINGS = ['就业服务', '产教融合', '科技创新', '管理设置'];

describe('signing in by role', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it.each(Object.entries(MENUS))('%s signs in and sees the menu of the role', async (login, expected) => {
    const { context, page } = await newPage(browser, qiao.baseUrl);
    try {
      await signIn(page, login);
      const nav = page.getByRole('navigation', { name: '工作台导航' });
      await expect.poll(async () => (await nav.getByRole('menuitem').allInnerTexts()).map((s) => s.trim())).toEqual(expected);
      const headings = (await nav.locator('.ant-menu-item-group-title').allInnerTexts()).map((s) => s.trim());
      expect(headings).toEqual(expected.length >= 10 ? GROUP_HEADINGS : []);
    } finally {
      await context.close();
    }
  });

  it('shows the menu in a drawer on a phone, and signs out', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, PHONE);
    try {
      await signIn(page, 'operator');
      await page.getByRole('button', { name: '菜单' }).click();
      const nav = page.getByRole('navigation', { name: '工作台导航' });
      await nav.getByRole('menuitem', { name: '成员单位' }).click();
      await page.waitForURL(/\/console\/organisations/);
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/console'));
      await page.goto('/console');
      await page.waitForURL(/\/login/);
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the home and login pages', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl);
    try {
      await page.goto('/');
      await page.getByText('248').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.goto('/login');
      await page.getByLabel('账号').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
