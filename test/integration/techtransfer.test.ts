import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { accounts } from '../../src/modules/accounts/accounts.table';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { TECHTRANSFER_FIGURES } from '../../src/modules/demo/demo-techtransfer';
import { seedTechTransfer } from '../../src/modules/demo/seed-techtransfer';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { formatApplicationNumber, parseApplicationNumber } from '../../src/modules/techtransfer/patent-number';
import { patents, techContracts } from '../../src/modules/techtransfer/techtransfer.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { XLSX_MIME } from '../../src/platform/spreadsheet';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';
const DEMO_ORGS = generateDemoOrganisations();

type Res = { statusCode: number; json: () => { error: { fields: { path: string; message: string }[] } } };

function fields(res: Res): Record<string, string> {
  return Object.fromEntries(res.json().error.fields.map((f) => [f.path, f.message]));
}

function creditCodeOf(key: string): string {
  const org = DEMO_ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org.creditCode;
}

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导出');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(c: TestClient, what: 'patents' | 'tech-contracts', mode: string, file: Buffer, headers: Record<string, string> = {}) {
  return c.request({ method: 'POST', url: `/api/${what}/import?mode=${mode}`, headers: { 'content-type': XLSX_MIME, ...headers }, payload: file });
}

/** A valid number: the digits with their computed check character. */
const num = (digits: string) => formatApplicationNumber(digits);

describe.each(DB_KINDS)('technology transfer on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let hechuang: TestClient;
  let dali: TestClient;
  let medSchool: TestClient;
  let institute: TestClient;
  const org = { huapai: '', hechuang: '', moer: '', dali: '', med: '', inst: '', bank: '' };

  async function rowCount(table: typeof patents | typeof techContracts): Promise<number> {
    const [row] = await t.ctx.db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const [key, name] of [
      ['huapai', '云南华派药业有限公司'],
      ['hechuang', '楚雄和创药业有限公司'],
      ['moer', '云南摩尔农庄生物科技开发有限公司'],
      ['dali', '大理大学'],
      ['med', '楚雄医药高等专科学校'],
      ['inst', '楚雄高新区生物医药产业技术研究院'],
      ['bank', '中国农业银行股份有限公司楚雄高新区支行'],
    ] as const) {
      const [row] = await t.ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
      org[key] = row?.id ?? '';
    }
    for (const [username, role, key] of [
      ['hechuang.admin', 'org_admin', 'hechuang'],
      ['med.staff', 'org_staff', 'chuxiong-med'],
      ['inst.staff', 'org_staff', 'inst-1'],
    ] as const) {
      await createAccount(t.ctx, { username, password: PASSWORD, role, displayName: '测试用户', organisation: creditCodeOf(key) }, SYSTEM_SOURCE);
    }
    [operator, gov, huapai, dali, hechuang, medSchool, institute] = await Promise.all([
      t.signIn('operator'),
      t.signIn('gov'),
      t.signIn('huapai'),
      t.signIn('dali'),
      t.signIn('hechuang.admin', PASSWORD),
      t.signIn('med.staff', PASSWORD),
      t.signIn('inst.staff', PASSWORD),
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('patents', () => {
    const invention = num('202210345678');
    let patentId = '';

    it('refuses bad numbers and inconsistent records field by field, in Chinese and English, and writes nothing', async () => {
      const before = await rowCount(patents);
      const wrongCheck = invention.slice(0, -1) + (invention.endsWith('1') ? '2' : '1');
      const res = await operator.post('/api/patents', {
        applicationNumber: wrongCheck,
        type: 'invention',
        title: '一种彝药复方制剂',
        owners: [{ organisationId: org.huapai }],
        filedOn: '2022-03-01',
        legalStatus: 'pending',
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual({ applicationNumber: `专利申请号校验位错误（应为 ${invention.slice(-1)}）` });
      const en = await operator.post(
        '/api/patents',
        { applicationNumber: '2022103456', type: 'gadget', title: '', owners: [], filedOn: '2022-02-30', legalStatus: 'valid', extra: 1 },
        { 'accept-language': 'en' },
      );
      expect(fields(en)).toEqual({
        applicationNumber: expect.stringContaining('12 digits and a check character'),
        type: expect.stringContaining('invention'),
        title: 'Required',
        owners: expect.stringContaining('1'),
        filedOn: 'Date must be YYYY-MM-DD',
        extra: 'Unknown field',
      });
      // The type digit 2 (utility model) against a declared invention; the year against the filing date; a grant before filing.
      const rules = await operator.post('/api/patents', {
        applicationNumber: num('202220345678'),
        type: 'invention',
        title: '一种药瓶',
        owners: [{ organisationId: org.huapai }, { organisationId: '00000000-0000-4000-8000-000000000000' }],
        filedOn: '2021-05-01',
        grantedOn: '2021-04-01',
        legalStatus: 'valid',
      });
      expect(fields(rules)).toEqual({
        type: '申请号类型位 2 表示utility_model，与所选专利类型不一致',
        filedOn: '申请日应在申请号年份 2022 年内',
        grantedOn: '授权日不能早于申请日',
        'owners.1.organisationId': '不是本园区的成员单位',
      });
      const lapsedNoDate = await operator.post('/api/patents', {
        applicationNumber: num('202230345678'),
        type: 'design',
        title: '包装盒',
        owners: [{ name: '昆明某某包装有限公司' }],
        filedOn: '2022-05-01',
        legalStatus: 'lapsed',
      });
      expect(fields(lapsedNoDate)).toEqual({ owners: '专利权人中至少须有一个本园区成员单位', legalStatusOn: '失效专利须填写失效日期' });
      for (const c of [gov]) expect((await c.post('/api/patents', {})).statusCode).toBe(403);
      expect(await rowCount(patents)).toBe(before);
    });

    it('records a patent with owners inside and outside the zone, keeps its history and audits it', async () => {
      const res = await operator.post('/api/patents', {
        applicationNumber: `ZL ${invention.slice(0, 4)} ${invention.slice(4, 5)} ${invention.slice(5)}`,
        type: 'invention',
        title: '一种彝药复方制剂的制备方法',
        owners: [{ organisationId: org.med }, { name: '昆明理工大学' }],
        inventors: ['李明', '张华', '李明'],
        filedOn: '2022-03-01',
        grantedOn: '2023-06-20',
        legalStatus: 'valid',
      });
      expect(res.statusCode).toBe(201);
      const patent = res.json();
      patentId = patent.id;
      expect(patent).toMatchObject({
        applicationNumber: invention,
        owners: [
          { organisationId: org.med, name: '楚雄医药高等专科学校' },
          { organisationId: null, name: '昆明理工大学' },
        ],
        inventors: ['李明', '张华'],
        legalStatus: 'valid',
        legalStatusOn: '2023-06-20',
        version: 1,
        canEdit: true,
      });
      expect(patent.history.map((h: { status: string; effectiveOn: string }) => [h.status, h.effectiveOn])).toEqual([
        ['pending', '2022-03-01'],
        ['valid', '2023-06-20'],
      ]);
      const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, patentId));
      expect(entry).toMatchObject({ action: 'patent.create', actorLabel: 'operator' });
      const again = await operator.post('/api/patents', {
        applicationNumber: invention,
        type: 'invention',
        title: '重复登记',
        owners: [{ organisationId: org.med }],
        filedOn: '2022-03-01',
        legalStatus: 'pending',
      });
      expect(fields(again)).toEqual({ applicationNumber: '该专利申请号已登记' });
    });

    it('lets an organisation see and edit only the patents it owns', async () => {
      // The school owns it; the pharmaceutical enterprise does not.
      expect((await medSchool.get(`/api/patents/${patentId}`)).json().canEdit).toBe(true);
      expect((await huapai.get(`/api/patents/${patentId}`)).statusCode).toBe(404);
      expect((await huapai.patch(`/api/patents/${patentId}`, { title: '改名', version: 1 })).statusCode).toBe(404);
      expect((await gov.get(`/api/patents/${patentId}`)).json().canEdit).toBe(false);
      expect((await gov.patch(`/api/patents/${patentId}`, { title: '改名', version: 1 })).statusCode).toBe(403);
      const own = await huapai.post('/api/patents', {
        applicationNumber: num('202320111111'),
        type: 'utility_model',
        title: '一种中药饮片切片装置',
        owners: [{ organisationId: org.hechuang }],
        filedOn: '2023-01-05',
        legalStatus: 'pending',
      });
      expect(fields(own)).toEqual({ owners: '专利权人中须包含本单位' });
      const created = await huapai.post('/api/patents', {
        applicationNumber: num('202320111111'),
        type: 'utility_model',
        title: '一种中药饮片切片装置',
        owners: [{ organisationId: org.huapai }],
        filedOn: '2023-01-05',
        legalStatus: 'pending',
      });
      expect(created.statusCode).toBe(201);
      const list = (await huapai.get('/api/patents')).json();
      expect(list.items.map((p: { title: string }) => p.title)).toEqual(['一种中药饮片切片装置']);
      expect((await operator.get('/api/patents')).json().total).toBe(2);
      expect((await operator.get(`/api/patents?organisationId=${org.med}`)).json().total).toBe(1);
      expect((await operator.get('/api/patents?q=饮片&type=utility_model&legalStatus=pending')).json().total).toBe(1);
      expect((await operator.get('/api/patents?grantedYear=2023')).json().total).toBe(1);
      const edited = await medSchool.patch(`/api/patents/${patentId}`, { title: '一种彝药复方制剂的制备方法及应用', version: 1 });
      expect(edited.json()).toMatchObject({ title: '一种彝药复方制剂的制备方法及应用', version: 2 });
      expect((await operator.patch(`/api/patents/${patentId}`, { title: '旧版本', version: 1 })).statusCode).toBe(409);
    });

    it('keeps one record per number when two registrations race', async () => {
      const body = { applicationNumber: num('202330999001'), type: 'design', title: '包装盒（核桃乳）', owners: [{ organisationId: org.moer }], filedOn: '2023-02-01', legalStatus: 'pending' };
      const results = await Promise.all([operator.post('/api/patents', body), operator.post('/api/patents', body), operator.post('/api/patents', body)]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400, 400]);
      for (const r of results.filter((x) => x.statusCode === 400)) expect(fields(r)).toEqual({ applicationNumber: '该专利申请号已登记' });
    });

    it('changes the legal status only along the allowed transitions, with its history', async () => {
      const pending = (await huapai.get('/api/patents')).json().items[0];
      const bad = await huapai.post(`/api/patents/${pending.id}/status`, { status: 'valid', effectiveOn: '2022-12-01', version: pending.version });
      expect(fields(bad)).toEqual({ effectiveOn: '法律状态日期不能早于上一次状态变化或授权/申请日', grantedOn: '有效专利须填写授权公告日' });
      const granted = await huapai.post(`/api/patents/${pending.id}/status`, { status: 'valid', effectiveOn: '2023-07-04', grantedOn: '2023-07-04', version: pending.version });
      expect(granted.json()).toMatchObject({ legalStatus: 'valid', grantedOn: '2023-07-04', version: pending.version + 1 });
      const same = await huapai.post(`/api/patents/${pending.id}/status`, { status: 'valid', effectiveOn: '2023-08-01', version: pending.version + 1 });
      expect(fields(same)).toEqual({ status: expect.stringContaining('不能从') });
      const lapsed = await huapai.post(`/api/patents/${pending.id}/status`, { status: 'lapsed', effectiveOn: '2024-07-05', note: '未缴年费', version: pending.version + 1 });
      expect(lapsed.json().history.map((h: { status: string }) => h.status)).toEqual(['pending', 'valid', 'lapsed']);
      const stale = await huapai.post(`/api/patents/${pending.id}/status`, { status: 'valid', effectiveOn: '2024-08-01', version: pending.version });
      expect(stale.statusCode).toBe(409);
    });
  });

  describe('transfers and licences', () => {
    let patentId = '';

    beforeAll(async () => {
      const res = await operator.post('/api/patents', {
        applicationNumber: num('202110222333'),
        type: 'invention',
        title: '一种滇重楼皂苷的提取纯化方法',
        owners: [{ organisationId: org.med }],
        filedOn: '2021-04-02',
        grantedOn: '2023-02-10',
        legalStatus: 'valid',
      });
      patentId = res.json().id;
    });

    it('refuses bad transfers field by field', async () => {
      const body = { patentId, kind: 'transfer', fromOrganisationId: org.med, toOrganisationId: org.huapai, amount: '12.3万元', contractOn: '2023-09-01' };
      expect(fields(await operator.post('/api/patent-transfers', { ...body, amount: '1.234' }))).toEqual({ amount: '金额最小单位为分' });
      expect(fields(await operator.post('/api/patent-transfers', { ...body, amount: 12.3 }))).toEqual({ amount: '类型不正确，应为string' });
      expect(fields(await operator.post('/api/patent-transfers', { ...body, amount: '-5', kind: 'sale' }))).toEqual({ amount: '金额不能为负数', kind: expect.stringContaining('transfer') });
      expect(fields(await operator.post('/api/patent-transfers', { ...body, fromOrganisationId: org.hechuang, toOrganisationId: org.hechuang, contractOn: '2020-01-01' }))).toEqual({
        fromOrganisationId: '转出方不是该专利的专利权人',
        toOrganisationId: '转出方与受让方不能相同',
        contractOn: '合同日期不能早于专利申请日',
      });
      // The enterprise cannot transfer a patent it does not own: to it the patent does not exist.
      expect(fields(await huapai.post('/api/patent-transfers', body))).toEqual({ patentId: '未找到该记录', fromOrganisationId: '只能为本单位登记' });
    });

    it('moves the patent to the receiver on a transfer, keeps the owner on a licence', async () => {
      const byName = { patentId, kind: 'licence', fromOrganisationId: org.med, amount: '50,000', contractOn: '2023-05-01' };
      expect(fields(await medSchool.post('/api/patent-transfers', { ...byName, toName: '外地某公司' }))).toEqual({ toName: '不是本园区的成员单位' });
      expect(fields(await medSchool.post('/api/patent-transfers', byName))).toEqual({ toOrganisationId: '必填' });
      // An organisation's staff name the receiver by its short name.
      const licence = await medSchool.post('/api/patent-transfers', { ...byName, toName: '和创药业' });
      expect(licence.statusCode).toBe(201);
      expect(licence.json()).toMatchObject({ kind: 'licence', amountFen: 5000000, fromName: '楚雄医药高等专科学校', toName: '楚雄和创药业有限公司', canEdit: true });
      const transfer = await medSchool.post('/api/patent-transfers', {
        patentId,
        kind: 'transfer',
        fromOrganisationId: org.med,
        toOrganisationId: org.huapai,
        amount: '12.3万元',
        contractOn: '2023-09-01',
        note: '专利权转让',
      });
      expect(transfer.json()).toMatchObject({ amountFen: 12300000, kind: 'transfer' });
      // The school no longer owns the patent; the enterprise does and sees both records.
      expect((await medSchool.get(`/api/patents/${patentId}`)).statusCode).toBe(404);
      const detail = (await huapai.get(`/api/patents/${patentId}`)).json();
      expect(detail.owners).toEqual([{ organisationId: org.huapai, name: '云南华派药业有限公司' }]);
      // Each record is shown to its parties: the new owner was no party to the school's licence.
      expect(detail.transfers.map((x: { kind: string }) => x.kind)).toEqual(['transfer']);
      expect((await operator.get(`/api/patents/${patentId}`)).json().transfers.map((x: { kind: string }) => x.kind)).toEqual(['transfer', 'licence']);
      // The licensee sees its licence but not the transfer; the school still sees both (it is a party).
      expect((await hechuang.get('/api/patent-transfers')).json().items.map((x: { kind: string }) => x.kind)).toEqual(['licence']);
      expect((await medSchool.get('/api/patent-transfers')).json().total).toBe(2);
      expect((await hechuang.get(`/api/patent-transfers/${transfer.json().id}`)).statusCode).toBe(404);
      // Only the transferring side edits; the receiver reads.
      expect((await huapai.patch(`/api/patent-transfers/${transfer.json().id}`, { amount: '1', version: 1 })).statusCode).toBe(404);
      const edited = await medSchool.patch(`/api/patent-transfers/${transfer.json().id}`, { amount: '123,000.50', version: 1 });
      expect(edited.json()).toMatchObject({ amountFen: 12300050, version: 2 });
      expect((await operator.get('/api/patent-transfers?year=2023&kind=transfer')).json().total).toBe(1);
    });
  });

  describe('technology contracts', () => {
    const contract = {
      contractNumber: '2023532301000888',
      title: '核桃乳稳定性工艺优化技术开发',
      type: 'development',
      seller: { organisationId: '' },
      buyer: { organisationId: '' },
      amount: '12.3万元',
      signedOn: '2023-05-10',
      registeredOn: '2023-05-20',
      registry: '楚雄州技术市场管理办公室',
    };

    it('refuses bad input on every field and writes nothing', async () => {
      const before = await rowCount(techContracts);
      const body = { ...contract, seller: { organisationId: org.inst }, buyer: { organisationId: org.moer } };
      expect(fields(await operator.post('/api/tech-contracts', { ...body, amount: '12,34' }))).toEqual({ amount: '金额格式不正确，如 1,234.56、12.3万元' });
      expect(fields(await operator.post('/api/tech-contracts', { ...body, amount: '0' }))).toEqual({ amount: '金额须大于 0' });
      expect(fields(await operator.post('/api/tech-contracts', { ...body, contractNumber: '合同#1', type: 'gift', registeredOn: '2023-13-01' }))).toEqual({
        contractNumber: '合同登记编号为 6–32 位数字、字母或连字符',
        type: expect.stringContaining('development'),
        registeredOn: '日期格式应为 YYYY-MM-DD',
      });
      expect(
        fields(await operator.post('/api/tech-contracts', { ...body, seller: { name: '昆明某研究院' }, buyer: { name: '昆明某公司' }, signedOn: '2023-06-01' })),
      ).toEqual({ seller: '买方或卖方至少一方须为本园区成员单位', signedOn: '签订日期不能晚于登记日期' });
      expect(fields(await operator.post('/api/tech-contracts', { ...body, seller: { organisationId: org.inst, name: '也写了名字' } }))).toEqual({
        seller: '请选择一个成员单位或填写单位名称（二选一）',
      });
      expect(fields(await operator.post('/api/tech-contracts', { ...body, buyer: { organisationId: org.inst } }))).toEqual({ buyer: '买方与卖方不能相同' });
      expect(fields(await dali.post('/api/tech-contracts', body))).toEqual({ seller: '本单位须为合同的买方或卖方' });
      expect((await gov.post('/api/tech-contracts', body)).statusCode).toBe(403);
      expect(await rowCount(techContracts)).toBe(before);
    });

    it('registers contracts, sums them exactly and shows each to its parties only', async () => {
      const first = await operator.post('/api/tech-contracts', { ...contract, seller: { organisationId: org.inst }, buyer: { organisationId: org.moer } });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        amountFen: 12300000,
        seller: { organisationId: org.inst, name: '楚雄高新区生物医药产业技术研究院' },
        buyer: { organisationId: org.moer },
        challengeId: null,
      });
      const second = await dali.post('/api/tech-contracts', {
        ...contract,
        contractNumber: '2023532301000889',
        type: 'consulting',
        seller: { organisationId: org.dali },
        buyer: { name: '大理某生物科技有限公司' },
        amount: '0.29',
        signedOn: null,
      });
      expect(second.json()).toMatchObject({ amountFen: 29, buyer: { organisationId: null, name: '大理某生物科技有限公司' }, canEdit: true });
      const dup = await operator.post('/api/tech-contracts', { ...contract, seller: { organisationId: org.inst }, buyer: { organisationId: org.moer } });
      expect(fields(dup)).toEqual({ contractNumber: '该合同登记编号已登记' });
      const all = (await operator.get('/api/tech-contracts?from=2023-01-01&to=2023-12-31')).json();
      expect(all).toMatchObject({ total: 2, totalAmountFen: 12300029 });
      expect((await dali.get('/api/tech-contracts')).json()).toMatchObject({ total: 1, totalAmountFen: 29 });
      expect((await dali.get(`/api/tech-contracts/${first.json().id}`)).statusCode).toBe(404);
      expect((await huapai.patch(`/api/tech-contracts/${first.json().id}`, { title: 'x', version: 1 })).statusCode).toBe(404);
      const moved = await dali.patch(`/api/tech-contracts/${second.json().id}`, { amount: '1.2亿', version: 1 });
      expect(moved.json()).toMatchObject({ amountFen: 12000000000, version: 2 });
      expect((await dali.patch(`/api/tech-contracts/${second.json().id}`, { amount: '1', version: 1 })).statusCode).toBe(409);
      expect((await gov.get('/api/tech-contracts?type=consulting')).json().total).toBe(1);
      // An organisation's staff cannot list the zone's organisations, but a name of one (full or short) links to it.
      const named = await dali.post('/api/tech-contracts', { ...contract, contractNumber: '2023532301000890', seller: { name: '大理大学' }, buyer: { name: '华派药业' } });
      expect(named.json()).toMatchObject({ seller: { organisationId: org.dali }, buyer: { organisationId: org.huapai, name: '云南华派药业有限公司' } });
      expect((await huapai.get(`/api/tech-contracts/${named.json().id}`)).json().canEdit).toBe(true);
    });
  });

  describe('achievements and research-assistant posts', () => {
    it('records achievement registrations for the own organisation only', async () => {
      const body = { registrationNumber: '9532023Y0101', title: '彝药质量标准研究', organisationId: org.med, registeredOn: '2023-08-08', level: 'domestic_leading' };
      expect(fields(await medSchool.post('/api/achievements', { ...body, organisationId: org.huapai, level: 'galactic' }))).toEqual({
        level: expect.stringContaining('domestic_leading'),
      });
      expect(fields(await medSchool.post('/api/achievements', { ...body, organisationId: org.huapai }))).toEqual({ organisationId: '只能为本单位登记' });
      const created = await medSchool.post('/api/achievements', body);
      expect(created.json()).toMatchObject({ organisationName: '楚雄医药高等专科学校', canEdit: true });
      expect(fields(await operator.post('/api/achievements', body))).toEqual({ registrationNumber: '该成果登记号已登记' });
      expect((await huapai.get(`/api/achievements/${created.json().id}`)).statusCode).toBe(404);
      expect((await gov.get('/api/achievements?year=2023')).json().total).toBe(1);
    });

    it('counts posts per organisation against the yearly targets', async () => {
      const post = (c: TestClient, organisationId: string, developedOn: string) =>
        c.post('/api/ra-positions', { organisationId, title: '科研助理', project: '彝药研发平台', developedOn });
      expect(fields(await post(operator, org.bank, '2023-03-01'))).toEqual({ organisationId: '科研助理岗位只属于企业、院校或科研院所' });
      expect(fields(await huapai.post('/api/ra-positions', { organisationId: org.med, title: '', developedOn: '2099-01-01' }))).toEqual({
        title: '必填',
      });
      expect(fields(await huapai.post('/api/ra-positions', { organisationId: org.med, title: '助理', developedOn: '2099-01-01' }))).toEqual({
        organisationId: '只能为本单位登记',
        developedOn: '日期不能晚于今天',
      });
      for (const d of ['2023-03-01', '2023-04-01', '2023-05-01']) expect((await post(medSchool, org.med, d)).statusCode).toBe(201);
      expect((await post(huapai, org.huapai, '2023-06-01')).statusCode).toBe(201);
      expect((await post(huapai, org.huapai, '2022-06-01')).statusCode).toBe(201);
      expect((await huapai.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 2023, target: 4 } })).statusCode).toBe(403);
      const zoneTarget = await operator.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 2023, target: 4 } });
      expect(zoneTarget.json()).toMatchObject({ year: 2023, organisationId: null, target: 4, version: 1 });
      const again = await operator.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 2023, target: 5 } });
      expect(again.statusCode).toBe(409);
      expect((await operator.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 2023, target: 5, version: 1 } })).json()).toMatchObject({ target: 5, version: 2 });
      expect((await operator.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 2023, organisationId: org.med, target: 2 } })).statusCode).toBe(200);
      const bad = await operator.request({ method: 'PUT', url: '/api/ra-targets', payload: { year: 1999, target: -1 } });
      expect(fields(bad)).toEqual({ year: '不能小于 2000', target: '不能小于 0' });
      const progress = (await gov.get('/api/ra-progress?year=2023')).json();
      expect(progress.total).toEqual({ actual: 4, target: 5 });
      expect(progress.organisations.map((o: { organisationName: string; actual: number; target: number | null }) => [o.organisationName, o.actual, o.target])).toEqual([
        ['楚雄医药高等专科学校', 3, 2],
        ['云南华派药业有限公司', 1, null],
      ]);
      const own = (await medSchool.get('/api/ra-progress?year=2023')).json();
      expect(own.total).toEqual({ actual: 3, target: 2 });
      expect(own.organisations).toHaveLength(1);
      expect((await huapai.get('/api/ra-positions?year=2022')).json().total).toBe(1);
    });
  });

  describe('揭榜挂帅 challenges', () => {
    let challengeId = '';
    let version = 1;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);

    async function act(c: TestClient, action: string, extra: Record<string, unknown> = {}) {
      const res = await c.post(`/api/challenges/${challengeId}/actions`, { action, version, ...extra });
      if (res.statusCode === 200) version = res.json().version;
      return res;
    }

    it('lets an enterprise post a challenge and refuses bad input', async () => {
      const body = { title: '中药提取物喷雾干燥粘壁问题', description: '喷雾干燥过程中物料粘壁严重，收率低。', industry: 'biomedicine', budget: '30万元', deadline: later };
      expect(fields(await huapai.post('/api/challenges', { ...body, budget: '三十万', deadline: '2020-01-01', industry: 'mining' }))).toEqual({
        budget: '金额格式不正确，如 1,234.56、12.3万元',
        industry: expect.stringContaining('biomedicine'),
      });
      expect(fields(await huapai.post('/api/challenges', { ...body, deadline: '2020-01-01' }))).toEqual({ deadline: '截止日期不能早于今天' });
      expect(fields(await operator.post('/api/challenges', body))).toEqual({ organisationId: '必填' });
      expect(fields(await operator.post('/api/challenges', { ...body, organisationId: org.med }))).toEqual({ organisationId: '技术需求只能由企业发布' });
      expect((await dali.post('/api/challenges', body)).statusCode).toBe(403);
      const created = await huapai.post('/api/challenges', body);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ status: 'draft', budgetFen: 30000000, actions: ['publish', 'cancel'], canEdit: true, canPropose: false });
      challengeId = created.json().id;
      // A draft is the enterprise's own: schools and other enterprises do not see it.
      expect((await dali.get(`/api/challenges/${challengeId}`)).statusCode).toBe(404);
      expect((await dali.get('/api/challenges')).json().total).toBe(0);
    });

    it('runs the flow: publish, proposals, close, select, confirm, contract — with allowed transitions only', async () => {
      expect((await act(huapai, 'close')).statusCode).toBe(409);
      expect((await act(huapai, 'confirm')).statusCode).toBe(409);
      expect((await act(huapai, 'publish')).json()).toMatchObject({ status: 'open', actions: ['close', 'cancel'] });
      // Other enterprises still do not see it; schools and institutes do and may propose.
      expect((await hechuang.get(`/api/challenges/${challengeId}`)).statusCode).toBe(404);
      expect((await dali.get(`/api/challenges/${challengeId}`)).json()).toMatchObject({ canPropose: true, actions: [] });
      const proposal = { title: '低温喷雾干燥工艺改进', approach: '调整进风温度与雾化压力，加入流动助剂。', quote: '28万元', durationMonths: 6 };
      expect((await hechuang.post(`/api/challenges/${challengeId}/proposals`, proposal)).statusCode).toBe(404);
      expect((await huapai.post(`/api/challenges/${challengeId}/proposals`, proposal)).statusCode).toBe(403);
      expect((await gov.get(`/api/challenges/${challengeId}/proposals`)).statusCode).toBe(403);
      expect(fields(await dali.post(`/api/challenges/${challengeId}/proposals`, { ...proposal, quote: '二十八万', durationMonths: 0 }))).toEqual({
        quote: '金额格式不正确，如 1,234.56、12.3万元',
        durationMonths: '不能小于 1',
      });
      const fromDali = await dali.post(`/api/challenges/${challengeId}/proposals`, proposal);
      expect(fromDali.json()).toMatchObject({ quotedFen: 28000000, status: 'submitted', organisationName: '大理大学', canEdit: true });
      expect(fields(await dali.post(`/api/challenges/${challengeId}/proposals`, proposal))).toEqual({ challengeId: '本单位已对该需求提交方案，请修改原方案' });
      const fromMed = await medSchool.post(`/api/challenges/${challengeId}/proposals`, { ...proposal, title: '中药提取物包合技术', quote: '25万元' });
      expect(fromMed.statusCode).toBe(201);
      const fromInst = await institute.post(`/api/challenges/${challengeId}/proposals`, { ...proposal, title: '研究院方案' });
      expect((await institute.post(`/api/proposals/${fromInst.json().id}/withdraw`, { version: 1 })).json().status).toBe('withdrawn');
      // Each proposer sees its own proposal only; the enterprise and the operator see every one.
      expect((await dali.get(`/api/challenges/${challengeId}/proposals`)).json().items.map((p: { title: string }) => p.title)).toEqual(['低温喷雾干燥工艺改进']);
      expect((await dali.get(`/api/proposals/${fromMed.json().id}`)).statusCode).toBe(404);
      expect((await huapai.get(`/api/challenges/${challengeId}/proposals`)).json().items).toHaveLength(3);
      expect((await operator.get(`/api/challenges/${challengeId}/proposals`)).json().items).toHaveLength(3);
      expect((await huapai.get(`/api/challenges/${challengeId}`)).json().proposalCount).toBe(2);
      expect((await dali.patch(`/api/proposals/${fromDali.json().id}`, { quote: '27.5万元', version: 1 })).json()).toMatchObject({ quotedFen: 27500000, version: 2 });

      expect((await act(huapai, 'close')).json().status).toBe('reviewing');
      expect(fields(await medSchool.post(`/api/challenges/${challengeId}/proposals`, proposal))).toEqual({ challengeId: '该需求当前不接受揭榜方案' });
      expect((await dali.patch(`/api/proposals/${fromDali.json().id}`, { quote: '1', version: 2 })).statusCode).toBe(409);
      // The operator cannot choose for the enterprise; the enterprise cannot confirm its own choice.
      expect((await act(operator, 'select', { proposalId: fromDali.json().id })).statusCode).toBe(403);
      expect(fields(await act(huapai, 'select', { proposalId: fromInst.json().id }))).toEqual({ proposalId: '只能选择本需求下已提交的方案' });
      expect((await act(huapai, 'select', { proposalId: fromDali.json().id })).json()).toMatchObject({ status: 'award_pending', awardedProposal: { organisationName: '大理大学', status: 'selected' } });
      expect((await act(huapai, 'confirm')).statusCode).toBe(403);
      expect(fields(await act(operator, 'return'))).toEqual({ reason: '请填写原因' });
      expect((await act(operator, 'return', { reason: '请补充方案比选说明' })).json()).toMatchObject({ status: 'reviewing', statusReason: '请补充方案比选说明', awardedProposal: null });
      await act(huapai, 'select', { proposalId: fromDali.json().id });
      expect((await act(operator, 'confirm')).json()).toMatchObject({ status: 'awarded', awardedProposal: { status: 'awarded' } });
      expect((await medSchool.get(`/api/proposals/${fromMed.json().id}`)).json().status).toBe('not_selected');

      const wrongParties = await operator.post('/api/tech-contracts', {
        contractNumber: '2023532301000901',
        title: '喷雾干燥工艺改进技术开发',
        type: 'development',
        seller: { organisationId: org.med },
        buyer: { organisationId: org.huapai },
        amount: '27.5万元',
        registeredOn: today,
        registry: '楚雄州技术市场管理办公室',
      });
      expect(fields(await act(huapai, 'contract', { contractId: wrongParties.json().id }))).toEqual({ contractId: '技术合同的买方须为发布需求的企业、卖方须为中标单位' });
      const right = await dali.post('/api/tech-contracts', {
        contractNumber: '2023532301000902',
        title: '喷雾干燥工艺改进技术开发',
        type: 'development',
        seller: { organisationId: org.dali },
        buyer: { organisationId: org.huapai },
        amount: '27.5万元',
        registeredOn: today,
        registry: '楚雄州技术市场管理办公室',
      });
      const contracted = await act(huapai, 'contract', { contractId: right.json().id });
      expect(contracted.json()).toMatchObject({ status: 'contracted', contractNumber: '2023532301000902', actions: [] });
      expect((await dali.get(`/api/tech-contracts/${right.json().id}`)).json().challengeId).toBe(challengeId);
      expect((await act(operator, 'cancel', { reason: '太晚了' })).statusCode).toBe(409);
      expect((await huapai.post(`/api/challenges/${challengeId}/actions`, { action: 'publish', version: 1 })).statusCode).toBe(409);
      const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, challengeId));
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['challenge.create', 'challenge.publish', 'challenge.close', 'challenge.select', 'challenge.return', 'challenge.confirm', 'challenge.contract']),
      );
    });
  });

  describe('imports from the registries’ Excel exports', () => {
    it('previews with a row-by-row report and commits all or nothing', async () => {
      const header = ['序号', '申请号', '发明名称', '申请（专利权）人', '发明（设计）人', '申请日', '授权公告日', '法律状态', 'IPC分类号'];
      const good = [
        [1, `CN${num('202310700001')}`, '一种核桃青皮提取物', '云南摩尔农庄生物科技开发有限公司；昆明理工大学', '李四、王五', '2023-02-01', '2023-11-20', '授权', 'A23L'],
        [2, num('202320700002'), '一种烘干架', '摩尔农庄', '赵六', '2023/3/5', null, '实审', 'F26B'],
        [3, num('97101765'), '一种老药罐', '楚雄医药高等专科学校', null, '1997年2月3日', '1999-01-01', '失效', null],
      ];
      const bad = [
        [4, '202310700009.1', '校验位错误', '云南华派药业有限公司', null, '2023-01-01', null, '审中', null],
        [5, num('202310700001'), '与第 1 行重复', '云南华派药业有限公司', null, '2023-01-01', null, '审中', null],
        [6, num('202330700003'), '外观', '某外地公司', null, '2023-01-01', null, '不知道', null],
      ];
      const wrongCheck = num('202310700009').slice(-1);
      const preview = await upload(operator, 'patents', 'preview', await xlsx([header, ...good, ...bad]));
      expect(preview.statusCode).toBe(200);
      const report = preview.json();
      expect(report).toMatchObject({ mode: 'preview', rows: 6, valid: 2, created: 0 });
      expect(report.errors).toEqual([
        { row: 4, column: '失效日', message: '失效专利须填写失效日期' },
        { row: 5, column: '申请号', message: `专利申请号校验位错误（应为 ${wrongCheck}）` },
        { row: 6, column: '申请号', message: '与第 2 行的申请号重复' },
        { row: 7, column: '专利权人', message: '专利权人中没有本园区成员单位（按单位全称或简称匹配）' },
        { row: 7, column: '法律状态', message: '无法识别“不知道”' },
      ]);
      const before = await rowCount(patents);
      const refused = await upload(operator, 'patents', 'commit', await xlsx([header, ...good, ...bad]));
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.details.errors).toHaveLength(5);
      expect(await rowCount(patents)).toBe(before);
      // Without the bad rows, the old-format lapsed row still needs its lapse date: still nothing written.
      const noLapse = await upload(operator, 'patents', 'commit', await xlsx([header, ...good]));
      expect(noLapse.statusCode).toBe(422);
      expect(await rowCount(patents)).toBe(before);
      const withLapse = await upload(
        operator,
        'patents',
        'commit',
        await xlsx([
          [...header, '失效日'],
          ...good.map((r, i) => [...r, i === 2 ? '2009-02-03' : null]),
        ]),
      );
      expect(withLapse.json()).toMatchObject({ mode: 'commit', rows: 3, valid: 3, created: 3 });
      expect(await rowCount(patents)).toBe(before + 3);
      const imported = (await operator.get('/api/patents?q=核桃青皮')).json().items[0];
      expect(imported).toMatchObject({ type: 'invention', legalStatus: 'valid', owners: [{ organisationId: org.moer }, { organisationId: null, name: '昆明理工大学' }], inventors: ['李四', '王五'] });
      expect((await operator.get('/api/patents?q=烘干架')).json().items[0]).toMatchObject({ type: 'utility_model', legalStatus: 'pending', owners: [{ organisationId: org.moer }] });
      expect(fields(await upload(operator, 'patents', 'preview', Buffer.from('not a workbook')))).toEqual({ file: '文件不是有效的 Excel (.xlsx) 文件' });
      expect((await upload(huapai, 'patents', 'preview', await xlsx([header, ...good]))).statusCode).toBe(403);
    });

    it('reads contract amounts exactly from 元 and 万元 columns', async () => {
      const header = ['合同登记编号', '合同名称', '合同类型', '卖方名称', '买方名称', '合同成交额（万元）', '登记日期', '登记机构', '技术领域'];
      const rows = [
        ['2023532301100001', '技术服务一', '技术服务', '楚雄师范学院', '楚雄和创药业有限公司', 12.3, '2023-04-01', '楚雄州技术市场管理办公室', '医药'],
        ['2023532301100002', '技术开发二', '委托开发', '楚雄高新区生物医药产业技术研究院', '外地公司', '1,234.5678', '2023-04-02', '楚雄州技术市场管理办公室', null],
        ['2023532301100003', '精度过细', '技术咨询', '大理大学', '外地公司', '1.2345678', '2023-04-03', '楚雄州技术市场管理办公室', null],
      ];
      const preview = (await upload(operator, 'tech-contracts', 'preview', await xlsx([header, ...rows]))).json();
      expect(preview.errors).toEqual([{ row: 4, column: '成交金额(元)', message: '金额最小单位为分' }]);
      const committed = await upload(operator, 'tech-contracts', 'commit', await xlsx([header, ...rows.slice(0, 2)]), { 'accept-language': 'en' });
      expect(committed.json()).toMatchObject({ created: 2 });
      const listed = (await operator.get('/api/tech-contracts?q=2023532301100')).json();
      expect(listed.items.map((c: { amountFen: number; type: string }) => [c.amountFen, c.type])).toEqual([
        [1234567800, 'development'],
        [12300000, 'service'],
      ]);
      const template = await operator.get('/api/tech-contracts/import-template.xlsx');
      expect(template.headers['content-type']).toContain(XLSX_MIME);
      const fromTemplate = await upload(operator, 'tech-contracts', 'preview', template.rawPayload);
      expect(fromTemplate.json()).toMatchObject({ rows: 1, errors: [] });
      const patentTemplate = await operator.get('/api/patents/import-template.xlsx');
      expect((await upload(operator, 'patents', 'preview', patentTemplate.rawPayload)).json()).toMatchObject({ rows: 1, errors: [] });
    });
  });

  it('refuses bad input on every update, field by field, and unknown ids as not found', async () => {
    const first = async (url: string) => ((await operator.get(url)).json() as { items: { id: string }[] }).items[0]?.id ?? '';
    const challenge = await first('/api/challenges');
    const proposals = (await dali.get(`/api/challenges/${challenge}/proposals`)).json().items as { id: string }[];
    const updates: [TestClient, string, Record<string, unknown>, Record<string, string>][] = [
      [operator, `/api/patents/${await first('/api/patents')}`, { version: 'x', filedOn: '2023-02-30', owners: [] }, { version: '类型不正确，应为number', filedOn: '日期格式应为 YYYY-MM-DD', owners: '不能小于 1' }],
      [operator, `/api/patent-transfers/${await first('/api/patent-transfers')}`, { version: 1, amount: '12.3.4', kind: 'licence' }, { amount: '金额格式不正确，如 1,234.56、12.3万元', kind: '不支持的字段' }],
      [operator, `/api/tech-contracts/${await first('/api/tech-contracts')}`, { version: 1, amount: '0', type: 'gift' }, { amount: '金额须大于 0', type: expect.stringContaining('development') as unknown as string }],
      [operator, `/api/achievements/${await first('/api/achievements')}`, { version: 0, level: 'top' }, { version: '不能小于 1', level: expect.stringContaining('domestic_leading') as unknown as string }],
      [operator, `/api/ra-positions/${await first('/api/ra-positions')}`, { version: 1, title: '', developedOn: 'soon' }, { title: '必填', developedOn: '日期格式应为 YYYY-MM-DD' }],
      [operator, `/api/challenges/${challenge}`, { version: 1, budget: -1, deadline: '2023-1-1' }, { budget: '类型不正确，应为string', deadline: '日期格式应为 YYYY-MM-DD' }],
      [dali, `/api/proposals/${proposals[0]?.id ?? ''}`, { quote: '1.234', durationMonths: 121 }, { version: '必填', quote: '金额最小单位为分', durationMonths: '不能大于 120' }],
    ];
    for (const [client, url, body, expected] of updates) {
      const res = await client.patch(url, body);
      expect(res.statusCode, url).toBe(400);
      const got = fields(res);
      for (const [path, message] of Object.entries(expected)) expect(got[path], `${url} ${path}`).toEqual(message);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const url of ['/api/patents', '/api/patent-transfers', '/api/tech-contracts', '/api/achievements', '/api/ra-positions', '/api/challenges', '/api/proposals']) {
      expect((await operator.get(`${url}/${missing}`)).statusCode, url).toBe(404);
    }
    expect((await operator.post(`/api/challenges/${challenge}/actions`, { action: 'dance', version: 1 })).statusCode).toBe(400);
    expect((await operator.post(`/api/patents/${missing}/status`, { status: 'valid', effectiveOn: '2023-01-01', version: 1 })).statusCode).toBe(404);
  });

  it('computes the year’s figures from the records', async () => {
    const stats = (await gov.get('/api/techtransfer/stats?year=2023')).json();
    expect(stats).toMatchObject({
      year: 2023,
      patentsGranted: 4,
      patentsGrantedByType: { invention: 3, utility_model: 1, design: 0 },
      patentTransfers: 1,
      patentLicences: 1,
      transferAmountFen: 12300050 + 5000000,
      achievementRegistrations: 1,
      raPositions: 4,
      raPositionsTarget: 5,
      challenges: { posted: 0, awarded: 0, contracted: 0 },
    });
    // The challenge was published this year.
    const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    expect((await operator.get(`/api/techtransfer/stats?year=${thisYear}`)).json().challenges).toEqual({ posted: 1, awarded: 1, contracted: 1 });
    // Valid on 31 December 2023: the school's patent, the transferred one, the imported one; the
    // enterprise's utility model lapsed only in 2024 and is no invention.
    expect(stats.validInventionPatents).toBe(3);
    expect(stats.techContracts).toBe(stats.contractsByType.reduce((s: number, c: { count: number }) => s + c.count, 0));
    expect((await huapai.get('/api/techtransfer/stats?year=2023')).statusCode).toBe(403);
  });
});

describe.each(DB_KINDS)('demo technology transfer on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads the 2023 records behind the brief’s figures, once', async () => {
    const [zone] = await t.ctx.db.select({ zoneId: organisations.zoneId }).from(organisations).limit(1);
    const [operatorAccount] = await t.ctx.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'operator'));
    const loaded = await seedTechTransfer(t.ctx, zone?.zoneId ?? '', operatorAccount?.id);
    expect(loaded).toBeGreaterThan(TECHTRANSFER_FIGURES.patentsGranted);
    expect(await seedTechTransfer(t.ctx, zone?.zoneId ?? '', operatorAccount?.id)).toBe(0);
    const gov = await t.signIn('gov');
    const stats = (await gov.get('/api/techtransfer/stats?year=2023')).json();
    expect(stats).toMatchObject({
      patentsGranted: 1376,
      validInventionPatents: 423,
      patentTransfers: 2,
      achievementRegistrations: 4,
      techContracts: 265,
      techContractAmountFen: 1_641_000_000 * 100,
      raPositions: 240,
      raPositionsTarget: 200,
    });
    const transfers = (await gov.get('/api/patent-transfers?year=2023')).json();
    expect(transfers.items.map((x: { fromName: string; kind: string; patentType: string }) => [x.fromName, x.kind, x.patentType])).toEqual([
      ['楚雄医药高等专科学校', 'transfer', 'invention'],
      ['楚雄医药高等专科学校', 'transfer', 'invention'],
    ]);
    const numbers = await t.ctx.db.select({ n: patents.applicationNumber }).from(patents);
    expect(numbers.every(({ n }) => parseApplicationNumber(n).ok)).toBe(true);
    // The demo accounts see their own part: the enterprise its challenges, the university the open call and its proposal.
    const huapai = await t.signIn('huapai');
    expect((await huapai.get('/api/challenges')).json().items.map((c: { status: string }) => c.status).sort()).toEqual(['contracted', 'draft', 'open']);
    const dali = await t.signIn('dali');
    const open = (await dali.get('/api/challenges?status=open')).json().items[0];
    expect(open).toMatchObject({ canPropose: false, myProposalId: expect.any(String) });
    expect((await dali.get('/api/ra-progress?year=2023')).json().total).toEqual({ actual: 22, target: 20 });
  });
});
