import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { seedInnovation } from '../../src/modules/demo/seed-innovation';
import { DEFAULT_INDEX_WEIGHTS } from '../../src/modules/innovation/innovation-index';
import { innovationLoans, rdInputs } from '../../src/modules/innovation/innovation.table';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { chinaToday } from '../../src/modules/talent/talent.rules';
import { patentOwners, patents, patentStatusEvents, raPositions, techContracts } from '../../src/modules/techtransfer/techtransfer.table';
import { competitionEntrants, skillCompetitions, trainingBases, trainingBookings } from '../../src/modules/training/training.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';
const THIS_YEAR = Number(chinaToday().slice(0, 4));
/** The default index year: the latest complete one. */
const YEAR = THIS_YEAR - 1;
const WAN = 1_000_000; // fen in 1 万元

type ErrorJson = { error: { code: string; fields?: { path: string; message: string }[] } };
function fields(res: { json: () => unknown }): Record<string, string> {
  return Object.fromEntries(((res.json() as ErrorJson).error.fields ?? []).map((f) => [f.path, f.message]));
}

const ORGS = generateDemoOrganisations();
const creditCodeOf = (key: string) => {
  const org = ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org.creditCode;
};

describe.each(DB_KINDS)('innovation index and loans on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let hechuang: TestClient;
  let bank: TestClient;
  let otherBank: TestClient;
  let school: TestClient;
  let seeker: TestClient;
  const id: Record<'zone' | 'huapai' | 'hechuang' | 'moer' | 'bank1' | 'bank2' | 'dali', string> = {
    zone: '',
    huapai: '',
    hechuang: '',
    moer: '',
    bank1: '',
    bank2: '',
    dali: '',
  };
  let enterpriseCount = 0;

  async function countRows(table: typeof rdInputs | typeof innovationLoans): Promise<number> {
    return (await t.ctx.db.select().from(table)).length;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const [username, role, key] of [
      ['hechuang.staff', 'org_staff', 'hechuang'],
      ['ccb.staff', 'org_staff', 'bank-2'],
    ] as const) {
      await createAccount(t.ctx, { username, password: PASSWORD, role, displayName: '测试账号', organisation: creditCodeOf(key) }, SYSTEM_SOURCE);
    }
    [operator, gov, huapai, bank, school, seeker] = await Promise.all([t.signIn('operator'), t.signIn('gov'), t.signIn('huapai'), t.signIn('bank'), t.signIn('dali'), t.signIn('seeker')]);
    hechuang = await t.signIn('hechuang.staff', PASSWORD);
    otherBank = await t.signIn('ccb.staff', PASSWORD);
    const rows = await t.ctx.db.select().from(organisations);
    const byCode = new Map(rows.map((r) => [r.creditCode, r]));
    const idOf = (key: string) => byCode.get(creditCodeOf(key))?.id ?? '';
    Object.assign(id, { huapai: idOf('huapai'), hechuang: idOf('hechuang'), moer: idOf('moer'), bank1: idOf('bank-1'), bank2: idOf('bank-2'), dali: idOf('dali') });
    id.zone = rows[0]?.zoneId ?? '';
    enterpriseCount = rows.filter((r) => r.type === 'enterprise' && r.isActive).length;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('R&D inputs', () => {
    it('refuses bad input field by field, in Chinese and English, and writes nothing', async () => {
      const before = await countRows(rdInputs);
      expect(fields(await huapai.post('/api/innovation/rd-inputs', {}))).toEqual({ year: '必填', rdStaff: '必填', totalStaff: '必填', rdSpendingFen: '必填' });
      const wrong = await huapai.post(
        '/api/innovation/rd-inputs',
        { year: 1999, rdStaff: -1, totalStaff: 0, rdSpendingFen: 12.5, revenueFen: '100', note: 7, extra: 1 },
        { 'accept-language': 'en' },
      );
      expect(fields(wrong)).toEqual({
        year: 'Must be at least 2000',
        rdStaff: 'Must be at least 0',
        totalStaff: 'Must be at least 1',
        rdSpendingFen: expect.stringContaining('int'),
        revenueFen: 'Wrong type: expected number',
        note: 'Wrong type: expected string',
        extra: 'Unknown field',
      });
      const rules = await huapai.post('/api/innovation/rd-inputs', { year: THIS_YEAR + 1, rdStaff: 30, totalStaff: 20, rdSpendingFen: 0 });
      expect(fields(rules)).toEqual({ year: '年度不能晚于今年', rdStaff: '研发人员数不能多于职工总数' });
      // Only an enterprise's own staff report R&D inputs.
      for (const c of [bank, school]) expect((await c.post('/api/innovation/rd-inputs', { year: YEAR, rdStaff: 1, totalStaff: 2, rdSpendingFen: 0 })).statusCode).toBe(403);
      for (const c of [operator, gov, seeker]) expect((await c.post('/api/innovation/rd-inputs', { year: YEAR, rdStaff: 1, totalStaff: 2, rdSpendingFen: 0 })).statusCode).toBe(403);
      expect(await countRows(rdInputs)).toBe(before);
    });

    it('takes one record per year, edits it only as last seen, and audits both', async () => {
      const created = await huapai.post('/api/innovation/rd-inputs', { year: YEAR, rdStaff: 36, totalStaff: 240, rdSpendingFen: 1_200 * WAN, revenueFen: 30_000 * WAN, note: '含中药新药临床前研究投入' });
      expect(created.statusCode).toBe(201);
      const input = created.json();
      expect(input).toMatchObject({ organisationName: '云南华派药业有限公司', year: YEAR, rdStaff: 36, version: 1, updatedByName: '张丽华' });
      const again = await huapai.post('/api/innovation/rd-inputs', { year: YEAR, rdStaff: 1, totalStaff: 2, rdSpendingFen: 0 });
      expect(again.statusCode).toBe(409);
      expect(fields(again)).toEqual({ year: `本单位 ${YEAR} 年度的研发投入已填报，请修改原记录` });

      expect(fields(await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 300, version: 1 }))).toEqual({ rdStaff: '研发人员数不能多于职工总数' });
      expect(fields(await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 40 }))).toEqual({ version: '必填' });
      expect(fields(await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { year: 2020, version: 1 }))).toEqual({ year: '不支持的字段' });
      expect((await hechuang.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 40, version: 1 })).statusCode).toBe(404);
      expect((await hechuang.get(`/api/innovation/rd-inputs/${input.id}`)).statusCode).toBe(404);
      const edited = await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 48, version: 1 });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ rdStaff: 48, totalStaff: 240, version: 2 });
      const stale = await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 50, version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('stale_version');

      const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, input.id));
      expect(audit.map((a) => a.action).sort()).toEqual(['rd_input.create', 'rd_input.update']);
      expect(audit.find((a) => a.action === 'rd_input.update')).toMatchObject({ before: { rdStaff: 36 }, after: { rdStaff: 48 } });

      await hechuang.post('/api/innovation/rd-inputs', { year: YEAR, rdStaff: 20, totalStaff: 100, rdSpendingFen: 400 * WAN });
      expect((await huapai.get('/api/innovation/rd-inputs')).json().items.map((r: { organisationId: string }) => r.organisationId)).toEqual([id.huapai]);
      expect((await operator.get(`/api/innovation/rd-inputs?year=${YEAR}`)).json().total).toBe(2);
      expect((await gov.get('/api/innovation/rd-inputs')).json().total).toBe(2);
      expect((await bank.get('/api/innovation/rd-inputs')).statusCode).toBe(403);
      expect((await school.get('/api/innovation/rd-inputs')).statusCode).toBe(403);
    });
  });

  describe('weights', () => {
    it('starts from the defaults and publishes audited versions', async () => {
      const current = (await huapai.get('/api/innovation/weights')).json();
      expect(current).toMatchObject({ version: 0, weights: DEFAULT_INDEX_WEIGHTS, publishedAt: null });
      const bad = await operator.post('/api/innovation/weights', {
        weights: { ...DEFAULT_INDEX_WEIGHTS, tech_sme: { weight: 8, normalisation: { kind: 'cap', cap: 1 } } },
        expectedVersion: 0,
      });
      expect(fields(bad)).toEqual({ weights: '各因子权重之和须为 100（当前为 103）' });
      const shapes = await operator.post('/api/innovation/weights', {
        weights: {
          ...DEFAULT_INDEX_WEIGHTS,
          high_tech: { weight: 10, normalisation: { kind: 'cap' } },
          tech_sme: { weight: 5.5, normalisation: { kind: 'sqrt' } },
          patents: { weight: 1, normalisation: { kind: 'min_max' } },
        },
        expectedVersion: 0,
      });
      expect(Object.keys(fields(shapes)).sort()).toEqual(['weights.high_tech.normalisation.cap', 'weights.patents', 'weights.tech_sme.normalisation.kind', 'weights.tech_sme.weight']);
      expect((await huapai.post('/api/innovation/weights', { weights: DEFAULT_INDEX_WEIGHTS, expectedVersion: 0 })).statusCode).toBe(403);
      expect((await gov.post('/api/innovation/weights', { weights: DEFAULT_INDEX_WEIGHTS, expectedVersion: 0 })).statusCode).toBe(403);

      const weights = { ...DEFAULT_INDEX_WEIGHTS, rd_spending: { weight: 15, normalisation: { kind: 'log', cap: 2_000 * WAN } } };
      const published = await operator.post('/api/innovation/weights', { weights, note: '研发投入改用对数归一化', expectedVersion: 0 });
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({ version: 1, note: '研发投入改用对数归一化', publishedByName: '杨晓梅' });
      const stale = await operator.post('/api/innovation/weights', { weights: DEFAULT_INDEX_WEIGHTS, expectedVersion: 0 });
      expect(stale.json().error.code).toBe('stale_version');
      const history = (await gov.get('/api/innovation/weights/history')).json().items;
      expect(history.map((w: { version: number }) => w.version)).toEqual([1, 0]);
      const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'innovation.weights'));
      expect(entry).toMatchObject({ actorLabel: 'operator', before: { version: 0 }, after: { version: 1 } });
      // Back to the defaults, as version 2, for the hand-worked figures below.
      expect((await operator.post('/api/innovation/weights', { weights: DEFAULT_INDEX_WEIGHTS, expectedVersion: 1 })).json().version).toBe(2);
    });
  });

  describe('index', () => {
    beforeAll(async () => {
      const db = t.ctx.db;
      const dayIn = (year: number, md: string) => `${year}-${md}`;
      // Three invention patents of 华派: valid, lapsed during the year, lapsed only after the year's end;
      // and one utility model co-owned with 和创.
      const inserted = await db
        .insert(patents)
        .values([
          { zoneId: id.zone, applicationNumber: '202110000001.X', type: 'invention', title: '一种彝药复方制剂的制备方法', filedOn: '2021-03-01', grantedOn: dayIn(YEAR - 1, '06-01'), legalStatus: 'valid', legalStatusOn: dayIn(YEAR - 1, '06-01') },
          { zoneId: id.zone, applicationNumber: '202110000002.X', type: 'invention', title: '一种中药提取物的纯化工艺', filedOn: '2021-03-02', grantedOn: dayIn(YEAR - 1, '07-01'), legalStatus: 'lapsed', legalStatusOn: dayIn(YEAR, '05-01') },
          { zoneId: id.zone, applicationNumber: '202110000003.X', type: 'invention', title: '一种胶囊剂的包衣方法', filedOn: '2021-03-03', grantedOn: dayIn(YEAR - 1, '08-01'), legalStatus: 'lapsed', legalStatusOn: dayIn(THIS_YEAR, '01-15') },
          { zoneId: id.zone, applicationNumber: '202120000004.X', type: 'utility_model', title: '一种药材烘干装置', filedOn: '2022-01-01', grantedOn: dayIn(YEAR, '02-01'), legalStatus: 'valid', legalStatusOn: dayIn(YEAR, '02-01') },
        ])
        .returning({ id: patents.id, number: patents.applicationNumber });
      const patentId = (suffix: string) => inserted.find((p) => p.number.startsWith(`2021${suffix}`))?.id ?? '';
      await db.insert(patentOwners).values([
        { patentId: patentId('10000001'), position: 0, organisationId: id.huapai, name: '云南华派药业有限公司' },
        { patentId: patentId('10000002'), position: 0, organisationId: id.huapai, name: '云南华派药业有限公司' },
        { patentId: patentId('10000003'), position: 0, organisationId: id.huapai, name: '云南华派药业有限公司' },
        { patentId: patentId('20000004'), position: 0, organisationId: id.huapai, name: '云南华派药业有限公司' },
        { patentId: patentId('20000004'), position: 1, organisationId: id.hechuang, name: '楚雄和创药业有限公司' },
      ]);
      await db.insert(patentStatusEvents).values([
        { patentId: patentId('10000001'), seq: 1, status: 'valid', effectiveOn: dayIn(YEAR - 1, '06-01') },
        { patentId: patentId('10000002'), seq: 1, status: 'valid', effectiveOn: dayIn(YEAR - 1, '07-01') },
        { patentId: patentId('10000002'), seq: 2, status: 'lapsed', effectiveOn: dayIn(YEAR, '05-01') },
        { patentId: patentId('10000003'), seq: 1, status: 'valid', effectiveOn: dayIn(YEAR - 1, '08-01') },
        { patentId: patentId('10000003'), seq: 2, status: 'lapsed', effectiveOn: dayIn(THIS_YEAR, '01-15') },
      ]);
      await db.insert(techContracts).values([
        { zoneId: id.zone, contractNumber: `${YEAR}5323010001`, title: '彝药新剂型开发', type: 'development', sellerOrganisationId: id.dali, sellerName: '大理大学', buyerOrganisationId: id.huapai, buyerName: '云南华派药业有限公司', amountFen: 300 * WAN, registeredOn: dayIn(YEAR, '04-10'), registry: '楚雄州技术合同登记站' },
        { zoneId: id.zone, contractNumber: `${YEAR}5323010002`, title: '质量标准技术服务', type: 'service', sellerOrganisationId: id.huapai, sellerName: '云南华派药业有限公司', buyerOrganisationId: null, buyerName: '昆明某医药公司', amountFen: 50 * WAN, registeredOn: dayIn(YEAR, '09-01'), registry: '楚雄州技术合同登记站' },
        { zoneId: id.zone, contractNumber: `${YEAR - 1}5323010003`, title: '往年合同', type: 'consulting', sellerOrganisationId: id.huapai, sellerName: '云南华派药业有限公司', buyerOrganisationId: null, buyerName: '某公司', amountFen: 80 * WAN, registeredOn: dayIn(YEAR - 1, '09-01'), registry: '楚雄州技术合同登记站' },
      ]);
      await db.insert(raPositions).values([
        { zoneId: id.zone, organisationId: id.huapai, title: '制剂研发科研助理', developedOn: dayIn(YEAR, '03-01') },
        { zoneId: id.zone, organisationId: id.huapai, title: '药理实验科研助理', developedOn: dayIn(YEAR, '07-01') },
      ]);
      const [base] = await db
        .insert(trainingBases)
        .values({ zoneId: id.zone, name: '楚雄高新区生物医药公共实训基地', regionCode: '532301', stations: 40, capacity: 40, opensAt: '08:00', closesAt: '18:00' })
        .returning();
      await db.insert(trainingBookings).values([
        { zoneId: id.zone, baseId: base?.id ?? '', organisationId: id.huapai, bookedOn: dayIn(YEAR, '06-10'), startsAt: '09:00', endsAt: '12:00', stations: 12, trainees: 12, purpose: 'GMP 岗前实训', attendedTrainees: 12, attendedMinutes: 180 },
        { zoneId: id.zone, baseId: base?.id ?? '', organisationId: id.huapai, bookedOn: dayIn(YEAR, '06-11'), startsAt: '09:00', endsAt: '12:00', stations: 12, trainees: 12, purpose: '未记录使用', attendedTrainees: null },
      ]);
      const [competition] = await db
        .insert(skillCompetitions)
        .values({ zoneId: id.zone, title: `${YEAR}年楚雄高新区医药行业职业技能竞赛`, heldOn: dayIn(YEAR, '10-20'), organiserId: id.huapai, level: 'zone' })
        .returning();
      await db.insert(competitionEntrants).values([
        { competitionId: competition?.id ?? '', category: '药物制剂工', entrantName: '李春梅', organisationId: id.huapai, award: 'first' },
        { competitionId: competition?.id ?? '', category: '药物检验工', entrantName: '杨建波', organisationId: id.huapai },
      ]);
    });

    it('computes 华派’s index from its records, with the breakdown and the records behind each factor', async () => {
      const res = await huapai.get(`/api/innovation/indices/${id.huapai}?year=${YEAR}`);
      expect(res.statusCode).toBe(200);
      const detail = res.json();
      const factor = (name: string) => detail.factors.find((f: { factor: string }) => f.factor === name);
      expect(detail).toMatchObject({ organisationName: '云南华派药业有限公司', year: YEAR, weightsVersion: 2, peerCount: enterpriseCount, isHighTech: true });
      // Two invention patents valid on 31 December (one lapsed in the year); ln 3 ÷ ln 11 = 0.4582 × 20 = 9.16.
      expect(factor('valid_invention_patents')).toMatchObject({ raw: 2, normalised: 0.4582, weight: 20, contribution: 9.16, recordCount: 2 });
      expect(factor('valid_invention_patents').records.map((r: { reference: string }) => r.reference).sort()).toEqual(['202110000001.X', '202110000003.X']);
      // ln 2 ÷ ln 21 = 0.2277 × 10 = 2.28
      expect(factor('other_valid_patents')).toMatchObject({ raw: 1, normalised: 0.2277, contribution: 2.28 });
      // 300 + 50 万元 this year, last year's contract left out; ln(1 + 3.5e8) ÷ ln(1 + 5e8) = 0.9822 × 15 = 14.73.
      expect(factor('tech_contract_turnover')).toMatchObject({ raw: 350 * WAN, normalised: 0.9822, contribution: 14.73, recordCount: 2, unit: 'fen' });
      expect(factor('high_tech')).toMatchObject({ raw: 1, contribution: 10, recordCount: 1 });
      expect(factor('tech_sme')).toMatchObject({ raw: 0, contribution: 0, recordCount: 0 });
      // 48 of 240 staff = 0.2 → cap 0.2 → 1 × 10
      expect(factor('rd_staff_share')).toMatchObject({ raw: 0.2, normalised: 1, contribution: 10 });
      // Min–max over the zone: 华派 has the most R&D spending, the others none or less.
      expect(factor('rd_spending')).toMatchObject({ raw: 1_200 * WAN, normalised: 1, contribution: 15, peerMin: 0, peerMax: 1_200 * WAN, normalisation: { kind: 'min_max' } });
      // 2 posts of cap 5 → 0.4 × 5 = 2; 12 attended trainees of cap 30 → 0.4 × 5 = 2; 2 entrants of cap 5 → 0.4 × 5 = 2.
      expect(factor('research_assistant_posts')).toMatchObject({ raw: 2, contribution: 2, recordCount: 2 });
      expect(factor('training_participation')).toMatchObject({ raw: 12, contribution: 2, recordCount: 1 });
      expect(factor('training_participation').records[0]).toMatchObject({ kind: 'training_booking', quantity: 12 });
      expect(factor('competition_participation')).toMatchObject({ raw: 2, contribution: 2 });
      expect(factor('competition_participation').records.map((r: { detail: string }) => r.detail)).toContain('李春梅 · first');
      expect(detail.score).toBe(67.17);
      expect(detail.rank).toBe(1);
      expect(detail.rdInput).toMatchObject({ rdStaff: 48, totalStaff: 240 });
    });

    it('ranks the zone for operators and government, and shows an enterprise only its own index', async () => {
      const zone = (await operator.get(`/api/innovation/indices?year=${YEAR}&pageSize=5`)).json();
      expect(zone).toMatchObject({ year: YEAR, weightsVersion: 2, peerCount: enterpriseCount, total: enterpriseCount });
      expect(zone.items[0]).toMatchObject({ organisationId: id.huapai, rank: 1, score: 67.17 });
      expect(zone.items.map((i: { score: number }) => i.score)).toEqual([...zone.items.map((i: { score: number }) => i.score)].sort((a, b) => b - a));
      expect((await gov.get(`/api/innovation/indices?year=${YEAR}&q=和创`)).json().items.map((i: { organisationId: string }) => i.organisationId)).toEqual([id.hechuang]);
      const own = (await huapai.get('/api/innovation/indices')).json();
      expect(own).toMatchObject({ year: YEAR, total: 1 });
      expect(own.items[0].organisationId).toBe(id.huapai);
      expect((await huapai.get(`/api/innovation/indices/${id.hechuang}`)).statusCode).toBe(404);
      expect((await hechuang.get(`/api/innovation/indices/${id.huapai}`)).statusCode).toBe(404);
      expect((await operator.get(`/api/innovation/indices/${id.dali}`)).statusCode).toBe(404);
      // A bank sees an index only in the applications shared with it; schools and seekers not at all.
      for (const c of [bank, school]) expect((await c.get('/api/innovation/indices')).statusCode).toBe(403);
      expect((await bank.get(`/api/innovation/indices/${id.huapai}`)).statusCode).toBe(403);
      expect((await seeker.get('/api/innovation/indices')).statusCode).toBe(403);
      expect(fields(await operator.get(`/api/innovation/indices?year=${THIS_YEAR + 1}`))).toEqual({ 'querystring.year': '年度不能晚于今年' });
      expect((await operator.get('/api/innovation/indices?year=abc')).statusCode).toBe(400);
    });
  });

  describe('loans', () => {
    let loanId = '';
    let declinedId = '';
    const apply = (c: TestClient, body: Record<string, unknown>) => c.post('/api/innovation/loans', body);
    const GOOD = () => ({ bankId: id.bank1, amountRequestedFen: 500 * WAN, purpose: '新建固体制剂生产线流动资金', termMonths: 12, indexYear: YEAR, consentToShare: true });

    it('lists the zone’s partner banks for an enterprise', async () => {
      const banks = (await huapai.get('/api/innovation/banks')).json().items;
      expect(banks).toHaveLength(4);
      expect(banks.map((b: { id: string }) => b.id)).toContain(id.bank1);
    });

    it('refuses applications with bad input or without consent, and writes nothing', async () => {
      const before = await countRows(innovationLoans);
      const none = await apply(huapai, { ...GOOD(), consentToShare: undefined });
      expect(fields(none)).toEqual({ consentToShare: '须同意向所选银行共享本单位创新指数后才能申请' });
      expect(fields(await apply(huapai, { ...GOOD(), consentToShare: false }))).toEqual({ consentToShare: '须同意向所选银行共享本单位创新指数后才能申请' });
      const wrong = await apply(huapai, { bankId: 'x', amountRequestedFen: 0, purpose: ' ', termMonths: 121, indexYear: 1990, consentToShare: true, rate: 4 });
      expect(Object.keys(fields(wrong)).sort()).toEqual(['amountRequestedFen', 'bankId', 'indexYear', 'purpose', 'rate', 'termMonths']);
      expect(fields(await apply(huapai, { ...GOOD(), amountRequestedFen: 100.5 }))).toHaveProperty('amountRequestedFen');
      expect(fields(await apply(huapai, { ...GOOD(), bankId: id.dali }))).toEqual({ bankId: '所选单位不是合作银行' });
      expect(fields(await apply(huapai, { ...GOOD(), indexYear: THIS_YEAR + 1 }, ))).toEqual({ indexYear: '年度不能晚于今年' });
      for (const c of [bank, school]) expect((await apply(c, GOOD())).statusCode).toBe(403);
      for (const c of [operator, gov, seeker]) expect((await apply(c, GOOD())).statusCode).toBe(403);
      expect(await countRows(innovationLoans)).toBe(before);
    });

    it('applies with a frozen snapshot of the index and the consent naming the bank', async () => {
      const res = await apply(huapai, GOOD());
      expect(res.statusCode).toBe(201);
      const loan = res.json();
      loanId = loan.id;
      expect(loan).toMatchObject({
        status: 'submitted',
        organisationName: '云南华派药业有限公司',
        bankName: '中国农业银行股份有限公司楚雄高新区支行',
        indexYear: YEAR,
        indexScore: 67.17,
        submittedOn: chinaToday(),
        appliedByName: '张丽华',
        allowedActions: ['withdraw'],
        disbursements: [],
      });
      expect(loan.consentText).toContain('中国农业银行股份有限公司楚雄高新区支行');
      expect(loan.indexSnapshot).toMatchObject({ year: YEAR, score: 67.17, weightsVersion: 2, peerCount: enterpriseCount });
      expect(loan.indexSnapshot.factors).toHaveLength(10);
      // Later changes to the records do not change what was shared.
      const [input] = (await huapai.get('/api/innovation/rd-inputs')).json().items;
      await huapai.patch(`/api/innovation/rd-inputs/${input.id}`, { rdStaff: 10, version: input.version });
      expect((await huapai.get(`/api/innovation/indices/${id.huapai}?year=${YEAR}`)).json().score).toBeLessThan(67.17);
      expect((await bank.get(`/api/innovation/loans/${loanId}`)).json()).toMatchObject({ indexScore: 67.17, indexSnapshot: { score: 67.17 } });

      const second = await apply(hechuang, { ...GOOD(), bankId: id.bank2, amountRequestedFen: 300 * WAN });
      expect(second.statusCode).toBe(201);
      declinedId = (await apply(huapai, { ...GOOD(), amountRequestedFen: 100 * WAN, purpose: '研发设备购置' })).json().id;
      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, loanId), eq(auditLog.action, 'loan.apply')));
      expect(entry).toMatchObject({ actorLabel: 'huapai', organisationId: id.huapai, after: { status: 'submitted', amountRequestedFen: 500 * WAN } });
    });

    it('shows a bank only the applications addressed to it, and an enterprise only its own', async () => {
      const mine = (await bank.get('/api/innovation/loans')).json();
      expect(mine.total).toBe(2);
      expect(mine.items.every((l: { bankId: string }) => l.bankId === id.bank1)).toBe(true);
      expect(mine.items.find((l: { id: string }) => l.id === loanId).allowedActions).toEqual(['start_review', 'approve', 'decline']);
      const theirs = (await otherBank.get('/api/innovation/loans')).json();
      expect(theirs.items.map((l: { organisationId: string }) => l.organisationId)).toEqual([id.hechuang]);
      expect((await otherBank.get(`/api/innovation/loans/${loanId}`)).statusCode).toBe(404);
      expect((await bank.get(`/api/innovation/loans/${theirs.items[0].id}`)).statusCode).toBe(404);
      expect((await huapai.get('/api/innovation/loans')).json().total).toBe(2);
      expect((await hechuang.get('/api/innovation/loans')).json().total).toBe(1);
      expect((await hechuang.get(`/api/innovation/loans/${loanId}`)).statusCode).toBe(404);
      expect((await operator.get('/api/innovation/loans')).json().total).toBe(3);
      expect((await gov.get(`/api/innovation/loans?bankId=${id.bank2}`)).json().total).toBe(1);
      expect((await operator.get('/api/innovation/loans')).json().items.every((l: { allowedActions: string[] }) => l.allowedActions.length === 0)).toBe(true);
      expect((await school.get('/api/innovation/loans')).statusCode).toBe(403);
      expect((await seeker.get('/api/innovation/loans')).statusCode).toBe(403);
    });

    it('lets only the addressed bank review, with allowed transitions only', async () => {
      const decide = (c: TestClient, body: Record<string, unknown>) => c.post(`/api/innovation/loans/${loanId}/decision`, body);
      const approval = { decision: 'approve', approvedAmountFen: 400 * WAN, rateBp: 385, termMonths: 12 };
      expect((await decide(huapai, { ...approval, version: 1 })).statusCode).toBe(403);
      expect((await decide(operator, { ...approval, version: 1 })).statusCode).toBe(403);
      expect((await decide(otherBank, { ...approval, version: 1 })).statusCode).toBe(404);
      expect((await huapai.post(`/api/innovation/loans/${loanId}/start-review`, { version: 1 })).statusCode).toBe(403);

      expect(fields(await bank.post(`/api/innovation/loans/${loanId}/start-review`, {}))).toEqual({ version: '必填' });
      expect(fields(await huapai.post(`/api/innovation/loans/${loanId}/withdraw`, { version: 'x', reason: 1 }))).toEqual({ version: '类型不正确，应为number', reason: '不支持的字段' });
      expect((await bank.post('/api/innovation/loans/not-a-uuid/start-review', { version: 1 })).statusCode).toBe(400);
      const started = await bank.post(`/api/innovation/loans/${loanId}/start-review`, { version: 1 });
      expect(started.json()).toMatchObject({ status: 'under_review', version: 2, allowedActions: ['approve', 'decline'] });
      expect(fields(await bank.post(`/api/innovation/loans/${loanId}/start-review`, { version: 2 }))).toEqual({ status: '贷款申请当前状态为“under_review”，不能执行此操作' });

      expect(fields(await decide(bank, { decision: 'approve', version: 2 }))).toEqual({ approvedAmountFen: '必填', rateBp: '必填', termMonths: '必填' });
      expect(Object.keys(fields(await decide(bank, { ...approval, rateBp: 3.85, termMonths: 0, approvedAmountFen: -1, version: 2 }))).sort()).toEqual(['approvedAmountFen', 'rateBp', 'termMonths']);
      expect(fields(await decide(bank, { ...approval, rateBp: 2401, version: 2 }))).toEqual({ rateBp: '不能大于 2400' });
      expect(fields(await decide(bank, { decision: 'maybe', version: 2 }))).toHaveProperty('decision');
      expect(fields(await decide(bank, { ...approval, approvedAmountFen: 600 * WAN, version: 2 }))).toEqual({ approvedAmountFen: '批准金额不能高于申请金额' });
      expect((await decide(bank, { ...approval, version: 1 })).json().error.code).toBe('stale_version');

      const approved = await decide(bank, { ...approval, version: 2 });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'approved', approvedAmountFen: 400 * WAN, rateBp: 385, approvedTermMonths: 12, decidedOn: chinaToday(), decidedByName: '何永红', allowedActions: ['disburse'] });
      expect(fields(await decide(bank, { decision: 'decline', reason: '改主意了', version: 3 }))).toEqual({ status: '贷款申请当前状态为“approved”，不能执行此操作' });
      expect(fields(await huapai.post(`/api/innovation/loans/${loanId}/withdraw`, { version: 3 }))).toEqual({ status: '贷款申请当前状态为“approved”，不能执行此操作' });
      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, loanId), eq(auditLog.action, 'loan.approve')));
      expect(entry).toMatchObject({ actorLabel: 'bank', before: { status: 'under_review' }, after: { status: 'approved', approvedAmountFen: 400 * WAN, rateBp: 385 } });

      const declineRes = (body: Record<string, unknown>) => bank.post(`/api/innovation/loans/${declinedId}/decision`, body);
      expect(fields(await declineRes({ decision: 'decline', version: 1 }))).toEqual({ reason: '必填' });
      const declined = await declineRes({ decision: 'decline', reason: '资产负债率偏高，建议补充担保后再申请', version: 1 });
      expect(declined.json()).toMatchObject({ status: 'declined', declineReason: '资产负债率偏高，建议补充担保后再申请', allowedActions: [] });

      const third = (await apply(huapai, { ...GOOD(), amountRequestedFen: 50 * WAN })).json();
      expect((await bank.post(`/api/innovation/loans/${third.id}/withdraw`, { version: 1 })).statusCode).toBe(403);
      expect((await huapai.post(`/api/innovation/loans/${third.id}/withdraw`, { version: 1 })).json()).toMatchObject({ status: 'withdrawn', allowedActions: [] });
      expect(fields(await bank.post(`/api/innovation/loans/${third.id}/start-review`, { version: 2 }))).toHaveProperty('status');
    });

    it('records disbursements up to the approved amount, even when two race', async () => {
      const disburse = (body: Record<string, unknown>, c: TestClient = bank) => c.post(`/api/innovation/loans/${loanId}/disbursements`, body);
      const today = chinaToday();
      expect(fields(await disburse({}))).toEqual({ disbursedOn: '必填', amountFen: '必填' });
      expect(fields(await disburse({ disbursedOn: '2023-02-30', amountFen: 0 }))).toEqual({ disbursedOn: '日期格式应为 YYYY-MM-DD', amountFen: '不能小于 1' });
      expect(fields(await disburse({ disbursedOn: `${THIS_YEAR + 1}-01-01`, amountFen: WAN }))).toEqual({ disbursedOn: '日期不能晚于今天' });
      expect(fields(await disburse({ disbursedOn: `${YEAR}-01-01`, amountFen: WAN }))).toEqual({ disbursedOn: `放款日期不能早于批准日期 ${today}` });
      expect(fields(await disburse({ disbursedOn: today, amountFen: 401 * WAN }))).toEqual({ amountFen: '累计放款不能超过批准金额（尚可放款 4,000,000.00 元）' });
      expect((await disburse({ disbursedOn: today, amountFen: WAN }, huapai)).statusCode).toBe(403);
      expect((await disburse({ disbursedOn: today, amountFen: WAN }, otherBank)).statusCode).toBe(404);

      const first = await disburse({ disbursedOn: today, amountFen: 150 * WAN, note: '首笔放款' });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ status: 'approved', disbursedFen: 150 * WAN, disbursements: [{ amountFen: 150 * WAN, note: '首笔放款', recordedByName: '何永红' }] });
      // Two tranches of 200 万元 at once: only one fits in the 250 万元 left.
      const race = await Promise.all([disburse({ disbursedOn: today, amountFen: 200 * WAN }), disburse({ disbursedOn: today, amountFen: 200 * WAN })]);
      expect(race.map((r) => r.statusCode).sort()).toEqual([201, 400]);
      const last = await disburse({ disbursedOn: today, amountFen: 50 * WAN });
      expect(last.json()).toMatchObject({ status: 'disbursed', disbursedFen: 400 * WAN, allowedActions: [] });
      expect(last.json().disbursements).toHaveLength(3);
      expect(fields(await disburse({ disbursedOn: today, amountFen: 1 }))).toEqual({ status: '贷款申请当前状态为“disbursed”，不能执行此操作' });
      const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, loanId), like(auditLog.action, 'loan.disburse')));
      expect(entries).toHaveLength(3);
    });

    it('totals per year and per bank, within each reader’s scope', async () => {
      const zone = (await operator.get(`/api/innovation/loans/totals?year=${THIS_YEAR}`)).json();
      expect(zone.total).toEqual({ applications: 4, requestedFen: 950 * WAN, approvedCount: 1, approvedFen: 400 * WAN, declinedCount: 1, disbursedFen: 400 * WAN });
      expect(zone.banks.map((b: { bankId: string; approvedFen: number }) => [b.bankId, b.approvedFen])).toEqual([
        [id.bank1, 400 * WAN],
        [id.bank2, 0],
      ]);
      expect(zone.years).toEqual([{ year: THIS_YEAR, ...zone.total }]);
      const own = (await bank.get('/api/innovation/loans/totals')).json();
      expect(own.total).toMatchObject({ applications: 3, approvedFen: 400 * WAN });
      expect(own.banks.map((b: { bankId: string }) => b.bankId)).toEqual([id.bank1]);
      expect((await otherBank.get('/api/innovation/loans/totals')).json().total).toMatchObject({ applications: 1, approvedFen: 0 });
      expect((await hechuang.get('/api/innovation/loans/totals')).json().total).toMatchObject({ applications: 1, requestedFen: 300 * WAN });
      expect((await gov.get(`/api/innovation/loans/totals?year=${YEAR}`)).json().total).toMatchObject({ applications: 0, approvedFen: 0 });
      expect((await school.get('/api/innovation/loans/totals')).statusCode).toBe(403);
    });
  });
});

describe.each(DB_KINDS)('the demo innovation-index loans on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const [zone] = await t.ctx.db.select({ zoneId: organisations.zoneId }).from(organisations).limit(1);
    expect(await seedInnovation(t.ctx, zone?.zoneId ?? '')).toMatchObject({ loans: 19 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('grants 0.67 亿元 in 2023 (approved amounts of loans approved in 2023) through both banks', async () => {
    const operator = await t.signIn('operator');
    const totals = (await operator.get('/api/innovation/loans/totals?year=2023')).json();
    expect(totals.total).toMatchObject({ approvedCount: 14, approvedFen: 6_700_000_000, declinedCount: 2, applications: 19 });
    expect(totals.banks).toHaveLength(2);
    expect(totals.banks.reduce((sum: number, b: { approvedFen: number }) => sum + b.approvedFen, 0)).toBe(6_700_000_000);
    // Disbursements count by the day paid: some second tranches fell in 2024.
    expect(totals.years.reduce((sum: number, y: { disbursedFen: number }) => sum + y.disbursedFen, 0)).toBe(6_700_000_000);
    expect((await operator.get('/api/innovation/weights')).json()).toMatchObject({ version: 1, publishedByName: '杨晓梅' });
  });

  it('shows the `bank` account only its bank’s loans, with two waiting for review', async () => {
    const bank = await t.signIn('bank');
    const loans = (await bank.get('/api/innovation/loans?pageSize=50')).json();
    expect(new Set(loans.items.map((l: { bankName: string }) => l.bankName))).toEqual(new Set(['中国农业银行股份有限公司楚雄高新区支行']));
    const waiting = loans.items.filter((l: { allowedActions: string[] }) => l.allowedActions.includes('approve'));
    expect(waiting).toHaveLength(2);
    const detail = (await bank.get(`/api/innovation/loans/${waiting[0].id}`)).json();
    expect(detail.indexSnapshot).toMatchObject({ year: 2022, weightsVersion: 1 });
    expect(detail.indexSnapshot.factors).toHaveLength(10);
    const huapai = await t.signIn('huapai');
    const own = (await huapai.get('/api/innovation/loans')).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ status: 'disbursed', appliedByName: '张丽华' });
    expect((await huapai.get('/api/innovation/rd-inputs')).json().items.map((r: { year: number }) => r.year)).toEqual([2023, 2022]);
  });

  it('loads again without change', async () => {
    const [zone] = await t.ctx.db.select({ zoneId: organisations.zoneId }).from(organisations).limit(1);
    expect(await seedInnovation(t.ctx, zone?.zoneId ?? '')).toEqual({ rdInputs: 0, loans: 0 });
  });
});
