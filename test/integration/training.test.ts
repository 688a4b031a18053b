import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { trainingBookings } from '../../src/modules/training/training.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { todayInChina } from '../../src/platform/dates';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';
import { inspectPdf } from '../helpers/pdf';

const PASSWORD = 'Qiao-test-2023!';
const EN = { 'accept-language': 'en' };

type Res = { statusCode: number; json: () => { error: { code: string; message: string; fields?: { path: string; message: string }[]; details?: unknown } } };

function fields(res: Res): Record<string, string> {
  return Object.fromEntries((res.json().error.fields ?? []).map((f) => [f.path, f.message]));
}

function daysFromToday(days: number): string {
  return new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const ORGS = generateDemoOrganisations();
function orgByKey(key: string) {
  const org = ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org;
}

describe.each(DB_KINDS)('training on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let dali: TestClient;
  let med: TestClient;
  let association: TestClient;
  let seeker: TestClient;
  let otherOperator: TestClient;
  const org: Record<string, string> = {};
  const base: Record<'a' | 'b', { id: string; version: number }> = { a: { id: '', version: 0 }, b: { id: '', version: 0 } };

  const baseA = () => ({
    name: '楚雄高新区生物医药公共实训基地',
    regionCode: '532301',
    address: '楚雄高新区永安大道 88 号',
    majors: ['药学', '药品生产技术', '药学'],
    stations: 40,
    capacity: 60,
    opensAt: '08:30',
    closesAt: '17:30',
    isProvincialDemonstrative: true,
    completedOn: '2022-06-30',
    partnerIds: [org.med, org.huapai],
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    [operator, gov, huapai, dali, seeker] = await Promise.all([t.signIn('operator'), t.signIn('gov'), t.signIn('huapai'), t.signIn('dali'), t.signIn('seeker')]);
    const ids = await t.ctx.db.query.organisations.findMany({ columns: { id: true, creditCode: true } });
    const idOf = (key: string) => ids.find((o) => o.creditCode === orgByKey(key).creditCode)?.id ?? '';
    Object.assign(org, {
      med: idOf('chuxiong-med'),
      huapai: idOf('huapai'),
      dali: idOf('dali'),
      bank: idOf('bank-1'),
      association: idOf('assoc-1'),
      hr: idOf('gov-hr'),
    });
    await createAccount(t.ctx, { username: 'med.staff', password: PASSWORD, role: 'org_staff', displayName: '者丽', organisation: orgByKey('chuxiong-med').creditCode }, SYSTEM_SOURCE);
    await createAccount(t.ctx, { username: 'assoc.admin', password: PASSWORD, role: 'org_admin', displayName: '杨明', organisation: orgByKey('assoc-1').creditCode }, SYSTEM_SOURCE);
    med = await t.signIn('med.staff', PASSWORD);
    association = await t.signIn('assoc.admin', PASSWORD);
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

  describe('bases', () => {
    it('refuses bad input field by field, in Chinese and English, and only operators write', async () => {
      const missing = await operator.post('/api/training/bases', { name: '实训基地' });
      expect(fields(missing)).toEqual({ regionCode: '必填', stations: '必填', capacity: '必填', opensAt: '必填', closesAt: '必填' });
      const wrong = await operator.post('/api/training/bases', { ...baseA(), regionCode: '999999', stations: 0, opensAt: '8:30', status: 'open', colour: 'red' }, EN);
      expect(fields(wrong)).toEqual({
        regionCode: 'Not a valid administrative division code',
        stations: 'Must be at least 1',
        opensAt: 'Times are HH:MM (e.g. 08:30)',
        status: expect.stringContaining('operating'),
        colour: 'Unknown field',
      });
      const rules = await operator.post('/api/training/bases', {
        ...baseA(),
        opensAt: '18:00',
        completedOn: daysFromToday(30),
        partnerIds: [org.bank, randomUUID(), org.med],
      });
      expect(fields(rules)).toEqual({
        closesAt: '关闭时间须晚于开放时间',
        completedOn: '建成日期不能晚于今天',
        'partnerIds.0': '共建单位须为学校、企业、科研院所、协会或政府部门',
        'partnerIds.1': '不是本园区的单位',
      });
      expect(fields(await operator.post('/api/training/bases', { ...baseA(), completedOn: null }, EN))).toEqual({
        completedOn: 'An operating, suspended or provincial demonstrative base needs a completion date',
      });
      for (const c of [gov, huapai, dali, seeker]) expect((await c.post('/api/training/bases', baseA())).statusCode).toBe(403);
      expect((await operator.get('/api/training/bases')).json().total).toBe(0);
    });

    it('registers bases with their co-building organisations, readable across the zone only', async () => {
      const created = await operator.post('/api/training/bases', baseA());
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        name: '楚雄高新区生物医药公共实训基地',
        regionName: expect.stringContaining('楚雄'),
        majors: ['药学', '药品生产技术'],
        hoursPerDay: 9,
        status: 'operating',
        partners: [
          { id: org.med, name: '楚雄医药高等专科学校', type: 'school' },
          { id: org.huapai, name: '云南华派药业有限公司', type: 'enterprise' },
        ],
        version: 1,
      });
      base.a = { id: created.json().id, version: 1 };
      const small = await operator.post('/api/training/bases', {
        name: '楚雄高新区先进制造公共实训基地',
        regionCode: '532301',
        stations: 10,
        capacity: 20,
        opensAt: '08:00',
        closesAt: '18:00',
        completedOn: '2023-03-15',
        partnerIds: [org.dali],
      });
      expect(small.statusCode).toBe(201);
      base.b = { id: small.json().id, version: 1 };
      for (const c of [gov, huapai, dali, med]) {
        const list = await c.get('/api/training/bases');
        expect(list.statusCode).toBe(200);
        expect(list.json().items.map((b: { name: string }) => b.name)).toEqual(['楚雄高新区先进制造公共实训基地', '楚雄高新区生物医药公共实训基地']);
      }
      expect((await operator.get('/api/training/bases?isProvincialDemonstrative=true')).json().total).toBe(1);
      expect((await otherOperator.get(`/api/training/bases/${base.a.id}`)).statusCode).toBe(404);
      expect((await otherOperator.get('/api/training/bases')).json().total).toBe(0);
      expect((await seeker.get('/api/training/bases')).statusCode).toBe(403);
      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'training_base.create'), eq(auditLog.entityId, base.a.id)));
      expect(entry).toMatchObject({ actorLabel: 'operator', entityType: 'training_base' });
    });
  });

  describe('bookings', () => {
    const day = daysFromToday(10);
    const bookingIds: Record<string, { id: string; version: number }> = {};
    const book = (c: TestClient, body: Record<string, unknown>, headers?: Record<string, string>) =>
      c.post('/api/training/bookings', { baseId: base.a.id, date: day, purpose: '药物制剂实训', ...body }, headers);

    it('refuses bad input on booking, cancelling and recording use', async () => {
      const missing = await dali.post('/api/training/bookings', { baseId: base.a.id });
      expect(fields(missing)).toEqual({ date: '必填', startTime: '必填', endTime: '必填', stations: '必填', trainees: '必填', purpose: '必填' });
      const wrong = await book(dali, { date: '2023-02-30', startTime: '8:30', endTime: '25:00', stations: 2.5, trainees: '10' }, EN);
      expect(fields(wrong)).toEqual({
        date: 'Date must be YYYY-MM-DD',
        startTime: 'Times are HH:MM (e.g. 08:30)',
        endTime: 'Times are HH:MM (e.g. 08:30)',
        stations: 'Wrong type: expected int',
        trainees: 'Wrong type: expected number',
      });
      const rules = await book(dali, { date: daysFromToday(-1), startTime: '08:00', endTime: '07:00', stations: 41, trainees: 61 });
      expect(fields(rules)).toEqual({
        date: '不能预约已经过去的日期',
        startTime: '须在基地开放时间 08:30–17:30 内',
        endTime: '结束时间须晚于开始时间',
        stations: '超过基地工位总数（40 个）',
        trainees: '超过基地同时容纳人数（60 人）',
      });
      expect(fields(await book(dali, { date: daysFromToday(181), startTime: '09:00', endTime: '18:00', stations: 1, trainees: 1 }, EN))).toEqual({
        date: 'Bookings can be made at most 180 days ahead',
        endTime: 'Must be within the base’s opening hours, 08:30–17:30',
      });
      expect(fields(await book(dali, { baseId: randomUUID(), startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 }))).toEqual({ baseId: '未找到该记录' });
      // Operators book on behalf of a school or an enterprise of their zone, and must say which.
      expect(fields(await book(operator, { startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 }))).toEqual({ organisationId: '代为预约时须选择预约单位' });
      expect(fields(await book(operator, { organisationId: org.bank, startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 }))).toEqual({
        organisationId: '只有学校和企业可以预约实训基地',
      });
      expect(fields(await book(otherOperator, { organisationId: org.dali, startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 }))).toEqual({
        organisationId: '不是本园区的单位',
      });
      // A school books for itself only; an association, government and seekers do not book.
      expect((await book(dali, { organisationId: org.huapai, startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 })).statusCode).toBe(403);
      for (const c of [association, gov, seeker]) expect((await book(c, { startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1 })).statusCode).toBe(403);
      expect(fields(await dali.post(`/api/training/bookings/${randomUUID()}/cancel`, {}))).toEqual({ version: '必填' });
      expect(fields(await dali.post(`/api/training/bookings/${randomUUID()}/use`, { version: 1, attendedTrainees: -1, attendedHours: 2.2 }, EN))).toEqual({
        attendedTrainees: 'Must be at least 0',
        attendedHours: 'Hours must be a multiple of 0.5',
      });
      expect((await t.ctx.db.select().from(trainingBookings)).length).toBe(0);
    });

    it('books for schools and enterprises, who each see only their own bookings', async () => {
      const d = await book(dali, { startTime: '08:30', endTime: '12:00', stations: 20, trainees: 30, purpose: '护理专业技能实训' });
      expect(d.statusCode).toBe(201);
      expect(d.json()).toMatchObject({ organisationName: '大理大学', baseName: '楚雄高新区生物医药公共实训基地', startTime: '08:30', endTime: '12:00', status: 'confirmed', version: 1 });
      const h = await book(huapai, { startTime: '10:00', endTime: '15:00', stations: 15, trainees: 20, purpose: '新员工 GMP 岗前培训' });
      expect(h.statusCode).toBe(201);
      const onBehalf = await book(operator, { organisationId: org.med, startTime: '15:00', endTime: '17:30', stations: 30, trainees: 40 });
      expect(onBehalf.statusCode).toBe(201);
      expect(onBehalf.json().organisationName).toBe('楚雄医药高等专科学校');
      Object.assign(bookingIds, {
        dali: { id: d.json().id, version: 1 },
        huapai: { id: h.json().id, version: 1 },
        med: { id: onBehalf.json().id, version: 1 },
      });

      const own = (await dali.get('/api/training/bookings')).json();
      expect(own.items.map((b: { id: string }) => b.id)).toEqual([bookingIds.dali?.id]);
      expect((await dali.get(`/api/training/bookings?organisationId=${org.huapai}`)).json().total).toBe(0);
      expect((await med.get('/api/training/bookings')).json().items.map((b: { purpose: string }) => b.purpose)).toEqual(['药物制剂实训']);
      // Another organisation's booking does not exist for a school, whatever it tries.
      expect((await dali.get(`/api/training/bookings/${bookingIds.huapai?.id}`)).statusCode).toBe(404);
      expect((await dali.post(`/api/training/bookings/${bookingIds.huapai?.id}/cancel`, { version: 1 })).statusCode).toBe(404);
      expect((await dali.post(`/api/training/bookings/${bookingIds.huapai?.id}/use`, { version: 1, attendedTrainees: 1, attendedHours: 1 })).statusCode).toBe(404);
      expect((await otherOperator.get(`/api/training/bookings/${bookingIds.dali?.id}`)).statusCode).toBe(404);
      for (const c of [operator, gov]) expect((await c.get('/api/training/bookings')).json().total).toBe(3);
      expect((await gov.get(`/api/training/bookings/${bookingIds.huapai?.id}`)).json().organisationName).toBe('云南华派药业有限公司');

      // On the calendar a school sees others' slots as occupied, without who or why.
      const calendar = (await dali.get(`/api/training/calendar?baseId=${base.a.id}&from=${day}&to=${day}`)).json();
      expect(calendar.bases).toHaveLength(1);
      expect(calendar.slots).toEqual([
        { baseId: base.a.id, date: day, startTime: '08:30', endTime: '12:00', stations: 20, trainees: 30, isOwn: true, booking: { id: bookingIds.dali?.id, organisationName: '大理大学', purpose: '护理专业技能实训' } },
        { baseId: base.a.id, date: day, startTime: '10:00', endTime: '15:00', stations: 15, trainees: 20, isOwn: false, booking: null },
        { baseId: base.a.id, date: day, startTime: '15:00', endTime: '17:30', stations: 30, trainees: 40, isOwn: false, booking: null },
      ]);
      expect(JSON.stringify(calendar)).not.toContain('华派');
      const zoneView = (await gov.get(`/api/training/calendar?from=${day}&to=${daysFromToday(40)}`)).json();
      expect(zoneView.bases).toHaveLength(2);
      expect(zoneView.slots.map((s: { booking: { organisationName: string } }) => s.booking.organisationName)).toEqual(['大理大学', '云南华派药业有限公司', '楚雄医药高等专科学校']);
      expect(fields(await dali.get(`/api/training/calendar?from=${day}&to=${daysFromToday(80)}`, EN))).toEqual({
        'querystring.to': 'The calendar shows at most 62 days at a time',
      });
      expect((await dali.get(`/api/training/calendar?from=${day}&to=${day}&baseId=${randomUUID()}`)).statusCode).toBe(404);

      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'training_booking.create'), eq(auditLog.entityId, bookingIds.med?.id ?? '')));
      expect(entry).toMatchObject({ actorLabel: 'operator', organisationId: org.med, after: { stations: 30, date: day } });
    });

    it('rejects a booking over the stations with an error naming the field and the bookings in the way', async () => {
      // 10:00–12:00 holds 20 + 15 = 35 of 40 stations.
      const school = await book(med, { startTime: '11:00', endTime: '13:00', stations: 8, trainees: 8 });
      expect(school.statusCode).toBe(409);
      expect(school.json().error.code).toBe('conflict');
      // Schools learn when, not who.
      expect(fields(school)).toEqual({ stations: `${day} 11:00–12:00 仅剩 5 个工位（共 40 个），与已有预约冲突：08:30–12:00, 10:00–15:00` });
      expect(school.json().error.details).toEqual({
        collisions: [
          { bookingId: null, organisationName: null, startTime: '08:30', endTime: '12:00', stations: 20, trainees: 30 },
          { bookingId: null, organisationName: null, startTime: '10:00', endTime: '15:00', stations: 15, trainees: 20 },
        ],
      });
      const en = await book(operator, { organisationId: org.med, startTime: '11:00', endTime: '13:00', stations: 8, trainees: 8 }, EN);
      expect(fields(en)).toEqual({
        stations: `On ${day} at 11:00–12:00 only 5 of 40 stations are free; this collides with: 08:30–12:00 大理大学, 10:00–15:00 华派药业`,
      });
      // Trainees are capped as well: 50 of 60 places are taken at 10:00–12:00.
      const trainees = await book(dali, { startTime: '10:30', endTime: '11:30', stations: 5, trainees: 11 });
      expect(fields(trainees)).toEqual({ trainees: `${day} 10:30–11:30 仅可再容纳 10 名学员（共 60 人），与已有预约冲突：08:30–12:00 大理大学, 10:00–15:00` });
      // Exactly what is left fits, and a booking that starts when another ends does not collide with it.
      expect((await book(dali, { startTime: '10:30', endTime: '11:30', stations: 5, trainees: 10 })).statusCode).toBe(201);
      expect((await book(med, { startTime: '12:00', endTime: '15:00', stations: 25, trainees: 30 })).statusCode).toBe(201);
    });

    it('lets exactly one of two concurrent requests take the last stations', async () => {
      for (const [round, offset] of [20, 21, 22].entries()) {
        const date = daysFromToday(offset);
        const first = await huapai.post('/api/training/bookings', { baseId: base.b.id, date, startTime: '09:00', endTime: '11:00', stations: 6, trainees: 6, purpose: '数控车床操作' });
        expect(first.statusCode).toBe(201);
        // Both ask for the 4 stations left, overlapping the first booking and each other.
        const [a, b] = await Promise.all([
          dali.post('/api/training/bookings', { baseId: base.b.id, date, startTime: '10:00', endTime: '12:00', stations: 4, trainees: 4, purpose: `机电一体化实训 ${round}` }),
          med.post('/api/training/bookings', { baseId: base.b.id, date, startTime: '09:30', endTime: '10:30', stations: 4, trainees: 4, purpose: `设备维护实训 ${round}` }),
        ]);
        expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
        const loser = a.statusCode === 409 ? a : b;
        expect(fields(loser).stations).toMatch(/仅剩 0 个工位（共 10 个）/);
      }
      // Eight at once for 3 stations each, with 10 free: exactly three get in.
      const date = daysFromToday(30);
      const clients = [dali, med, huapai, operator, dali, med, huapai, operator];
      const results = await Promise.all(
        clients.map((c, i) =>
          c.post('/api/training/bookings', {
            baseId: base.b.id,
            date,
            startTime: '13:00',
            endTime: '15:00',
            stations: 3,
            trainees: 3,
            purpose: `并发预约 ${i}`,
            ...(c === operator ? { organisationId: org.dali } : {}),
          }),
        ),
      );
      expect(results.filter((r) => r.statusCode === 201)).toHaveLength(3);
      expect(results.filter((r) => r.statusCode === 409)).toHaveLength(5);
      const held = await t.ctx.db.select().from(trainingBookings).where(and(eq(trainingBookings.baseId, base.b.id), eq(trainingBookings.bookedOn, date)));
      expect(held.reduce((sum, b) => sum + b.stations, 0)).toBe(9);
    });

    it('cancels a booking, which frees its stations', async () => {
      const id = bookingIds.huapai?.id ?? '';
      const cancelled = await huapai.post(`/api/training/bookings/${id}/cancel`, { version: 1, reason: '企业培训计划调整' });
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '企业培训计划调整', version: 2 });
      expect(fields(await huapai.post(`/api/training/bookings/${id}/cancel`, { version: 2 }))).toEqual({ status: '该预约已取消' });
      const stale = await dali.post(`/api/training/bookings/${bookingIds.dali?.id}/cancel`, { version: 7 });
      expect(stale.json().error.code).toBe('stale_version');
      // What collided before fits now.
      expect((await book(med, { startTime: '11:00', endTime: '12:00', stations: 8, trainees: 8 })).statusCode).toBe(201);
      const calendar = (await dali.get(`/api/training/calendar?baseId=${base.a.id}&from=${day}&to=${day}`)).json();
      expect(calendar.slots.some((s: { startTime: string; endTime: string }) => s.startTime === '10:00' && s.endTime === '15:00')).toBe(false);
      expect((await gov.post(`/api/training/bookings/${bookingIds.dali?.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    });

    it('records use against capacity and reports utilisation per base and month', async () => {
      // Bookings of last June, entered by the operator after the fact.
      const june = await book(operator, { organisationId: org.dali, date: '2023-06-05', startTime: '08:30', endTime: '16:30', stations: 30, trainees: 30 });
      expect(june.statusCode).toBe(201);
      const later = await book(operator, { organisationId: org.huapai, date: '2023-06-20', startTime: '09:00', endTime: '13:00', stations: 10, trainees: 12 });
      const juneId = june.json().id;
      expect(fields(await dali.post(`/api/training/bookings/${juneId}/use`, { version: 1, attendedTrainees: 61, attendedHours: 8.5 }))).toEqual({
        attendedTrainees: '超过基地同时容纳人数（60 人）',
        attendedHours: '不能超过预约时长（8 小时）',
      });
      const used = await dali.post(`/api/training/bookings/${juneId}/use`, { version: 1, attendedTrainees: 30, attendedHours: 8 });
      expect(used.statusCode).toBe(200);
      expect(used.json()).toMatchObject({ attendedTrainees: 30, attendedHours: 8, traineeHours: 240, version: 2 });
      expect((await operator.post(`/api/training/bookings/${later.json().id}/use`, { version: 1, attendedTrainees: 10, attendedHours: 4 })).statusCode).toBe(200);
      expect(fields(await dali.post(`/api/training/bookings/${juneId}/cancel`, { version: 2 }))).toEqual({ status: '已登记使用情况的预约不能取消' });
      expect(fields(await dali.post(`/api/training/bookings/${bookingIds.dali?.id}/use`, { version: 1, attendedTrainees: 20, attendedHours: 3 }))).toEqual({
        date: `预约日期（${day}）之后才能登记使用情况`,
      });
      expect(fields(await huapai.post(`/api/training/bookings/${bookingIds.huapai?.id}/use`, { version: 2, attendedTrainees: 1, attendedHours: 1 }))).toEqual({
        status: '已取消的预约不能登记使用情况',
      });
      expect((await operator.get('/api/training/bookings?use=recorded')).json().items.map((b: { date: string }) => b.date)).toEqual(['2023-06-20', '2023-06-05']);
      expect((await dali.get('/api/training/bookings?use=recorded')).json().total).toBe(1);
      expect((await operator.get('/api/training/bookings?use=missing')).json().total).toBe(0);

      const report = (await gov.get(`/api/training/utilisation?year=2023&baseId=${base.a.id}`)).json();
      expect(report.bases).toHaveLength(1);
      const [a] = report.bases;
      expect(a.months).toHaveLength(12);
      // June: 60 trainees × 9 h × 30 days = 16 200 trainee-hours of capacity; 240 + 40 used.
      expect(a.months[5]).toEqual({ month: '2023-06', bookings: 2, bookedTraineeHours: 288, usedTraineeHours: 280, capacityTraineeHours: 16200, utilisationPercent: 1.7 });
      expect(a.months[6]).toMatchObject({ bookings: 0, usedTraineeHours: 0, capacityTraineeHours: 16740, utilisationPercent: 0 });
      expect(a.total).toMatchObject({ bookings: 2, usedTraineeHours: 280, capacityTraineeHours: 60 * 9 * 365 });
      expect((await operator.get('/api/training/utilisation?year=2023')).json().bases).toHaveLength(2);
      expect(fields(await operator.get('/api/training/utilisation?year=23'))).toEqual({ 'querystring.year': '不能小于 2000' });
      for (const c of [dali, huapai]) expect((await c.get('/api/training/utilisation?year=2023')).statusCode).toBe(403);
    });

    it('keeps room for future bookings when a base gets smaller or shorter hours', async () => {
      const shrink = await operator.patch(`/api/training/bases/${base.a.id}`, { version: 1, stations: 30, capacity: 40, opensAt: '09:00' });
      expect(fields(shrink)).toEqual({
        opensAt: `${day} 08:30–12:00 已有预约，新的开放时间须包含该时段`,
        stations: `${day} 11:00–11:30 已预约 33 个工位，工位数不能少于 33`,
        capacity: `${day} 11:00–11:30 已预约 48 名学员，容纳人数不能少于 48`,
      });
      // Exactly the busiest moment still fits.
      const ok = await operator.patch(`/api/training/bases/${base.a.id}`, { version: 1, stations: 33, description: '省级示范公共实训基地', partnerIds: [org.med] });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ stations: 33, version: 2, partners: [{ id: org.med }] });
      expect((await operator.patch(`/api/training/bases/${base.a.id}`, { version: 1, stations: 39 })).json().error.code).toBe('stale_version');
      expect((await operator.patch(`/api/training/bases/${base.a.id}`, { stations: 39 })).statusCode).toBe(400);
      const closed = await operator.patch(`/api/training/bases/${base.b.id}`, { version: 1, status: 'suspended' });
      expect(closed.json().status).toBe('suspended');
      expect(fields(await dali.post('/api/training/bookings', { baseId: base.b.id, date: daysFromToday(12), startTime: '09:00', endTime: '10:00', stations: 1, trainees: 1, purpose: '实训' }))).toEqual({
        baseId: '该实训基地当前不接受预约',
      });
    });
  });

  describe('programmes and certificates', () => {
    let programmeId = '';
    const sessionIds: string[] = [];
    const enrolment: Record<string, { id: string; version: number }> = {};

    it('refuses bad input on programmes, sessions, enrolments and attendance', async () => {
      const missing = await operator.post('/api/training/programmes', { title: '乡村人才培训' });
      expect(fields(missing)).toEqual({ kind: '必填', organiserId: '必填', startsOn: '必填', endsOn: '必填', capacity: '必填', totalHours: '必填' });
      const rules = await operator.post('/api/training/programmes', {
        title: '乡村人才培训',
        kind: 'rural_talent',
        organiserId: randomUUID(),
        baseId: randomUUID(),
        startsOn: '2023-07-14',
        endsOn: '2023-07-03',
        capacity: 3,
        totalHours: 40,
      });
      expect(fields(rules)).toEqual({ organiserId: '不是本园区的单位', baseId: '未找到该记录', endsOn: '结束日期不能早于开始日期' });
      expect((await gov.post('/api/training/programmes', {})).statusCode).toBe(403);
      for (const c of [dali, huapai]) expect((await c.get('/api/training/programmes')).statusCode).toBe(403);
    });

    it('runs a rural talent programme: sessions, enrolment within capacity, attendance, completion', async () => {
      const created = await operator.post('/api/training/programmes', {
        title: '2023年楚雄高新区乡村人才培训班（第一期）',
        kind: 'rural_talent',
        organiserId: org.hr,
        baseId: base.a.id,
        startsOn: '2023-07-03',
        endsOn: '2023-07-14',
        capacity: 3,
        totalHours: 40,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ organiserName: '楚雄州人力资源和社会保障局', baseName: '楚雄高新区生物医药公共实训基地', requiredAttendancePercent: 80, enrolled: 0 });
      programmeId = created.json().id;

      expect(fields(await operator.post(`/api/training/programmes/${programmeId}/sessions`, { date: '2023-07-20', startTime: '10:00', endTime: '09:00', topic: '电商直播' }))).toEqual({
        date: '须在培训期间 2023-07-03 至 2023-07-14 内',
        endTime: '结束时间须晚于开始时间',
      });
      for (const [i, date] of ['2023-07-03', '2023-07-05', '2023-07-07', '2023-07-11', '2023-07-14'].entries()) {
        const s = await operator.post(`/api/training/programmes/${programmeId}/sessions`, { date, startTime: '09:00', endTime: '17:00', topic: `第${i + 1}讲` });
        expect(s.statusCode).toBe(201);
        sessionIds.push(s.json().id);
      }

      const walkIn = await operator.post('/api/seekers', { name: '罗文杰' });
      const seekerId = walkIn.json().id;
      expect(fields(await operator.post(`/api/training/programmes/${programmeId}/enrolments`, {}))).toEqual({ traineeName: '请选择求职者或填写学员姓名（二选一）' });
      expect(fields(await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { seekerId, traineeName: '普春兰' }))).toEqual({
        traineeName: '请选择求职者或填写学员姓名（二选一）',
      });
      expect(fields(await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { seekerId: randomUUID() }))).toEqual({ seekerId: '未找到该记录' });
      const s1 = await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { seekerId });
      expect(s1.statusCode).toBe(201);
      expect(s1.json()).toMatchObject({ name: '罗文杰', status: 'enrolled', attendancePercent: 0 });
      expect(fields(await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { seekerId }))).toEqual({ seekerId: '该学员已报名本培训' });
      const s2 = await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { traineeName: '普春兰', affiliation: '紫溪镇紫溪村' });
      const s3 = await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { traineeName: '杞海涛', affiliation: '东华镇' });
      const full = await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { traineeName: '者春梅' }, EN);
      expect(full.statusCode).toBe(409);
      expect(fields(full)).toEqual({ traineeName: 'The programme is full (3 places)' });
      Object.assign(enrolment, { s1: { id: s1.json().id, version: 1 }, s2: { id: s2.json().id, version: 1 }, s3: { id: s3.json().id, version: 1 } });

      expect(fields(await operator.request({ method: 'PUT', url: `/api/training/sessions/${sessionIds[0]}/attendance`, payload: { presentEnrolmentIds: [randomUUID()] } }))).toEqual({
        'presentEnrolmentIds.0': '不是本培训的在册学员',
      });
      // s1 comes to all five sessions, s2 to four (80 %), s3 to three (60 %).
      for (const [i, sessionId] of sessionIds.entries()) {
        const present = [enrolment.s1?.id, ...(i < 4 ? [enrolment.s2?.id] : []), ...(i < 3 ? [enrolment.s3?.id] : [])];
        const res = await operator.request({ method: 'PUT', url: `/api/training/sessions/${sessionId}/attendance`, payload: { presentEnrolmentIds: present } });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ isRecorded: true, present: present.length });
      }
      const list = (await gov.get(`/api/training/programmes/${programmeId}/enrolments`)).json().items;
      expect(list.map((e: { name: string; attendancePercent: number }) => [e.name, e.attendancePercent])).toEqual([
        ['罗文杰', 100],
        ['普春兰', 80],
        ['杞海涛', 60],
      ]);

      const short = await operator.post(`/api/training/enrolments/${enrolment.s3?.id}/complete`, { version: 1 });
      expect(fields(short)).toEqual({ attendance: '出勤率 60% 低于结业要求 80%' });
      const done = await operator.post(`/api/training/enrolments/${enrolment.s1?.id}/complete`, { version: 1 });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ status: 'completed', completedOn: todayInChina(), certificateNo: expect.stringMatching(/^PX\d{4}-[0-9A-Z]{8}$/) });
      expect((await operator.post(`/api/training/enrolments/${enrolment.s2?.id}/complete`, { version: 1 })).statusCode).toBe(200);
      expect(fields(await operator.post(`/api/training/enrolments/${enrolment.s1?.id}/complete`, { version: 2 }))).toEqual({ status: '学员当前状态为“completed”，不能执行此操作' });
      expect(fields(await operator.post(`/api/training/enrolments/${enrolment.s3?.id}/withdraw`, {}))).toEqual({ version: '必填' });
      expect((await operator.post(`/api/training/enrolments/${enrolment.s3?.id}/withdraw`, { version: 1 })).json().status).toBe('withdrawn');
      // The withdrawn trainee's place is free again.
      expect((await operator.post(`/api/training/programmes/${programmeId}/enrolments`, { traineeName: '者春梅' })).statusCode).toBe(201);
      expect(fields(await operator.patch(`/api/training/programmes/${programmeId}`, { version: 1, capacity: 0, kind: 'party' }))).toEqual({
        capacity: '不能小于 1',
        kind: expect.stringContaining('rural_talent'),
      });
      expect(fields(await operator.patch(`/api/training/programmes/${programmeId}`, { version: 1, capacity: 2, startsOn: '2023-07-04' }))).toEqual({
        capacity: '已有 3 名在册学员，名额不能少于此数',
        startsOn: '已有课次在 2023-07-03，培训日期须包含所有课次',
      });
      const programme = (await gov.get(`/api/training/programmes/${programmeId}`)).json();
      expect(programme).toMatchObject({ enrolled: 3, completed: 2, sessions: 5 });
    });

    it('prints the certificate with a QR code to its public verify page', async () => {
      const [item] = (await operator.get(`/api/training/programmes/${programmeId}/enrolments`)).json().items;
      const pdf = await gov.get(`/api/training/enrolments/${item.id}/certificate.pdf`, { host: 'qiao.example.cn' });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const [page, ...more] = await inspectPdf(pdf.rawPayload);
      expect(more).toEqual([]);
      expect(page?.text).toContain('罗文杰');
      expect(page?.text).toContain('2023年楚雄高新区乡村人才培训班（第一期）');
      expect(page?.text).toContain(item.certificateNo);
      expect(page?.qr).toEqual([`http://qiao.example.cn/certificates/${item.certificateNo}`]);
      const [, , withdrawn] = (await operator.get(`/api/training/programmes/${programmeId}/enrolments`)).json().items;
      expect((await operator.get(`/api/training/enrolments/${withdrawn.id}/certificate.pdf`)).statusCode).toBe(404);

      const check = await t.client().get(`/api/public/training-certificates/${item.certificateNo.toLowerCase()}`);
      expect(check.statusCode).toBe(200);
      expect(check.json()).toEqual({
        certificateNo: item.certificateNo,
        traineeName: '罗*杰',
        programmeTitle: '2023年楚雄高新区乡村人才培训班（第一期）',
        organiserName: '楚雄州人力资源和社会保障局',
        startsOn: '2023-07-03',
        endsOn: '2023-07-14',
        totalHours: 40,
        completedOn: todayInChina(),
      });
      for (const bad of ['PX2023-00000000', 'nonsense']) expect((await t.client().get(`/api/public/training-certificates/${bad}`)).statusCode).toBe(404);
    });

    it('takes attendance only after a session and completes only after the programme', async () => {
      const start = daysFromToday(5);
      const future = await operator.post('/api/training/programmes', {
        title: '电商直播带货技能培训',
        kind: 'vocational_skills',
        organiserId: org.med,
        startsOn: start,
        endsOn: daysFromToday(9),
        capacity: 30,
        totalHours: 24,
      });
      const id = future.json().id;
      const session = await operator.post(`/api/training/programmes/${id}/sessions`, { date: start, startTime: '09:00', endTime: '12:00', topic: '直播平台规则' });
      const trainee = await operator.post(`/api/training/programmes/${id}/enrolments`, { traineeName: '李丽' });
      expect(fields(await operator.request({ method: 'PUT', url: `/api/training/sessions/${session.json().id}/attendance`, payload: { presentEnrolmentIds: [trainee.json().id] } }))).toEqual({
        sessionId: '课次尚未开始，不能登记考勤',
      });
      expect(fields(await operator.post(`/api/training/enrolments/${trainee.json().id}/complete`, { version: 1 }))).toEqual({
        status: `培训结束（${daysFromToday(9)}）后才能结业`,
      });
    });
  });

  describe('skill competitions', () => {
    let competitionId = '';

    it('records entrants, results, ranks and awards', async () => {
      expect(fields(await operator.post('/api/training/competitions', { title: '技能竞赛', heldOn: '2023-10-20', organiserId: org.hr, level: 'county', categories: [] }))).toEqual({
        level: expect.stringContaining('zone'),
        categories: '不能小于 1',
      });
      const created = await operator.post('/api/training/competitions', {
        title: '2023年楚雄高新区职业技能竞赛',
        heldOn: '2023-10-20',
        organiserId: org.hr,
        level: 'city',
        categories: ['药物制剂', '电工'],
        venue: '楚雄高新区生物医药公共实训基地',
      });
      expect(created.statusCode).toBe(201);
      competitionId = created.json().id;
      const walkIn = (await operator.post('/api/seekers', { name: '普志华' })).json().id;
      const enter = (body: Record<string, unknown>) => operator.post(`/api/training/competitions/${competitionId}/entrants`, body);
      expect(fields(await enter({ category: '中式烹调', entrantName: '李志强' }))).toEqual({ category: '不是本次竞赛的赛项（药物制剂, 电工）' });
      expect(fields(await enter({ category: '电工' }))).toEqual({ entrantName: '请选择求职者或填写选手姓名（二选一）' });
      expect(fields(await enter({ category: '电工', entrantName: '王建明', organisationId: org.bank }))).toEqual({ organisationId: '取值无效' });
      const a = await enter({ category: '药物制剂', seekerId: walkIn, organisationId: org.med });
      expect(a.statusCode).toBe(201);
      expect(a.json()).toMatchObject({ name: '普志华', organisationName: '楚雄医药高等专科学校', score: null, rank: null, award: null });
      expect(fields(await enter({ category: '药物制剂', seekerId: walkIn }))).toEqual({ seekerId: '该选手已报名此赛项' });
      const b = await enter({ category: '药物制剂', entrantName: '李志强', organisationId: org.huapai });
      const c = await enter({ category: '药物制剂', entrantName: '杨春燕', organisationId: org.huapai });
      const d = await enter({ category: '电工', entrantName: '王建明', organisationId: org.dali });

      const result = (id: string, body: Record<string, unknown>) => operator.patch(`/api/training/entrants/${id}`, { version: 1, ...body });
      expect(fields(await result(a.json().id, { score: null, award: 'first' }))).toEqual({ award: '获奖选手须有成绩' });
      expect(fields(await result(a.json().id, { score: 90.125, award: null }))).toEqual({ score: '取值无效' });
      expect(fields(await result(a.json().id, { score: 101, award: 'gold' }))).toMatchObject({ score: '不能大于 100' });
      expect((await result(a.json().id, { score: 92.5, award: 'second' })).json()).toMatchObject({ score: 92.5, rank: 1, award: 'second' });
      await result(b.json().id, { score: 95, award: 'first' });
      await result(c.json().id, { score: 92.5, award: 'second' });
      await result(d.json().id, { score: 78, award: 'excellence' });
      const entrants = (await gov.get(`/api/training/competitions/${competitionId}/entrants?category=${encodeURIComponent('药物制剂')}`)).json().items;
      expect(entrants.map((e: { name: string; rank: number; award: string }) => [e.name, e.rank, e.award])).toEqual([
        ['普志华', 2, 'second'],
        ['李志强', 1, 'first'],
        ['杨春燕', 2, 'second'],
      ]);
      expect((await result(a.json().id, { score: 93, award: 'second' })).json().error.code).toBe('stale_version');
      expect(fields(await operator.patch(`/api/training/competitions/${competitionId}`, { version: 1, level: 'county', heldOn: '2023-10-32' }))).toEqual({
        level: expect.stringContaining('provincial'),
        heldOn: '日期格式应为 YYYY-MM-DD',
      });
      expect(fields(await operator.patch(`/api/training/competitions/${competitionId}`, { version: 1, categories: ['药物制剂'] }))).toEqual({
        categories: '赛项“电工”已有选手报名，不能删除',
      });
      expect((await gov.get(`/api/training/competitions/${competitionId}`)).json()).toMatchObject({ entrants: 4, awards: 4 });
      expect((await otherOperator.get(`/api/training/competitions/${competitionId}`)).statusCode).toBe(404);
      for (const cl of [dali, huapai]) expect((await cl.get('/api/training/competitions')).statusCode).toBe(403);

      const upcoming = await operator.post('/api/training/competitions', { title: '2026年药物制剂技能竞赛', heldOn: daysFromToday(20), organiserId: org.med, level: 'zone', categories: ['药物制剂'] });
      const e = await operator.post(`/api/training/competitions/${upcoming.json().id}/entrants`, { category: '药物制剂', entrantName: '者丽' });
      expect(fields(await result(e.json().id, { score: 80, award: null }))).toEqual({ score: `竞赛（${daysFromToday(20)}）举行后才能录入成绩` });
    });
  });

  it('documents every training route in OpenAPI', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of ['/api/training/bases', '/api/training/bookings', '/api/training/calendar', '/api/training/programmes/{id}/enrolments', '/api/public/training-certificates/{number}']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/training/bookings'].post.requestBody.content['application/json'].schema.properties.stations).toBeDefined();
  });

  it('counts the year’s figures, demonstrative bases by completion date', async () => {
    await operator.post('/api/training/bases', {
      name: '楚雄高新区绿色食品公共实训基地',
      regionCode: '532301',
      stations: 24,
      capacity: 30,
      opensAt: '09:00',
      closesAt: '17:00',
      isProvincialDemonstrative: true,
      completedOn: '2024-03-01',
    });
    const stats = (await gov.get('/api/training/stats?year=2023')).json();
    expect(stats).toMatchObject({ year: 2023, trainingBases: 1, programmes: 1, enrolments: 3, completions: 2, competitions: 1, entrants: 4, awards: 4 });
    expect(stats.usedTraineeHours).toBe(280);
    expect((await gov.get('/api/training/stats?year=2024')).json().trainingBases).toBe(2);
    expect((await huapai.get('/api/training/stats?year=2023')).statusCode).toBe(403);
  });
});
