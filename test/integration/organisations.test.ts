import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { auditLog } from '../../src/platform/audit.table';
import { XLSX_MIME } from '../../src/platform/spreadsheet';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

function validCode(body17: string): string {
  return body17 + creditCodeCheckChar(body17);
}

const NEW_ORG = {
  name: '楚雄云岭测试新材料有限公司',
  type: 'enterprise',
  creditCode: validCode('91532301MA6N2K7Q0'),
  regionCode: '532301',
  industry: 'new_materials',
  councilRole: 'member',
  joinedOn: '2023-05-12',
  contactName: '杞云峰',
  contactPhone: '0878-3126655',
};

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成员单位');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(c: TestClient, mode: string, file: Buffer, headers: Record<string, string> = {}) {
  return c.request({ method: 'POST', url: `/api/organisations/import?mode=${mode}`, headers: { 'content-type': XLSX_MIME, ...headers }, payload: file });
}

describe.each(DB_KINDS)('organisations on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let huapaiId: string;
  let daliId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    const find = async (q: string) => (await operator.get(`/api/organisations?q=${encodeURIComponent(q)}`)).json().items[0].id as string;
    huapaiId = await find('华派');
    daliId = await find('大理大学');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the 248 council members of the demo zone, filtered and paginated', async () => {
    const all = (await operator.get('/api/organisations?councilRole=any&pageSize=50')).json();
    expect(all.total).toBe(248);
    expect(all.items).toHaveLength(50);
    expect(all.items[0].councilRole).toBe('chair');
    const page2 = (await operator.get('/api/organisations?councilRole=any&pageSize=50&page=2')).json();
    expect(page2.items[0].id).not.toBe(all.items[0].id);
    const schools = (await operator.get('/api/organisations?type=school&pageSize=100')).json();
    expect(schools.items.every((o: { type: string }) => o.type === 'school')).toBe(true);
    expect(schools.items.map((o: { name: string }) => o.name)).toContain('楚雄医药高等专科学校');
    const stats = (await t.client().get('/api/public/stats')).json();
    expect(stats.councilMembers).toBe(248);
  });

  it('rejects a bad credit code naming the field, then creates the organisation and audits it', async () => {
    const bad = await operator.post('/api/organisations', { ...NEW_ORG, creditCode: `${NEW_ORG.creditCode.slice(0, 17)}${NEW_ORG.creditCode[17] === '0' ? '1' : '0'}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'creditCode', message: `统一社会信用代码校验位错误（应为 ${NEW_ORG.creditCode[17]}）` },
    ]);
    const short = await operator.post('/api/organisations', { ...NEW_ORG, creditCode: '123' }, { 'accept-language': 'en' });
    expect(short.json().error.fields[0]).toEqual({ path: 'creditCode', message: expect.stringContaining('18') });
    const before = (await operator.get(`/api/organisations?q=${encodeURIComponent(NEW_ORG.name)}`)).json().total;
    expect(before).toBe(0);

    const created = await operator.post('/api/organisations', { ...NEW_ORG, creditCode: NEW_ORG.creditCode.toLowerCase() });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ name: NEW_ORG.name, creditCode: NEW_ORG.creditCode, regionName: '云南省 楚雄彝族自治州 楚雄市', version: 1 });
    const found = (await operator.get(`/api/organisations?q=${encodeURIComponent('云岭测试')}`)).json();
    expect(found.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'organisation.create', actorLabel: 'operator' });

    const dup = await operator.post('/api/organisations', { ...NEW_ORG, name: '另一个名字有限公司' });
    expect(dup.json().error.fields).toEqual([{ path: 'creditCode', message: '该统一社会信用代码已登记' }]);
  });

  it('checks cross-field rules and unknown regions', async () => {
    const res = await operator.post('/api/organisations', { ...NEW_ORG, creditCode: validCode('91532301MA6N2K7Q9'), joinedOn: null, regionCode: '999999' });
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['regionCode']);
    const rule = await operator.post('/api/organisations', { ...NEW_ORG, creditCode: validCode('91532301MA6N2K7Q9'), joinedOn: null });
    expect(rule.json().error.fields).toEqual([{ path: 'joinedOn', message: '理事会成员须填写入会日期' }]);
  });

  it('updates with optimistic versioning and records what changed', async () => {
    const org = (await operator.get(`/api/organisations/${huapaiId}`)).json();
    const ok = await operator.patch(`/api/organisations/${huapaiId}`, { contactName: '周明', version: org.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(org.version + 1);
    const stale = await operator.patch(`/api/organisations/${huapaiId}`, { contactName: '吴刚', version: org.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.update'));
    expect(entry?.before).toEqual({ contactName: org.contactName });
    expect(entry?.after).toEqual({ contactName: '周明' });
  });

  it('scopes each role: an org_admin sees and edits only their own organisation, by id', async () => {
    const huapai = await t.signIn('huapai');
    const list = (await huapai.get('/api/organisations?pageSize=200')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([huapaiId]);
    expect((await huapai.get(`/api/organisations/${daliId}`)).statusCode).toBe(404);
    const other = (await operator.get(`/api/organisations/${daliId}`)).json();
    expect((await huapai.patch(`/api/organisations/${daliId}`, { contactName: 'x', version: other.version })).statusCode).toBe(404);
    expect((await huapai.post(`/api/organisations/${daliId}/deactivate`)).statusCode).toBe(403);
    expect((await huapai.post('/api/organisations', NEW_ORG)).statusCode).toBe(403);

    const own = (await huapai.get(`/api/organisations/${huapaiId}`)).json();
    expect((await huapai.patch(`/api/organisations/${huapaiId}`, { website: 'https://www.huapai.example.cn', version: own.version })).statusCode).toBe(200);
    const refused = await huapai.patch(`/api/organisations/${huapaiId}`, { councilRole: 'chair', version: own.version + 1 });
    expect(refused.statusCode).toBe(403);

    const gov = await t.signIn('gov');
    const zoneWide = (await operator.get('/api/organisations?pageSize=1')).json().total;
    expect((await gov.get('/api/organisations?pageSize=1')).json().total).toBe(zoneWide);
    expect((await gov.post('/api/organisations', NEW_ORG)).statusCode).toBe(403);
    const seeker = await t.signIn('seeker');
    expect((await seeker.get('/api/organisations')).statusCode).toBe(403);
    expect((await t.client().get('/api/organisations')).statusCode).toBe(401);
  });

  it('deactivates and reactivates', async () => {
    const off = await operator.post(`/api/organisations/${daliId}/deactivate`);
    expect(off.json().isActive).toBe(false);
    expect((await operator.get('/api/organisations?isActive=false')).json().items.map((o: { id: string }) => o.id)).toContain(daliId);
    expect((await operator.post(`/api/organisations/${daliId}/activate`)).json().isActive).toBe(true);
  });

  it('lets an org_admin manage only their own staff, tested by id', async () => {
    const huapai = await t.signIn('huapai');
    const created = await huapai.post(`/api/organisations/${huapaiId}/accounts`, {
      username: 'huapai.hr',
      displayName: '陈静',
      role: 'org_staff',
      phone: '13700001111',
      password: 'Huapai-HR-2024',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'huapai.hr', phoneMasked: '137****1111', role: 'org_staff' });
    const staffId = created.json().id;
    const wrongRole = await huapai.post(`/api/organisations/${huapaiId}/accounts`, { username: 'huapai.op', displayName: '某', role: 'operator', password: 'Huapai-HR-2024' });
    expect(wrongRole.json().error.fields[0].path).toBe('role');

    // Another organisation is not even visible to an org_admin.
    expect((await huapai.get(`/api/organisations/${daliId}/accounts`)).statusCode).toBe(404);
    expect((await huapai.post(`/api/organisations/${daliId}/accounts`, { username: 'intruder', displayName: '某', role: 'org_admin', password: 'Intruder-2024x' })).statusCode).toBe(404);
    const daliAccounts = (await operator.get(`/api/organisations/${daliId}/accounts`)).json().items;
    const daliAdmin = daliAccounts.find((a: { username: string }) => a.username === 'dali');
    expect((await huapai.patch(`/api/accounts/${daliAdmin.id}`, { isActive: false })).statusCode).toBe(404);
    expect((await huapai.post(`/api/accounts/${daliAdmin.id}/password`, { password: 'Takeover-2024x' })).statusCode).toBe(404);

    expect((await huapai.patch(`/api/accounts/${staffId}`, { displayName: '陈晶' })).json().displayName).toBe('陈晶');
    const me = (await huapai.get('/api/auth/me')).json().account;
    expect((await huapai.patch(`/api/accounts/${me.id}`, { isActive: false })).statusCode).toBe(400);
    expect((await huapai.post(`/api/accounts/${staffId}/password`, { password: 'Huapai-HR-2025' })).statusCode).toBe(204);
    expect((await t.client().post('/api/auth/login', { login: 'huapai.hr', password: 'Huapai-HR-2025' })).statusCode).toBe(200);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, staffId));
    expect(entries.map((e) => e.action).sort()).toEqual(['account.create', 'account.password_reset', 'account.update', 'auth.login']);
    expect(JSON.stringify(entries)).not.toContain('13700001111');
  });

  it('imports all-or-nothing with a row-by-row report', async () => {
    const header = ['单位名称*', '单位类型', '统一社会信用代码', '行政区划', '行业', '理事会职务', '入会日期', '联系电话'];
    const good = [
      ['楚雄彝山导入测试食品有限公司', '企业', validCode('91532301MA6P1A2B3'), '楚雄市', '绿色食品', '理事单位', new Date(Date.UTC(2023, 2, 1)), '0878-3100001'],
      ['楚雄紫溪导入测试科技有限公司', 'enterprise', validCode('91532301MA6P1A2B4'), '532301', 'biomedicine', '', '', ''],
    ];
    const badCode = validCode('91532301MA6P1A2B5');
    const bad = [
      ...good,
      ['楚雄错误行测试有限公司', '企业', `${badCode.slice(0, 17)}${badCode[17] === 'X' ? 'Y' : 'X'}`, '532301', '生物医药', '', '', ''],
      ['重复代码测试有限公司', '企业', good[0]?.[2] ?? '', '532301', '生物医药', '', '', ''],
      ['未知行业测试有限公司', '企业', validCode('91532301MA6P1A2B6'), '532301', '挖矿', '理事单位', '', ''],
    ];
    const count = async () => (await t.ctx.db.select({ id: organisations.id }).from(organisations)).length;
    const before = await count();

    const preview = await upload(operator, 'preview', await xlsx([header, ...bad]));
    expect(preview.statusCode).toBe(200);
    const report = preview.json();
    expect(report).toMatchObject({ mode: 'preview', rows: 5, created: 0 });
    expect(report.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual([
      '4:统一社会信用代码',
      '5:统一社会信用代码',
      '6:行业',
      '6:入会日期',
    ]);
    const commitBad = await upload(operator, 'commit', await xlsx([header, ...bad]));
    expect(commitBad.statusCode).toBe(422);
    expect(commitBad.json().error.code).toBe('import_failed');
    expect(commitBad.json().error.details.errors).toHaveLength(4);
    expect(await count()).toBe(before);

    const commit = await upload(operator, 'commit', await xlsx([header, ...good]));
    expect(commit.json()).toMatchObject({ mode: 'commit', rows: 2, created: 2, errors: [] });
    expect(await count()).toBe(before + 2);
    const imported = (await operator.get(`/api/organisations?q=${encodeURIComponent('彝山导入测试')}`)).json().items[0];
    expect(imported).toMatchObject({ joinedOn: '2023-03-01', industry: 'green_food', regionCode: '532301', councilRole: 'member' });
    const again = (await upload(operator, 'preview', await xlsx([header, ...good]))).json();
    expect(again.errors.map((e: { message: string }) => e.message)).toEqual(['该统一社会信用代码已登记', '该统一社会信用代码已登记']);
  });

  it('refuses files that are not spreadsheets, empty sheets and unknown headers', async () => {
    const notXlsx = await upload(operator, 'preview', Buffer.from('name,type\nfoo,bar\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.fields).toEqual([{ path: 'file', message: '文件不是有效的 Excel (.xlsx) 文件' }]);
    const empty = await upload(operator, 'preview', await xlsx([['单位名称', '单位类型', '统一社会信用代码', '行政区划', '行业']]));
    expect(empty.json().error.fields[0].message).toBe('文件中没有数据行');
    const unknown = await upload(operator, 'preview', await xlsx([['公司', '电话'], ['a', 'b']]), { 'accept-language': 'en' });
    expect(unknown.json().error.fields[0].message).toContain('公司');
    const huapai = await t.signIn('huapai');
    expect((await upload(huapai, 'preview', await xlsx([['a'], ['b']]))).statusCode).toBe(403);
  });

  it('exports the filtered list and the template as xlsx', async () => {
    const res = await operator.get('/api/organisations/export.xlsx?type=school');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_MIME);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('单位名称*');
    const names: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names).toContain('大理大学');
    const template = await operator.get('/api/organisations/import-template.xlsx');
    const tpl = new ExcelJS.Workbook();
    await tpl.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    // The template's own example row passes the importer's validation.
    const preview = (await upload(operator, 'preview', template.rawPayload)).json();
    expect(preview).toMatchObject({ rows: 1, valid: 1, errors: [] });
  });
});
