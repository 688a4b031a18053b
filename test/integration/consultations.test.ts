import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { consultations } from '../../src/modules/consultations/consultations.table';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { chinaToday } from '../../src/modules/talent/talent.rules';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';

function fields(res: { json: () => { error: { fields: { path: string; message: string }[] } } }): Record<string, string> {
  return Object.fromEntries(res.json().error.fields.map((f) => [f.path, f.message]));
}

describe.each(DB_KINDS)('consultations on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let otherOperator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let seeker: TestClient;
  const ids: Record<'a' | 'b' | 'c' | 'other', string> = { a: '', b: '', c: '', other: '' };
  let base: number;

  async function countRows(): Promise<number> {
    return (await t.ctx.db.select().from(consultations)).length;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    gov = await t.signIn('gov');
    huapai = await t.signIn('huapai');
    seeker = await t.signIn('seeker');
    const zone = await insertZone(t.ctx.db, { name: '大理测试园区', regionCode: '532901' });
    const body = '91532901MA6Q87K3X';
    const creditCode = body + creditCodeCheckChar(body);
    await insertOrganisations(t.ctx.db, [
      { zoneId: zone.id, name: '大理测试人力资源服务有限公司', type: 'operator', creditCode, regionCode: '532901', industry: 'modern_services' },
    ]);
    await createAccount(t.ctx, { username: 'dali.operator', password: PASSWORD, role: 'operator', displayName: '段丽', organisation: creditCode }, SYSTEM_SOURCE);
    otherOperator = await t.signIn('dali.operator', PASSWORD);
    const walkIn = async (c: TestClient, name: string) => {
      const res = await c.post('/api/seekers', { name });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    ids.a = await walkIn(operator, '罗文杰');
    ids.b = await walkIn(operator, '普春兰');
    ids.c = await walkIn(operator, '杞海涛');
    ids.other = await walkIn(otherOperator, '段志明');
    base = await countRows();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses bad input field by field, in Chinese and English, and writes nothing', async () => {
    const missing = await operator.post('/api/consultations', { heldOn: '2023-02-01' });
    expect(fields(missing)).toEqual({ seekerId: '必填', topic: '必填' });
    const wrong = await operator.post('/api/consultations', { seekerId: 'abc', heldOn: '2023-02-30', topic: 'chat', notes: 42 }, { 'accept-language': 'en' });
    expect(fields(wrong)).toEqual({
      seekerId: 'Invalid format',
      heldOn: 'Date must be YYYY-MM-DD',
      topic: expect.stringContaining('career_planning'),
      notes: 'Wrong type: expected string',
    });
    const future = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
    const rules = await operator.post('/api/consultations', { seekerId: ids.a, heldOn: future, topic: 'policy', followUpOn: '2023-01-01' });
    expect(fields(rules)).toEqual({ heldOn: '咨询日期不能晚于今天', followUpOn: '回访日期不能早于咨询日期' });
    const rulesEn = await operator.post('/api/consultations', { seekerId: ids.a, heldOn: '2023-03-01', topic: 'policy', followUpOn: '2023-02-01' }, { 'accept-language': 'en' });
    expect(fields(rulesEn)).toEqual({ followUpOn: 'The follow-up date cannot be before the consultation date' });
    const unknown = await operator.post('/api/consultations', { seekerId: randomUUID(), heldOn: '2023-03-01', topic: 'policy' });
    expect(fields(unknown)).toEqual({ seekerId: '未找到该记录' });
    // Another zone's seeker, by id, is as unknown as a made-up one.
    expect(fields(await operator.post('/api/consultations', { seekerId: ids.other, heldOn: '2023-03-01', topic: 'policy' }))).toEqual({ seekerId: '未找到该记录' });
    const extra = await operator.post('/api/consultations', { seekerId: ids.a, heldOn: '2023-03-01', topic: 'policy', counsellorId: randomUUID() });
    expect(fields(extra)).toEqual({ counsellorId: '不支持的字段' });
    for (const c of [gov, huapai, seeker]) expect((await c.post('/api/consultations', { seekerId: ids.a, heldOn: '2023-03-01', topic: 'policy' })).statusCode).toBe(403);
    expect(await countRows()).toBe(base);
  });

  it('logs consultations and audits them without the notes', async () => {
    const log = async (seekerId: string, heldOn: string, topic: string, extra: Record<string, string> = {}) => {
      const res = await operator.post('/api/consultations', { seekerId, heldOn, topic, ...extra });
      expect(res.statusCode).toBe(201);
      return res.json();
    };
    const first = await log(ids.a, '2023-01-10', 'career_planning', { notes: '计划报考药学专升本，建议关注华派药业储备岗位' });
    expect(first).toMatchObject({ seekerId: ids.a, seekerName: '罗文杰', counsellorName: '杨晓梅', topic: 'career_planning', followUpOn: null });
    await log(ids.a, '2023-02-15', 'job_search');
    await log(ids.b, '2023-02-20', 'policy', { followUpOn: '2023-03-01', notes: '咨询高校毕业生就业补贴' });
    await log(ids.c, '2023-05-05', 'skills_training');
    await log(ids.b, '2024-01-03', 'other');
    await log(ids.b, chinaToday(), 'entrepreneurship');
    expect(await countRows()).toBe(base + 6);
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
    expect(entry).toMatchObject({ action: 'consultation.create', actorLabel: 'operator' });
    expect(entry?.after).toEqual({ seekerId: ids.a, heldOn: '2023-01-10', topic: 'career_planning', followUpOn: null, hasNotes: true });
    expect(JSON.stringify(await t.ctx.db.select().from(auditLog))).not.toContain('专升本');
  });

  it('lists with filters and pagination, and shows one seeker’s history', async () => {
    const all = (await operator.get('/api/consultations?pageSize=4')).json();
    expect(all.total).toBe(6);
    expect(all.items.map((c: { heldOn: string }) => c.heldOn)).toEqual([chinaToday(), '2024-01-03', '2023-05-05', '2023-02-20']);
    const page2 = (await operator.get('/api/consultations?pageSize=4&page=2')).json();
    expect(page2.items.map((c: { heldOn: string }) => c.heldOn)).toEqual(['2023-02-15', '2023-01-10']);
    expect((await operator.get('/api/consultations?from=2023-01-01&to=2023-12-31')).json().total).toBe(4);
    expect((await operator.get('/api/consultations?topic=policy')).json().items.map((c: { seekerId: string }) => c.seekerId)).toEqual([ids.b]);
    expect((await operator.get(`/api/consultations?seekerId=${ids.a}`)).json().total).toBe(2);
    expect((await operator.get('/api/consultations?topic=chat')).statusCode).toBe(400);
    expect((await operator.get('/api/consultations?from=2023-13-01')).statusCode).toBe(400);
    const history = (await operator.get(`/api/seekers/${ids.b}/consultations`)).json().items;
    expect(history.map((c: { topic: string }) => c.topic)).toEqual(['entrepreneurship', 'other', 'policy']);
    expect((await otherOperator.get(`/api/seekers/${ids.b}/consultations`)).statusCode).toBe(404);
    expect((await otherOperator.get('/api/consultations')).json().total).toBe(0);
    for (const c of [gov, huapai, seeker]) expect((await c.get('/api/consultations')).statusCode).toBe(403);
  });

  it('edits a consultation only as last seen, and only within the zone', async () => {
    const [item] = (await operator.get('/api/consultations?topic=policy')).json().items;
    const bad = await operator.patch(`/api/consultations/${item.id}`, { followUpOn: '2023-01-01', updatedAt: item.updatedAt });
    expect(fields(bad)).toEqual({ followUpOn: '回访日期不能早于咨询日期' });
    expect(fields(await operator.patch(`/api/consultations/${item.id}`, { topic: 'job_search' }))).toEqual({ updatedAt: '必填' });
    expect((await otherOperator.get(`/api/consultations/${item.id}`)).statusCode).toBe(404);
    expect((await otherOperator.patch(`/api/consultations/${item.id}`, { topic: 'other', updatedAt: item.updatedAt })).statusCode).toBe(404);
    expect((await huapai.get(`/api/consultations/${item.id}`)).statusCode).toBe(403);

    const ok = await operator.patch(`/api/consultations/${item.id}`, { topic: 'job_search', notes: '已申请就业补贴', updatedAt: item.updatedAt });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ topic: 'job_search', notes: '已申请就业补贴', heldOn: '2023-02-20' });
    const stale = await operator.patch(`/api/consultations/${item.id}`, { topic: 'other', updatedAt: item.updatedAt });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect((await operator.get(`/api/consultations/${item.id}`)).json().topic).toBe('job_search');
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'consultation.update'));
    expect(entry).toMatchObject({ entityId: item.id, before: { topic: 'policy' }, after: { topic: 'job_search', notesChanged: true } });
    expect(JSON.stringify(entry)).not.toContain('就业补贴');
  });

  it('counts consultations and distinct seekers per period, for operators and government', async () => {
    const month = (await operator.get('/api/consultations/stats?from=2023-01-01&to=2023-12-31&groupBy=month')).json();
    expect(month.total).toEqual({ consultations: 4, seekers: 3 });
    expect(month.periods).toHaveLength(12);
    expect(month.periods[0]).toEqual({ period: '2023-01', consultations: 1, seekers: 1 });
    expect(month.periods[1]).toEqual({ period: '2023-02', consultations: 2, seekers: 2 });
    expect(month.periods[2]).toEqual({ period: '2023-03', consultations: 0, seekers: 0 });
    expect(month.topics).toEqual([
      { topic: 'career_planning', consultations: 1, seekers: 1 },
      { topic: 'job_search', consultations: 2, seekers: 2 },
      { topic: 'skills_training', consultations: 1, seekers: 1 },
    ]);
    const quarter = (await gov.get('/api/consultations/stats?from=2023-01-01&to=2024-03-31&groupBy=quarter')).json();
    expect(quarter.periods.map((p: { period: string }) => p.period)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(quarter.periods[0]).toEqual({ period: '2023-Q1', consultations: 3, seekers: 2 });
    expect(quarter.total).toEqual({ consultations: 5, seekers: 3 });
    const year = (await operator.get('/api/consultations/stats?from=2023-01-01&to=2024-12-31&groupBy=year&topic=job_search')).json();
    expect(year.periods).toEqual([
      { period: '2023', consultations: 2, seekers: 2 },
      { period: '2024', consultations: 0, seekers: 0 },
    ]);
    const thisYear = (await operator.get('/api/consultations/stats')).json();
    expect(thisYear).toMatchObject({ from: `${chinaToday().slice(0, 4)}-01-01`, to: chinaToday(), groupBy: 'month' });
    expect(thisYear.total.consultations).toBeGreaterThanOrEqual(1);

    expect(fields(await operator.get('/api/consultations/stats?from=2023-12-31&to=2023-01-01'))).toEqual({ 'querystring.from': '开始日期不能晚于结束日期' });
    expect(fields(await operator.get('/api/consultations/stats?from=2000-01-01&to=2023-01-01', { 'accept-language': 'en' }))).toEqual({
      'querystring.from': 'The period can be at most 10 years long',
    });
    expect((await operator.get('/api/consultations/stats?groupBy=week')).statusCode).toBe(400);
    expect((await otherOperator.get('/api/consultations/stats?from=2023-01-01&to=2023-12-31')).json().total).toEqual({ consultations: 0, seekers: 0 });
    for (const c of [huapai, seeker]) expect((await c.get('/api/consultations/stats')).statusCode).toBe(403);
  });
});
