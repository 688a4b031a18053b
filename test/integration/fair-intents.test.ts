import ExcelJS from 'exceljs';
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/modules/accounts/accounts.table';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { fairBoothPositions, fairBooths, fairIntents, fairRegistrations, fairs } from '../../src/modules/fairs/fairs.table';
import { notifications } from '../../src/modules/notifications/notifications.table';
import { applications } from '../../src/modules/positions/positions.table';
import { consents, seekers } from '../../src/modules/talent/talent.table';
import { sealDisability } from '../../src/modules/talent/talent.views';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { encryptText, lookupHash } from '../../src/platform/crypto';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';
const EN = { 'accept-language': 'en' };
const HOUR = 3_600_000;

const POSITION = {
  title: '化学制药工程师',
  duties: '负责原料药合成工艺的优化与放大，参与GMP车间的工艺验证和偏差调查，编写工艺规程。',
  headcount: 2,
  educationLevel: 'bachelor',
  majors: ['制药工程', '药学'],
  skills: ['GMP', '工艺验证'],
  experienceYears: 0,
  regionCode: '532301',
  salaryMin: 6000,
  salaryMax: 9000,
  employmentType: 'full_time',
};

type Res = { statusCode: number; json: () => { error: { code: string; fields?: { path: string; message: string }[] } } };

function fields(res: Res): Record<string, string> {
  return Object.fromEntries((res.json().error.fields ?? []).map((f) => [f.path, f.message]));
}

const ORGS = generateDemoOrganisations();
function creditCodeOf(key: string): string {
  const org = ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org.creditCode;
}

/** China-time year of an instant. */
function chinaYear(at: Date): number {
  return new Date(at.getTime() + 8 * HOUR).getUTCFullYear();
}

describe.each(DB_KINDS)('fair intents, statistics and survey on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let hechuang: TestClient;
  let dali: TestClient;
  let seeker: TestClient;
  const org = { huapai: '', hechuang: '', dali: '' };
  const pos: Record<'p1' | 'p2' | 'pb', string> = { p1: '', p2: '', pb: '' };
  const fair: Record<'f0' | 'f1' | 'f2', string> = { f0: '', f1: '', f2: '' };
  const who: Record<'s1' | 's2' | 's3', string> = { s1: '', s2: '', s3: '' };
  const intent = { s2p1: '', s1p2: '', s1p1: '', s3pb: '' };
  const QR = { huapaiF1: 'qr-huapai-f1-0123456789', hechuangF1: 'qr-hechuang-f1-0123456789', huapaiF2: 'qr-huapai-f2-0123456789', huapaiF0: 'qr-huapai-f0-0123456789' };
  const now = Date.now();

  async function publishPosition(client: TestClient, title: string): Promise<string> {
    const draft = await client.post('/api/positions', { ...POSITION, title });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    expect((await client.post(`/api/positions/${id}/submit`)).statusCode).toBe(200);
    expect((await operator.post(`/api/positions/${id}/review`, { decision: 'approve' })).json().status).toBe('published');
    return id;
  }

  async function intentCount(fairId: string): Promise<number> {
    const [row] = await t.ctx.db.select({ n: count() }).from(fairIntents).where(eq(fairIntents.fairId, fairId));
    return row?.n ?? 0;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    await createAccount(t.ctx, { username: 'hechuang.hr', password: PASSWORD, role: 'org_admin', displayName: '陈和', organisation: creditCodeOf('hechuang') }, SYSTEM_SOURCE);
    [operator, gov, huapai, dali, seeker, hechuang] = await Promise.all([
      t.signIn('operator'),
      t.signIn('gov'),
      t.signIn('huapai'),
      t.signIn('dali'),
      t.signIn('seeker'),
      t.signIn('hechuang.hr', PASSWORD),
    ]);
    const orgs = await t.ctx.db.query.organisations.findMany({ columns: { id: true, creditCode: true, zoneId: true } });
    for (const key of ['huapai', 'hechuang', 'dali'] as const) org[key] = orgs.find((o) => o.creditCode === creditCodeOf(key))?.id ?? '';
    const zoneId = orgs.find((o) => o.id === org.huapai)?.zoneId ?? '';

    pos.p1 = await publishPosition(huapai, '化学制药工程师');
    pos.p2 = await publishPosition(huapai, '质量检验员');
    pos.pb = await publishPosition(hechuang, '中药材种植技术员');

    // The demo seeker (普晓燕) with a disability and the consent that allows keeping it; two walk-in profiles.
    const [account] = await t.ctx.db.select().from(accounts).where(eq(accounts.username, 'seeker'));
    const personal = (name: string, phone: string) => ({
      name,
      phoneEnc: encryptText(t.ctx.keys, phone),
      phoneHash: lookupHash(t.ctx.keys, 'phone', phone),
      educationLevel: 'bachelor',
      school: '楚雄医药高等专科学校',
      major: '药学',
    });
    const [s1, s2, s3] = await t.ctx.db
      .insert(seekers)
      .values([
        {
          ...personal('普晓燕', '13987812345'),
          accountId: account?.id,
          skills: ['GMP'],
          source: 'self',
          disabilityEnc: sealDisability(t.ctx.keys, { hasDisability: true, category: 'hearing', accommodation: '需要文字沟通' }),
        },
        { ...personal('王敏', '13600001234'), source: 'walk_in' },
        { ...personal('李强', '13700005678'), source: 'walk_in' },
      ])
      .returning();
    who.s1 = s1?.id ?? '';
    who.s2 = s2?.id ?? '';
    who.s3 = s3?.id ?? '';
    await t.ctx.db.insert(consents).values({ seekerId: who.s1, purpose: 'sensitive_disability', policyVersion: '2024-01' });

    // Fairs as FAIRS-CORE would store them: a campus fair that is over, and two running now; the
    // on-site fair started last, so a hire after intents at all three belongs to it.
    const fairRow = (title: string, kindOf: string, startsAt: number, endsAt: number, extra: Partial<typeof fairs.$inferInsert> = {}) => ({
      zoneId,
      kind: kindOf,
      title,
      venue: '楚雄高新区人力资源产业园',
      regionCode: '532301',
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      boothCapacity: 10,
      status: 'published',
      ...extra,
    });
    const [f0, f1, f2] = await t.ctx.db
      .insert(fairs)
      .values([
        fairRow('大理大学校园招聘会', 'campus', now - 5 * HOUR, now - HOUR, { hostOrganisationId: org.dali }),
        fairRow('春季大型现场招聘会', 'onsite', now - 2 * HOUR, now + 4 * HOUR, { hostOrganisationId: org.dali, seekerCapacity: 100 }),
        fairRow('残疾人专场招聘会', 'special', now - 3 * HOUR, now + 4 * HOUR, { specialFocus: 'disability' }),
      ])
      .returning();
    fair.f0 = f0?.id ?? '';
    fair.f1 = f1?.id ?? '';
    fair.f2 = f2?.id ?? '';
    const booth = (fairId: string, organisationId: string, boothNumber: string, qrToken: string) => ({
      fairId,
      organisationId,
      status: 'approved',
      boothNumber,
      contactName: '张丽华',
      contactPhone: '13888880000',
      qrToken,
    });
    const booths = await t.ctx.db
      .insert(fairBooths)
      .values([
        booth(fair.f1, org.huapai, 'A01', QR.huapaiF1),
        booth(fair.f1, org.hechuang, 'A02', QR.hechuangF1),
        booth(fair.f2, org.huapai, 'B01', QR.huapaiF2),
        booth(fair.f0, org.huapai, 'C01', QR.huapaiF0),
      ])
      .returning();
    const boothId = (qr: string) => booths.find((b) => b.qrToken === qr)?.id ?? '';
    await t.ctx.db.insert(fairBoothPositions).values([
      { boothId: boothId(QR.huapaiF1), positionId: pos.p1, sortOrder: 0 },
      { boothId: boothId(QR.huapaiF1), positionId: pos.p2, sortOrder: 1 },
      { boothId: boothId(QR.hechuangF1), positionId: pos.pb },
      { boothId: boothId(QR.huapaiF2), positionId: pos.p1 },
      { boothId: boothId(QR.huapaiF0), positionId: pos.p1 },
    ]);
    const checkedIn = new Date(now - HOUR);
    await t.ctx.db.insert(fairRegistrations).values([
      { fairId: fair.f1, seekerId: who.s2, ticketCode: 'AAAA2222', source: 'pre', checkedInAt: checkedIn },
      { fairId: fair.f1, seekerId: who.s3, ticketCode: 'BBBB3333', source: 'walk_in', checkedInAt: checkedIn },
      { fairId: fair.f2, seekerId: who.s2, ticketCode: 'CCCC4444', source: 'pre' },
      { fairId: fair.f0, seekerId: who.s1, ticketCode: 'DDDD5555', source: 'pre', checkedInAt: new Date(now - 4 * HOUR) },
      { fairId: fair.f0, seekerId: who.s2, ticketCode: 'EEEE6666', source: 'pre', checkedInAt: new Date(now - 4 * HOUR) },
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records an intent at the own booth; without the seeker’s consent the résumé stays behind; retries make one row', async () => {
    const body = { ticketCode: 'aaaa-2222', positionId: pos.p1, level: 'strong', note: '沟通顺畅', collectResume: true, idempotencyKey: 'booth-s2-p1-0001' };
    const first = await huapai.post(`/api/fairs/${fair.f1}/intents`, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      fairId: fair.f1,
      booth: { boothNumber: 'A01' },
      organisation: { id: org.huapai, name: '云南华派药业有限公司' },
      position: { id: pos.p1, title: '化学制药工程师' },
      seeker: { id: who.s2, name: '王敏', phoneMasked: '136****1234', school: '楚雄医药高等专科学校' },
      level: 'strong',
      note: '沟通顺畅',
      source: 'booth_scan',
      resumeCollected: false,
      resumeConsentMissing: true,
      resume: null,
      accommodation: null,
    });
    intent.s2p1 = first.json().id;

    const retry = await huapai.post(`/api/fairs/${fair.f1}/intents`, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(intent.s2p1);
    const again = await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...body, level: 'possible', note: '再联系', idempotencyKey: 'booth-s2-p1-0002' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: intent.s2p1, level: 'possible', note: '再联系' });
    expect(await intentCount(fair.f1)).toBe(1);
    // Two taps racing with the same key (at the campus fair): one intent, one 201.
    const raced = await Promise.all([1, 2].map(() => huapai.post(`/api/fairs/${fair.f0}/intents`, { ...body, ticketCode: 'EEEE6666', idempotencyKey: 'booth-race-0001' })));
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(raced[0]?.json().id).toBe(raced[1]?.json().id);
    expect(await intentCount(fair.f0)).toBe(1);
    const audits = await t.ctx.db.select().from(auditLog).where(and(like(auditLog.action, 'fair_intent.%'), eq(auditLog.entityId, intent.s2p1)));
    expect(audits.map((a) => a.action).sort()).toEqual(['fair_intent.create', 'fair_intent.update']);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const ok = { ticketCode: 'AAAA2222', positionId: pos.p2, level: 'strong', collectResume: false, idempotencyKey: 'booth-bad-0001' };
    const foreign = await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, positionId: pos.pb });
    expect(foreign.statusCode).toBe(400);
    expect(fields(foreign)).toEqual({ positionId: '该岗位不在本展位的招聘岗位中' });
    const foreignEn = await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, positionId: pos.pb }, EN);
    expect(fields(foreignEn)).toEqual({ positionId: 'This position is not offered at this booth' });
    expect(fields(await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, registrationId: '00000000-0000-4000-8000-000000000000' }))).toHaveProperty('ticketCode');
    const { ticketCode: _omit, ...noTicket } = ok;
    expect(fields(await huapai.post(`/api/fairs/${fair.f1}/intents`, noTicket))).toHaveProperty('ticketCode');
    const missing = await huapai.post(`/api/fairs/${fair.f1}/intents`, { ticketCode: 'AAAA2222', positionId: 'x', collectResume: 'yes', idempotencyKey: 'short' });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(fields(missing)).sort()).toEqual(['collectResume', 'idempotencyKey', 'level', 'positionId']);
    expect(fields(await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, ticketCode: 'ZZZZ-9999' }))).toEqual({ ticketCode: '门票码无效' });
    expect(fields(await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, ticketCode: 'CCCC4444' }))).toEqual({ ticketCode: '该门票不是本场招聘会的' });
    const unknownRegistration = await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...noTicket, registrationId: '00000000-0000-4000-8000-000000000000' });
    expect(fields(unknownRegistration)).toEqual({ registrationId: '门票码无效' });
    expect(fields(await huapai.post(`/api/fairs/${fair.f1}/intents`, { ...ok, shareAccommodation: true }))).toEqual({ shareAccommodation: '仅残疾人专场可登记无障碍支持需求' });
    expect(await intentCount(fair.f1)).toBe(1);
  });

  it('lets an enterprise record intents only at its own approved booth', async () => {
    const body = { ticketCode: 'CCCC4444', positionId: pos.pb, level: 'strong', collectResume: false, idempotencyKey: 'booth-perm-0001' };
    expect((await hechuang.post(`/api/fairs/${fair.f2}/intents`, body)).statusCode).toBe(403);
    expect((await dali.post(`/api/fairs/${fair.f2}/intents`, body)).statusCode).toBe(403);
    expect((await seeker.post(`/api/fairs/${fair.f2}/intents`, body)).statusCode).toBe(403);
    expect((await operator.post(`/api/fairs/${fair.f2}/intents`, body)).statusCode).toBe(403);
    expect((await t.client().post(`/api/fairs/${fair.f2}/intents`, body)).statusCode).toBe(401);
    expect(await intentCount(fair.f2)).toBe(0);
  });

  it('takes the seeker from the booth QR code to an intent: registered and checked in on the spot, consent recorded, résumé collected', async () => {
    const page = await t.client().get(`/api/public/booths/${QR.huapaiF1}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      fair: { id: fair.f1, title: '春季大型现场招聘会', kind: 'onsite', specialFocus: null },
      booth: { boothNumber: 'A01', organisation: { id: org.huapai, name: '云南华派药业有限公司' } },
    });
    expect(page.json().booth.positions.map((p: { title: string }) => p.title)).toEqual(['化学制药工程师', '质量检验员']);
    expect((await t.client().get('/api/public/booths/no-such-token-123')).statusCode).toBe(404);

    const body = { positionId: pos.p2, shareResume: true, idempotencyKey: 'seeker-qr-0001' };
    expect((await huapai.post(`/api/booths/${QR.huapaiF1}/intents`, body)).statusCode).toBe(403);
    const first = await seeker.post(`/api/booths/${QR.huapaiF1}/intents`, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ level: 'possible', source: 'seeker_scan', resumeCollected: true, resumeConsentMissing: false, resume: null, note: null });
    intent.s1p2 = first.json().id;
    const retry = await seeker.post(`/api/booths/${QR.huapaiF1}/intents`, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(intent.s1p2);
    expect(fields(await seeker.post(`/api/booths/${QR.huapaiF1}/intents`, { ...body, positionId: pos.pb, idempotencyKey: 'seeker-qr-0002' }))).toEqual({
      positionId: '该岗位不在本展位的招聘岗位中',
    });

    const [ticket] = await t.ctx.db.select().from(fairRegistrations).where(and(eq(fairRegistrations.fairId, fair.f1), eq(fairRegistrations.seekerId, who.s1)));
    expect(ticket).toMatchObject({ source: 'pre', status: 'registered' });
    expect(ticket?.checkedInAt).not.toBeNull();
    const shared = await t.ctx.db.select().from(consents).where(and(eq(consents.seekerId, who.s1), eq(consents.purpose, 'share_with_organisation')));
    expect(shared.map((c) => c.organisationId)).toEqual([org.huapai]);

    // With the consent on file, the booth's own scan of the ticket collects the résumé too.
    const staff = await huapai.post(`/api/fairs/${fair.f1}/intents`, {
      ticketCode: ticket?.ticketCode,
      positionId: pos.p1,
      level: 'strong',
      collectResume: true,
      idempotencyKey: 'booth-s1-p1-0001',
    });
    expect(staff.statusCode).toBe(201);
    expect(staff.json()).toMatchObject({ resumeCollected: true, resumeConsentMissing: false, resume: { name: '普晓燕', major: '药学', phoneMasked: '139****2345' } });
    expect(JSON.stringify(staff.json().resume)).not.toContain('13987812345');
    intent.s1p1 = staff.json().id;
  });

  it('shares accommodation needs at a disability fair under consent, with that enterprise only', async () => {
    const res = await seeker.post(`/api/booths/${QR.huapaiF2}/intents`, { positionId: pos.p1, level: 'strong', shareResume: true, shareAccommodation: true, idempotencyKey: 'seeker-f2-0001' });
    expect(res.statusCode).toBe(201);
    expect(res.json().accommodation).toBeNull();
    const other = await huapai.post(`/api/fairs/${fair.f2}/intents`, {
      ticketCode: 'CCCC4444',
      positionId: pos.p1,
      level: 'possible',
      collectResume: true,
      shareAccommodation: true,
      idempotencyKey: 'booth-f2-s2-0001',
    });
    expect(other.statusCode).toBe(201);
    expect(other.json()).toMatchObject({ accommodation: null, resumeConsentMissing: true });

    const own = (await huapai.get(`/api/fairs/${fair.f2}/intents`)).json();
    expect(own.items.find((i: { seeker: { id: string } }) => i.seeker.id === who.s1)).toMatchObject({ accommodation: '需要文字沟通', resumeCollected: true });
    const operatorView = (await operator.get(`/api/fairs/${fair.f2}/intents`)).json();
    const s1AtF2 = operatorView.items.find((i: { seeker: { id: string } }) => i.seeker.id === who.s1);
    expect(s1AtF2.accommodation).toBeNull();
    expect(s1AtF2.resume).toMatchObject({ name: '普晓燕' });
    const [stored] = await t.ctx.db.select().from(fairIntents).where(eq(fairIntents.id, res.json().id));
    expect(stored?.accommodationEnc).not.toContain('文字');

    const mine = await seeker.get('/api/me/fair-intents');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toHaveLength(3);
    for (const item of mine.json().items) expect(item).toMatchObject({ accommodation: null, resume: null, note: null, followUpNote: null });
    expect((await huapai.get('/api/me/fair-intents')).statusCode).toBe(403);
  });

  it('shows each enterprise only its own intents and résumés; government gets counts; the host sees all without résumés', async () => {
    const created = await hechuang.post(`/api/fairs/${fair.f1}/intents`, { ticketCode: 'BBBB3333', positionId: pos.pb, level: 'strong', collectResume: false, idempotencyKey: 'booth-s3-pb-0001' });
    expect(created.statusCode).toBe(201);
    intent.s3pb = created.json().id;

    const own = (await hechuang.get(`/api/fairs/${fair.f1}/intents?organisationId=${org.huapai}`)).json();
    expect(own.total).toBe(1);
    expect(own.items.map((i: { id: string }) => i.id)).toEqual([intent.s3pb]);
    const huapaiList = (await huapai.get(`/api/fairs/${fair.f1}/intents`)).json();
    expect(huapaiList.total).toBe(3);
    expect(huapaiList.items.every((i: { organisation: { id: string } }) => i.organisation.id === org.huapai)).toBe(true);
    expect(huapaiList.items.find((i: { id: string }) => i.id === intent.s1p1).resume).toMatchObject({ name: '普晓燕' });
    expect((await huapai.get(`/api/fairs/${fair.f1}/intents?level=strong`)).json().total).toBe(1);

    const host = (await dali.get(`/api/fairs/${fair.f1}/intents`)).json();
    expect(host.total).toBe(4);
    expect(host.items.every((i: { resume: unknown }) => i.resume === null)).toBe(true);
    const government = await gov.get(`/api/fairs/${fair.f1}/intents`);
    expect(government.statusCode).toBe(200);
    expect(government.json()).toMatchObject({ items: [], total: 4 });
    expect((await seeker.get(`/api/fairs/${fair.f1}/intents`)).statusCode).toBe(403);

    const stats = (await hechuang.get(`/api/fairs/${fair.f1}/stats`)).json();
    expect(stats).toMatchObject({ intents: 1, intentPeople: 1, strongIntents: 1, resumesCollected: 0 });
    expect(stats.byEnterprise.map((e: { organisation: { id: string } }) => e.organisation.id)).toEqual([org.hechuang]);
    expect(stats.byPosition.map((p: { position: { id: string } }) => p.position.id)).toEqual([pos.pb]);
  });

  it('exports the intents as xlsx that opens with exceljs: all rows to the operator, its own to an enterprise', async () => {
    const res = await operator.get(`/api/fairs/${fair.f1}/intents.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.actualRowCount).toBe(5);
    expect(sheet?.getRow(1).getCell(1).value).toBe('展位号');
    const names = [2, 3, 4, 5].map((r) => String(sheet?.getRow(r).getCell(4).value));
    expect(names.sort()).toEqual(['普晓燕', '普晓燕', '李强', '王敏'].sort());

    const own = await hechuang.get(`/api/fairs/${fair.f1}/intents.xlsx`, EN);
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    const ownSheet = ownBook.worksheets[0];
    expect(ownSheet?.actualRowCount).toBe(2);
    expect(ownSheet?.getRow(1).getCell(1).value).toBe('Booth');
    expect(ownSheet?.getRow(2).getCell(4).value).toBe('李强');
    expect((await gov.get(`/api/fairs/${fair.f1}/intents.xlsx`)).statusCode).toBe(403);
  });

  it('attributes a hire to the latest fair with an earlier intent, not a hire made before the intent, and drops a hire taken back', async () => {
    // 普晓燕 also met 华派 at the earlier campus fair; she is hired after both.
    const early = await huapai.post(`/api/fairs/${fair.f0}/intents`, { ticketCode: 'DDDD5555', positionId: pos.p1, level: 'strong', collectResume: true, idempotencyKey: 'booth-f0-s1-0001' });
    expect(early.statusCode).toBe(201);
    const applied = await seeker.post(`/api/positions/${pos.p1}/applications`, { idempotencyKey: 'apply-s1-p1-0001' });
    expect(applied.statusCode).toBe(201);
    const applicationId = applied.json().id as string;
    expect((await huapai.patch(`/api/applications/${applicationId}`, { status: 'interview' })).statusCode).toBe(200);
    expect((await huapai.patch(`/api/applications/${applicationId}`, { status: 'hired' })).json().status).toBe('hired');
    // 王敏 was hired a day before she came to the booth; 李强's hire at 和创 is taken back below.
    await t.ctx.db.insert(applications).values([
      { positionId: pos.p1, seekerId: who.s2, organisationId: org.huapai, status: 'hired', hiredAt: new Date(now - 24 * HOUR), resumeSnapshot: {} },
    ]);
    const [taken] = await t.ctx.db
      .insert(applications)
      .values({ positionId: pos.pb, seekerId: who.s3, organisationId: org.hechuang, status: 'hired', hiredAt: new Date(), resumeSnapshot: {} })
      .returning();

    const before = (await operator.get(`/api/fairs/${fair.f1}/stats`)).json();
    expect(before.hiresAttributed).toBe(2);
    await t.ctx.db.update(applications).set({ status: 'interview' }).where(eq(applications.id, taken?.id ?? ''));

    const stats = await operator.get(`/api/fairs/${fair.f1}/stats`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({
      registered: 3,
      checkedIn: 3,
      walkIns: 1,
      booths: 2,
      intents: 4,
      intentPeople: 3,
      strongIntents: 2,
      resumesCollected: 1,
      hiresAttributed: 1,
    });
    const byEnterprise = Object.fromEntries(stats.json().byEnterprise.map((e: { organisation: { id: string } }) => [e.organisation.id, e]));
    expect(byEnterprise[org.huapai]).toMatchObject({ boothNumber: 'A01', intents: 3, intentPeople: 2, resumes: 1, hires: 1 });
    expect(byEnterprise[org.hechuang]).toMatchObject({ boothNumber: 'A02', intents: 1, intentPeople: 1, resumes: 0, hires: 0 });
    const byPosition = Object.fromEntries(stats.json().byPosition.map((p: { position: { id: string } }) => [p.position.id, p]));
    expect(byPosition[pos.p1]).toMatchObject({ intents: 2, strong: 1, resumes: 1, hires: 1 });
    expect(byPosition[pos.p2]).toMatchObject({ intents: 1, strong: 0, resumes: 1, hires: 0 });
    expect(stats.json().checkinsByHour.reduce((sum: number, h: { count: number }) => sum + h.count, 0)).toBe(3);
    expect(stats.json().checkinsByHour[0].hour).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);

    expect((await operator.get(`/api/fairs/${fair.f0}/stats`)).json()).toMatchObject({ intents: 2, intentPeople: 2, hiresAttributed: 0, registered: 2, checkedIn: 2 });
    expect((await gov.get(`/api/fairs/${fair.f1}/stats`)).json().hiresAttributed).toBe(1);
    expect((await huapai.get(`/api/fairs/${fair.f1}/stats`)).json()).toMatchObject({ intents: 3, hiresAttributed: 1 });

    const year = chinaYear(new Date(now - 2 * HOUR));
    const totals = await gov.get(`/api/fairs/stats?year=${year}`);
    expect(totals.statusCode).toBe(200);
    expect(totals.json()).toMatchObject({ year, campusFairs: 1, onsiteFairs: 2, registered: 7, checkedIn: 6, intentPeople: 3, resumes: 1, hiresAttributed: 1 });
    expect(totals.json().fairs).toHaveLength(3);
    expect(totals.json().fairs.find((f: { id: string }) => f.id === fair.f1)).toMatchObject({ registered: 3, checkedIn: 3, intentPeople: 3, resumes: 1, hires: 1 });
    expect((await operator.get(`/api/fairs/stats?year=${year - 1}`)).json()).toMatchObject({ campusFairs: 0, onsiteFairs: 0, fairs: [] });
    expect((await huapai.get(`/api/fairs/stats?year=${year}`)).statusCode).toBe(403);
    expect(fields(await operator.get('/api/fairs/stats?year=abc'))).toHaveProperty(['querystring.year']);
  });

  it('lists intents without a hire for the operator to follow up, strong first, and records the follow-up', async () => {
    const list = await operator.get(`/api/fairs/${fair.f1}/follow-up`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([intent.s3pb, intent.s2p1]);
    const updated = await operator.patch(`/api/fair-intents/${intent.s2p1}/follow-up`, { status: 'contacted', note: '已电话联系，约下周面试' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ followUpStatus: 'contacted', followUpNote: '已电话联系，约下周面试' });
    expect((await operator.get(`/api/fairs/${fair.f1}/follow-up?followUpStatus=none`)).json().total).toBe(1);
    expect(fields(await operator.patch(`/api/fair-intents/${intent.s2p1}/follow-up`, { status: 'done' }))).toHaveProperty('status');
    expect((await huapai.patch(`/api/fair-intents/${intent.s2p1}/follow-up`, { status: 'closed' })).statusCode).toBe(403);
    expect((await huapai.get(`/api/fairs/${fair.f1}/follow-up`)).statusCode).toBe(403);
    const audits = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'fair_intent.follow_up'), eq(auditLog.entityId, intent.s2p1)));
    expect(audits).toHaveLength(1);
  });

  it('sends the survey once after the fair, takes one answer per account, and summarises the results', async () => {
    const early = await operator.post(`/api/fairs/${fair.f1}/survey/send`);
    expect(early.statusCode).toBe(409);
    expect(fields(early)).toHaveProperty('endsAt');
    expect((await seeker.get(`/api/fairs/${fair.f0}/survey`)).json()).toEqual({ open: false, answered: false });
    const answer = { overall: 5, matchQuality: 4, wouldReturn: true, comment: '组织有序，岗位对口' };
    expect((await seeker.post(`/api/fairs/${fair.f0}/survey/responses`, answer)).statusCode).toBe(409);
    expect((await huapai.post(`/api/fairs/${fair.f0}/survey/send`)).statusCode).toBe(403);

    const sent = await operator.post(`/api/fairs/${fair.f0}/survey/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().notified).toBe(2);
    expect((await operator.post(`/api/fairs/${fair.f0}/survey/send`)).statusCode).toBe(409);
    const queued = await t.ctx.db.select().from(notifications).where(eq(notifications.kind, 'fair_survey'));
    expect(queued.map((n) => n.seekerId).sort()).toEqual([who.s1, who.s2].sort());
    expect(queued[0]?.params).toMatchObject({ fairId: fair.f0, fairTitle: '大理大学校园招聘会' });

    expect((await seeker.get(`/api/fairs/${fair.f0}/survey`)).json()).toEqual({ open: true, answered: false });
    expect(fields(await seeker.post(`/api/fairs/${fair.f0}/survey/responses`, { ...answer, overall: 6 }))).toHaveProperty('overall');
    expect((await seeker.post(`/api/fairs/${fair.f0}/survey/responses`, answer)).statusCode).toBe(201);
    const twice = await seeker.post(`/api/fairs/${fair.f0}/survey/responses`, answer);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('fair_survey_answered');
    expect((await seeker.get(`/api/fairs/${fair.f0}/survey`)).json()).toEqual({ open: true, answered: true });
    expect((await huapai.get(`/api/fairs/${fair.f0}/survey`)).json()).toEqual({ open: true, answered: false });
    expect((await huapai.post(`/api/fairs/${fair.f0}/survey/responses`, { overall: 3, matchQuality: 3, wouldReturn: false })).statusCode).toBe(201);
    expect((await hechuang.post(`/api/fairs/${fair.f0}/survey/responses`, answer)).statusCode).toBe(403);
    expect((await hechuang.get(`/api/fairs/${fair.f0}/survey`)).json()).toEqual({ open: false, answered: false });

    const results = await operator.get(`/api/fairs/${fair.f0}/survey/results`);
    expect(results.statusCode).toBe(200);
    expect(results.json()).toEqual({
      seekers: { responses: 1, overallAvg: 5, matchAvg: 4, wouldReturnPct: 100, distribution: [0, 0, 0, 0, 1] },
      enterprises: { responses: 1, overallAvg: 3, matchAvg: 3, wouldReturnPct: 0, distribution: [0, 0, 1, 0, 0] },
      comments: [{ kind: 'seeker', comment: '组织有序，岗位对口', createdAt: expect.any(String) }],
    });
    expect((await gov.get(`/api/fairs/${fair.f0}/survey/results`)).statusCode).toBe(200);
    expect((await dali.get(`/api/fairs/${fair.f0}/survey/results`)).statusCode).toBe(200);
    expect((await huapai.get(`/api/fairs/${fair.f0}/survey/results`)).statusCode).toBe(403);
    const [f0] = await t.ctx.db.select().from(fairs).where(eq(fairs.id, fair.f0));
    expect(f0?.surveySentAt).not.toBeNull();
  });
});
