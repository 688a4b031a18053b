import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/modules/accounts/accounts.table';
import { seekers } from '../../src/modules/talent/talent.table';
import { applications, positions } from '../../src/modules/positions/positions.table';
import { auditLog } from '../../src/platform/audit.table';
import { encryptText, lookupHash } from '../../src/platform/crypto';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const POSITION = {
  title: '化学制药工程师',
  duties: '负责原料药合成工艺的优化与放大，参与GMP车间的工艺验证和偏差调查，编写工艺规程。',
  headcount: 2,
  educationLevel: 'bachelor',
  majors: ['制药工程', '药学'],
  skills: ['GMP', '工艺验证'],
  experienceYears: 2,
  regionCode: '532301',
  salaryMin: 6000,
  salaryMax: 9000,
  employmentType: 'full_time',
};

describe.each(DB_KINDS)('positions and applications on %s', (kind) => {
  let t: TestApp;
  let huapai: TestClient;
  let operator: TestClient;
  let seeker: TestClient;
  let positionId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [huapai, operator, seeker] = await Promise.all([t.signIn('huapai'), t.signIn('operator'), t.signIn('seeker')]);
    // The demo seeker's résumé, as the talent module would have stored it.
    const [account] = await t.ctx.db.select().from(accounts).where(eq(accounts.username, 'seeker'));
    await t.ctx.db.insert(seekers).values({
      accountId: account?.id,
      name: '普晓燕',
      phoneEnc: encryptText(t.ctx.keys, '13987812345'),
      phoneHash: lookupHash(t.ctx.keys, 'phone', '13987812345'),
      educationLevel: 'bachelor',
      school: '楚雄医药高等专科学校',
      major: '药学',
      skills: ['GMP'],
      source: 'self',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes a position from draft through review to the public search', async () => {
    const draft = await huapai.post('/api/positions', POSITION);
    expect(draft.statusCode).toBe(201);
    positionId = draft.json().id;
    expect(draft.json()).toMatchObject({ status: 'draft', source: 'enterprise', organisationName: '云南华派药业有限公司' });
    expect((await t.client().get(`/api/positions/${positionId}`)).statusCode).toBe(404);
    // Asked once before publication (and so cached), the same query must show it after publication.
    const before = (await t.client().get(`/api/positions?q=${encodeURIComponent('制药工程师')}`)).json();
    expect(before.items.map((p: { id: string }) => p.id)).not.toContain(positionId);

    expect((await huapai.post(`/api/positions/${positionId}/submit`)).json().status).toBe('submitted');
    // An enterprise cannot approve its own position.
    expect((await huapai.post(`/api/positions/${positionId}/review`, { decision: 'approve' })).statusCode).toBe(403);
    const returned = await operator.post(`/api/positions/${positionId}/review`, { decision: 'return', reason: '请补充薪资福利说明' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充薪资福利说明' });
    expect((await huapai.post(`/api/positions/${positionId}/submit`)).json().status).toBe('submitted');
    const published = await operator.post(`/api/positions/${positionId}/review`, { decision: 'approve' });
    expect(published.json()).toMatchObject({ status: 'published', returnReason: null });
    expect(published.json().publishedAt).toBeTruthy();

    const found = (await t.client().get(`/api/positions?q=${encodeURIComponent('制药工程师')}`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toContain(positionId);
    expect((await t.client().get(`/api/positions/${positionId}`)).json().title).toBe('化学制药工程师');
    const actions = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, positionId))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['position.create', 'position.submit', 'position.return', 'position.approve']));
  });

  it('validates every field and the salary range, writing nothing', async () => {
    const before = (await t.ctx.db.select().from(positions)).length;
    const bad = await huapai.post('/api/positions', { ...POSITION, headcount: 0, educationLevel: 'phd', regionCode: '123', salaryMin: 9000, salaryMax: 6000 });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['educationLevel', 'headcount', 'regionCode']);
    const range = await huapai.post('/api/positions', { ...POSITION, salaryMin: 9000, salaryMax: 6000 }, { 'accept-language': 'en' });
    expect(range.json().error.fields).toEqual([{ path: 'salaryMin', message: 'The minimum salary cannot exceed the maximum' }]);
    expect((await t.ctx.db.select().from(positions)).length).toBe(before);
  });

  it('lets operators record demand from a visit for an enterprise, never for a school', async () => {
    const orgs = (await operator.get(`/api/organisations?q=${encodeURIComponent('和创药业')}`)).json();
    const visit = await operator.post('/api/positions', { ...POSITION, title: '中药饮片炮制工', organisationId: orgs.items[0].id });
    expect(visit.json()).toMatchObject({ source: 'visit', status: 'draft' });
    const school = (await operator.get('/api/organisations?type=school&pageSize=1')).json().items[0];
    const refused = await operator.post('/api/positions', { ...POSITION, organisationId: school.id });
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'organisationId' });
    const missing = await operator.post('/api/positions', POSITION);
    expect(missing.json().error.fields[0].path).toBe('organisationId');
  });

  it('keeps enterprises to their own positions, by id', async () => {
    const dali = await t.signIn('dali');
    expect((await dali.post('/api/positions', POSITION)).json().error.fields[0].message).toContain('企业');
    const draft = (await huapai.post('/api/positions', { ...POSITION, title: '质量检验员' })).json();
    expect((await dali.get(`/api/positions/${draft.id}`)).statusCode).toBe(404);
    expect((await dali.patch(`/api/positions/${draft.id}`, { title: 'x', version: draft.version })).statusCode).toBe(404);
    expect((await dali.post(`/api/positions/${draft.id}/submit`)).statusCode).toBe(404);
    const mine = (await huapai.get('/api/managed-positions')).json();
    expect(mine.items.every((p: { organisationName: string }) => p.organisationName === '云南华派药业有限公司')).toBe(true);
    expect((await dali.get('/api/managed-positions')).json().total).toBe(0);
  });

  it('takes one application per seeker, idempotent on retries, seen only by the enterprise', async () => {
    const first = await seeker.post(`/api/positions/${positionId}/applications`, { idempotencyKey: 'tap-0001-abcdef' });
    expect(first.statusCode).toBe(201);
    const retry = await seeker.post(`/api/positions/${positionId}/applications`, { idempotencyKey: 'tap-0001-abcdef' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    const again = await seeker.post(`/api/positions/${positionId}/applications`, { idempotencyKey: 'tap-0002-abcdef' });
    expect(again.statusCode).toBe(409);
    expect((await t.ctx.db.select().from(applications)).length).toBe(1);
    expect(first.json().resume).toMatchObject({ name: '普晓燕', phoneMasked: '139****2345', school: '楚雄医药高等专科学校' });
    expect(JSON.stringify(first.json())).not.toContain('13987812345');

    const theirs = (await huapai.get(`/api/applications?positionId=${positionId}`)).json();
    expect(theirs.items.map((a: { id: string }) => a.id)).toEqual([first.json().id]);
    const dali = await t.signIn('dali');
    expect((await dali.get('/api/applications')).json().total).toBe(0);
    expect((await dali.patch(`/api/applications/${first.json().id}`, { status: 'interview' })).statusCode).toBe(404);
    expect((await seeker.get('/api/applications')).json().items[0]).toMatchObject({ positionTitle: '化学制药工程师', status: 'applied' });
  });

  it('moves applications only forward, counts hires and fills the position', async () => {
    const id = (await huapai.get(`/api/applications?positionId=${positionId}`)).json().items[0].id;
    expect((await huapai.patch(`/api/applications/${id}`, { status: 'interview' })).json().status).toBe('interview');
    expect((await seeker.patch(`/api/applications/${id}`, { status: 'hired' })).statusCode).toBe(403);
    expect((await huapai.patch(`/api/applications/${id}`, { status: 'hired' })).json().status).toBe('hired');
    const back = await huapai.patch(`/api/applications/${id}`, { status: 'interview' });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.fields[0].path).toBe('status');
    expect((await seeker.get('/api/applications')).json().items[0].status).toBe('hired');
    const position = (await huapai.get(`/api/positions/${positionId}`)).json();
    expect(position).toMatchObject({ filledCount: 1, status: 'published' });
  });

  it('refuses applications to positions that are not open and from seekers without a résumé', async () => {
    const draft = (await huapai.post('/api/positions', { ...POSITION, title: '设备维修电工' })).json();
    expect((await seeker.post(`/api/positions/${draft.id}/applications`, {})).statusCode).toBe(404);
    const fresh = t.client();
    const reg = await fresh.post('/api/auth/register', { displayName: '王敏', phone: '13600001234', password: 'Wangmin@2024', acceptPrivacyPolicy: true });
    fresh.csrf = reg.json().csrfToken;
    const noProfile = await fresh.post(`/api/positions/${positionId}/applications`, {});
    expect(noProfile.json().error.fields[0].path).toBe('profile');
  });
});

describe.each(DB_KINDS)('position export on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports only the positions the caller manages, as xlsx, and audits it', async () => {
    const huapai = await t.signIn('huapai');
    const dali = await t.signIn('dali');
    await huapai.post('/api/positions', POSITION);
    const res = await huapai.get('/api/managed-positions/export.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('岗位名称');
    expect(sheet?.getRow(2).getCell(1).value).toBe('化学制药工程师');
    expect(sheet?.getRow(2).getCell(4).value).toBe('草稿');
    const other = new ExcelJS.Workbook();
    await other.xlsx.load((await dali.get('/api/managed-positions/export.xlsx')).rawPayload as unknown as ArrayBuffer);
    expect(other.worksheets[0]?.rowCount).toBe(1);
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'position.export'));
    expect(entries).toHaveLength(2);
    expect((await t.client().get('/api/managed-positions/export.xlsx')).statusCode).toBe(401);
  });
});
