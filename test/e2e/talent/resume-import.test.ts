import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../../src/platform/id-number';
import { DESKTOP, launchBrowser, newPage, type RunningQiao, seriousA11yViolations, signIn, startQiao } from '../harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = ['姓名', '性别', '身份证号', '手机号', '学历', '毕业院校', '专业', '毕业时间'];

// Invented people; the 99x sequence numbers keep their ID numbers clear of the demo pool (odd: men, even: women).
const ID_A = withCheck('53230119960314998');
const ID_B_BODY = '53232219970805999';
const ID_B = withCheck(ID_B_BODY);
const ID_C = withCheck('53230119981120997');

function withCheck(body17: string): string {
  return body17 + idNumberCheckChar(body17);
}

function wrongCheck(body17: string): string {
  const right = idNumberCheckChar(body17);
  return body17 + (right === '0' ? '1' : '0');
}

/** 全角 digits, as phones typed on some Chinese input methods arrive. */
function fullWidth(digits: string): string {
  return [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
}

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('简历');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function pickFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

/** The report table's row for a file row and column, as text. */
function problemRow(page: Page, row: number, column: string) {
  return page
    .getByRole('table', { name: '导入文件中的问题' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(row), exact: true }) })
    .filter({ has: page.getByRole('cell', { name: column, exact: true }) });
}

describe('the operator imports résumés collected at a fair', () => {
  let qiao: RunningQiao;
  let browser: Browser;
  beforeAll(async () => {
    [qiao, browser] = await Promise.all([startQiao(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await qiao?.stop();
  });

  it('reads the row-by-row report of a file with bad rows, then imports the corrected file skipping the repeated person', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/seekers');
      await page.getByRole('link', { name: '导入简历' }).click();
      await page.waitForURL(/\/console\/seekers\/import$/);

      const bad = await workbook([
        ['鲁思琪', '女', ID_A, '13988761201', '大专', '楚雄医药高等专科学校', '药学', '2019年6月'],
        ['杞文斌', '男', wrongCheck(ID_B_BODY), '13988761202', '本科', '楚雄师范学院', '化学', '2020.06'],
        ['普永福', '男', ID_C, fullWidth('13988761203'), '高中', '楚雄第一中学', null, '2017-07'],
        ['鲁思琪', '女', ID_A, '13988761201', '大专', '楚雄医药高等专科学校', '药学', '2019年6月'],
        ['段丽萍', '女', null, '1398876', '中专', '楚雄技师学院', '护理', '2018年7月'],
      ]);
      await pickFile(page, '春季招聘会简历.xlsx', XLSX, bad);

      await page.getByText('发现 2 处问题，文件不能导入').waitFor();
      const expected = idNumberCheckChar(ID_B_BODY);
      await expect
        .poll(() => problemRow(page, 3, '身份证号').innerText())
        .toContain(`身份证号校验位错误（按前 17 位计算应为 ${expected}）`);
      await expect.poll(() => problemRow(page, 6, '手机号').innerText()).toContain('手机号应为 11 位数字，以 1 开头');
      // The full-width phone of row 4 is normalised, not reported.
      expect(await problemRow(page, 4, '手机号').count()).toBe(0);
      // Row 5 repeats row 2: listed as a duplicate, not as an error.
      await page.getByRole('heading', { name: '重复的人员（1 行）' }).waitFor();
      await expect
        .poll(() => page.getByRole('table', { name: '导入文件中重复的人员' }).getByRole('row').nth(1).innerText())
        .toMatch(/5[\s\S]*与第 2 行为同一人/);
      expect(await page.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true);

      const corrected = await workbook([
        ['鲁思琪', '女', ID_A, '13988761201', '大专', '楚雄医药高等专科学校', '药学', '2019年6月'],
        ['杞文斌', '男', ID_B, '13988761202', '本科', '楚雄师范学院', '化学', '2020.06'],
        ['普永福', '男', ID_C, fullWidth('13988761203'), '高中', '楚雄第一中学', null, '2017-07'],
        ['鲁思琪', '女', ID_A, '13988761201', '大专', '楚雄医药高等专科学校', '药学', '2019年6月'],
      ]);
      await pickFile(page, '春季招聘会简历（改）.xlsx', XLSX, corrected);
      await page.getByText('4 行检查无误，可以导入').waitFor();
      await page.getByRole('radio', { name: /跳过/ }).check();
      await page.getByRole('button', { name: '确认导入 4 行' }).click();
      await page.getByText('已导入，新建 3 份档案').waitFor();
      await page.getByText('跳过重复的 1 行。').waitFor();

      // The imported seeker is in the pool, with the full-width phone stored as digits (masked).
      await page.goto('/console/seekers?q=普永福');
      await page.getByRole('link', { name: '普永福' }).click();
      await page.getByText('139****1203').waitFor();
    } finally {
      await context.close();
    }
  });

  it('says clearly when the file is not a spreadsheet', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl, DESKTOP);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/seekers/import');
      await pickFile(page, '简历.xlsx', XLSX, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 4]));
      await page.getByRole('alert').filter({ hasText: '文件不是 Excel (.xlsx) 或 CSV 文件' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the talent pool', async () => {
    const { context, page } = await newPage(browser, qiao.baseUrl);
    try {
      await signIn(page, 'operator');
      await page.goto('/console/seekers');
      await page.getByRole('table', { name: '人才库求职者列表' }).getByRole('link').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
