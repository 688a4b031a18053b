import { randomUUID } from 'node:crypto';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { fairCheckinScans, fairRegistrations } from '../../src/modules/fairs/fairs.table';
import { formatTicketCode } from '../../src/modules/fairs/ticket-code';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { positions } from '../../src/modules/positions/positions.table';
import { seekers } from '../../src/modules/talent/talent.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';
import { inspectPdf } from '../helpers/pdf';

const PASSWORD = 'Qiao-test-2023!';
const EN = { 'accept-language': 'en' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type ErrorJson = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
type Res = { statusCode: number; json: <T = unknown>() => T };
type Fair = { id: string; version: number; status: string; canManage: boolean; hostOrganisation: { id: string; name: string } | null; counts: Record<string, number> };
type Booth = { id: string; version: number; status: string; boothNumber: string | null; contactPhone: string; qrToken: string | null; organisation: { id: string } };
type Ticket = { id: string; ticketCode: string; seekerName: string; status: string; checkedInAt: string | null; qrPngDataUrl: string };
type ScanResult = { scanId: string; outcome: string; seekerName: string | null; checkedInAt: string | null };

function fields(res: Res): Record<string, string> {
  return Object.fromEntries((res.json<ErrorJson>().error.fields ?? []).map((f) => [f.path, f.message]));
}

function errorCode(res: Res): string {
  return res.json<ErrorJson>().error.code;
}

const ORGS = generateDemoOrganisations();
function creditCodeOf(key: string): string {
  const org = ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org.creditCode;
}

let phoneSeq = 0;
/** A distinct valid mobile number per call. */
function nextPhone(): string {
  phoneSeq += 1;
  return `139${String(10_000_000 + phoneSeq * 7919).slice(-8)}`;
}

describe.each(DB_KINDS)('fairs on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let hechuang: TestClient;
  let dali: TestClient;
  let seeker: TestClient;
  let otherOperator: TestClient;
  const org: Record<string, string> = {};
  const pos: Record<string, string> = {};
  let zoneId = '';

  const fairBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'onsite',
    title: '2026年楚雄高新区春季大型现场招聘会',
    description: '面向高校毕业生和社会求职者',
    venue: '楚雄高新区人力资源服务产业园一楼大厅',
    regionCode: '532301',
    startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 3 * DAY + 8 * HOUR).toISOString(),
    boothCapacity: 10,
    seekerCapacity: 500,
    ...overrides,
  });

  async function createPublishedFair(overrides: Record<string, unknown> = {}, by: TestClient = operator): Promise<Fair> {
    const created = await by.post('/api/fairs', fairBody(overrides));
    expect(created.statusCode, created.body).toBe(201);
    const published = await by.post(`/api/fairs/${created.json<Fair>().id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    return published.json<Fair>();
  }

  const boothBody = (positionIds: string[], overrides: Record<string, unknown> = {}) => ({
    positionIds,
    contactName: '张丽华',
    contactPhone: '13888123456',
    staffCount: 3,
    ...overrides,
  });

  const shortForm = (phone: string, overrides: Record<string, unknown> = {}) => ({
    name: '李春梅',
    phone,
    educationLevel: 'bachelor',
    school: '楚雄师范学院',
    major: '汉语言文学',
    acceptPrivacyPolicy: true,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    operator = await t.signIn('operator');
    gov = await t.signIn('gov');
    huapai = await t.signIn('huapai');
    dali = await t.signIn('dali');
    seeker = await t.signIn('seeker');
    await createAccount(t.ctx, { username: 'hechuang.admin', password: PASSWORD, role: 'org_admin', displayName: '王和创', organisation: creditCodeOf('hechuang') }, SYSTEM_SOURCE);
    hechuang = await t.signIn('hechuang.admin', PASSWORD);
    const rows = await t.ctx.db.select({ id: organisations.id, creditCode: organisations.creditCode, zoneId: organisations.zoneId }).from(organisations);
    for (const key of ['huapai', 'hechuang', 'dali', 'chuxiong-med']) {
      const row = rows.find((r) => r.creditCode === creditCodeOf(key));
      if (!row) throw new Error(`organisation ${key} not seeded`);
      org[key] = row.id;
      zoneId = row.zoneId;
    }
    const position = (organisationId: string, title: string, status = 'published') => ({
      zoneId,
      organisationId,
      title,
      duties: '负责药品生产与质量控制',
      headcount: 3,
      educationLevel: 'associate',
      regionCode: '532301',
      employmentType: 'full_time',
      salaryMin: 4000,
      salaryMax: 6000,
      status,
    });
    const inserted = await t.ctx.db
      .insert(positions)
      .values([
        position(org.huapai ?? '', '药品生产操作工'),
        position(org.huapai ?? '', '质量检验员'),
        position(org.huapai ?? '', '草稿岗位', 'draft'),
        position(org.hechuang ?? '', '中药材种植技术员'),
      ])
      .returning({ id: positions.id });
    ['huapaiA', 'huapaiB', 'huapaiDraft', 'hechuang'].forEach((key, i) => {
      pos[key] = inserted[i]?.id ?? '';
    });

    const zone = await insertZone(t.ctx.db, { name: '大理测试园区', regionCode: '532901' });
    const body = '91532901MA6Q87K4X';
    const creditCode = body + creditCodeCheckChar(body);
    await insertOrganisations(t.ctx.db, [{ zoneId: zone.id, name: '大理测试人力资源服务有限公司', type: 'operator', creditCode, regionCode: '532901', industry: 'modern_services' }]);
    await createAccount(t.ctx, { username: 'dali.operator', password: PASSWORD, role: 'operator', displayName: '段丽', organisation: creditCode }, SYSTEM_SOURCE);
    otherOperator = await t.signIn('dali.operator', PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('fairs and who runs them', () => {
    it('refuses enterprises, lets a school host its own fair and names bad fields', async () => {
      expect((await huapai.post('/api/fairs', fairBody())).statusCode).toBe(403);

      const campus = await dali.post('/api/fairs', fairBody({ kind: 'campus', title: '大理大学2026届毕业生校园招聘会', boothCapacity: 2 }));
      expect(campus.statusCode, campus.body).toBe(201);
      expect(campus.json<Fair>()).toMatchObject({ status: 'draft', canManage: true, hostOrganisation: { id: org.dali, name: '大理大学' } });

      const foreignHost = await dali.post('/api/fairs', fairBody({ kind: 'campus', hostOrganisationId: org['chuxiong-med'] }));
      expect(foreignHost.statusCode).toBe(400);
      expect(Object.keys(fields(foreignHost))).toEqual(['hostOrganisationId']);

      const bad = await operator.post(
        '/api/fairs',
        { ...fairBody({ kind: 'special', title: '', startsAt: new Date(Date.now() + 2 * DAY).toISOString(), endsAt: new Date(Date.now() + DAY).toISOString() }), venue: undefined },
        EN,
      );
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(fields(bad)).sort()).toEqual(['title', 'venue']);

      const rules = await operator.post('/api/fairs', fairBody({ kind: 'special', startsAt: new Date(Date.now() + 2 * DAY).toISOString(), endsAt: new Date(Date.now() + DAY).toISOString() }), EN);
      expect(rules.statusCode).toBe(400);
      expect(fields(rules)).toEqual({ specialFocus: 'A special fair needs its focus', endsAt: 'The end must be after the start' });
    });

    it('shows drafts only to those who run them, keeps other zones out, and lets a school manage only its fairs', async () => {
      const draft = (await operator.post('/api/fairs', fairBody({ title: '草稿招聘会' }))).json<Fair>();
      expect((await dali.get(`/api/fairs/${draft.id}`)).statusCode).toBe(404);
      expect((await huapai.get(`/api/fairs/${draft.id}`)).statusCode).toBe(404);
      expect((await gov.get(`/api/fairs/${draft.id}`)).json<Fair>()).toMatchObject({ status: 'draft', canManage: false });
      expect((await otherOperator.get(`/api/fairs/${draft.id}`)).statusCode).toBe(404);
      expect((await otherOperator.get('/api/fairs')).json<{ total: number }>().total).toBe(0);
      expect((await operator.get('/api/public/fairs?phase=all')).json<{ items: { id: string }[] }>().items.map((f) => f.id)).not.toContain(draft.id);

      const published = (await operator.post(`/api/fairs/${draft.id}/publish`, {})).json<Fair>();
      expect((await dali.get(`/api/fairs/${draft.id}`)).json<Fair>()).toMatchObject({ status: 'published', canManage: false });
      expect((await dali.patch(`/api/fairs/${draft.id}`, { title: '改名', expectedVersion: published.version })).statusCode).toBe(403);
      expect((await otherOperator.patch(`/api/fairs/${draft.id}`, { title: '改名', expectedVersion: published.version })).statusCode).toBe(404);

      // A co-organiser runs the fair too.
      const stale = await operator.patch(`/api/fairs/${draft.id}`, { coOrganiserIds: [org.dali], expectedVersion: published.version - 1 });
      expect(stale.statusCode).toBe(409);
      const shared = await operator.patch(`/api/fairs/${draft.id}`, { coOrganiserIds: [org.dali], expectedVersion: published.version });
      expect(shared.statusCode, shared.body).toBe(200);
      expect((await dali.get(`/api/fairs/${draft.id}`)).json<Fair>()).toMatchObject({ canManage: true, coOrganisers: [{ id: org.dali }] });

      const list = (await dali.get('/api/fairs?pageSize=100')).json<{ items: Fair[] }>();
      expect(list.items.every((f) => f.status !== 'draft' || f.hostOrganisation?.id === org.dali)).toBe(true);

      const cancelled = await operator.post(`/api/fairs/${draft.id}/cancel`, { reason: '场地检修' });
      expect(cancelled.json<Fair>().status).toBe('cancelled');
      const audit = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'fair.cancel')));
      expect(audit[0]?.after).toMatchObject({ reason: '场地检修' });
    });
  });

  describe('booths', () => {
    let fair: Fair;
    const booths: Record<string, Booth> = {};

    beforeAll(async () => {
      fair = await createPublishedFair({ boothCapacity: 2 });
    });

    it('takes only the enterprise’s own published positions, one booth per enterprise', async () => {
      const wrong = await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? '', pos.huapaiDraft ?? '', pos.hechuang ?? '', pos.huapaiA ?? '']));
      expect(wrong.statusCode).toBe(400);
      expect(Object.keys(fields(wrong)).sort()).toEqual(['positionIds.1', 'positionIds.2', 'positionIds.3']);
      expect(fields(await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([]), EN))).toHaveProperty('positionIds');
      expect(fields(await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? ''], { contactPhone: '123' }), EN))).toHaveProperty('contactPhone');
      expect((await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? ''], { organisationId: org.hechuang }))).statusCode).toBe(403);
      expect((await dali.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? '']))).statusCode).toBe(403);

      const created = await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? '', pos.huapaiB ?? '']));
      expect(created.statusCode, created.body).toBe(201);
      booths.huapai = created.json<Booth>();
      expect(booths.huapai).toMatchObject({ status: 'pending', contactPhone: '13888123456', boothNumber: null });
      expect(booths.huapai.qrToken).toBeTruthy();
      const again = await huapai.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.huapaiA ?? '']));
      expect(again.statusCode).toBe(409);
      expect(Object.keys(fields(again))).toEqual(['organisationId']);

      const byOperator = await operator.post(`/api/fairs/${fair.id}/booths`, boothBody([pos.hechuang ?? ''], { organisationId: org.hechuang }));
      expect(byOperator.statusCode, byOperator.body).toBe(201);
      booths.hechuang = byOperator.json<Booth>();
    });

    it('shows an enterprise only its own booth and hides phones and QR tokens from government', async () => {
      const own = (await hechuang.get(`/api/fairs/${fair.id}/booths`)).json<{ items: Booth[] }>().items;
      expect(own.map((b) => b.id)).toEqual([booths.hechuang?.id]);
      const seen = (await gov.get(`/api/fairs/${fair.id}/booths`)).json<{ items: Booth[] }>().items;
      expect(seen).toHaveLength(2);
      expect(seen.every((b) => b.qrToken === null && b.contactPhone === '138****3456')).toBe(true);
      const managed = (await operator.get(`/api/fairs/${fair.id}/booths`)).json<{ items: Booth[] }>().items;
      expect(managed.every((b) => b.qrToken !== null && b.contactPhone === '13888123456')).toBe(true);
    });

    it('gives a booth number to exactly one of two racing approvals', async () => {
      expect((await huapai.post(`/api/fairs/${fair.id}/booths/${booths.huapai?.id}/approve`, { boothNumber: 'A01' })).statusCode).toBe(403);
      const [a, b] = await Promise.all([
        operator.post(`/api/fairs/${fair.id}/booths/${booths.huapai?.id}/approve`, { boothNumber: 'a01' }),
        operator.post(`/api/fairs/${fair.id}/booths/${booths.hechuang?.id}/approve`, { boothNumber: 'A01' }, EN),
      ]);
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(Object.keys(fields(loser))).toEqual(['boothNumber']);
      const loserId = a.statusCode === 409 ? booths.huapai?.id : booths.hechuang?.id;
      const second = await operator.post(`/api/fairs/${fair.id}/booths/${loserId}/approve`, { boothNumber: 'A02' });
      expect(second.statusCode, second.body).toBe(200);
      const approved = (await operator.get(`/api/fairs/${fair.id}/booths?status=approved`)).json<{ items: Booth[] }>().items;
      expect(approved.map((x) => x.boothNumber)).toEqual(['A01', 'A02']);
      expect((await operator.get(`/api/fairs/${fair.id}`)).json<Fair>().counts).toMatchObject({ boothsApproved: 2, boothsPending: 0 });

      // The fair is full now: lowering its capacity below the approved booths is refused too.
      const lower = await operator.patch(`/api/fairs/${fair.id}`, { boothCapacity: 1, expectedVersion: fair.version });
      expect(lower.statusCode).toBe(400);
      expect(Object.keys(fields(lower))).toEqual(['boothCapacity']);
    });

    it('lists the approved enterprises on the portal', async () => {
      const detail = (await t.client().get(`/api/public/fairs/${fair.id}`)).json<{ enterprises: { name: string; boothNumber: string; positions: { id: string }[] }[] }>();
      expect(detail.enterprises.map((e) => e.boothNumber)).toEqual(['A01', 'A02']);
      expect(detail.enterprises.flatMap((e) => e.positions.map((p) => p.id)).sort()).toEqual([pos.huapaiA, pos.huapaiB, pos.hechuang].sort());
    });

    it('prints the booth list and the venue sheet with Chinese text, booth numbers and QR codes', async () => {
      expect((await huapai.get(`/api/fairs/${fair.id}/booth-list.pdf`)).statusCode).toBe(403);
      const list = await operator.get(`/api/fairs/${fair.id}/booth-list.pdf`);
      expect(list.statusCode).toBe(200);
      expect(list.headers['content-type']).toContain('application/pdf');
      const listPages = await inspectPdf(list.rawPayload);
      const listText = listPages.map((p) => p.text).join('');
      expect(listText).toContain('2026年楚雄高新区春季大型现场招聘会');
      expect(listText).toContain('A01');
      expect(listText).toContain('云南华派药业有限公司');
      expect(listText).toContain('药品生产操作工');

      const sheet = await operator.get(`/api/fairs/${fair.id}/venue-sheet.pdf`);
      const pages = await inspectPdf(sheet.rawPayload);
      expect(pages).toHaveLength(2);
      expect(pages[0]?.text).toContain('A01');
      expect(pages[0]?.text).toContain('2026年楚雄高新区春季大型现场招聘会');
      const approved = (await operator.get(`/api/fairs/${fair.id}/booths?status=approved`)).json<{ items: Booth[] }>().items;
      expect(pages.map((p) => p.qr[0])).toEqual(approved.map((b) => `http://localhost:80/fairs/booth/${b.qrToken}`));
    });

    it('never approves more booths than the fair holds, even when approvals race', async () => {
      const small = await createPublishedFair({ boothCapacity: 1 });
      const one = (await huapai.post(`/api/fairs/${small.id}/booths`, boothBody([pos.huapaiA ?? '']))).json<Booth>();
      const two = (await hechuang.post(`/api/fairs/${small.id}/booths`, boothBody([pos.hechuang ?? '']))).json<Booth>();
      const results = await Promise.all([
        operator.post(`/api/fairs/${small.id}/booths/${one.id}/approve`, { boothNumber: 'B1' }),
        operator.post(`/api/fairs/${small.id}/booths/${two.id}/approve`, { boothNumber: 'B2' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(results.map((r) => (r.statusCode === 409 ? errorCode(r) : 'ok')).sort()).toEqual(['fair_booths_full', 'ok']);
      const winner = results[0]?.statusCode === 200 ? one : two;
      // Withdrawing frees the place; the other enterprise gets it.
      const withdrawn = await (winner === one ? huapai : hechuang).post(`/api/fairs/${small.id}/booths/${winner.id}/withdraw`);
      expect(withdrawn.json<Booth>()).toMatchObject({ status: 'withdrawn', boothNumber: null });
      const other = winner === one ? two : one;
      expect((await operator.post(`/api/fairs/${small.id}/booths/${other.id}/approve`, { boothNumber: 'B1' })).statusCode).toBe(200);
    });
  });

  describe('tickets', () => {
    let fair: Fair;

    beforeAll(async () => {
      fair = await createPublishedFair({ title: '2026届毕业生春季双选会' });
    });

    it('registers a signed-in seeker once, with a QR ticket', async () => {
      const noProfile = await seeker.post(`/api/fairs/${fair.id}/registrations`, {});
      expect(noProfile.statusCode).toBe(409);
      expect(Object.keys(fields(noProfile))).toEqual(['profile']);
      const profile = await seeker.request({ method: 'PUT', url: '/api/me/profile', payload: { name: '普晓燕', educationLevel: 'bachelor', school: '楚雄师范学院' } });
      expect(profile.statusCode, profile.body).toBeLessThan(300);

      const first = await seeker.post(`/api/fairs/${fair.id}/registrations`, {});
      expect(first.statusCode, first.body).toBe(201);
      const ticket = first.json<Ticket>();
      expect(ticket).toMatchObject({ seekerName: '普晓燕', status: 'registered', checkedInAt: null });
      expect(ticket.ticketCode).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
      expect(ticket.qrPngDataUrl.startsWith('data:image/png;base64,')).toBe(true);
      const again = await seeker.post(`/api/fairs/${fair.id}/registrations`, {});
      expect(again.statusCode).toBe(200);
      expect(again.json<Ticket>().id).toBe(ticket.id);
      expect((await seeker.get('/api/me/fair-tickets')).json<{ items: Ticket[] }>().items.map((x) => x.id)).toContain(ticket.id);

      const pub = await t.client().get(`/api/public/tickets/${formatTicketCode(ticket.ticketCode).toLowerCase()}`);
      expect(pub.json<Ticket>()).toMatchObject({ id: ticket.id, seekerName: '普*燕' });
      expect((await t.client().get('/api/public/tickets/AAAA-AAAA')).statusCode).toBe(404);
    });

    it('gives people without an account a ticket through the short form, once per phone', async () => {
      const anonymous = t.client();
      const bad = await anonymous.post(`/api/public/fairs/${fair.id}/registrations`, shortForm('12345', { acceptPrivacyPolicy: false, educationLevel: 'phd' }), EN);
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(fields(bad)).sort()).toEqual(['acceptPrivacyPolicy', 'educationLevel', 'phone']);

      const phone = nextPhone();
      const first = await anonymous.post(`/api/public/fairs/${fair.id}/registrations`, shortForm(phone));
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json<Ticket>().seekerName).toBe('李*梅');
      const again = await anonymous.post(`/api/public/fairs/${fair.id}/registrations`, shortForm(phone.replace(/^(\d{3})(\d{4})/, '$1 $2 ')));
      expect(again.statusCode).toBe(200);
      expect(again.json<Ticket>().id).toBe(first.json<Ticket>().id);

      const [row] = await t.ctx.db.select({ seekerId: fairRegistrations.seekerId }).from(fairRegistrations).where(eq(fairRegistrations.id, first.json<Ticket>().id));
      const [person] = await t.ctx.db.select().from(seekers).where(eq(seekers.id, row?.seekerId ?? ''));
      expect(person).toMatchObject({ source: 'fair', accountId: null, educationLevel: 'bachelor', school: '楚雄师范学院' });
      expect(person?.phoneEnc).not.toContain(phone);
      const audit = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, first.json<Ticket>().id), eq(auditLog.action, 'fair_registration.create')));
      expect(audit[0]?.after).toMatchObject({ channel: 'public_form', privacyPolicyVersion: expect.any(String) });

      expect((await anonymous.post(`/api/public/fairs/${randomUUID()}/registrations`, shortForm(nextPhone()))).statusCode).toBe(404);
    });

    it('never sells more tickets than the fair has, even when registrations race', async () => {
      const small = await createPublishedFair({ seekerCapacity: 5, title: '小型专场' });
      const results = await Promise.all(Array.from({ length: 12 }, () => t.client().post(`/api/public/fairs/${small.id}/registrations`, shortForm(nextPhone()))));
      expect(results.filter((r) => r.statusCode === 201)).toHaveLength(5);
      const refused = results.filter((r) => r.statusCode !== 201);
      expect(refused.every((r) => r.statusCode === 409 && errorCode(r) === 'fair_tickets_full')).toBe(true);
      const [total] = await t.ctx.db.select({ n: count() }).from(fairRegistrations).where(eq(fairRegistrations.fairId, small.id));
      expect(total?.n).toBe(5);
      // The same person racing with themselves gets one ticket.
      const twice = await createPublishedFair({ seekerCapacity: 5, title: '重复提交测试' });
      const phone = nextPhone();
      const both = await Promise.all([0, 1, 2].map(() => t.client().post(`/api/public/fairs/${twice.id}/registrations`, shortForm(phone))));
      expect(new Set(both.map((r) => r.json<Ticket>().id)).size).toBe(1);
    });

    it('limits the short form per address with the budget of account registration', async () => {
      const limited = await createTestApp(kind, { config: { rateLimits: { global: 100_000, auth: 3 } } });
      try {
        const op = await limited.signIn('operator');
        const created = await op.post('/api/fairs', fairBody());
        await op.post(`/api/fairs/${created.json<Fair>().id}/publish`, {});
        const statuses: number[] = [];
        for (let i = 0; i < 4; i += 1) statuses.push((await limited.client().post(`/api/public/fairs/${created.json<Fair>().id}/registrations`, shortForm(nextPhone()))).statusCode);
        expect(statuses).toEqual([201, 201, 201, 429]);
      } finally {
        await limited.close();
      }
    });

    it('closes registration at the deadline', async () => {
      const closed = await createPublishedFair({ registrationClosesAt: new Date(Date.now() - HOUR).toISOString() });
      const res = await t.client().post(`/api/public/fairs/${closed.id}/registrations`, shortForm(nextPhone()));
      expect(res.statusCode).toBe(409);
      expect(errorCode(res)).toBe('fair_registration_closed');
      expect(errorCode(await huapai.post(`/api/fairs/${closed.id}/booths`, boothBody([pos.huapaiA ?? ''])))).toBe('fair_registration_closed');
    });
  });

  describe('at the door', () => {
    let fair: Fair;
    let other: Fair;
    const tickets: Ticket[] = [];

    beforeAll(async () => {
      const running = { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + 6 * HOUR).toISOString(), registrationClosesAt: new Date(Date.now() + 5 * HOUR).toISOString() };
      fair = await createPublishedFair({ ...running, kind: 'campus', title: '大理大学2026届毕业生双选会' }, dali);
      other = await createPublishedFair({ ...running, title: '另一场招聘会' });
      for (let i = 0; i < 12; i += 1) {
        const res = await t.client().post(`/api/public/fairs/${fair.id}/registrations`, shortForm(nextPhone(), { name: `求职者${i}号` }));
        expect(res.statusCode, res.body).toBe(201);
        tickets.push(res.json<Ticket>());
      }
    });

    it('registers walk-ins checked in at once, by the fair’s managers only, once they accept the privacy policy', async () => {
      const person = { name: '王小明', educationLevel: 'associate', acceptPrivacyPolicy: true };
      expect((await huapai.post(`/api/fairs/${fair.id}/walk-ins`, { ...person, phone: nextPhone() })).statusCode).toBe(403);
      expect((await operator.post(`/api/fairs/${fair.id}/walk-ins`, { ...person, name: '', phone: '1' })).statusCode).toBe(400);
      const { acceptPrivacyPolicy: _accepted, ...withoutConsent } = person;
      const refused = await operator.post(`/api/fairs/${fair.id}/walk-ins`, { ...withoutConsent, phone: nextPhone() });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path)).toEqual(['acceptPrivacyPolicy']);
      const phone = nextPhone();
      const walkIn = await dali.post(`/api/fairs/${fair.id}/walk-ins`, { ...person, phone, school: '大理大学' });
      expect(walkIn.statusCode, walkIn.body).toBe(201);
      expect(walkIn.json<Ticket>().checkedInAt).not.toBeNull();
      const again = await operator.post(`/api/fairs/${fair.id}/walk-ins`, { ...person, phone });
      expect(again.statusCode).toBe(200);
      expect(again.json<Ticket>().id).toBe(walkIn.json<Ticket>().id);
      const [row] = await t.ctx.db.select().from(fairRegistrations).where(eq(fairRegistrations.id, walkIn.json<Ticket>().id));
      expect(row?.source).toBe('walk_in');
    });

    it('checks each ticket in once across replays and two devices scanning at the same moment', async () => {
      const scan = (code: string) => ({ scanId: randomUUID(), ticketCode: code, scannedAt: new Date().toISOString() });
      const [first, second, third] = tickets;
      const stranger = (await t.client().post(`/api/public/fairs/${other.id}/registrations`, shortForm(nextPhone()))).json<Ticket>();
      const batch = {
        deviceId: 'gate-1',
        scans: [
          scan(first?.ticketCode ?? ''),
          scan(formatTicketCode(second?.ticketCode ?? '').toLowerCase()),
          scan(`http://localhost/t/${third?.ticketCode}`),
          scan(first?.ticketCode ?? ''),
          scan('ZZZZ-ZZZZ'),
          scan('not a ticket'),
          scan(stranger.ticketCode),
        ],
      };
      expect((await huapai.post(`/api/fairs/${fair.id}/checkins`, batch)).statusCode).toBe(403);
      expect((await operator.post(`/api/fairs/${other.id}/checkins`, { deviceId: '', scans: [] }, EN)).statusCode).toBe(400);
      const res = await dali.post(`/api/fairs/${fair.id}/checkins`, batch);
      expect(res.statusCode, res.body).toBe(200);
      const results = res.json<{ results: ScanResult[] }>().results;
      expect(results.map((r) => r.outcome)).toEqual(['checked_in', 'checked_in', 'checked_in', 'already_checked_in', 'unknown_ticket', 'unknown_ticket', 'wrong_fair']);
      expect(results[0]?.seekerName).toBe('求***号');

      // The answer was lost: the device sends the batch again and gets the same answers, nothing new stored.
      const replay = await dali.post(`/api/fairs/${fair.id}/checkins`, batch);
      expect(replay.json<{ results: ScanResult[] }>().results).toEqual(results);

      // Two devices scan the same remaining tickets at once, each also replaying part of its own batch.
      const rest = tickets.slice(3);
      const deviceA = { deviceId: 'gate-2', scans: rest.map((x) => scan(x.ticketCode)) };
      const deviceB = { deviceId: 'gate-3', scans: [...rest].reverse().map((x) => scan(x.ticketCode)) };
      const answers = await Promise.all([
        operator.post(`/api/fairs/${fair.id}/checkins`, deviceA),
        dali.post(`/api/fairs/${fair.id}/checkins`, deviceB),
        operator.post(`/api/fairs/${fair.id}/checkins`, deviceA),
        dali.post(`/api/fairs/${fair.id}/checkins`, { deviceId: 'gate-3', scans: deviceB.scans.slice(0, 3) }),
      ]);
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
      const [a, b, aAgain, bAgain] = answers.map((x) => x.json<{ results: ScanResult[] }>().results);
      expect(aAgain).toEqual(a);
      expect(bAgain).toEqual(b?.slice(0, 3));
      const checkedInBy = new Map<string, number>();
      [...(a ?? []), ...(b ?? [])].forEach((r, i) => {
        const code = i < rest.length ? rest[i]?.ticketCode : [...rest].reverse()[i - rest.length]?.ticketCode;
        if (r.outcome === 'checked_in') checkedInBy.set(code ?? '', (checkedInBy.get(code ?? '') ?? 0) + 1);
        else expect(r.outcome).toBe('already_checked_in');
      });
      expect([...checkedInBy.values()]).toEqual(rest.map(() => 1));
      expect(checkedInBy.size).toBe(rest.length);

      const scans = await t.ctx.db.select({ n: count() }).from(fairCheckinScans).where(eq(fairCheckinScans.fairId, fair.id));
      expect(scans[0]?.n).toBe(batch.scans.length + 2 * rest.length);
      // Every ticket of the fair is checked in now (the walk-in's at the door).
      const [all] = await t.ctx.db.select({ n: count() }).from(fairRegistrations).where(eq(fairRegistrations.fairId, fair.id));
      const registered = all?.n ?? 0;
      const checked = await t.ctx.db.select({ n: count() }).from(fairRegistrations).where(and(eq(fairRegistrations.fairId, fair.id), isNotNull(fairRegistrations.checkedInAt)));
      expect(checked[0]?.n).toBe(registered);

      const summary = await dali.get(`/api/fairs/${fair.id}/checkins/summary`);
      expect(summary.json()).toMatchObject({ registered, checkedIn: registered });
      expect((await dali.get(`/api/fairs/${fair.id}`)).json<Fair>().counts).toMatchObject({ registered, checkedIn: registered });
    });

    it('answers a cancelled ticket as cancelled', async () => {
      const profileTicket = (await seeker.post(`/api/fairs/${other.id}/registrations`, {})).json<Ticket>();
      const cancelled = await seeker.post(`/api/fairs/${other.id}/registrations/${profileTicket.id}/cancel`);
      expect(cancelled.json<Ticket>().status).toBe('cancelled');
      const res = await operator.post(`/api/fairs/${other.id}/checkins`, { deviceId: 'gate-9', scans: [{ scanId: randomUUID(), ticketCode: profileTicket.ticketCode, scannedAt: new Date().toISOString() }] });
      expect(res.json<{ results: ScanResult[] }>().results[0]?.outcome).toBe('cancelled');
    });
  });
});
