import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service';
import { councilTerms, meetingResolutions } from '../../src/modules/governance/governance.table';
import { creditCodeCheckChar } from '../../src/modules/organisations/credit-code';
import { insertOrganisations, insertZone } from '../../src/modules/organisations/organisations.repository';
import { organisations } from '../../src/modules/organisations/organisations.table';
import { techChallenges } from '../../src/modules/techtransfer/techtransfer.table';
import { SYSTEM_SOURCE } from '../../src/platform/audit';
import { auditLog } from '../../src/platform/audit.table';
import { todayInChina } from '../../src/platform/dates';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const PASSWORD = 'Qiao-test-2023!';
const TODAY = todayInChina();
const DAY = 86_400_000;
const daysFromToday = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

type Res = { statusCode: number; json: () => { error: { code: string; fields?: { path: string; message: string }[] } } };

function fields(res: Res): Record<string, string> {
  expect(res.statusCode).toBe(400);
  return Object.fromEntries((res.json().error.fields ?? []).map((f) => [f.path, f.message]));
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(DB_KINDS)('governance on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let gov: TestClient;
  let huapai: TestClient;
  let dali: TestClient;
  let hechuang: TestClient;
  let otherOperator: TestClient;
  const ORGANISATIONS = {
    huapai: '云南华派药业有限公司',
    hechuang: '楚雄和创药业有限公司',
    moer: '云南摩尔农庄生物科技开发有限公司',
    dali: '大理大学',
    kunming: '昆明工业职业技术学院',
    med: '楚雄医药高等专科学校',
    zone: '楚雄高新技术产业开发区管理委员会',
    bank: '中国农业银行股份有限公司楚雄高新区支行',
  } as const;
  const org = Object.fromEntries(Object.keys(ORGANISATIONS).map((key) => [key, ''])) as Record<keyof typeof ORGANISATIONS, string>;
  let otherZoneOrg = '';

  async function orgId(name: string): Promise<string> {
    const [row] = await t.ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
    if (!row) throw new Error(`no organisation ${name}`);
    return row.id;
  }

  async function auditActions(entityId: string): Promise<string[]> {
    return (await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.at)).map((e) => e.action);
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    [operator, gov, huapai, dali] = await Promise.all([t.signIn('operator'), t.signIn('gov'), t.signIn('huapai'), t.signIn('dali')]);
    for (const [key, name] of Object.entries(ORGANISATIONS) as [keyof typeof ORGANISATIONS, string][]) org[key] = await orgId(name);
    const [hechuangRow] = await t.ctx.db.select().from(organisations).where(eq(organisations.id, org.hechuang));
    await createAccount(
      t.ctx,
      { username: 'hechuang.hr', password: PASSWORD, role: 'org_admin', displayName: '何丽琼', organisation: hechuangRow?.creditCode },
      SYSTEM_SOURCE,
    );
    hechuang = await t.signIn('hechuang.hr', PASSWORD);
    // A second zone, whose operator must see nothing of the first.
    const zone = await insertZone(t.ctx.db, { name: '大理测试园区', regionCode: '532901' });
    const body = '91532901MA6Q87K3X';
    const [otherOperatorOrg, otherEnterprise] = await insertOrganisations(t.ctx.db, [
      { zoneId: zone.id, name: '大理测试人力资源服务有限公司', type: 'operator', creditCode: body + creditCodeCheckChar(body), regionCode: '532901', industry: 'modern_services' },
      { zoneId: zone.id, name: '大理测试药业有限公司', type: 'enterprise', creditCode: '91532901MA6Q87K4X'.slice(0, 17) + creditCodeCheckChar('91532901MA6Q87K4X'.slice(0, 17)), regionCode: '532901', industry: 'biomedicine' },
    ]);
    otherZoneOrg = otherEnterprise?.id ?? '';
    await createAccount(
      t.ctx,
      { username: 'dali.operator', password: PASSWORD, role: 'operator', displayName: '段丽', organisation: otherOperatorOrg?.creditCode },
      SYSTEM_SOURCE,
    );
    otherOperator = await t.signIn('dali.operator', PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('council terms', () => {
    it('refuses bad input field by field and writes nothing', async () => {
      expect(fields(await operator.post('/api/governance/council-terms', { startOn: '2023-04-25' }))).toEqual({ organisationId: '必填', role: '必填' });
      const wrong = await operator.post(
        '/api/governance/council-terms',
        { organisationId: 'x', role: 'boss', startOn: '2023-02-30', note: 7 },
        { 'accept-language': 'en' },
      );
      expect(fields(wrong)).toEqual({
        organisationId: 'Invalid format',
        role: expect.stringContaining('vice_chair'),
        startOn: 'Date must be YYYY-MM-DD',
        note: 'Wrong type: expected string',
      });
      expect(fields(await operator.post('/api/governance/council-terms', { organisationId: randomUUID(), role: 'member', startOn: '2023-04-25' }))).toEqual({
        organisationId: '未找到该单位',
      });
      expect(fields(await operator.post('/api/governance/council-terms', { organisationId: otherZoneOrg, role: 'member', startOn: '2023-04-25' }))).toEqual({
        organisationId: '未找到该单位',
      });
      expect(
        fields(await operator.post('/api/governance/council-terms', { organisationId: org.bank, role: 'member', startOn: '2023-04-25', endOn: '2023-04-24' })),
      ).toEqual({ endOn: '结束日期不能早于开始日期' });
      for (const c of [gov, huapai, dali]) {
        expect((await c.post('/api/governance/council-terms', { organisationId: org.bank, role: 'member', startOn: '2023-04-25' })).statusCode).toBe(403);
      }
      expect(await t.ctx.db.select().from(councilTerms)).toHaveLength(0);
    });

    it('keeps the history of roles and the organisation’s role in step with the term in force', async () => {
      const first = await operator.post('/api/governance/council-terms', { organisationId: org.hechuang, role: 'member', startOn: '2021-10-08', endOn: '2023-04-24' });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ organisationName: '楚雄和创药业有限公司', role: 'member', status: 'past' });
      const overlap = await operator.post('/api/governance/council-terms', { organisationId: org.hechuang, role: 'vice_chair', startOn: '2023-04-01' });
      expect(fields(overlap)).toEqual({ startOn: '该单位在此期间已有理事会任期（2021-10-08 至 2023-04-24）' });
      const second = await operator.post('/api/governance/council-terms', { organisationId: org.hechuang, role: 'executive_member', startOn: '2023-04-25', note: '第一届理事会' });
      expect(second.json()).toMatchObject({ role: 'executive_member', status: 'current', endOn: null });
      const orgView = (await operator.get(`/api/organisations/${org.hechuang}`)).json();
      expect(orgView).toMatchObject({ councilRole: 'executive_member' });
      expect(orgView.joinedOn <= '2021-10-08').toBe(true);

      // Promoted: the current term ends, a new one begins; a stale edit is refused.
      const term = second.json();
      const ended = await operator.patch(`/api/governance/council-terms/${term.id}`, { endOn: '2024-04-24', version: term.version });
      expect(ended.statusCode).toBe(200);
      expect((await operator.patch(`/api/governance/council-terms/${term.id}`, { note: '改', version: term.version })).statusCode).toBe(409);
      expect(fields(await operator.patch(`/api/governance/council-terms/${term.id}`, { role: 'chief' }))).toEqual({ role: expect.any(String), version: '必填' });
      const promoted = await operator.post('/api/governance/council-terms', { organisationId: org.hechuang, role: 'vice_chair', startOn: '2024-04-25' });
      expect(promoted.json().status).toBe('current');
      expect((await operator.get(`/api/organisations/${org.hechuang}`)).json().councilRole).toBe('vice_chair');
      expect(await auditActions(org.hechuang)).toContain('organisation.update');
      expect(await auditActions(term.id)).toEqual(['council_term.create', 'council_term.update']);

      // Ending the only term in force takes the organisation off the council.
      const banksTerm = (await operator.post('/api/governance/council-terms', { organisationId: org.bank, role: 'member', startOn: '2022-06-01' })).json();
      await operator.patch(`/api/governance/council-terms/${banksTerm.id}`, { endOn: daysFromToday(-1), version: banksTerm.version });
      expect((await operator.get(`/api/organisations/${org.bank}`)).json()).toMatchObject({ councilRole: null, joinedOn: null });
    });

    it('lists terms filtered, the zone for staff and only its own for an organisation', async () => {
      const all = (await gov.get('/api/governance/council-terms')).json();
      expect(all.total).toBe(4);
      expect(all.items[0].role).toBe('vice_chair');
      expect((await operator.get('/api/governance/council-terms?status=current')).json().total).toBe(1);
      expect((await operator.get('/api/governance/council-terms?status=past')).json().total).toBe(3);
      expect((await operator.get('/api/governance/council-terms?role=member&organisationType=bank')).json().total).toBe(1);
      expect((await operator.get(`/api/governance/council-terms?q=${encodeURIComponent('和创')}`)).json().total).toBe(3);
      expect((await operator.get('/api/governance/council-terms?status=later')).statusCode).toBe(400);
      expect((await hechuang.get('/api/governance/council-terms')).json().total).toBe(3);
      const huapaiView = (await huapai.get('/api/governance/council-terms')).json();
      expect(huapaiView.total).toBe(0);
      expect((await huapai.get(`/api/governance/council-terms/${all.items[0].id}`)).statusCode).toBe(404);
      expect((await otherOperator.get('/api/governance/council-terms')).json().total).toBe(0);
      const summary = (await gov.get('/api/governance/council/summary')).json();
      expect(summary).toEqual({ members: 1, byRole: [{ role: 'vice_chair', count: 1 }], byType: [{ type: 'enterprise', count: 1 }] });
      expect((await huapai.get('/api/governance/council/summary')).statusCode).toBe(403);
    });
  });

  describe('meetings and resolutions', () => {
    let meetingId = '';
    let resolutionId = '';

    it('refuses bad meetings and bad attendee lists', async () => {
      expect(fields(await operator.post('/api/governance/meetings', { type: 'annual' }))).toEqual({ title: '必填', heldOn: '必填' });
      const bad = await operator.post('/api/governance/meetings', {
        type: 'party',
        title: '   ',
        heldOn: '2023-13-01',
        attendees: [{ organisationId: org.huapai }, {}, { organisationId: org.huapai }, { organisationId: otherZoneOrg }, { personName: 'x', extra: 1 }],
      });
      expect(fields(bad)).toMatchObject({ type: expect.any(String), title: '必填', heldOn: '日期格式应为 YYYY-MM-DD', 'attendees.4.extra': '不支持的字段' });
      const rules = await operator.post('/api/governance/meetings', {
        type: 'annual',
        title: '2023年楚雄州产教联合体年会',
        heldOn: '2023-12-20',
        attendees: [{ organisationId: org.huapai }, {}, { organisationId: org.huapai }, { organisationId: otherZoneOrg }],
      });
      expect(fields(rules)).toEqual({
        'attendees.1': '请填写参会单位或参会人',
        'attendees.2': '参会单位或参会人重复',
        'attendees.3.organisationId': '未找到该单位',
      });
      expect((await gov.post('/api/governance/meetings', { type: 'annual', title: '年会', heldOn: '2023-12-20' })).statusCode).toBe(403);
    });

    it('records a meeting with attendees and resolutions whose status follows the due date', async () => {
      const created = await operator.post('/api/governance/meetings', {
        type: 'supply_demand',
        title: '楚雄高新区校企人才供需见面会',
        heldOn: '2023-05-18',
        venue: '高新区人力资源产业园三楼会议室',
        agenda: '一、企业用工需求发布\n二、院校专业设置介绍',
        attendees: [{ organisationId: org.huapai, personName: '张丽华', post: '人力资源部经理' }, { organisationId: org.dali }, { personName: '李建国', post: '管委会副主任' }],
      });
      expect(created.statusCode).toBe(201);
      meetingId = created.json().id;
      expect(created.json()).toMatchObject({ attendeeCount: 3, resolutionCount: 0, attendees: [{ organisationName: '云南华派药业有限公司', personName: '张丽华' }, { organisationName: '大理大学' }, { organisationId: null }] });

      const url = `/api/governance/meetings/${meetingId}/resolutions`;
      expect(fields(await operator.post(url, { content: '建立订单班', dueOn: '2023-05-01', doneOn: daysFromToday(1) }))).toEqual({
        ownerName: '请指定责任单位或责任人',
        dueOn: '完成期限不能早于会议日期',
        doneOn: '日期不能晚于今天',
      });
      expect(fields(await operator.post(url, { content: '', ownerOrganisationId: otherZoneOrg }))).toEqual({ content: '必填' });
      expect(fields(await operator.post(url, { content: '建立订单班', ownerOrganisationId: otherZoneOrg }))).toEqual({ ownerOrganisationId: '未找到该单位' });
      expect((await operator.post(`/api/governance/meetings/${randomUUID()}/resolutions`, { content: 'x', ownerName: '某人' })).statusCode).toBe(404);

      const overdue = await operator.post(url, { content: '华派药业与大理大学共建药学订单班', ownerOrganisationId: org.huapai, dueOn: '2023-09-01' });
      expect(overdue.statusCode).toBe(201);
      expect(overdue.json()).toMatchObject({ status: 'overdue', ownerOrganisationName: '云南华派药业有限公司', meetingTitle: '楚雄高新区校企人才供需见面会' });
      resolutionId = overdue.json().id;
      expect((await operator.post(url, { content: '每季度发布人才需求清单', ownerName: '杨晓梅', dueOn: daysFromToday(30) })).json().status).toBe('open');
      expect((await operator.post(url, { content: '组织企业进校园宣讲', ownerOrganisationId: org.dali, dueOn: '2023-06-30', doneOn: '2023-06-20' })).json().status).toBe('done');

      const meeting = (await huapai.get(`/api/governance/meetings/${meetingId}`)).json();
      expect(meeting).toMatchObject({ resolutionCount: 3, openResolutionCount: 1, overdueResolutionCount: 1 });
      expect(meeting.resolutions.map((r: { status: string }) => r.status)).toEqual(['overdue', 'open', 'done']);
      expect(await auditActions(meetingId)).toEqual(['meeting.create']);
      expect(await auditActions(resolutionId)).toEqual(['resolution.create']);
    });

    it('edits resolutions as last seen and records them done', async () => {
      const current = (await operator.get(`/api/governance/resolutions/${resolutionId}`)).json();
      expect(fields(await operator.patch(`/api/governance/resolutions/${resolutionId}`, { doneOn: '2023-05-01', version: current.version }))).toEqual({
        doneOn: '完成日期不能早于会议日期',
      });
      expect(fields(await operator.patch(`/api/governance/resolutions/${resolutionId}`, { ownerOrganisationId: null, version: current.version }))).toEqual({
        ownerName: '请指定责任单位或责任人',
      });
      const done = await operator.patch(`/api/governance/resolutions/${resolutionId}`, { doneOn: '2023-10-10', progressNote: '订单班已开班，首批 40 人', version: current.version });
      expect(done.json()).toMatchObject({ status: 'done', doneOn: '2023-10-10', version: current.version + 1 });
      expect((await operator.patch(`/api/governance/resolutions/${resolutionId}`, { doneOn: null, version: current.version })).statusCode).toBe(409);
      expect((await huapai.patch(`/api/governance/resolutions/${resolutionId}`, { doneOn: null, version: done.json().version })).statusCode).toBe(403);
      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, resolutionId), eq(auditLog.action, 'resolution.update')));
      expect(entry).toMatchObject({ before: { doneOn: null, progressNote: null }, after: { doneOn: '2023-10-10', progressNote: '订单班已开班，首批 40 人' } });
    });

    it('shows a meeting to the organisations that attended or own a resolution, and to the zone’s staff', async () => {
      expect((await dali.get(`/api/governance/meetings/${meetingId}`)).statusCode).toBe(200);
      expect((await hechuang.get(`/api/governance/meetings/${meetingId}`)).statusCode).toBe(404);
      expect((await hechuang.get('/api/governance/meetings')).json().total).toBe(0);
      expect((await otherOperator.get(`/api/governance/meetings/${meetingId}`)).statusCode).toBe(404);
      expect((await gov.get('/api/governance/meetings?type=supply_demand&from=2023-01-01&to=2023-12-31')).json().total).toBe(1);
      expect((await gov.get(`/api/governance/meetings?organisationId=${org.kunming}`)).json().total).toBe(0);
      expect((await gov.get('/api/governance/resolutions?status=open')).json().total).toBe(1);
      expect((await gov.get('/api/governance/resolutions?status=done')).json().total).toBe(2);
      expect((await hechuang.get('/api/governance/resolutions')).json().total).toBe(0);
      // Owning a resolution of a meeting makes it readable, even without attending.
      await operator.post(`/api/governance/meetings/${meetingId}/resolutions`, { content: '和创药业提供实习岗位', ownerOrganisationId: org.hechuang });
      expect((await hechuang.get('/api/governance/meetings')).json().total).toBe(1);
    });

    it('edits a meeting and replaces its attendees', async () => {
      const current = (await operator.get(`/api/governance/meetings/${meetingId}`)).json();
      expect(fields(await operator.patch(`/api/governance/meetings/${meetingId}`, { heldOn: '2023-10-01', version: current.version }))).toEqual({
        heldOn: '完成期限不能早于会议日期',
      });
      expect(fields(await operator.patch(`/api/governance/meetings/${meetingId}`, { attendees: [{}], version: current.version }))).toEqual({
        'attendees.0': '请填写参会单位或参会人',
      });
      const edited = await operator.patch(`/api/governance/meetings/${meetingId}`, {
        minutes: '会议确定共建药学订单班。',
        attendees: [{ organisationId: org.huapai }, { organisationId: org.kunming }],
        version: current.version,
      });
      expect(edited.json()).toMatchObject({ minutes: '会议确定共建药学订单班。', attendeeCount: 2 });
      // 大理大学 no longer attended, but still owns a resolution.
      expect((await dali.get(`/api/governance/meetings/${meetingId}`)).statusCode).toBe(200);
      expect((await operator.patch(`/api/governance/meetings/${meetingId}`, { title: '改', version: current.version })).statusCode).toBe(409);
      const [entry] = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, meetingId), eq(auditLog.action, 'meeting.update')));
      expect(Object.keys(entry?.after as object).sort()).toEqual(['attendees', 'minutes']);
    });
  });

  describe('agreements', () => {
    let agreementId = '';

    it('refuses bad agreements', async () => {
      expect(fields(await operator.post('/api/governance/agreements', { type: 'strategic_cooperation' }))).toEqual({ title: '必填', scope: '必填', partyIds: '必填' });
      const rules = await operator.post('/api/governance/agreements', {
        title: '战略合作协议',
        type: 'strategic_cooperation',
        scope: '人才培养',
        status: 'active',
        signedOn: daysFromToday(1),
        partyIds: [org.zone, org.zone, otherZoneOrg],
      });
      expect(fields(rules)).toEqual({
        'partyIds.1': '协议方重复',
        'partyIds.2': '未找到该单位',
        signedOn: '日期不能晚于今天',
        endOn: '生效的协议须填写到期日期',
      });
      expect(
        fields(
          await operator.post('/api/governance/agreements', {
            title: '战略合作协议',
            type: 'strategic_cooperation',
            scope: '人才培养',
            status: 'active',
            signedOn: '2023-06-01',
            endOn: '2023-06-01',
            partyIds: [org.zone],
          }),
        ),
      ).toEqual({ partyIds: '协议至少需要两方', endOn: '到期日期须晚于签署日期' });
      expect(fields(await operator.post('/api/governance/agreements', { title: 'x', type: 'x', scope: 'x', status: 'expired', partyIds: [] }))).toMatchObject({
        type: expect.any(String),
        status: expect.any(String),
      });
      expect((await dali.post('/api/governance/agreements', { title: 'x', type: 'technology', scope: 'x', partyIds: [org.dali, org.huapai] })).statusCode).toBe(403);
    });

    it('takes an agreement from draft to active to terminated, audited', async () => {
      const draft = await operator.post('/api/governance/agreements', {
        title: '楚雄高新区管委会—大理大学战略合作协议',
        type: 'strategic_cooperation',
        scope: '共建实习实训基地，联合培养药学人才，开展科研合作。',
        partyIds: [org.zone, org.dali],
      });
      expect(draft.statusCode).toBe(201);
      agreementId = draft.json().id;
      expect(draft.json()).toMatchObject({ status: 'draft', daysToEnd: null, document: null, parties: [{ name: '楚雄高新技术产业开发区管理委员会' }, { name: '大理大学', type: 'school' }] });
      const v1 = draft.json().version;
      expect(fields(await operator.patch(`/api/governance/agreements/${agreementId}`, { status: 'active', version: v1 }))).toEqual({
        signedOn: '生效的协议须填写签署日期',
        endOn: '生效的协议须填写到期日期',
      });
      const active = await operator.patch(`/api/governance/agreements/${agreementId}`, { status: 'active', signedOn: '2023-05-12', endOn: daysFromToday(45), version: v1 });
      expect(active.json()).toMatchObject({ status: 'active', daysToEnd: 45 });
      expect(fields(await operator.patch(`/api/governance/agreements/${agreementId}`, { status: 'draft', version: v1 + 1 }))).toEqual({
        status: '协议不能从当前状态改为所选状态（草稿须先生效，生效后才能终止）',
      });
      expect(fields(await operator.patch(`/api/governance/agreements/${agreementId}`, { terminationReason: '提前终止', version: v1 + 1 }))).toEqual({
        terminationReason: '仅在终止协议时填写',
      });
      expect((await operator.patch(`/api/governance/agreements/${agreementId}`, { scope: '改', version: v1 })).statusCode).toBe(409);
      expect(await auditActions(agreementId)).toEqual(['agreement.create', 'agreement.activate']);
    });

    it('stores the signed copy in the database, refuses other files with the reason, and serves it to the parties', async () => {
      const put = (body: Buffer, contentType: string, name = '战略合作协议（大理大学）.pdf') =>
        operator.request({
          method: 'PUT',
          url: `/api/governance/agreements/${agreementId}/document?fileName=${encodeURIComponent(name)}`,
          headers: { 'content-type': contentType },
          payload: body,
        });
      const text = await put(Buffer.from('这不是 PDF'), 'application/pdf');
      expect(text.statusCode).toBe(415);
      expect(text.json().error.fields).toEqual([{ path: 'file', message: '只能上传 PDF、Word（.docx）、PNG 或 JPEG 文件' }]);
      const empty = await put(Buffer.alloc(0), 'application/pdf');
      expect(empty.statusCode).toBe(400);
      const huge = await put(Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf');
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.fields).toEqual([{ path: 'file', message: '文件不能超过 10 MB' }]);
      const wrongType = await operator.request({ method: 'PUT', url: `/api/governance/agreements/${agreementId}/document`, headers: { 'content-type': 'text/html' }, payload: '<p>x</p>' });
      expect(wrongType.statusCode).toBe(415);
      expect((await dali.request({ method: 'PUT', url: `/api/governance/agreements/${agreementId}/document`, headers: { 'content-type': 'application/pdf' }, payload: PDF })).statusCode).toBe(403);

      const stored = await put(PDF, 'application/octet-stream', 'C:\\scans\\战略合作协议（大理大学）.PDF');
      expect(stored.statusCode).toBe(200);
      expect(stored.json().document).toMatchObject({ fileName: '战略合作协议（大理大学）.pdf', contentType: 'application/pdf', byteSize: PDF.length });
      const download = await dali.get(`/api/governance/agreements/${agreementId}/document`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="agreement-${agreementId.slice(0, 8)}.pdf"; filename*=UTF-8''${encodeURIComponent('战略合作协议（大理大学）.pdf')}`,
      );
      expect(download.rawPayload.equals(PDF)).toBe(true);
      expect((await huapai.get(`/api/governance/agreements/${agreementId}/document`)).statusCode).toBe(404);
      expect((await huapai.get(`/api/governance/agreements/${agreementId}`)).statusCode).toBe(404);
      expect(await auditActions(agreementId)).toContain('agreement.document_upload');
    });

    it('lists agreements by status and party, and those due for renewal', async () => {
      await operator.post('/api/governance/agreements', {
        title: '楚雄高新区管委会—昆明工业职业技术学院战略合作协议',
        type: 'strategic_cooperation',
        scope: '订单培养',
        status: 'active',
        signedOn: '2020-03-01',
        endOn: '2023-02-28',
        partyIds: [org.zone, org.kunming],
      });
      expect((await gov.get('/api/governance/agreements?status=expired')).json().items.map((a: { title: string }) => a.title)).toEqual([
        '楚雄高新区管委会—昆明工业职业技术学院战略合作协议',
      ]);
      expect((await gov.get('/api/governance/agreements?partyType=school')).json().total).toBe(2);
      expect((await gov.get(`/api/governance/agreements?organisationId=${org.dali}&status=active`)).json().total).toBe(1);
      expect((await dali.get('/api/governance/agreements')).json().total).toBe(1);
      expect((await huapai.get('/api/governance/agreements')).json().total).toBe(0);
      expect((await gov.get('/api/governance/agreements/renewals?withinDays=60')).json().items.map((a: { id: string }) => a.id)).toEqual([agreementId]);
      expect((await gov.get('/api/governance/agreements/renewals?withinDays=30')).json().total).toBe(0);
      expect((await gov.get('/api/governance/agreements/renewals?withinDays=0')).statusCode).toBe(400);
      expect((await otherOperator.get('/api/governance/agreements')).json().total).toBe(0);
    });

    it('terminates with a date and a reason, after which the agreement is closed', async () => {
      const current = (await operator.get(`/api/governance/agreements/${agreementId}`)).json();
      expect(fields(await operator.patch(`/api/governance/agreements/${agreementId}`, { status: 'terminated', version: current.version }))).toEqual({
        terminatedOn: '必填',
        terminationReason: '必填',
      });
      const ended = await operator.patch(`/api/governance/agreements/${agreementId}`, {
        status: 'terminated',
        terminatedOn: TODAY,
        terminationReason: '双方协商一致提前终止',
        version: current.version,
      });
      expect(ended.json()).toMatchObject({ status: 'terminated', daysToEnd: null });
      expect(fields(await operator.patch(`/api/governance/agreements/${agreementId}`, { scope: '改', version: ended.json().version }))).toEqual({
        status: '已终止的协议不能再修改',
      });
    });
  });

  describe('dual appointments', () => {
    let appointmentId = '';

    it('refuses appointments on the wrong sides', async () => {
      expect(fields(await operator.post('/api/governance/appointments', { personName: '赵文博' }))).toMatchObject({
        homeOrganisationId: '必填',
        hostOrganisationId: '必填',
        post: '必填',
        direction: '必填',
        startOn: '必填',
      });
      const base = { personName: '赵文博', homePost: '副校长', post: '科技副总', startOn: '2023-06-01' };
      expect(
        fields(await operator.post('/api/governance/appointments', { ...base, direction: 'school_to_enterprise', homeOrganisationId: org.huapai, hostOrganisationId: org.dali })),
      ).toEqual({ homeOrganisationId: '按所选方向，此处应为院校或科研院所', hostOrganisationId: '按所选方向，此处应为企业' });
      expect(
        fields(await operator.post('/api/governance/appointments', { ...base, direction: 'school_to_enterprise', homeOrganisationId: org.dali, hostOrganisationId: org.dali })),
      ).toEqual({ hostOrganisationId: '派出单位与任职单位不能相同' });
      expect(
        fields(await operator.post('/api/governance/appointments', { ...base, direction: 'school_to_enterprise', homeOrganisationId: org.dali, hostOrganisationId: otherZoneOrg })),
      ).toEqual({ hostOrganisationId: '未找到该单位' });
      expect((await gov.post('/api/governance/appointments', { ...base, direction: 'school_to_enterprise', homeOrganisationId: org.dali, hostOrganisationId: org.huapai })).statusCode).toBe(403);
    });

    it('records an appointment and what came of it', async () => {
      const created = await operator.post('/api/governance/appointments', {
        personName: '赵文博',
        homePost: '副校长',
        homeOrganisationId: org.dali,
        hostOrganisationId: org.huapai,
        post: '科技副总',
        direction: 'school_to_enterprise',
        startOn: '2023-06-01',
        endOn: '2025-05-31',
      });
      expect(created.statusCode).toBe(201);
      appointmentId = created.json().id;
      expect(created.json()).toMatchObject({ homeOrganisation: { name: '大理大学' }, hostOrganisation: { name: '云南华派药业有限公司' }, outcomes: [] });
      const url = `/api/governance/appointments/${appointmentId}/outcomes`;
      expect(fields(await operator.post(url, { kind: 'lecture', title: '', occurredOn: '2023-05-01' }))).toMatchObject({ kind: expect.any(String), title: '必填' });
      expect(fields(await operator.post(url, { kind: 'problem_solved', title: '片剂溶出度不稳定', occurredOn: '2023-05-01' }))).toEqual({
        occurredOn: '成果日期不能早于任职开始日期',
      });
      const added = await operator.post(url, { kind: 'problem_solved', title: '解决片剂溶出度不稳定问题', detail: '优化制粒工艺参数', occurredOn: '2023-09-12' });
      expect(added.statusCode).toBe(201);
      await operator.post(url, { kind: 'project', title: '彝药复方制剂质量标准研究', occurredOn: '2023-11-01' });
      const outcomes = (await operator.get(`/api/governance/appointments/${appointmentId}`)).json().outcomes;
      expect(outcomes.map((o: { kind: string }) => o.kind)).toEqual(['problem_solved', 'project']);
      expect((await operator.request({ method: 'DELETE', url: `${url}/${randomUUID()}` })).statusCode).toBe(404);
      expect((await operator.request({ method: 'DELETE', url: `${url}/not-a-uuid` })).statusCode).toBe(400);
      expect((await huapai.request({ method: 'DELETE', url: `${url}/${outcomes[1].id}` })).statusCode).toBe(403);
      const removed = await operator.request({ method: 'DELETE', url: `${url}/${outcomes[1].id}` });
      expect(removed.json().outcomes).toHaveLength(1);
      expect(await auditActions(appointmentId)).toEqual(['appointment.create', 'appointment.outcome_add', 'appointment.outcome_add', 'appointment.outcome_remove']);
    });

    it('edits an appointment as last seen; both organisations read it, others do not', async () => {
      const current = (await operator.get(`/api/governance/appointments/${appointmentId}`)).json();
      expect(fields(await operator.patch(`/api/governance/appointments/${appointmentId}`, { endOn: '2023-01-01', version: current.version }))).toEqual({
        endOn: '结束日期不能早于开始日期',
      });
      expect(fields(await operator.patch(`/api/governance/appointments/${appointmentId}`, { direction: 'enterprise_to_school', version: current.version }))).toEqual({
        homeOrganisationId: '按所选方向，此处应为企业',
        hostOrganisationId: '按所选方向，此处应为院校或科研院所',
      });
      const edited = await operator.patch(`/api/governance/appointments/${appointmentId}`, { note: '每月驻企不少于 8 天', version: current.version });
      expect(edited.json().note).toBe('每月驻企不少于 8 天');
      expect((await operator.patch(`/api/governance/appointments/${appointmentId}`, { note: 'x', version: current.version })).statusCode).toBe(409);
      await operator.post('/api/governance/appointments', {
        personName: '杨建波',
        homePost: '生产副总经理',
        homeOrganisationId: org.hechuang,
        hostOrganisationId: org.med,
        post: '兼职教师',
        direction: 'enterprise_to_school',
        startOn: '2024-03-01',
      });
      expect((await huapai.get('/api/governance/appointments')).json().total).toBe(1);
      expect((await dali.get(`/api/governance/appointments/${appointmentId}`)).statusCode).toBe(200);
      expect((await hechuang.get(`/api/governance/appointments/${appointmentId}`)).statusCode).toBe(404);
      expect((await gov.get('/api/governance/appointments?year=2023')).json().total).toBe(1);
      expect((await gov.get('/api/governance/appointments?direction=enterprise_to_school')).json().items[0].personName).toBe('杨建波');
      expect((await gov.get(`/api/governance/appointments?q=${encodeURIComponent('科技副总')}`)).json().total).toBe(1);
    });
  });

  describe('visits and symposia', () => {
    let visitId = '';
    let huapaiPosition = '';
    let hechuangPosition = '';
    let huapaiChallenge = '';

    beforeAll(async () => {
      const position = {
        title: '药品质量检验员',
        duties: '负责原辅料及成品的理化检验，记录检验数据，维护检验仪器。',
        headcount: 3,
        educationLevel: 'associate',
        majors: ['药品质量与安全'],
        regionCode: '532301',
        employmentType: 'full_time',
      };
      huapaiPosition = (await operator.post('/api/positions', { ...position, organisationId: org.huapai })).json().id;
      hechuangPosition = (await operator.post('/api/positions', { ...position, organisationId: org.hechuang })).json().id;
      const [challenge] = await t.ctx.db
        .insert(techChallenges)
        .values({
          zoneId: (await t.ctx.db.select().from(organisations).where(eq(organisations.id, org.huapai)))[0]?.zoneId ?? '',
          organisationId: org.huapai,
          title: '中药提取液浓缩能耗过高',
          description: '现有单效浓缩工艺蒸汽消耗大，寻求节能浓缩方案。',
          industry: 'biomedicine',
          budgetFen: 50_000_000,
          deadline: '2023-12-31',
          status: 'published',
        })
        .returning({ id: techChallenges.id });
      huapaiChallenge = challenge?.id ?? '';
    });

    it('refuses visits without who and where, in the future, or linked to others’ demand', async () => {
      expect(fields(await operator.post('/api/governance/visits', { kind: 'visit', heldOn: '2023-03-08', title: '走访', visitors: [], organisationIds: [] }))).toEqual({
        visitors: '至少填写一名参加人员',
        organisationIds: '至少选择一个单位',
      });
      const bad = await operator.post('/api/governance/visits', {
        kind: 'visit',
        heldOn: daysFromToday(2),
        title: '走访华派药业',
        visitors: ['杨晓梅'],
        organisationIds: [org.huapai],
        positionIds: [hechuangPosition, randomUUID()],
        challengeIds: [randomUUID()],
      });
      expect(fields(bad)).toEqual({
        heldOn: '日期不能晚于今天',
        'positionIds.0': '该岗位不属于本次走访或座谈的单位',
        'positionIds.1': '未找到该记录',
        'challengeIds.0': '未找到该企业技术难题（揭榜挂帅）',
      });
      expect(fields(await operator.post('/api/governance/visits', { kind: 'visit', heldOn: '2023-03-08', title: '走访', visitors: ['杨晓梅'], organisationIds: [org.huapai, org.huapai] }))).toEqual({
        'organisationIds.1': '重复选择',
      });
      expect((await huapai.post('/api/governance/visits', { kind: 'visit', heldOn: '2023-03-08', title: '走访', visitors: ['x'], organisationIds: [org.huapai] })).statusCode).toBe(403);
    });

    it('logs a visit with the demand collected, linked to the positions and challenges it led to', async () => {
      const created = await operator.post('/api/governance/visits', {
        kind: 'visit',
        heldOn: '2023-03-08',
        title: '走访云南华派药业有限公司',
        visitors: ['杨晓梅', '罗文杰'],
        organisationIds: [org.huapai],
        hiringDemand: '质量检验员 3 名，大专及以上，药品质量与安全专业优先。',
        painPoints: '中药提取液浓缩能耗过高。',
        positionIds: [huapaiPosition],
        challengeIds: [huapaiChallenge],
      });
      expect(created.statusCode).toBe(201);
      visitId = created.json().id;
      expect(created.json()).toMatchObject({
        organisations: [{ name: '云南华派药业有限公司' }],
        positions: [{ id: huapaiPosition, source: 'visit', headcount: 3 }],
        challenges: [{ id: huapaiChallenge, title: '中药提取液浓缩能耗过高' }],
      });
      expect((await huapai.get(`/api/governance/visits/${visitId}`)).statusCode).toBe(200);
      expect((await hechuang.get(`/api/governance/visits/${visitId}`)).statusCode).toBe(404);
      expect((await gov.get(`/api/governance/visits?organisationId=${org.huapai}&kind=visit`)).json().total).toBe(1);
      expect((await gov.get(`/api/governance/visits?q=${encodeURIComponent('浓缩')}`)).json().total).toBe(1);
    });

    it('edits a visit; linked positions must stay those of the organisations visited', async () => {
      const current = (await operator.get(`/api/governance/visits/${visitId}`)).json();
      expect(fields(await operator.patch(`/api/governance/visits/${visitId}`, { organisationIds: [org.hechuang], version: current.version }))).toEqual({
        'positionIds.0': '该岗位不属于本次走访或座谈的单位',
        'challengeIds.0': '该技术难题不是本次走访或座谈的单位发布的',
      });
      const edited = await operator.patch(`/api/governance/visits/${visitId}`, {
        kind: 'symposium',
        organisationIds: [org.huapai, org.hechuang],
        positionIds: [huapaiPosition, hechuangPosition],
        version: current.version,
      });
      expect(edited.json()).toMatchObject({ kind: 'symposium', positions: [{ id: huapaiPosition }, { id: hechuangPosition }] });
      expect((await hechuang.get(`/api/governance/visits/${visitId}`)).statusCode).toBe(200);
      expect((await operator.patch(`/api/governance/visits/${visitId}`, { title: 'x', version: current.version })).statusCode).toBe(409);
      expect(await auditActions(visitId)).toEqual(['visit.create', 'visit.update']);
    });
  });

  describe('demonstration projects', () => {
    it('records a project with milestones and their progress', async () => {
      expect(fields(await operator.post('/api/governance/demonstration-projects', { title: '人才工作示范项目' }))).toEqual({ startOn: '必填' });
      expect(
        fields(await operator.post('/api/governance/demonstration-projects', { title: '示范项目', startOn: '2023-10-01', endOn: '2023-09-01', leadOrganisationId: otherZoneOrg })),
      ).toEqual({ endOn: '结束日期不能早于开始日期', leadOrganisationId: '未找到该单位' });
      const created = await operator.post('/api/governance/demonstration-projects', {
        title: '楚雄高新区产教联合体人才工作示范项目',
        focus: '技术研究、技能竞赛、乡村人才培训',
        leadOrganisationId: org.med,
        filingBody: '省人才工作领导小组',
        filedOn: '2023-11-20',
        startOn: '2023-10-01',
        endOn: '2025-12-31',
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      const url = `/api/governance/demonstration-projects/${id}/milestones`;
      expect(fields(await operator.post(url, { title: '申报', dueOn: '2023-09-01' }))).toEqual({ dueOn: '节点期限不能早于项目开始日期' });
      await operator.post(url, { title: '向省委组织部申报', dueOn: '2023-10-31', doneOn: '2023-10-26' });
      await operator.post(url, { title: '完成首期乡村人才培训', dueOn: '2024-06-30' });
      const withThird = await operator.post(url, { title: '举办技能竞赛', dueOn: daysFromToday(60) });
      expect(withThird.json().progress).toEqual({ done: 1, overdue: 1, total: 3 });
      const overdue = withThird.json().milestones.find((m: { status: string }) => m.status === 'overdue');
      expect(fields(await operator.patch(`/api/governance/milestones/${overdue.id}`, { doneOn: daysFromToday(3), version: overdue.version }))).toEqual({
        doneOn: '日期不能晚于今天',
      });
      const done = await operator.patch(`/api/governance/milestones/${overdue.id}`, { doneOn: '2024-07-05', version: overdue.version });
      expect(done.json().progress).toEqual({ done: 2, overdue: 0, total: 3 });
      expect((await operator.patch(`/api/governance/milestones/${overdue.id}`, { note: 'x', version: overdue.version })).statusCode).toBe(409);
      expect(fields(await operator.patch(`/api/governance/demonstration-projects/${id}`, { startOn: '2023-11-01', version: 1 }))).toEqual({
        startOn: '节点期限不能早于项目开始日期',
      });
      expect((await operator.patch(`/api/governance/demonstration-projects/${id}`, { description: '以技术研究为重点', version: 1 })).statusCode).toBe(200);
      expect((await huapai.patch(`/api/governance/milestones/${overdue.id}`, { note: 'x', version: 2 })).statusCode).toBe(403);
      expect((await huapai.get(`/api/governance/demonstration-projects/${id}`)).statusCode).toBe(404);
      expect((await gov.get('/api/governance/demonstration-projects?year=2024')).json().total).toBe(1);
      expect((await gov.get('/api/governance/demonstration-projects?year=2022')).json().total).toBe(0);
    });
  });

  describe('the three lists', () => {
    it('keeps the core-product list, for enterprises of the zone’s industries', async () => {
      expect(fields(await operator.post('/api/governance/core-products', { industry: 'education', product: '', organisationId: org.dali }))).toEqual({
        industry: '应为园区“2主3辅”产业之一',
        product: '必填',
      });
      expect(fields(await operator.post('/api/governance/core-products', { industry: 'biomedicine', product: '彝药', organisationId: org.dali }))).toEqual({
        organisationId: '只能选择企业',
      });
      const made = await operator.post('/api/governance/core-products', { industry: 'biomedicine', product: '彝药复方制剂', organisationId: org.huapai });
      expect(made.statusCode).toBe(201);
      await operator.post('/api/governance/core-products', { industry: 'green_food', product: '核桃乳', organisationId: org.moer });
      const edited = await operator.patch(`/api/governance/core-products/${made.json().id}`, { description: '彝族医药特色品种', version: 1 });
      expect(edited.json()).toMatchObject({ version: 2, organisation: { name: '云南华派药业有限公司' } });
      expect((await operator.patch(`/api/governance/core-products/${made.json().id}`, { product: 'x', version: 1 })).statusCode).toBe(409);
      expect((await gov.get('/api/governance/core-products?industry=green_food')).json().items.map((p: { product: string }) => p.product)).toEqual(['核桃乳']);
      expect((await huapai.get('/api/governance/core-products')).json().total).toBe(1);
      expect((await dali.get('/api/governance/core-products')).json().total).toBe(2);

      const sheet = await gov.get('/api/governance/core-products/export.xlsx?industry=biomedicine');
      expect(sheet.headers['content-disposition']).toContain(encodeURIComponent('核心产品清单.xlsx'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
      const rows = workbook.worksheets[0]?.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
      expect(rows).toEqual([
        ['产业', '核心产品', '生产企业', '说明'],
        ['生物医药', '彝药复方制剂', '云南华派药业有限公司', '彝族医药特色品种'],
      ]);

      const gone = await operator.request({ method: 'DELETE', url: `/api/governance/core-products/${made.json().id}?version=1` });
      expect(gone.statusCode).toBe(409);
      expect((await operator.request({ method: 'DELETE', url: `/api/governance/core-products/${made.json().id}` })).statusCode).toBe(400);
      expect((await huapai.request({ method: 'DELETE', url: `/api/governance/core-products/${made.json().id}?version=2` })).statusCode).toBe(403);
      expect((await operator.request({ method: 'DELETE', url: `/api/governance/core-products/${made.json().id}?version=2` })).statusCode).toBe(204);
      expect(await auditActions(made.json().id)).toEqual(['core_product.create', 'core_product.update', 'core_product.delete']);
    });

    it('keeps the technology-need list, filtered by industry and status, linked to a challenge of the same enterprise', async () => {
      expect(fields(await operator.post('/api/governance/technology-needs', { industry: 'biomedicine', organisationId: org.huapai, status: 'done' }))).toMatchObject({
        title: '必填',
        status: expect.any(String),
      });
      const [challenge] = await t.ctx.db.select({ id: techChallenges.id }).from(techChallenges);
      expect(
        fields(await operator.post('/api/governance/technology-needs', { industry: 'biomedicine', organisationId: org.hechuang, title: '浓缩节能', challengeId: challenge?.id })),
      ).toEqual({ challengeId: '该揭榜挂帅项目不是此企业发布的' });
      const need = await operator.post('/api/governance/technology-needs', {
        industry: 'biomedicine',
        organisationId: org.huapai,
        title: '中药提取液节能浓缩',
        description: '单效浓缩蒸汽消耗大',
        challengeId: challenge?.id,
      });
      expect(need.json()).toMatchObject({ status: 'open', challenge: { title: '中药提取液浓缩能耗过高' } });
      await operator.post('/api/governance/technology-needs', { industry: 'green_food', organisationId: org.moer, title: '核桃仁脱衣自动化', status: 'in_progress' });
      const updated = await operator.patch(`/api/governance/technology-needs/${need.json().id}`, { status: 'solved', version: 1 });
      expect(updated.json().status).toBe('solved');
      expect(fields(await operator.patch(`/api/governance/technology-needs/${need.json().id}`, { organisationId: org.dali, version: 2 }))).toEqual({
        organisationId: '只能选择企业',
      });
      expect((await gov.get('/api/governance/technology-needs?status=in_progress')).json().items[0].title).toBe('核桃仁脱衣自动化');
      expect((await gov.get('/api/governance/technology-needs?industry=biomedicine')).json().total).toBe(1);
      expect((await hechuang.get('/api/governance/technology-needs')).json().total).toBe(0);
      expect((await dali.get('/api/governance/technology-needs')).json().total).toBe(2);
      const sheet = await operator.get('/api/governance/technology-needs/export.xlsx', { 'accept-language': 'en' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
      expect((workbook.worksheets[0]?.getRow(1).values as unknown[]).slice(1)).toEqual(['Industry', 'Enterprise', 'Technology need', 'Description', 'Status', 'Technical challenge']);
      expect(workbook.worksheets[0]?.actualRowCount).toBe(3);
      expect((await operator.request({ method: 'DELETE', url: `/api/governance/technology-needs/${need.json().id}?version=1` })).statusCode).toBe(409);
      expect((await operator.request({ method: 'DELETE', url: `/api/governance/technology-needs/${need.json().id}?version=2` })).statusCode).toBe(204);
    });

    it('derives the talent-need list from published positions, per enterprise and post', async () => {
      const publish = async (organisationId: string, title: string, headcount: number, educationLevel: string) => {
        const created = await operator.post('/api/positions', {
          title,
          duties: '按岗位说明书开展工作，服从生产安排，遵守GMP规范。',
          headcount,
          educationLevel,
          majors: ['药学'],
          regionCode: '532301',
          employmentType: 'full_time',
          organisationId,
        });
        const id = created.json().id;
        await operator.post(`/api/positions/${id}/submit`);
        expect((await operator.post(`/api/positions/${id}/review`, { decision: 'approve' })).json().status).toBe('published');
      };
      await publish(org.huapai, '制剂操作工', 10, 'secondary_vocational');
      await publish(org.huapai, '制剂操作工', 5, 'high_school');
      await publish(org.moer, '食品检验员', 2, 'associate');
      const list = (await gov.get('/api/governance/talent-needs')).json();
      expect(list.items).toEqual([
        expect.objectContaining({ organisation: expect.objectContaining({ name: '云南华派药业有限公司' }), title: '制剂操作工', positions: 2, headcount: 15, minEducation: 'high_school', fromVisits: 2, majors: ['药学'] }),
        expect.objectContaining({ title: '食品检验员', headcount: 2, minEducation: 'associate' }),
      ]);
      expect(list.items[0].lastPublishedOn).toBe(TODAY);
      expect((await gov.get('/api/governance/talent-needs?industry=green_food')).json().total).toBe(1);
      expect((await gov.get(`/api/governance/talent-needs?year=${TODAY.slice(0, 4)}`)).json().total).toBe(2);
      expect((await gov.get('/api/governance/talent-needs?year=2019')).json().total).toBe(0);
      expect((await huapai.get('/api/governance/talent-needs')).json().total).toBe(1);
      expect((await dali.get('/api/governance/talent-needs')).json().total).toBe(2);
      expect((await otherOperator.get('/api/governance/talent-needs')).json().total).toBe(0);
      const sheet = await gov.get('/api/governance/talent-needs/export.xlsx?industry=biomedicine');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
      expect((workbook.worksheets[0]?.getRow(2).values as unknown[]).slice(1, 7)).toEqual(['生物医药', '云南华派药业有限公司', '制剂操作工', 15, 0, 2]);
    });
  });

  it('counts the year’s governance figures for operators and government only', async () => {
    const figures = (await gov.get('/api/governance/figures?year=2023')).json();
    expect(figures).toEqual({
      year: 2023,
      indicators: { council_members: 2, agreement_schools: 2, dual_appointments_to_enterprises: 1, dual_appointments_to_schools: 0, enterprises_visited: 2 },
    });
    expect((await gov.get('/api/governance/figures?year=2024')).json().indicators).toMatchObject({ dual_appointments_to_schools: 1, council_members: 2 });
    expect((await huapai.get('/api/governance/figures?year=2023')).statusCode).toBe(403);
    expect((await gov.get('/api/governance/figures')).statusCode).toBe(400);
    expect(await t.ctx.db.select().from(meetingResolutions)).toHaveLength(4);
  });
});
