// Résumé import of a 100 000-row xlsx on in-memory PGlite through the service (preview, then
// commit): wall time and peak resident memory, sampled every 50 ms. Goal: ≤ 60 s and ≤ 1 GB.
// The file is written (streamed) by a child process, so that the memory measured is the import's.
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { accounts } from '../src/modules/accounts/accounts.table';
import {
  commitResumeImport,
  createImportJobStore,
  getResumeImport,
  startResumeImport,
} from '../src/modules/talent/resume-import.service';
import type { ImportJobView } from '../src/modules/talent/resume-import.schemas';
import type { Actor } from '../src/platform/access';
import { idNumberCheckChar } from '../src/platform/id-number';
import { createTestApp } from '../test/helpers/app';

const ROWS = 100_000;
/** Fair data repeats people: the last 1 % of rows repeat earlier ones (same ID number and phone). */
const REPEATS = 1000;

const SURNAMES = [...'李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢普者起鲁'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅建国志云峰雪婷晓燕海波宇浩然欣怡子涵佳琪思远春林'];
const REGIONS = ['532301', '532322', '532323', '532324', '532325', '532326', '532327', '532328', '532329', '530102', '530111', '532901'];
const PHONE_PREFIXES = ['139', '138', '137', '187', '188', '150', '151', '152', '158', '159', '182', '183', '135', '136', '178', '199'];
const EDUCATION = ['本科', '大学本科', '大专', '专科', '高职', '中专', '中技', '高中', '硕士', '研究生', '初中', '职高'];
const SCHOOLS = [
  '楚雄师范学院',
  '楚雄医药高等专科学校',
  '大理大学',
  '昆明工业职业技术学院',
  '云南大学',
  '昆明理工大学',
  '云南民族大学',
  '云南农业大学',
  '楚雄技师学院',
  '云南工商学院',
  '楚雄州民族中等专业学校',
];
const MAJORS = [
  '化学工程与工艺',
  '药学',
  '中药学',
  '护理',
  '机械设计制造及其自动化',
  '电气自动化技术',
  '材料科学与工程',
  '食品科学与工程',
  '计算机应用技术',
  '会计',
  '市场营销',
  '生物制药技术',
  '数控技术',
  '应用化学',
  '物流管理',
];
const SKILLS = ['焊接', '电工', 'CAD', 'PLC编程', '药品检验', 'GMP', '化学分析', '数控车床', '叉车', 'Office', '会计电算化', '普通话二甲', '驾驶C1', '质量检验', '设备维护'];
const REGION_WISHES = ['楚雄市', '楚雄州', '昆明', '楚雄市、禄丰市', '不限', '大理', '楚雄市 昆明市', ''];
const SALARIES: (string | number)[] = ['4000-6000', '5k', '3500', '6000-8000', '面议', 4500, '1万', '3000-4000', ''];
const NOTES = ['2024年春季大型现场招聘会', '楚雄师范学院校园招聘会', '残疾人专场招聘会', '高新区企业走访', ''];
const YEARS: (string | number)[] = ['应届', '1年', '3', 5, '5年以上', '', '2年'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A realistic row for person `i` (0 ≤ i < ROWS): unique ID number and phone per person. */
function row(i: number): (string | number | Date)[] {
  const birth = new Date(Date.UTC(1975, 0, 1) + (i % 10000) * 86400000);
  const isMale = i % 2 === 1;
  const serial = Math.floor(i / 10000) * 10 + (isMale ? 1 : 2);
  const body = `${pick(REGIONS, i * 7)}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(serial).padStart(3, '0')}`;
  const id = body + idNumberCheckChar(body);
  const phone = `${pick(PHONE_PREFIXES, i * 3)}${String((i * 7919 + 12345) % 100_000_000).padStart(8, '0')}`;
  const name = pick(SURNAMES, i * 13) + pick(GIVEN, i * 17) + (i % 3 === 0 ? '' : pick(GIVEN, i * 29));
  const graduationYear = 2000 + (i % 24);
  const graduation = [
    new Date(Date.UTC(graduationYear, 5, 30)),
    (Date.UTC(graduationYear, 6, 1) - Date.UTC(1899, 11, 30)) / 86400000,
    `${graduationYear}年6月`,
    `${graduationYear}.07`,
    `${graduationYear}届`,
  ][i % 5] as string | number | Date;
  const skills = Array.from({ length: 1 + (i % 4) }, (_, k) => pick(SKILLS, i + k * 5)).join(i % 2 ? '、' : '，');
  return [
    name,
    isMale ? '男' : '女',
    id,
    i % 20 === 0 ? toFullWidth(phone) : phone,
    pick(EDUCATION, i * 11),
    pick(SCHOOLS, i * 5),
    pick(MAJORS, i * 7),
    graduation,
    skills,
    pick(YEARS, i),
    pick(REGION_WISHES, i * 3),
    pick(SALARIES, i * 5),
    pick(NOTES, i),
  ];
}

async function writeWorkbook(path: string): Promise<void> {
  // Shared strings and styles as Excel writes them (and Date cells need a date format).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('简历');
  sheet.columns = [
    { header: '姓名*', width: 10 },
    { header: '性别', width: 6 },
    { header: '身份证号', width: 22 },
    { header: '手机号', width: 14 },
    { header: '学历', width: 8 },
    { header: '毕业院校', width: 20 },
    { header: '专业', width: 16 },
    { header: '毕业时间', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '技能', width: 24 },
    { header: '工作年限', width: 10 },
    { header: '期望地区', width: 14 },
    { header: '期望月薪', width: 12 },
    { header: '来源招聘会/备注', width: 30 },
  ];
  for (let i = 0; i < ROWS - REPEATS; i += 1) sheet.addRow(row(i)).commit();
  for (let i = 0; i < REPEATS; i += 1) sheet.addRow(row(i * 97)).commit();
  sheet.commit();
  await workbook.commit();
}

async function waitWhile(read: () => ImportJobView, status: ImportJobView['status']): Promise<ImportJobView> {
  let view = read();
  while (view.status === status) {
    await sleep(200);
    view = read();
  }
  return view;
}

const GENERATE = '--generate-import-file';

if (process.argv[2] === GENERATE) {
  await writeWorkbook(process.argv[3] ?? '');
  process.exit(0);
}

const dir = await mkdtemp(join(tmpdir(), 'qiao-bench-import-'));
const file = join(dir, 'resumes-100k.xlsx');
const generated = performance.now();
await promisify(execFile)(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), GENERATE, file]);
console.log(`generated ${ROWS} rows (${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

const t = await createTestApp('pglite');
const store = createImportJobStore((error) => console.error(error));
try {
  const [account] = await t.ctx.db.select().from(accounts).where(eq(accounts.username, 'operator'));
  if (!account) throw new Error('demo operator missing');
  const actor: Actor = {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: 'operator',
    organisationId: account.organisationId,
    zoneId: account.zoneId,
    sessionId: 'bench',
    csrfToken: 'bench',
    restriction: null,
  };
  const source = { actor, ip: '127.0.0.1' };

  // PGlite's start-up (compiling its WebAssembly) leaves a few hundred MB of garbage: collect it
  // first, so that the peak measured is the import's and not a leftover of opening the database.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const started = await startResumeImport(t.ctx, store, actor, createReadStream(file), 'zh-CN');
  const preview = await waitWhile(() => getResumeImport(store, actor, started.jobId, 'zh-CN'), 'parsing');
  const previewDone = performance.now();
  if (preview.status !== 'ready' || preview.report?.errorCount) throw new Error(`preview failed: ${JSON.stringify(preview.error ?? preview.report?.errors.slice(0, 5))}`);
  const committing = await commitResumeImport(t.ctx, store, actor, started.jobId, 'merge', 'zh-CN', source);
  const done = await waitWhile(() => getResumeImport(store, actor, committing.jobId, 'zh-CN'), 'committing');
  const end = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (done.status !== 'done') throw new Error(`commit failed: ${JSON.stringify(done.error)}`);

  console.log(`report: ${JSON.stringify({ ...preview.report, errors: undefined, duplicates: undefined, notice: undefined })}`);
  console.log(`result: ${JSON.stringify(done.result)}`);
  console.log(`BENCH import.100k.preview_s ${((previewDone - start) / 1000).toFixed(1)}`);
  console.log(`BENCH import.100k.commit_s ${((end - previewDone) / 1000).toFixed(1)}`);
  console.log(`BENCH import.100k.wall_s ${((end - start) / 1000).toFixed(1)}`);
  console.log(`BENCH import.100k.peak_mb ${Math.round(peak / 1024 / 1024)}`);
} finally {
  store.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
}
