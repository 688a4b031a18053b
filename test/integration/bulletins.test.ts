import { and, asc, count, eq, like } from 'drizzle-orm';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { bulletins } from '../../src/modules/bulletins/bulletins.table';
import { DEMO_PASSWORD } from '../../src/modules/demo/seed-demo';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { findZones, insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { positions } from '../../src/modules/positions/positions.table';
import { auditLog } from '../../src/platform/audit.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import type { Db } from '../../src/platform/db';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';
import { inspectPdf } from '../helpers/pdf';

const HOST = 'jobs.example.cn';
const BASE = `http://${HOST}`;
const ON_HOST = { host: HOST };

const CONTACT = { name: '楚雄高新区人力资源服务产业园', phone: '0878-3122016', address: '楚雄高新区创新创业服务中心一楼' };

function body(positionIds: string[], extra: Record<string, unknown> = {}) {
  return {
    year: 2025,
    introduction: '为做好园区企业用工服务，现发布本期岗位信息。\n欢迎扫码申请。',
    contactPoints: [CONTACT],
    positionIds,
    ...extra,
  };
}

type PositionFixture = { zoneId: string; organisationId: string; title: string; status?: string; headcount?: number; duties?: string };

async function insertPosition(db: Db, p: PositionFixture): Promise<string> {
  const [row] = await db
    .insert(positions)
    .values({
      zoneId: p.zoneId,
      organisationId: p.organisationId,
      title: p.title,
      duties: p.duties ?? `负责${p.title}岗位的日常工作，完成上级交办的任务。`,
      headcount: p.headcount ?? 2,
      educationLevel: 'bachelor',
      regionCode: '532301',
      salaryMin: 4500,
      salaryMax: 7000,
      employmentType: 'full_time',
      status: p.status ?? 'published',
      publishedAt: p.status === 'draft' ? null : new Date('2025-01-05T02:00:00Z'),
    })
    .returning({ id: positions.id });
  if (!row) throw new Error('no position');
  return row.id;
}

function creditCode(body17: string): string {
  return body17 + creditCodeCheckChar(body17);
}


describe.each(DB_KINDS)('recruitment bulletins on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let zoneA: string;
  let huapaiId: string;
  let otherA: string;
  let thirdA: string;
  /** Published positions of zone A: two of 华派, one of each other enterprise. */
  let a1: string;
  let a2: string;
  let b1: string;
  let c1: string;
  let draftA: string;
  let zoneBPosition: string;

  const countBulletins = async () => (await t.ctx.db.select({ n: count() }).from(bulletins))[0]?.n ?? 0;
  const countAudit = async (prefix = 'bulletin.') => (await t.ctx.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, `${prefix}%`)))[0]?.n ?? 0;
  const auditOf = (id: string) => t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(asc(auditLog.id));

  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    const db = t.ctx.db;
    const [zone] = await findZones(db);
    if (!zone) throw new Error('no demo zone');
    zoneA = zone.id;
    const enterprises = await db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.zoneId, zoneA), eq(organisations.type, 'enterprise')))
      .orderBy(asc(organisations.name));
    const huapai = enterprises.find((e) => e.name.includes('华派'));
    if (!huapai) throw new Error('no 华派');
    huapaiId = huapai.id;
    const others = enterprises.filter((e) => e.id !== huapaiId);
    otherA = others[0]?.id ?? '';
    thirdA = others[1]?.id ?? '';
    a1 = await insertPosition(db, { zoneId: zoneA, organisationId: huapaiId, title: '化学制药工程师' });
    a2 = await insertPosition(db, { zoneId: zoneA, organisationId: huapaiId, title: 'QC质检员', headcount: 3 });
    b1 = await insertPosition(db, { zoneId: zoneA, organisationId: otherA, title: '设备维修技工' });
    c1 = await insertPosition(db, { zoneId: zoneA, organisationId: thirdA, title: '新材料研发工程师' });
    draftA = await insertPosition(db, { zoneId: zoneA, organisationId: huapaiId, title: '草稿岗位', status: 'draft' });

    // A second zone with its own operator and a published position.
    const zoneB = await insertZone(db, { name: '大理高新技术产业开发区', regionCode: '532901' });
    const [operatorOrg, enterpriseB] = await insertOrganisations(db, [
      { zoneId: zoneB.id, name: '大理高新区人力资源服务有限公司', type: 'operator', creditCode: creditCode('91532901MA6K3B7Q1'), regionCode: '532901', industry: 'modern_services' },
      { zoneId: zoneB.id, name: '大理苍洱生物科技有限公司', type: 'enterprise', creditCode: creditCode('91532901MA6K3B7Q2'), regionCode: '532901', industry: 'biomedicine' },
    ]);
    if (!operatorOrg || !enterpriseB) throw new Error('no zone B organisations');
    await createAccount(
      t.ctx,
      { username: 'operator-dali', password: DEMO_PASSWORD, role: 'operator', displayName: '段文洁', organisation: operatorOrg.creditCode },
      SYSTEM_SOURCE,
    );
    zoneBPosition = await insertPosition(db, { zoneId: zoneB.id, organisationId: enterpriseB.id, title: '生物发酵工程师' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('compiles a draft with the next number of its year, grouped by enterprise, and audits it', async () => {
    const res = await operator.post('/api/bulletins', body([a1, b1, a2]), ON_HOST);
    expect(res.statusCode).toBe(201);
    const draft = res.json();
    expect(draft).toMatchObject({
      year: 2025,
      issueNo: 1,
      issueLabel: '招聘信息 第1期',
      title: '楚雄高新区人力资源服务平台招聘信息（2025年第1期）',
      status: 'draft',
      publishedAt: null,
      version: 1,
      positionIds: [a1, a2, b1],
      positionCount: 3,
      enterpriseCount: 2,
      headcount: 7,
      contactPoints: [CONTACT],
      portalUrl: `${BASE}/bulletins/${draft.id}`,
    });
    expect(draft.enterprises.map((e: { organisationId: string }) => e.organisationId)).toEqual([huapaiId, otherA]);
    expect(draft.enterprises[0].positions[0]).toMatchObject({
      id: a1,
      title: '化学制药工程师',
      headcount: 2,
      educationLabel: '本科',
      salaryText: '4500–7000元/月',
      regionName: '云南省 楚雄彝族自治州 楚雄市',
      isOpen: true,
      applyUrl: `${BASE}/positions/${a1}`,
    });
    const [entry] = await auditOf(draft.id);
    expect(entry).toMatchObject({ action: 'bulletin.create', actorLabel: 'operator' });
    expect(entry?.after).toMatchObject({ year: 2025, issueNo: 1, positionIds: [a1, a2, b1] });

    const second = (await operator.post('/api/bulletins', body([c1], { title: '2025年春季专场招聘信息' }))).json();
    expect(second).toMatchObject({ issueNo: 2, title: '2025年春季专场招聘信息' });
    const otherYear = (await operator.post('/api/bulletins', body([c1], { year: 2024 }))).json();
    expect(otherYear).toMatchObject({ issueNo: 1, title: '楚雄高新区人力资源服务平台招聘信息（2024年第1期）' });

    const list = (await operator.get('/api/bulletins?year=2025')).json();
    expect(list.items.map((b: { issueNo: number }) => b.issueNo)).toEqual([2, 1]);
    expect(list.items[1]).toMatchObject({ status: 'draft', positionCount: 3, enterpriseCount: 2 });
  });

  it('gives operators compiling at the same time consecutive numbers, never the same', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => operator.post('/api/bulletins', body([a1], { year: 2026 }))));
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    expect(results.map((r) => r.json().issueNo as number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = { bulletins: await countBulletins(), audit: await countAudit() };
    const unknown = '6f1c1c52-7a6b-4c43-9d55-0e3c3f2b9a10';
    const bad = async (payload: unknown, headers: Record<string, string> = {}) => {
      const res = await operator.post('/api/bulletins', payload, headers);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields as { path: string; message: string }[];
    };
    const unavailable = await bad(body([a1, unknown, draftA, zoneBPosition]));
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]?.path).toBe('positionIds');
    expect(unavailable[0]?.message).toContain('未发布');
    for (const id of [unknown, draftA, zoneBPosition]) expect(unavailable[0]?.message).toContain(id);
    expect(unavailable[0]?.message).not.toContain(a1);
    expect((await bad(body([unknown]), { 'accept-language': 'en' }))[0]?.message).toMatch(/not published: 6f1c1c52/);
    expect(await bad(body([]))).toEqual([{ path: 'positionIds', message: '请至少选择一个岗位' }]);
    expect(await bad(body([a1, a1]))).toEqual([{ path: 'positionIds.1', message: '该岗位已在列表中' }]);
    expect(await bad(body(['not-a-uuid']))).toEqual([{ path: 'positionIds.0', message: '格式不正确' }]);
    expect((await bad(body([a1], { year: 1999 })))[0]?.path).toBe('year');
    expect((await bad(body([a1], { year: '2025' })))[0]?.path).toBe('year');
    expect((await bad(body([a1], { year: 2025.5 })))[0]?.path).toBe('year');
    expect(await bad({ ...body([a1]), year: undefined })).toEqual([{ path: 'year', message: '必填' }]);
    expect(await bad(body([a1], { introduction: '  ' }))).toEqual([{ path: 'introduction', message: '必填' }]);
    expect(await bad(body([a1], { contactPoints: [] }))).toEqual([{ path: 'contactPoints', message: '请至少填写一个联系方式' }]);
    expect((await bad(body([a1], { contactPoints: [{ name: '', phone: 'call me', address: null }] }))).map((f) => f.path)).toEqual([
      'contactPoints.0.name',
      'contactPoints.0.phone',
    ]);
    expect(await bad(body([a1], { status: 'published' }))).toEqual([{ path: 'status', message: '不支持的字段' }]);
    expect(await countBulletins()).toBe(before.bulletins);
    expect(await countAudit()).toBe(before.audit);
  });

  it('lets only operators compile and publish, each in their own zone; another zone’s issue is not found', async () => {
    const draft = (await operator.post('/api/bulletins', body([a1]))).json();
    const anonymous = t.client();
    expect((await anonymous.post('/api/bulletins', body([a1]))).statusCode).toBe(401);
    expect((await anonymous.get('/api/bulletins')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/bulletins/${draft.id}/pdf`)).statusCode).toBe(401);
    const huapai = await t.signIn('huapai');
    expect((await huapai.post('/api/bulletins', body([a1]))).statusCode).toBe(403);
    expect((await huapai.get('/api/bulletins')).statusCode).toBe(403);
    expect((await huapai.post(`/api/bulletins/${draft.id}/publish`)).statusCode).toBe(403);
    const seeker = await t.signIn('seeker');
    expect((await seeker.post('/api/bulletins', body([a1]))).statusCode).toBe(403);
    const gov = await t.signIn('gov');
    expect((await gov.get(`/api/bulletins/${draft.id}`)).statusCode).toBe(200);
    expect((await gov.post(`/api/bulletins/${draft.id}/publish`)).statusCode).toBe(403);

    const dali = await t.signIn('operator-dali');
    for (const res of [
      await dali.get(`/api/bulletins/${draft.id}`),
      await dali.patch(`/api/bulletins/${draft.id}`, { introduction: '改写', version: draft.version }),
      await dali.post(`/api/bulletins/${draft.id}/publish`),
      await dali.post(`/api/bulletins/${draft.id}/withdraw`),
      await dali.get(`/api/bulletins/${draft.id}/pdf`),
      await dali.get(`/api/bulletins/${draft.id}/poster.png`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await dali.get('/api/bulletins?pageSize=200')).json().total).toBe(0);
    // Zone A's positions are not theirs to list; their own zone numbers from 1.
    const refused = await dali.post('/api/bulletins', body([a1]));
    expect(refused.json().error.fields[0].message).toContain(a1);
    const own = await dali.post('/api/bulletins', body([zoneBPosition]));
    expect(own.json()).toMatchObject({ issueNo: 1, title: '大理高新区人力资源服务平台招聘信息（2025年第1期）' });

    // The public sees no draft.
    expect((await anonymous.get(`/api/public/bulletins/${draft.id}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/public/bulletins/${draft.id}/pdf`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/public/bulletins/${draft.id}/poster.png`)).statusCode).toBe(404);
    const listed = (await anonymous.get('/api/public/bulletins?pageSize=200')).json();
    expect(listed.items.map((b: { id: string }) => b.id)).not.toContain(draft.id);
  });

  it('publishes, withdraws, reorders a withdrawn issue and publishes it again, auditing each step', async () => {
    const draft = (await operator.post('/api/bulletins', body([b1, a1], { year: 2027 }))).json();
    expect(draft.positionIds).toEqual([b1, a1]);
    const published = await operator.post(`/api/bulletins/${draft.id}/publish`, undefined, ON_HOST);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: draft.version + 1 });
    expect(Date.parse(published.json().publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await operator.post(`/api/bulletins/${draft.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([{ path: 'status', message: '该期招聘信息已发布' }]);
    const locked = await operator.patch(`/api/bulletins/${draft.id}`, { positionIds: [a1, b1], version: draft.version + 1 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.fields[0].message).toContain('请先撤回');

    const anonymous = t.client();
    const list = (await anonymous.get('/api/public/bulletins?year=2027')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: draft.id, issueNo: 1, positionCount: 2, enterpriseCount: 2, zoneName: '楚雄高新技术产业开发区' })]);
    expect(list.years).toContain(2027);
    const view = (await anonymous.get(`/api/public/bulletins/${draft.id}`, ON_HOST)).json();
    expect(view.enterprises.map((e: { positions: { id: string }[] }) => e.positions[0]?.id)).toEqual([b1, a1]);
    expect(view.enterprises[1].positions[0].applyUrl).toBe(`${BASE}/positions/${a1}`);
    expect(view).not.toHaveProperty('status');
    expect(view.pdfUrl).toBe(`/api/public/bulletins/${draft.id}/pdf`);

    const withdrawn = await operator.post(`/api/bulletins/${draft.id}/withdraw`);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await anonymous.get(`/api/public/bulletins/${draft.id}`)).statusCode).toBe(404);
    expect((await operator.post(`/api/bulletins/${draft.id}/withdraw`)).statusCode).toBe(409);

    const version = withdrawn.json().version as number;
    const reordered = await operator.patch(`/api/bulletins/${draft.id}`, { positionIds: [a1, c1, b1], title: '', version });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json()).toMatchObject({ positionIds: [a1, c1, b1], version: version + 1, title: '楚雄高新区人力资源服务平台招聘信息（2027年第1期）' });
    const stale = await operator.patch(`/api/bulletins/${draft.id}`, { positionIds: [b1], version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');

    // A bad edit changes nothing.
    const auditBefore = await countAudit();
    const refused = await operator.patch(`/api/bulletins/${draft.id}`, { positionIds: [a1, draftA], version: version + 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'positionIds', message: expect.stringContaining(draftA) });
    expect((await operator.get(`/api/bulletins/${draft.id}`)).json()).toMatchObject({ positionIds: [a1, c1, b1], version: version + 1 });
    expect(await countAudit()).toBe(auditBefore);

    // A position closed since compiling blocks publication until it is taken out.
    await t.ctx.db.update(positions).set({ status: 'closed' }).where(eq(positions.id, c1));
    const blocked = await operator.post(`/api/bulletins/${draft.id}/publish`);
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().error.fields[0].message).toContain(c1);
    expect((await operator.get(`/api/bulletins/${draft.id}`)).json().status).toBe('withdrawn');
    await t.ctx.db.update(positions).set({ status: 'published' }).where(eq(positions.id, c1));
    expect((await operator.post(`/api/bulletins/${draft.id}/publish`)).json().status).toBe('published');

    const actions = (await auditOf(draft.id)).map((e) => e.action);
    expect(actions).toEqual(['bulletin.create', 'bulletin.publish', 'bulletin.withdraw', 'bulletin.update', 'bulletin.publish']);
    const update = (await auditOf(draft.id))[3];
    expect(update?.before).toEqual({ positionIds: [b1, a1] });
    expect(update?.after).toEqual({ positionIds: [a1, c1, b1] });
  });

  it('prints an A4 PDF with the Chinese title as text, one QR code per position opening its apply page, and no position split across pages', async () => {
    const db = t.ctx.db;
    const ids: string[] = [];
    for (let i = 1; i <= 16; i += 1) {
      const organisationId = [huapaiId, otherA, thirdA][i % 3] as string;
      const duties = `负责第${i}号生产线的工艺参数记录与设备巡检，配合质量部门完成GMP检查；参与新产品工艺验证和员工培训，编制岗位作业指导书。`;
      ids.push(await insertPosition(db, { zoneId: zoneA, organisationId, title: `制药设备工程师${i}号`, duties }));
    }
    const compiled = (await operator.post('/api/bulletins', body(ids, { year: 2028 }))).json();
    const preview = await operator.get(`/api/bulletins/${compiled.id}/pdf`, ON_HOST);
    expect(preview.statusCode).toBe(200);
    expect((await inspectPdf(preview.rawPayload))[0]?.text).toContain('草稿预览（未发布）');
    await operator.post(`/api/bulletins/${compiled.id}/publish`);

    const res = await t.client().get(`/api/public/bulletins/${compiled.id}/pdf`, ON_HOST);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('招聘信息-2028年第1期.pdf'));
    const file = res.rawPayload;
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    const etag = res.headers.etag as string;
    expect((await t.client().get(`/api/public/bulletins/${compiled.id}/pdf`, { ...ON_HOST, 'if-none-match': etag })).statusCode).toBe(304);
    const again = await t.client().get(`/api/public/bulletins/${compiled.id}/pdf`, ON_HOST);
    expect(again.rawPayload.equals(file)).toBe(true);
    // Another host puts other links in the QR codes: another file.
    expect((await t.client().get(`/api/public/bulletins/${compiled.id}/pdf`, { host: 'other.example.cn', 'if-none-match': etag })).statusCode).toBe(200);
    expect(file.length).toBeLessThan(1024 * 1024);

    const pages = await inspectPdf(file);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.text).toContain('招聘信息 第1期');
    expect(pages[0]?.text).toContain('楚雄高新区人力资源服务平台招聘信息（2028年第1期）');
    expect(pages[0]?.text).not.toContain('草稿');
    pages.forEach((page, i) => expect(page.text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));
    expect(pages.at(-1)?.text).toContain('联系方式');
    expect(pages.at(-1)?.text).toContain('0878-3122016');

    const decoded = pages.flatMap((p) => p.qr);
    expect(decoded.sort()).toEqual(ids.map((id) => `${BASE}/positions/${id}`).sort());
    ids.forEach((id, k) => {
      const i = k + 1;
      const pageOfQr = pages.findIndex((p) => p.qr.includes(`${BASE}/positions/${id}`));
      const pageOfTitle = pages.findIndex((p) => p.text.includes(`制药设备工程师${i}号`));
      const pageOfDuties = pages.findIndex((p) => p.text.includes(`负责第${i}号生产线`));
      expect([pageOfTitle, pageOfDuties]).toEqual([pageOfQr, pageOfQr]);
    });
  });

  it('renders the poster as a 1080×1920 PNG whose QR code opens the issue on the portal', async () => {
    const compiled = (await operator.post('/api/bulletins', body([a1, a2, b1, c1], { year: 2029 }))).json();
    await operator.post(`/api/bulletins/${compiled.id}/publish`);
    const res = await t.client().get(`/api/public/bulletins/${compiled.id}/poster.png`, ON_HOST);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(res.rawPayload);
    expect([png.width, png.height]).toEqual([1080, 1920]);
    const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(code?.data).toBe(`${BASE}/bulletins/${compiled.id}`);
  });
});
