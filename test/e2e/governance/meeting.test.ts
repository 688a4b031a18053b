import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newPage, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const TITLE = '生物医药企业技能人才培养座谈会';
const RESOLUTION = '华派药业与楚雄医专共同制定制剂操作工培养方案';

/** Picks an option of an antd Select; `search` types into one that searches the server. */
async function chooseOption(page: Page, combobox: Locator, option: string, search?: string): Promise<void> {
  await combobox.click();
  if (search) await combobox.fill(search);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  // A remote search can re-render the list under the click: go on only once the select shows the choice.
  await combobox.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]').getByText(option, { exact: true }).first().waitFor();
}

/** Types a date into an antd DatePicker; Tab leaves it with the date taken (Enter would also submit the form). */
async function fillDate(field: Locator, day: string): Promise<void> {
  await field.fill(day);
  await field.press('Tab');
}

async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('menuitem', { name: '联合体治理' }).click();
  await page.waitForURL(/\/console\/governance/);
  await page.getByRole('navigation', { name: '联合体治理栏目' }).getByRole('link', { name: '会议' }).click();
  await page.waitForURL(/\/console\/governance\/meetings/);
}

describe('the operator records a meeting with a resolution and follows it up', () => {
  let qiao: RunningQiao;
  let browser: Browser;

  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('records the meeting, adds a resolution that is overdue, then records it done', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await openMeetings(page);
      // The demo year: the 2023 annual meeting, and the year's figures above the sections.
      await page.getByRole('table', { name: '会议列表' }).getByRole('link', { name: '2023年楚雄州产教联合体年会' }).waitFor();
      await page.getByText('签署战略合作协议的院校').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '记录会议' }).click();
      const dialog = page.getByRole('dialog', { name: '记录会议' });
      await dialog.waitFor();
      await chooseOption(page, dialog.getByRole('combobox', { name: '会议类型' }), '座谈会');
      await fillDate(dialog.getByLabel('日期', { exact: true }), '2024-03-14');
      await dialog.getByLabel('标题').fill(TITLE);
      await dialog.getByLabel('地点').fill('高新区人力资源产业园三楼会议室');
      await chooseOption(page, dialog.getByRole('combobox', { name: '参会单位' }), '云南华派药业有限公司', '华派');
      await chooseOption(page, dialog.getByRole('combobox', { name: '参会单位' }), '楚雄医药高等专科学校', '楚雄医药');
      await dialog.getByRole('button', { name: '添加参会人员' }).click();
      await dialog.getByLabel('姓名').fill('李建国');
      await dialog.getByLabel('职务/岗位').fill('管委会副主任');
      await dialog.getByLabel('会议纪要').fill('企业反映制剂操作工招工难，院校同意开设订单班。');
      await dialog.getByRole('button', { name: '记录会议' }).click();

      await page.waitForURL(/\/console\/governance\/meetings\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByText('云南华派药业有限公司').first().waitFor();
      await page.getByText('李建国 · 管委会副主任').waitFor();

      await page.getByRole('button', { name: '添加决议' }).click();
      const resolutionDialog = page.getByRole('dialog', { name: '添加决议' });
      await resolutionDialog.getByLabel('决议内容').fill(RESOLUTION);
      // Neither an owner nor a due date: the server names what is missing.
      await resolutionDialog.getByRole('button', { name: '添加决议' }).click();
      await resolutionDialog.getByText('请指定责任单位或责任人').first().waitFor();
      await chooseOption(page, resolutionDialog.getByRole('combobox', { name: '责任单位' }), '云南华派药业有限公司', '华派');
      await fillDate(resolutionDialog.getByLabel('完成期限'), '2024-06-30');
      await resolutionDialog.getByRole('button', { name: '添加决议' }).click();
      await resolutionDialog.waitFor({ state: 'hidden' });

      const resolutions = page.getByRole('table', { name: '决议列表' });
      const row = resolutions.getByRole('row').filter({ hasText: RESOLUTION });
      await row.getByText('已逾期').waitFor();
      await row.getByText('云南华派药业有限公司').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await row.getByRole('button', { name: `编辑决议：${RESOLUTION}` }).click();
      const editDialog = page.getByRole('dialog', { name: '编辑决议' });
      await fillDate(editDialog.getByLabel('完成日期'), '2024-06-20');
      await editDialog.getByLabel('进展说明').fill('培养方案已印发');
      await editDialog.getByRole('button', { name: '保存' }).click();
      await editDialog.waitFor({ state: 'hidden' });
      await row.getByText('已完成').waitFor();
      await row.getByText('培养方案已印发').waitFor();

      // The follow-up list across meetings finds it among the done ones.
      await page.getByRole('navigation', { name: '联合体治理栏目' }).getByRole('link', { name: '会议' }).click();
      await page.getByText('决议跟踪', { exact: true }).click();
      await chooseOption(page, page.getByRole('combobox', { name: '状态' }), '已完成');
      await page.getByRole('table', { name: '决议列表' }).getByText(RESOLUTION).waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows the meeting to an organisation that attended, read-only, and not to one that did not', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'huapai');
      await openMeetings(page);
      await page.getByRole('table', { name: '会议列表' }).getByRole('link', { name: TITLE }).click();
      await page.getByRole('heading', { name: TITLE }).waitFor();
      await page.getByRole('table', { name: '决议列表' }).getByText(RESOLUTION).waitFor();
      expect(await page.getByRole('button', { name: '添加决议' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '编辑会议' }).count()).toBe(0);
    } finally {
      await context.close();
    }
    const other = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(other.page, 'dali');
      await openMeetings(other.page);
      const table = other.page.getByRole('table', { name: '会议列表' });
      await table.getByRole('link', { name: '2023年楚雄州产教联合体年会' }).waitFor();
      expect(await table.getByText(TITLE).count()).toBe(0);
    } finally {
      await other.context.close();
    }
  });
});
