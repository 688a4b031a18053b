import ExcelJS from 'exceljs';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { consultations } from '../../src/modules/consultations/consultations.table';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { applications, positions } from '../../src/modules/positions/positions.table';
import { canOrganisationSeeSeeker } from '../../src/modules/talent/consent';
import { consents, seekers } from '../../src/modules/talent/talent.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { idNumberCheckChar } from '../../src/platform/id-number';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';

function validId(body17: string): string {
  return body17 + idNumberCheckChar(body17);
}

/** The same 17 digits with a wrong check character, and the one expected. */
function wrongCheck(id: string): { id: string; expected: string } {
  const expected = id[17] as string;
  return { id: id.slice(0, 17) + (expected === '1' ? '2' : '1'), expected };
}

const ID_XIAOYAN = validId('53230119990612002'); // 1999-06-12, female (17th digit even)
const ID_WALKIN = validId('53232519880304001'); // 1988-03-04, male
const ID_OTHER = validId('53232819971120006');

function put(c: TestClient, url: string, body: unknown, headers: Record<string, string> = {}) {
  return c.request({ method: 'PUT', url, payload: body as object, headers });
}
function del(c: TestClient, url: string) {
  return c.request({ method: 'DELETE', url });
}

const PROFILE = {
  name: '普丽萍',
  idNumber: ID_XIAOYAN,
  email: 'xiaoyan.pu@example.cn',
  educationLevel: 'bachelor',
  school: '楚雄师范学院',
  major: '化学',
  graduationOn: '2021-07-01',
  education: [{ school: '楚雄师范学院', major: '化学', level: 'bachelor', startOn: '2017-09-01', endOn: '2021-07-01' }],
  experience: [{ employer: '云南华派药业有限公司', title: '质检员', startOn: '2021-08-01', endOn: null, description: '原料药理化检验' }],
  skills: ['HPLC', '气相色谱', 'GMP'],
  experienceYears: 2,
  preferredRegions: ['532301', '532300'],
  expectedSalaryMin: 4000,
  expectedSalaryMax: 6000,
  availableFrom: '2024-03-01',
  summary: '熟悉药品质量检验流程',
};

const WALK_IN = {
  name: '杞云峰',
  gender: 'male',
  idNumber: ID_WALKIN,
  phone: '138 0878 1234',
  educationLevel: 'associate',
  school: '昆明工业职业技术学院',
  major: '机电一体化技术',
  skills: ['PLC', '电工证'],
  experienceYears: 6,
  preferredRegions: ['532325'],
  expectedSalaryMin: 4500,
  expectedSalaryMax: 5500,
};

describe.each(DB_KINDS)('talent pool on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let seeker: TestClient;
  let huapai: TestClient;
  let dali: TestClient;
  let hechuang: TestClient;
  let huapaiId: string;
  let hechuangId: string;
  let daliId: string;
  let otherOperator: TestClient;
  let profileId: string;
  let baseSeekers: number;
  let baseConsents: number;

  async function countRows(table: typeof seekers | typeof consents): Promise<number> {
    return (await t.ctx.db.select().from(table)).length;
  }

  async function auditText(): Promise<string> {
    return JSON.stringify(await t.ctx.db.select().from(auditLog));
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    seeker = t.client();
    const registered = await seeker.post('/api/auth/register', { displayName: '小普', phone: '13987812399', password: PASSWORD, acceptPrivacyPolicy: true });
    expect(registered.statusCode).toBe(201);
    seeker.csrf = registered.json().csrfToken;
    baseSeekers = await countRows(seekers);
    baseConsents = await countRows(consents);
    huapai = await t.signIn('huapai');
    dali = await t.signIn('dali');
    const find = async (q: string) => (await operator.get(`/api/organisations?q=${encodeURIComponent(q)}`)).json().items[0].id as string;
    huapaiId = await find('华派');
    hechuangId = await find('和创');
    daliId = await find('大理大学');
    const staff = await operator.post(`/api/organisations/${hechuangId}/accounts`, {
      username: 'hechuang.hr',
      displayName: '罗春梅',
      role: 'org_admin',
      password: PASSWORD,
    });
    expect(staff.statusCode).toBe(201);
    hechuang = await t.signIn('hechuang.hr', PASSWORD);

    // A second zone with its own operator: everything of the first zone is "not found" to it.
    const zone = await insertZone(t.ctx.db, { name: '大理测试园区', regionCode: '532901' });
    const code = '91532901MA6Q8TEST'.replace('TEST', '7K3');
    const creditCode = code + creditCodeCheckChar(code);
    await insertOrganisations(t.ctx.db, [
      { zoneId: zone.id, name: '大理测试人力资源服务有限公司', type: 'operator', creditCode, regionCode: '532901', industry: 'modern_services' },
    ]);
    await createAccount(t.ctx, { username: 'dali.operator', password: PASSWORD, role: 'operator', displayName: '段丽', organisation: creditCode }, SYSTEM_SOURCE);
    otherOperator = await t.signIn('dali.operator', PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  it('documents its routes in OpenAPI', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/me/profile'].put.requestBody.content['application/json'].schema.properties.idNumber).toBeDefined();
    expect(doc.paths['/api/seekers/{id}/personal-data'].get).toBeDefined();
    expect(doc.paths['/api/consultations/stats'].get).toBeDefined();
  });

  it('refuses a bad profile field by field, in Chinese and English, and writes nothing', async () => {
    expect((await seeker.get('/api/me/profile')).statusCode).toBe(404);
    const bad = wrongCheck(ID_XIAOYAN);
    const res = await put(seeker, '/api/me/profile', {
      ...PROFILE,
      idNumber: bad.id,
      expectedSalaryMin: 7000,
      expectedSalaryMax: 5000,
      preferredRegions: ['999999'],
      educationLevel: 'phd',
    });
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(res.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(fields.idNumber).toBe(`身份证号码校验位错误（应为 ${bad.expected}）`);
    expect(fields['preferredRegions.0']).toBe('不是有效的行政区划代码');
    expect(fields.educationLevel).toMatch(/取值不在允许范围内/);

    const rule = await put(seeker, '/api/me/profile', { ...PROFILE, expectedSalaryMin: 7000, expectedSalaryMax: 5000, birthDate: '1999-06-13' }, { 'accept-language': 'en' });
    expect(rule.statusCode).toBe(400);
    expect(rule.json().error.fields).toEqual([
      { path: 'birthDate', message: 'The birth date does not match the ID number (expected 1999-06-12)' },
      { path: 'expectedSalaryMax', message: 'The expected salary minimum must not exceed the maximum' },
    ]);
    const en = await put(seeker, '/api/me/profile', { ...PROFILE, idNumber: bad.id, name: '' }, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual([
      { path: 'name', message: 'Required' },
      { path: 'idNumber', message: `Wrong check character in the ID number (expected ${bad.expected})` },
    ]);
    const format = await put(seeker, '/api/me/profile', { ...PROFILE, idNumber: '5323011999' });
    expect(format.json().error.fields[0]).toEqual({ path: 'idNumber', message: expect.stringContaining('18 位') });
    const disability = await put(seeker, '/api/me/profile', { ...PROFILE, disability: { hasDisability: true, category: 'hearing', accommodation: '需要文字沟通' } });
    expect(disability.statusCode).toBe(400);
    expect(disability.json().error.fields).toEqual([{ path: 'disability', message: expect.stringContaining('敏感个人信息') }]);
    const badDates = await put(seeker, '/api/me/profile', {
      ...PROFILE,
      education: [{ school: '楚雄师范学院', level: 'bachelor', startOn: '2021-09-01', endOn: '2017-07-01' }],
      graduationOn: '2021-02-30',
    });
    expect(badDates.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['graduationOn']);
    const endBeforeStart = await put(seeker, '/api/me/profile', {
      ...PROFILE,
      education: [{ school: '楚雄师范学院', level: 'bachelor', startOn: '2021-09-01', endOn: '2017-07-01' }],
    });
    expect(endBeforeStart.json().error.fields).toEqual([{ path: 'education.0.endOn', message: '结束日期不能早于开始日期' }]);

    expect((await seeker.get('/api/me/profile')).statusCode).toBe(404);
    expect(await countRows(seekers)).toBe(baseSeekers);
    expect(await countRows(consents)).toBe(baseConsents);
  });

  it('creates the profile on first save with the account phone, masked, and birth date and gender from the ID number', async () => {
    const res = await put(seeker, '/api/me/profile', { ...PROFILE, idNumber: ID_XIAOYAN.toLowerCase() });
    expect(res.statusCode).toBe(201);
    const profile = res.json();
    profileId = profile.id;
    expect(profile).toMatchObject({
      name: '普丽萍',
      gender: 'female',
      birthDate: '1999-06-12',
      idNumberMasked: `5323**********${ID_XIAOYAN.slice(-4)}`,
      phoneMasked: '139****2399',
      source: 'self',
      version: 1,
      consents: [],
      preferredRegionNames: ['云南省 楚雄彝族自治州 楚雄市', '云南省 楚雄彝族自治州'],
    });
    expect(res.body).not.toContain(ID_XIAOYAN);
    expect(res.body).not.toContain('13987812399');
    const [row] = await t.ctx.db.select().from(seekers).where(eq(seekers.id, profileId));
    expect(row?.idNumberEnc).not.toContain(ID_XIAOYAN);
    expect(row?.idNumberHash).toBeTruthy();
    expect(row?.phoneHash).toBeTruthy();
    const [entry] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.create'));
    expect(entry?.entityId).toBe(profileId);
    expect(entry?.after).toMatchObject({ source: 'self', fields: expect.arrayContaining(['name', 'idNumber', 'phone']) });
    expect(await auditText()).not.toContain('普丽萍');
  });

  it('replaces the profile with optimistic versioning; absent sealed fields are kept', async () => {
    const noVersion = await put(seeker, '/api/me/profile', PROFILE);
    expect(noVersion.json().error.fields).toEqual([{ path: 'version', message: '必填' }]);
    const { idNumber: _id, summary: _summary, ...withoutIdAndSummary } = PROFILE;
    const ok = await put(seeker, '/api/me/profile', { ...withoutIdAndSummary, skills: ['HPLC', 'HPLC', '液相色谱'], version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, summary: null, skills: ['HPLC', '液相色谱'], idNumberMasked: `5323**********${ID_XIAOYAN.slice(-4)}` });
    const stale = await put(seeker, '/api/me/profile', { ...PROFILE, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const entries = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.update')).orderBy(auditLog.id);
    expect(entries.map((e) => e.after)).toEqual([{ fields: ['skills', 'summary'] }]);
  });

  it('de-duplicates by keyed hash: the same ID number or phone is a 409 naming the field', async () => {
    const other = t.client();
    const reg = await other.post('/api/auth/register', { displayName: '李春花', phone: '13508781111', password: PASSWORD, acceptPrivacyPolicy: true });
    expect(reg.statusCode).toBe(201);
    other.csrf = reg.json().csrfToken;
    const sameId = await put(other, '/api/me/profile', { name: '李春花', idNumber: ID_XIAOYAN });
    expect(sameId.statusCode).toBe(409);
    expect(sameId.json().error.fields).toEqual([{ path: 'idNumber', message: '该身份证号码已在人才库中' }]);
    const samePhone = await put(other, '/api/me/profile', { name: '李春花', phone: '+86 139-8781-2399' }, { 'accept-language': 'en' });
    expect(samePhone.json().error.fields).toEqual([{ path: 'phone', message: 'A profile with this mobile number is already in the talent pool' }]);
    const walkIn = await operator.post('/api/seekers', { name: '李春花', phone: '13987812399' });
    expect(walkIn.statusCode).toBe(409);
    expect(await countRows(seekers)).toBe(baseSeekers + 1);
    const own = await put(other, '/api/me/profile', { name: '李春花', idNumber: ID_OTHER, gender: 'male' });
    expect(own.json().error.fields).toEqual([{ path: 'gender', message: '性别与身份证号码不一致' }]);
    expect((await put(other, '/api/me/profile', { name: '李春花', idNumber: ID_OTHER })).statusCode).toBe(201);

    // Two desks recording the same walk-in at once: one wins, the other is told which field clashed.
    const racing = await Promise.all([1, 2].map(() => operator.post('/api/seekers', { name: '者春梅', phone: '15187810001' })));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(racing.find((r) => r.statusCode === 409)?.json().error.fields).toEqual([{ path: 'phone', message: '该手机号已在人才库中' }]);
    const raced = racing.find((r) => r.statusCode === 201)?.json();
    // Walk-in records made for the race are not part of the rest of the story.
    await t.ctx.db.delete(auditLog).where(eq(auditLog.entityId, raced.id));
    await t.ctx.db.delete(seekers).where(eq(seekers.id, raced.id));
  });

  it('shows full values only through the personal-data endpoint, to operators, and audits every read', async () => {
    const masked = await operator.get(`/api/seekers/${profileId}`);
    expect(masked.statusCode).toBe(200);
    expect(masked.json()).toMatchObject({ phoneMasked: '139****2399', idNumberMasked: `5323**********${ID_XIAOYAN.slice(-4)}`, consents: [] });
    expect(masked.body).not.toContain(ID_XIAOYAN);

    const full = await operator.get(`/api/seekers/${profileId}/personal-data`);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toEqual({ idNumber: ID_XIAOYAN, phone: '13987812399' });
    expect(full.headers['cache-control']).toBe('no-store');
    const reads = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.personal_data_read')).orderBy(auditLog.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ entityId: profileId, actorLabel: 'operator', after: { fields: ['idNumber', 'phone'], via: 'api' } });

    expect((await huapai.get(`/api/seekers/${profileId}/personal-data`)).statusCode).toBe(403);
    expect((await seeker.get(`/api/seekers/${profileId}/personal-data`)).statusCode).toBe(403);
    expect((await otherOperator.get(`/api/seekers/${profileId}/personal-data`)).statusCode).toBe(404);
    expect((await otherOperator.get(`/api/seekers/${profileId}`)).statusCode).toBe(404);
    expect((await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.personal_data_read'))).length).toBe(1);
    const audit = await auditText();
    expect(audit).not.toContain(ID_XIAOYAN);
    expect(audit).not.toContain('13987812399');
  });

  it('accepts disability information only with the sensitive_disability consent, and deletes it when the consent is withdrawn', async () => {
    const current = (await seeker.get('/api/me/profile')).json();
    const disability = { hasDisability: true, category: 'hearing', accommodation: '面试时需要文字沟通' };
    const refused = await put(seeker, '/api/me/profile', { ...PROFILE, disability, version: current.version }, { 'accept-language': 'en' });
    expect(refused.json().error.fields).toEqual([{ path: 'disability', message: expect.stringContaining('sensitive personal information') }]);
    const ok = await put(seeker, '/api/me/profile', { ...PROFILE, disability, disabilityConsent: true, version: current.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().disability).toEqual(disability);
    expect(ok.json().consents).toEqual([
      expect.objectContaining({ purpose: 'sensitive_disability', policyVersion: '2024-01', isActive: true, isRecordedByOperator: false }),
    ]);
    const [row] = await t.ctx.db.select().from(seekers).where(eq(seekers.id, profileId));
    expect(row?.disabilityEnc).toBeTruthy();
    expect(row?.disabilityEnc).not.toContain('hearing');
    // Saving again under the now active consent needs no checkbox, and unchanged values are no change.
    const again = await put(seeker, '/api/me/profile', { ...PROFILE, disability, version: ok.json().version });
    expect(again.statusCode).toBe(200);
    const lastUpdate = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.update'))).length;

    const consentId = ok.json().consents[0].id;
    const withdrawn = await del(seeker, `/api/me/consents/${consentId}`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ id: consentId, isActive: false, withdrawnAt: expect.any(String) });
    const after = (await seeker.get('/api/me/profile')).json();
    expect(after.disability).toBeNull();
    const updates = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.update')).orderBy(auditLog.id);
    expect(updates).toHaveLength(lastUpdate + 1);
    expect(updates.at(-1)?.after).toEqual({ fields: ['disability'], reason: 'consent_withdrawn' });
    expect((await put(seeker, '/api/me/profile', { ...PROFILE, disability, version: after.version })).statusCode).toBe(400);
    expect(await auditText()).not.toContain('面试时需要文字沟通');
  });

  it('lets an operator record a walk-in, with the disability consent ticked in the seeker’s presence', async () => {
    const before = await countRows(seekers);
    const bad = await operator.post('/api/seekers', { ...WALK_IN, name: ' ', phone: '12345', birthDate: '1988-13-01', idNumber: wrongCheck(ID_WALKIN).id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['birthDate', 'idNumber', 'name', 'phone']);
    const unknown = await operator.post('/api/seekers', { ...WALK_IN, nickname: 'x' });
    expect(unknown.json().error.fields).toEqual([{ path: 'nickname', message: '不支持的字段' }]);
    const noConsent = await operator.post('/api/seekers', { ...WALK_IN, disability: { hasDisability: true, category: 'physical', accommodation: '无障碍通道' } });
    expect(noConsent.json().error.fields[0].path).toBe('disability');
    const category = await operator.post('/api/seekers', { ...WALK_IN, disabilityConsent: true, disability: { hasDisability: false, category: 'physical' } });
    expect(category.json().error.fields).toEqual([{ path: 'disability.category', message: '未选择“有残疾”时不能填写残疾类别' }]);
    expect((await huapai.post('/api/seekers', WALK_IN)).statusCode).toBe(403);
    expect((await seeker.post('/api/seekers', WALK_IN)).statusCode).toBe(403);
    expect(await countRows(seekers)).toBe(before);

    const res = await operator.post('/api/seekers', {
      ...WALK_IN,
      disabilityConsent: true,
      disability: { hasDisability: true, category: 'physical', accommodation: '无障碍通道' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'walk_in',
      accountId: null,
      birthDate: '1988-03-04',
      phoneMasked: '138****1234',
      consents: [expect.objectContaining({ purpose: 'sensitive_disability', isRecordedByOperator: true })],
    });
    const [row] = await t.ctx.db.select().from(consents).where(eq(consents.seekerId, res.json().id));
    expect(row?.recordedBy).not.toBeNull();
  });

  it('lists, searches (name, exact phone and ID number through their hashes) and edits walk-ins within the zone', async () => {
    const walkIn = (await operator.get(`/api/seekers?q=${encodeURIComponent('杞云峰')}`)).json();
    expect(walkIn.total).toBe(1);
    const id = walkIn.items[0].id as string;
    expect(walkIn.items[0]).toMatchObject({ name: '杞云峰', phoneMasked: '138****1234' });
    expect((await operator.get('/api/seekers?q=13808781234')).json().items.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await operator.get(`/api/seekers?q=${ID_WALKIN}`)).json().items.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await operator.get(`/api/seekers?q=${encodeURIComponent('机电')}`)).json().total).toBe(1);
    expect((await operator.get(`/api/seekers?q=${encodeURIComponent('电工证')}`)).json().total).toBe(1);
    expect((await operator.get('/api/seekers?educationLevel=associate')).json().items.map((s: { id: string }) => s.id)).toEqual([id]);
    const all = (await operator.get('/api/seekers?pageSize=2')).json();
    expect(all.total).toBe(baseSeekers + 3);
    expect(all.items).toHaveLength(2);
    const page2 = (await operator.get('/api/seekers?pageSize=2&page=2')).json();
    expect(page2.items[0].id).not.toBe(all.items[0].id);
    expect(page2.items[0].id).not.toBe(all.items[1].id);
    expect((await operator.get('/api/seekers?educationLevel=phd')).statusCode).toBe(400);
    expect((await otherOperator.get('/api/seekers')).json().total).toBe(0);
    for (const role of [huapai, seeker, await t.signIn('gov')]) expect((await role.get('/api/seekers')).statusCode).toBe(403);

    const current = (await operator.get(`/api/seekers/${id}`)).json();
    const bad = await operator.patch(`/api/seekers/${id}`, { expectedSalaryMin: 9000, version: current.version });
    expect(bad.json().error.fields).toEqual([{ path: 'expectedSalaryMax', message: '期望薪资下限不能高于上限' }]);
    const mismatch = await operator.patch(`/api/seekers/${id}`, { idNumber: ID_XIAOYAN, version: current.version });
    expect(mismatch.json().error.fields).toEqual([
      { path: 'birthDate', message: '出生日期与身份证号码不一致（应为 1999-06-12）' },
      { path: 'gender', message: '性别与身份证号码不一致' },
    ]);
    const dup = await operator.patch(`/api/seekers/${id}`, { idNumber: ID_XIAOYAN, birthDate: null, gender: null, version: current.version });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual([{ path: 'idNumber', message: '该身份证号码已在人才库中' }]);
    const ok = await operator.patch(`/api/seekers/${id}`, { major: '电气自动化技术', phone: null, version: current.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ major: '电气自动化技术', phoneMasked: null, school: '昆明工业职业技术学院', version: current.version + 1 });
    expect((await operator.patch(`/api/seekers/${id}`, { major: 'x', version: current.version })).statusCode).toBe(409);
    expect((await otherOperator.patch(`/api/seekers/${id}`, { major: 'x', version: current.version + 1 })).statusCode).toBe(404);
    expect((await operator.patch(`/api/seekers/${id}`, { major: 'x' })).json().error.fields).toEqual([{ path: 'version', message: '必填' }]);
    const [entry] = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id))).filter((e) => e.action === 'seeker.update');
    expect(entry?.after).toEqual({ fields: ['major', 'phone'] });
  });

  it('shows a seeker to an enterprise only with consent or an application, tested by id', async () => {
    const visible = async (c: TestClient) => (await c.get(`/api/seekers/${profileId}`)).statusCode;
    expect(await visible(huapai)).toBe(404);
    expect(await visible(hechuang)).toBe(404);
    expect(await canOrganisationSeeSeeker(t.ctx, profileId, huapaiId)).toBe(false);

    const before = await countRows(consents);
    const noOrg = await seeker.post('/api/me/consents', { purpose: 'share_with_organisation' });
    expect(noOrg.json().error.fields).toEqual([{ path: 'organisationId', message: '请选择接收简历的企业' }]);
    const extraOrg = await seeker.post('/api/me/consents', { purpose: 'job_matching', organisationId: huapaiId }, { 'accept-language': 'en' });
    expect(extraOrg.json().error.fields).toEqual([{ path: 'organisationId', message: 'Only “share with a named enterprise” takes an enterprise' }]);
    const school = await seeker.post('/api/me/consents', { purpose: 'share_with_organisation', organisationId: daliId });
    expect(school.json().error.fields[0]).toEqual({ path: 'organisationId', message: '所选单位不存在、已停用或不是企业' });
    expect((await seeker.post('/api/me/consents', { purpose: 'marketing' })).statusCode).toBe(400);
    expect(await countRows(consents)).toBe(before);

    const matching = await seeker.post('/api/me/consents', { purpose: 'job_matching' });
    expect(matching.statusCode).toBe(201);
    expect(matching.json()).toMatchObject({ purpose: 'job_matching', policyVersion: '2024-01', isActive: true, organisationId: null });
    expect((await seeker.post('/api/me/consents', { purpose: 'job_matching' })).statusCode).toBe(200);
    const seen = await huapai.get(`/api/seekers/${profileId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ name: '普丽萍', phoneMasked: '139****2399' });
    expect(seen.json().consents).toBeUndefined();
    expect(seen.body).not.toContain(ID_XIAOYAN);
    expect(await visible(hechuang)).toBe(200);
    // Job matching shows the profile to enterprises, not to schools.
    expect(await visible(dali)).toBe(404);
    expect((await huapai.get(`/api/seekers/${profileId}/personal-data`)).statusCode).toBe(403);

    expect((await del(seeker, `/api/me/consents/${matching.json().id}`)).json().isActive).toBe(false);
    expect(await visible(huapai)).toBe(404);

    const share = await seeker.post('/api/me/consents', { purpose: 'share_with_organisation', organisationId: huapaiId });
    expect(share.statusCode).toBe(201);
    expect(share.json()).toMatchObject({ organisationId: huapaiId, organisationName: '云南华派药业有限公司' });
    expect(await visible(huapai)).toBe(200);
    expect(await visible(hechuang)).toBe(404);
    expect(await canOrganisationSeeSeeker(t.ctx, profileId, huapaiId)).toBe(true);
    expect(await canOrganisationSeeSeeker(t.ctx, profileId, hechuangId)).toBe(false);

    const list = (await seeker.get('/api/me/consents')).json().items;
    expect(list.map((c: { purpose: string; isActive: boolean }) => [c.purpose, c.isActive])).toEqual([
      ['share_with_organisation', true],
      ['job_matching', false],
      ['sensitive_disability', false],
    ]);
    // Another seeker's consent, by id, is not found.
    const [walkInConsent] = await t.ctx.db.select().from(consents).where(eq(consents.purpose, 'sensitive_disability')).then((rows) => rows.filter((c) => c.seekerId !== profileId));
    expect((await del(seeker, `/api/me/consents/${walkInConsent?.id}`)).statusCode).toBe(404);

    // A seeker who applied to one of an enterprise's positions is visible to it, consent or not.
    const walkInId = (await operator.get(`/api/seekers?q=${encodeURIComponent('杞云峰')}`)).json().items[0].id as string;
    expect((await hechuang.get(`/api/seekers/${walkInId}`)).statusCode).toBe(404);
    await applyTo(hechuangId, walkInId);
    expect((await hechuang.get(`/api/seekers/${walkInId}`)).statusCode).toBe(200);
    expect((await huapai.get(`/api/seekers/${walkInId}`)).statusCode).toBe(404);
    expect((await (await t.signIn('gov')).get(`/api/seekers/${walkInId}`)).statusCode).toBe(403);
  });

  async function applyTo(organisationId: string, seekerId: string): Promise<string> {
    const [zone] = await t.ctx.db.select({ zoneId: seekers.zoneId }).from(seekers).where(eq(seekers.id, seekerId));
    const [position] = await t.ctx.db
      .insert(positions)
      .values({
        zoneId: zone?.zoneId as string,
        organisationId,
        title: '设备维修电工',
        duties: '负责制药设备的日常维护',
        headcount: 2,
        educationLevel: 'associate',
        regionCode: '532301',
        employmentType: 'full_time',
        status: 'published',
      })
      .returning();
    const [application] = await t.ctx.db
      .insert(applications)
      .values({ positionId: position?.id as string, seekerId, organisationId, resumeSnapshot: { name: '简历快照' }, coverNote: '希望面试' })
      .returning();
    return application?.id as string;
  }

  it('lets operators record and withdraw consents for walk-ins', async () => {
    const walkInId = (await operator.get(`/api/seekers?q=${encodeURIComponent('杞云峰')}`)).json().items[0].id as string;
    const bad = await operator.post(`/api/seekers/${walkInId}/consents`, { purpose: 'share_with_organisation' });
    expect(bad.statusCode).toBe(400);
    const granted = await operator.post(`/api/seekers/${walkInId}/consents`, { purpose: 'job_matching' });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({ isRecordedByOperator: true });
    const seen = await huapai.get(`/api/seekers/${walkInId}`);
    expect(seen.statusCode).toBe(200);
    // Disability information stays with the pool: the enterprise sees none, the operator does.
    expect(seen.json().disability).toBeNull();
    expect(seen.body).not.toContain('无障碍通道');
    expect((await operator.get(`/api/seekers/${walkInId}`)).json().disability).toMatchObject({ category: 'physical' });
    expect((await operator.get(`/api/seekers/${walkInId}/consents`)).json().items).toHaveLength(2);
    expect((await otherOperator.post(`/api/seekers/${walkInId}/consents`, { purpose: 'job_matching' })).statusCode).toBe(404);
    expect((await huapai.post(`/api/seekers/${walkInId}/consents`, { purpose: 'job_matching' })).statusCode).toBe(403);
    expect((await del(otherOperator, `/api/seekers/${walkInId}/consents/${granted.json().id}`)).statusCode).toBe(404);
    expect((await del(operator, `/api/seekers/${profileId}/consents/${granted.json().id}`)).statusCode).toBe(404);
    const withdrawn = await del(operator, `/api/seekers/${walkInId}/consents/${granted.json().id}`);
    expect(withdrawn.json().isActive).toBe(false);
    expect((await huapai.get(`/api/seekers/${walkInId}`)).statusCode).toBe(404);
    const grants = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'consent.grant'));
    expect(grants.some((g) => g.entityId === walkInId)).toBe(true);
  });

  it('exports seekers masked, or in full with the permission, auditing each full-value read', async () => {
    const read = async (res: { rawPayload: Buffer }) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      return rows;
    };
    const masked = await operator.get('/api/seekers/export.xlsx');
    expect(masked.statusCode).toBe(200);
    expect(masked.headers['content-type']).toContain('spreadsheetml');
    const rows = await read(masked);
    expect(rows[0]?.slice(0, 5)).toEqual(['姓名', '性别', '出生日期', '身份证号码', '手机号']);
    const xiaoyan = rows.find((r) => r[0] === '普丽萍');
    expect(xiaoyan?.[3]).toBe(`5323**********${ID_XIAOYAN.slice(-4)}`);
    expect(xiaoyan?.[4]).toBe('139****2399');
    expect(rows).toHaveLength(baseSeekers + 4);
    const readsBefore = (await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.personal_data_read'))).length;
    expect(readsBefore).toBe(1);

    const full = await operator.get(`/api/seekers/export.xlsx?full=1&q=${encodeURIComponent('普丽萍')}`, { 'accept-language': 'en' });
    const fullRows = await read(full);
    expect(fullRows[0]?.slice(0, 5)).toEqual(['Name', 'Gender', 'Birth date', 'ID number', 'Mobile']);
    expect(fullRows[1]?.slice(0, 5)).toEqual(['普丽萍', 'Female', '1999-06-12', ID_XIAOYAN, '13987812399']);
    const reads = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.personal_data_read')).orderBy(auditLog.id);
    expect(reads).toHaveLength(2);
    expect(reads.at(-1)).toMatchObject({ entityId: profileId, after: { via: 'export' } });
    const exports = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.export')).orderBy(auditLog.id);
    expect(exports.map((e) => (e.after as { full: boolean; count: number }).full)).toEqual([false, true]);

    const byPhone = await operator.get('/api/seekers/export.xlsx?full=1&q=13987812399');
    expect((await read(byPhone))[1]?.[4]).toBe('13987812399');
    const [lastExport] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.export')).orderBy(desc(auditLog.id)).limit(1);
    expect(lastExport?.after).toMatchObject({ filters: { q: '139****2399' }, count: 1, full: true });
    expect((await operator.get('/api/seekers/export.xlsx?full=2')).statusCode).toBe(400);
    expect((await huapai.get('/api/seekers/export.xlsx')).statusCode).toBe(403);
    expect((await (await t.signIn('gov')).get('/api/seekers/export.xlsx')).statusCode).toBe(403);
    expect(await auditText()).not.toContain('13987812399');
  });

  it('gives the seeker everything held about them, as JSON and as a workbook', async () => {
    const applicationId = await applyTo(huapaiId, profileId);
    const logged = await operator.post('/api/consultations', { seekerId: profileId, heldOn: '2023-11-02', topic: 'career_planning', notes: '建议考取药物分析证书' });
    expect(logged.statusCode).toBe(201);
    const data = await seeker.get('/api/me/data');
    expect(data.statusCode).toBe(200);
    const body = data.json();
    expect(body.account).toMatchObject({ phone: '13987812399', displayName: '小普', privacyPolicyVersion: '2024-01' });
    expect(body.profile).toMatchObject({ id: profileId, idNumber: ID_XIAOYAN, phone: '13987812399', name: '普丽萍' });
    expect(body.consents).toHaveLength(3);
    expect(body.applications).toEqual([expect.objectContaining({ id: applicationId, positionTitle: '设备维修电工', organisationName: '云南华派药业有限公司' })]);
    expect(body.consultations).toEqual([expect.objectContaining({ heldOn: '2023-11-02', topic: 'career_planning', notes: '建议考取药物分析证书' })]);

    const xlsx = await seeker.get('/api/me/data.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['档案', '同意记录', '求职申请', '咨询记录', '岗位推荐', '消息']);
    const profileSheet = workbook.getWorksheet('档案');
    const values = new Map<string, string>();
    profileSheet?.eachRow((row) => values.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(values.get('身份证号码')).toBe(ID_XIAOYAN);
    expect(workbook.getWorksheet('求职申请')?.getRow(2).getCell(1).value).toBe('设备维修电工');
    const exports = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.data_export')).orderBy(auditLog.id);
    expect(exports.map((e) => e.after)).toEqual([{ format: 'json' }, { format: 'xlsx' }]);
    expect((await operator.get('/api/me/data')).statusCode).toBe(403);
    expect((await huapai.get('/api/me/profile')).statusCode).toBe(403);
  });

  it('erases personal information on request, keeps anonymous counts, deactivates the account and signs it out', async () => {
    const consultationsBefore = (await operator.get('/api/consultations/stats?from=2023-01-01&to=2023-12-31')).json().total;
    const erase = await del(seeker, '/api/me/data');
    expect(erase.statusCode).toBe(204);
    expect(erase.cookies.find((c) => c.name === 'qiao_session')?.value).toBe('');
    expect((await seeker.get('/api/me/profile')).statusCode).toBe(401);
    const login = await t.client().post('/api/auth/login', { login: '13987812399', password: PASSWORD });
    expect(login.statusCode).toBe(401);

    const [row] = await t.ctx.db.select().from(seekers).where(eq(seekers.id, profileId));
    expect(row).toMatchObject({
      name: '已删除',
      idNumberEnc: null,
      idNumberHash: null,
      phoneEnc: null,
      phoneHash: null,
      email: null,
      school: null,
      birthDate: null,
      disabilityEnc: null,
      skills: [],
      education: [],
      experience: [],
    });
    expect(row?.erasedAt).toBeInstanceOf(Date);
    const rows = await t.ctx.db.select().from(consents).where(eq(consents.seekerId, profileId));
    expect(rows.every((c) => c.withdrawnAt !== null)).toBe(true);
    const apps = await t.ctx.db.select().from(applications).where(eq(applications.seekerId, profileId));
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ resumeSnapshot: {}, coverNote: null });
    const notes = await t.ctx.db.select().from(consultations).where(eq(consultations.seekerId, profileId));
    expect(notes).toEqual([expect.objectContaining({ notes: null, topic: 'career_planning', heldOn: '2023-11-02' })]);
    expect((await operator.get('/api/consultations/stats?from=2023-01-01&to=2023-12-31')).json().total).toEqual(consultationsBefore);

    const view = (await operator.get(`/api/seekers/${profileId}`)).json();
    expect(view).toMatchObject({ name: '已删除', phoneMasked: null, idNumberMasked: null, erasedAt: expect.any(String) });
    expect((await huapai.get(`/api/seekers/${profileId}`)).statusCode).toBe(404);
    expect((await operator.get('/api/seekers?q=13987812399')).json().total).toBe(0);
    expect((await operator.get(`/api/seekers/${profileId}/personal-data`)).json()).toEqual({ idNumber: null, phone: null });
    const edit = await operator.patch(`/api/seekers/${profileId}`, { name: '普丽萍', version: view.version });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.fields[0].message).toMatch(/已删除其个人信息/);
    const consult = await operator.post('/api/consultations', { seekerId: profileId, heldOn: '2023-12-01', topic: 'policy' });
    expect(consult.statusCode).toBe(409);

    const actions = (await t.ctx.db.select().from(auditLog)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['seeker.erase', 'account.erase', 'consent.withdraw']));
    const [erased] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.erase'));
    expect(erased?.after).toMatchObject({ consentsWithdrawn: 1, applicationsScrubbed: 1, consultationsScrubbed: 1 });
    const audit = await auditText();
    expect(audit).not.toContain(ID_XIAOYAN);
    expect(audit).not.toContain('13987812399');
    expect(audit).not.toContain('建议考取药物分析证书');

    // The keys are free again: the same person may register afresh.
    const again = await operator.post('/api/seekers', { name: '普丽萍', idNumber: ID_XIAOYAN, phone: '13987812399' });
    expect(again.statusCode).toBe(201);
  });
});
