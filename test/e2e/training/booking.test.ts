import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const BASE = '现代物流公共实训基地';

/** A day beyond the demo's upcoming bookings (the next four weeks) and within the 180 days one may book ahead. */
function bookingDay(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 45 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Picks an option of an antd Select and waits until the select shows it. `search` types into one
 * that filters (long lists render only the options in view). A click that lands while another
 * popup is closing is lost, so the pick is retried.
 */
async function chooseOption(page: Page, combobox: Locator, option: string, search = false): Promise<void> {
  const select = combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await combobox.click();
    if (search) {
      // Typing the whole name leaves one option, active: Enter takes it.
      await combobox.fill(option);
      await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).waitFor();
      await combobox.press('Enter');
    } else {
      // Options carry the id of the combobox's list: another select's dropdown may still be closing.
      const list = await combobox.getAttribute('aria-controls');
      await page.locator(`.ant-select-dropdown:visible [id^="${list}_"][title="${option}"]`).click();
    }
    if (await select.getByTitle(option, { exact: true }).isVisible()) return;
  }
  throw new Error(`could not choose ${option}`);
}

async function openTraining(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '实训基地' }).click();
  await page.waitForURL(/\/console\/training/);
  await chooseOption(page, page.getByRole('combobox', { name: '实训基地' }), BASE, true);
  await page.getByText('共 28 个工位').waitFor();
  // The base list closes with an animation; its listbox has no name of its own while it lingers.
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Fills and submits the booking form of the open dialog. */
async function book(page: Page, day: string, from: string, to: string, stations: number, purpose: string): Promise<Locator> {
  await page.getByRole('button', { name: '预约实训基地' }).click();
  const dialog = page.getByRole('dialog', { name: '预约实训基地' });
  await dialog.waitFor();
  await chooseOption(page, dialog.getByRole('combobox', { name: '实训基地' }), BASE, true);
  const date = dialog.getByLabel('日期', { exact: true });
  await date.fill(day);
  // Tab commits the typed date and closes its panel without submitting the form.
  await date.press('Tab');
  await chooseOption(page, dialog.getByRole('combobox', { name: '开始时间' }), from);
  await chooseOption(page, dialog.getByRole('combobox', { name: '结束时间' }), to);
  await dialog.getByLabel('预约工位数').fill(String(stations));
  await dialog.getByLabel('参训人数').fill(String(stations));
  await dialog.getByLabel('实训内容').fill(purpose);
  await dialog.getByRole('button', { name: '提交预约' }).click();
  return dialog;
}

describe('a school books a training base; an enterprise asking for the same stations sees the conflict', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  const day = bookingDay();

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('the school books every station of the base for a morning', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'dali');
      await openTraining(page);
      expect(await seriousA11yViolations(page)).toEqual([]);
      const dialog = await book(page, day, '09:00', '12:00', 28, '现代物流管理专业仓储配送实训');
      await page.getByText(`已预约 ${day} 09:00–12:00`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      // The calendar moved to the booked month and shows the school's own booking with its name.
      await page.getByRole('table', { name: new RegExp(BASE) }).getByText('09:00–12:00 大理大学').waitFor();
      await page.getByRole('tab', { name: '本单位预约' }).click();
      await page.getByRole('table', { name: '预约记录' }).getByText('现代物流管理专业仓储配送实训').waitFor();
    } finally {
      await context.close();
    }
  });

  it('the enterprise is refused with a message naming the stations and the booking in the way, without who made it', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await openTraining(page);
      const dialog = await book(page, day, '10:00', '11:00', 2, '叉车作业安全培训');
      await dialog.getByRole('alert').filter({ hasText: '与现有数据冲突' }).waitFor();
      const message = `${day} 10:00–11:00 仅剩 0 个工位（共 28 个），与已有预约冲突：09:00–12:00`;
      await dialog.getByText(message, { exact: true }).waitFor();
      expect(await dialog.innerText()).not.toContain('大理大学');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // After the school's booking, the afternoon is still free.
      await chooseOption(page, dialog.getByRole('combobox', { name: '开始时间' }), '14:00');
      await chooseOption(page, dialog.getByRole('combobox', { name: '结束时间' }), '16:00');
      await dialog.getByRole('button', { name: '提交预约' }).click();
      await page.getByText(`已预约 ${day} 14:00–16:00`).waitFor();
      // On its calendar the school's morning is only "occupied".
      const calendar = page.getByRole('table', { name: new RegExp(BASE) });
      await calendar.getByText('09:00–12:00 已占用').waitFor();
      await calendar.getByText('14:00–16:00 云南华派药业有限公司').waitFor();
    } finally {
      await context.close();
    }
  });
});
