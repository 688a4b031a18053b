import { and, count, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { consents, seekers } from '../../src/modules/talent/talent.table';
import { auditLog } from '../../src/platform/audit.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { decryptText, lookupHash } from '../../src/platform/crypto';
import { idNumberCheckChar } from '../../src/platform/id-number';
import { XLSX_MIME } from '../../src/platform/spreadsheet';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const HEADER = ['姓名*', '性别', '身份证号', '手机号', '学历', '毕业院校', '专业', '毕业时间', '技能', '工作年限', '期望地区', '期望月薪', '来源招聘会/备注'];

type Cell = string | number | Date | null;

/** A valid ID number with a distinct serial; odd serials are men, even ones women (GB 11643). */
function idNumber(serial: number, birth = '19980520'): string {
  const body = `532301${birth}${String(serial).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
}

function wrongCheck(id: string): string {
  return `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('简历');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(c: TestClient, file: Buffer, contentType = XLSX_MIME, headers: Record<string, string> = {}) {
  return c.request({ method: 'POST', url: '/api/seekers/import?mode=preview', headers: { 'content-type': contentType, ...headers }, payload: file });
}

function commit(c: TestClient, jobId: string, duplicates: 'merge' | 'skip', headers: Record<string, string> = {}) {
  return c.post(`/api/seekers/import/${jobId}/commit?duplicates=${duplicates}`, undefined, headers);
}

type Issue = { row: number; column: string; field: string; message: string };

/** Text that must survive the column-array insert unchanged: quotes, backslashes, braces, commas and the word NULL. */
const NOTE = '残疾人专场 "重点推荐" \\ {楚雄, 昆明} NULL';

describe.each(DB_KINDS)('résumé import on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let zoneId: string;
  const countSeekers = async () => (await t.ctx.db.select({ n: count() }).from(seekers))[0]?.n ?? 0;
  const seekerByIdNumber = async (id: string) =>
    (await t.ctx.db.select().from(seekers).where(eq(seekers.idNumberHash, lookupHash(t.ctx.keys, 'id_number', id))))[0];

  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    zoneId = (await operator.get('/api/auth/me')).json().account.zoneId;
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the template with Chinese headers and a notes sheet; its example row passes the preview', async () => {
    const res = await operator.get('/api/seekers/import-template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_MIME);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (workbook.worksheets[0]?.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, HEADER.length)).toEqual(HEADER);
    expect(workbook.worksheets[1]?.name).toBe('说明 Notes');
    expect(String(workbook.worksheets[1]?.getRow(1).getCell(1).value)).toContain('身份证号和手机号至少填写一项');
    const preview = await upload(operator, res.rawPayload);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ status: 'ready', report: { format: 'xlsx', rows: 1, valid: 1, errorCount: 0, errors: [] } });
  });

  it('reports every bad row and field, and a refused commit writes nothing', async () => {
    const good = idNumber(11);
    const file = await xlsx([
      HEADER,
      ['杨  丽', '', toFullWidth(good), toFullWidth('13987800011'), '大学专科', '楚雄医药高等专科学校', '药学', 45078, '药品检验、GMP', '应届', '楚雄市', '4-6k', '春季招聘会'],
      ['李刚', '男', wrongCheck(idNumber(13)), '13987800013', '本科', '', '', new Date(Date.UTC(2023, 5, 30)), '', '', '', '', ''],
      ['王芳', '女', '', '1398780', '高中', '', '', '', '', '', '', '', ''],
      ['赵敏', '女', idNumber(14), '', '幼儿园', '', '', '', '', '', '', '', ''],
      ['钱进', '男', idNumber(15), '', '本科', '', '', '去年夏天', '', '', '', '', ''],
      ['杨丽', '女', '', '+86 139-8780-0011', '大专', '', '', '2023.06', 'Excel', '', '', '', ''],
      ['', '男', idNumber(17), '', '', '', '', '', '', '', '', '', ''],
    ]);
    const before = await countSeekers();
    const preview = await upload(operator, file);
    expect(preview.statusCode).toBe(200);
    const job = preview.json();
    expect(job.status).toBe('ready');
    expect(job.report).toMatchObject({ rows: 7, valid: 2, duplicatesInFile: 1, duplicatesInPool: 0, errorCount: 5 });
    const errors: Issue[] = job.report.errors;
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual(['3:身份证号', '4:手机号', '5:学历', '6:毕业时间', '8:姓名']);
    expect(errors[0]?.message).toBe(`身份证号校验位错误（按前 17 位计算应为 ${idNumber(13)[17]}）`);
    expect(job.report.duplicates).toEqual([{ row: 7, column: '手机号', field: 'phone', firstRow: 2, isMergeable: true }]);

    const english = (await operator.get(`/api/seekers/import/${job.jobId}`, { 'accept-language': 'en' })).json();
    expect(english.report.errors[0].message).toBe(`Wrong check character in the ID number (the first 17 digits give ${idNumber(13)[17]})`);
    expect(english.report.errors[1].message).toBe('A mobile number has 11 digits starting with 1');

    const refused = await commit(operator, job.jobId, 'merge');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'import_failed', details: { errorCount: 5 } });
    expect(refused.json().error.details.errors).toHaveLength(5);
    expect(await countSeekers()).toBe(before);
    const missingChoice = await operator.post(`/api/seekers/import/${job.jobId}/commit`);
    expect(missingChoice.statusCode).toBe(400);
    expect(missingChoice.json().error.fields[0].path).toBe('querystring.duplicates');
  });

  it('imports a GBK CSV with serial dates and full-width digits: sealed, hashed, no consent, audited', async () => {
    const people = [
      { name: '普晓梅', id: idNumber(22), phone: '13987800022', graduation: '45078', education: '本科' },
      { name: '李建华', id: idNumber(23), phone: '13987800023', graduation: '2023年6月', education: '中专' },
      { name: '张丽', id: idNumber(24), phone: '13987800024', graduation: '2023.06', education: '研究生' },
    ];
    const csv = [
      '姓名,身份证号,手机号,学历,毕业院校,专业,毕业时间,技能,工作年限,期望地区,期望月薪',
      ...people.map((p) => [p.name, toFullWidth(p.id), toFullWidth(p.phone), p.education, '楚雄师范学院', '化学', p.graduation, '"化学分析, 仪器操作"', '2年', '楚雄州', '5000'].join(',')),
    ].join('\r\n');
    const before = await countSeekers();
    const preview = await upload(operator, iconv.encode(csv, 'gbk'), 'text/csv');
    expect(preview.statusCode).toBe(200);
    const job = preview.json();
    expect(job.report).toMatchObject({ format: 'csv', encoding: 'gbk', rows: 3, valid: 3, errorCount: 0 });
    expect(job.report.notice).toContain('直到求职者本人同意');

    const done = await commit(operator, job.jobId, 'merge');
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', result: { duplicates: 'merge', created: 3, merged: 0, skipped: 0 } });
    expect(await countSeekers()).toBe(before + 3);

    const rows = await t.ctx.db
      .select()
      .from(seekers)
      .where(inArray(seekers.idNumberHash, people.map((p) => lookupHash(t.ctx.keys, 'id_number', p.id))));
    expect(rows).toHaveLength(3);
    for (const person of people) {
      const row = rows.find((r) => r.name === person.name);
      expect(row).toMatchObject({
        source: 'import',
        zoneId,
        graduationOn: '2023-06-01',
        school: '楚雄师范学院',
        skills: ['化学分析', '仪器操作'],
        experienceYears: 2,
        preferredRegions: ['532300'],
        expectedSalaryMin: 5000,
        phoneHash: lookupHash(t.ctx.keys, 'phone', person.phone),
        birthDate: '1998-05-20',
      });
      expect(decryptText(t.ctx.keys, row?.idNumberEnc ?? '')).toBe(person.id);
      expect(decryptText(t.ctx.keys, row?.phoneEnc ?? '')).toBe(person.phone);
    }
    expect(rows.map((r) => r.educationLevel).sort()).toEqual(['bachelor', 'master', 'secondary_vocational']);
    const ids = rows.map((r) => r.id);
    expect(await t.ctx.db.select().from(consents).where(inArray(consents.seekerId, ids))).toEqual([]);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, job.jobId));
    expect(entries.map((e) => e.action).sort()).toEqual(['seeker.import', 'seeker.import_commit']);
    expect(entries.every((e) => e.actorLabel === 'operator' && e.zoneId === zoneId)).toBe(true);
    const created = entries.find((e) => e.action === 'seeker.import')?.after as { seekerIds: string[]; count: number };
    expect([...created.seekerIds].sort()).toEqual([...ids].sort());
    expect(entries.find((e) => e.action === 'seeker.import_commit')?.after).toMatchObject({ format: 'csv', rows: 3, created: 3 });
    const logged = JSON.stringify(entries);
    for (const person of people) {
      expect(logged).not.toContain(person.id);
      expect(logged).not.toContain(person.phone);
    }
    expect((await commit(operator, job.jobId, 'merge')).statusCode).toBe(409);

    // UTF-8 with a BOM and English headers read the same way.
    const english = `\uFEFFName,ID number,Mobile,Education\n楊雪,${idNumber(25)},13987800025,Bachelor\n`;
    const utf8 = (await upload(operator, Buffer.from(english, 'utf8'), 'text/csv')).json();
    expect(utf8.report).toMatchObject({ encoding: 'utf-8', rows: 1, valid: 1, errorCount: 0 });
  });

  it('merges or skips people repeated in the file and already in the pool, as the operator chooses', async () => {
    const a = { id: idNumber(31), phone: '13987800031' };
    const b = { id: idNumber(32), phone: '13987800032' };
    const first = await upload(operator, await xlsx([HEADER, ['和志刚', '', a.id, a.phone, '', '', '', '', '焊接', '', '', '', '']]));
    expect((await commit(operator, first.json().jobId, 'skip')).json().result).toMatchObject({ created: 1 });
    const before = await countSeekers();

    const again = await xlsx([
      HEADER,
      ['和志刚', '', a.id, '', '大专', '楚雄医药高等专科学校', '药学', '2022年7月', '电工', '', '', '', ''],
      ['施小红', '', b.id, b.phone, '本科', '大理大学', '', '', '', '', '', '', NOTE],
      ['施小红', '', '', b.phone, '', '', '', '', 'CAD', '', '', '6000-8000', ''],
    ]);
    const preview = (await upload(operator, again)).json();
    expect(preview.report).toMatchObject({ rows: 3, valid: 3, duplicatesInFile: 1, duplicatesInPool: 1, errorCount: 0 });
    expect(preview.report.duplicates).toEqual([
      { row: 2, column: '身份证号', field: 'idNumber', firstRow: null, isMergeable: true },
      { row: 4, column: '手机号', field: 'phone', firstRow: 3, isMergeable: true },
    ]);
    const skipped = (await commit(operator, preview.jobId, 'skip')).json();
    expect(skipped.result).toMatchObject({ duplicates: 'skip', created: 1, merged: 0, profilesUpdated: 0, skipped: 2 });
    expect(await countSeekers()).toBe(before + 1);
    expect(await seekerByIdNumber(a.id)).toMatchObject({ school: null, skills: ['焊接'], version: 1 });
    expect(await seekerByIdNumber(b.id)).toMatchObject({ school: '大理大学', skills: [], expectedSalaryMin: null, summary: NOTE });

    // The same file again: now every row repeats someone in the pool; merging fills only empty fields.
    const merge = (await upload(operator, again)).json();
    expect(merge.report).toMatchObject({ duplicatesInFile: 0, duplicatesInPool: 3 });
    const merged = (await commit(operator, merge.jobId, 'merge')).json();
    expect(merged.result).toMatchObject({ duplicates: 'merge', created: 0, merged: 3, profilesUpdated: 2, skipped: 0 });
    expect(await countSeekers()).toBe(before + 1);
    const profileA = await seekerByIdNumber(a.id);
    expect(profileA).toMatchObject({
      name: '和志刚',
      school: '楚雄医药高等专科学校',
      major: '药学',
      educationLevel: 'associate',
      graduationOn: '2022-07-01',
      skills: ['焊接'],
      version: 2,
    });
    expect(decryptText(t.ctx.keys, profileA?.phoneEnc ?? '')).toBe(a.phone);
    expect(profileA?.education).toEqual([{ school: '楚雄医药高等专科学校', major: '药学', level: 'associate', startOn: null, endOn: '2022-07-01' }]);
    expect(await seekerByIdNumber(b.id)).toMatchObject({ school: '大理大学', skills: ['CAD'], expectedSalaryMin: 6000, expectedSalaryMax: 8000 });
    const mergeEntries = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'seeker.import_merge'), eq(auditLog.entityId, profileA?.id ?? '')));
    expect(mergeEntries).toHaveLength(1);
    expect(mergeEntries[0]?.before).toMatchObject({ school: null, major: null });
    expect(mergeEntries[0]?.after).toMatchObject({ school: '楚雄医药高等专科学校' });

    // A phone that belongs to someone with another ID number is a problem to fix, not a guess.
    const conflict = (await upload(operator, await xlsx([HEADER, ['和志强', '', idNumber(33), a.phone, '', '', '', '', '', '', '', '', '']]))).json();
    expect(conflict.report.errors).toEqual([
      {
        row: 2,
        column: '手机号',
        field: 'phone',
        message: '人才库中已有使用该手机号的人员，但身份证号不一致，无法判断是否为同一人',
      },
    ]);
  });

  it('reads long files (xlsx, and CSV in GBK) without corrupting Chinese text across chunk boundaries', async () => {
    const surnames = [...'李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗普者起鲁'];
    const given = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅建国志云峰雪婷晓燕'];
    const person = (i: number, year: string) => {
      const name = `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 13) % given.length]}`;
      const id = idNumber(i % 1000, `${year}${String(1 + Math.floor(i / 1000)).padStart(2, '0')}15`);
      return [name, '', id, '', '大学本科', '楚雄医药高等专科学校', '中药学', '', '药品检验、中药炮制', '', '楚雄彝族自治州', '', `第${i}号 彝族刺绣与中药材种植 ${year}级`];
    };
    const xlsxRows = Array.from({ length: 3000 }, (_, i) => person(i, '1990'));
    const csvRows = Array.from({ length: 3000 }, (_, i) => person(i, '1991'));
    const csv = iconv.encode([HEADER, ...csvRows].map((r) => r.join(',')).join('\r\n'), 'gbk');
    const before = await countSeekers();
    for (const [file, type] of [
      [await xlsx([HEADER, ...xlsxRows]), XLSX_MIME],
      [csv, 'text/csv'],
    ] as const) {
      const preview = (await upload(operator, file, type)).json();
      expect(preview.report).toMatchObject({ rows: 3000, valid: 3000, errorCount: 0, duplicatesInFile: 0 });
      expect((await commit(operator, preview.jobId, 'skip')).json().result).toMatchObject({ created: 3000 });
    }
    expect(await countSeekers()).toBe(before + 6000);
    const stored = await t.ctx.db.select({ name: seekers.name, summary: seekers.summary }).from(seekers).where(eq(seekers.school, '楚雄医药高等专科学校'));
    const written = stored.filter((r) => r.summary?.includes('彝族刺绣')).map((r) => `${r.name} ${r.summary}`);
    expect(written.sort()).toEqual([...xlsxRows, ...csvRows].map((r) => `${r[0]} ${r[12]}`).sort());
  });

  it('refuses files that are not spreadsheets, empty sheets and unknown headers, writing nothing', async () => {
    const before = await countSeekers();
    const fieldsOf = async (file: Buffer, contentType = XLSX_MIME, headers: Record<string, string> = {}) => {
      const res = await upload(operator, file, contentType, headers);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as { path: string; message: string }[];
    };
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');
    expect(await fieldsOf(png, 'application/octet-stream')).toEqual([
      { path: 'file', message: '文件不是 Excel (.xlsx) 或 CSV 文件；旧版 .xls 请在 Excel/WPS 中另存为 .xlsx 后再上传' },
    ]);
    expect((await fieldsOf(png, 'application/octet-stream', { 'accept-language': 'en' }))[0]?.message).toContain('neither an Excel');
    const valid = await xlsx([HEADER, ['王强', '男', idNumber(41), '', '', '', '', '', '', '', '', '', '']]);
    expect((await fieldsOf(valid.subarray(0, Math.floor(valid.length / 2))))[0]?.message).toContain('文件不是 Excel');
    expect(await fieldsOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toHaveLength(1);
    expect(await fieldsOf(await xlsx([HEADER]))).toEqual([{ path: 'file', message: '文件中没有数据行' }]);
    expect(await fieldsOf(await xlsx([]))).toEqual([{ path: 'file', message: '文件中没有数据行' }]);
    expect(await fieldsOf(Buffer.from('\uFEFF姓名,手机号\r\n\r\n', 'utf8'), 'text/csv')).toEqual([{ path: 'file', message: '文件中没有数据行' }]);
    expect(await fieldsOf(await xlsx([['姓名', '手机号', '爱好', '星座'], ['王强', '13987800041', '篮球', '白羊']]))).toEqual([
      { path: 'file', message: '表头无法识别：爱好、星座。请使用导入模板中的列名' },
    ]);
    expect(await fieldsOf(await xlsx([['姓名', '学历'], ['王强', '本科']]), XLSX_MIME, { 'accept-language': 'en' })).toEqual([
      { path: 'file', message: 'Required columns are missing: ID number or Mobile' },
    ]);
    const json = await operator.request({ method: 'POST', url: '/api/seekers/import', headers: { 'content-type': 'application/json' }, payload: {} });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields[0].path).toBe('file');
    expect(await countSeekers()).toBe(before);
  });

  it('is for operators only, and another zone cannot see or commit a job', async () => {
    const file = await xlsx([HEADER, ['段丽', '女', idNumber(52), '13987800052', '', '', '', '', '', '', '', '', '']]);
    const job = (await upload(operator, file)).json();
    expect(job.status).toBe('ready');

    for (const login of ['huapai', 'gov', 'seeker']) {
      const c = await t.signIn(login);
      expect((await upload(c, file)).statusCode).toBe(403);
      expect((await c.get('/api/seekers/import-template.xlsx')).statusCode).toBe(403);
      expect((await c.get(`/api/seekers/import/${job.jobId}`)).statusCode).toBe(403);
    }
    expect((await upload(t.client(), file)).statusCode).toBe(401);

    const zone = await insertZone(t.ctx.db, { name: '大理测试园区', regionCode: '532901' });
    const body = '91532901MA6T9K8Y7';
    const creditCode = body + creditCodeCheckChar(body);
    await insertOrganisations(t.ctx.db, [
      { zoneId: zone.id, name: '大理人力资源服务测试有限公司', type: 'operator', creditCode, regionCode: '532901', industry: 'modern_services' },
    ]);
    await createAccount(
      t.ctx,
      { username: 'operator.dali', password: 'Dali-Operator-2024', role: 'operator', displayName: '段志强', organisation: creditCode },
      SYSTEM_SOURCE,
    );
    const other = await t.signIn('operator.dali', 'Dali-Operator-2024');
    expect((await other.get(`/api/seekers/import/${job.jobId}`)).statusCode).toBe(404);
    expect((await commit(other, job.jobId, 'merge')).statusCode).toBe(404);
    expect((await operator.get('/api/seekers/import/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await operator.get(`/api/seekers/import/${job.jobId}`)).json().status).toBe('ready');
  });
});
