import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoOrganisations } from '../../src/modules/demo/demo-organisations';
import { liveApplications, liveEvents } from '../../src/modules/live/live.table';
import { applications, positions } from '../../src/modules/positions/positions.table';
import { findSeekerByAccount } from '../../src/modules/positions/positions.repository';
import { auditLog } from '../../src/platform/audit.table';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';
import { openSse, type SseStream } from '../helpers/sse';

type ErrorBody = { error: { code: string; fields?: { path: string; message: string }[] } };

function fieldPaths(res: { json: () => unknown }): string[] {
  return ((res.json() as ErrorBody).error.fields ?? []).map((f) => f.path);
}

const ORGS = generateDemoOrganisations();
function creditCodeOf(key: string): string {
  const org = ORGS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org.creditCode;
}

const HOUR = 3_600_000;
const session = (items: { positionId: string; notes?: string }[], extra: Record<string, unknown> = {}) => ({
  title: '华派药业 2023 春季直播带岗',
  description: '药品生产、质量检验岗位现场讲解',
  streamUrl: 'https://live.example.com/room/20230315',
  presenter: '李主播',
  startsAt: new Date(Date.now() - HOUR).toISOString(),
  endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
  items,
  ...extra,
});

describe.each(DB_KINDS)('live recruitment on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let operator: TestClient;
  let huapai: TestClient;
  let dali: TestClient;
  let gov: TestClient;
  let seeker: TestClient;
  const org: Record<string, string> = {};
  const pos: Record<string, string> = {};
  let sessionId = '';
  let itemIds: string[] = [];
  const streams: SseStream[] = [];

  async function addPosition(organisationId: string, title: string, status = 'published'): Promise<string> {
    const zoneId = (await t.ctx.db.query.organisations.findFirst({ where: (o, { eq: is }) => is(o.id, organisationId) }))!.zoneId;
    const [row] = await t.ctx.db
      .insert(positions)
      .values({ zoneId, organisationId, title, duties: '按岗位说明书执行', headcount: 5, educationLevel: 'associate', regionCode: '532301', employmentType: 'full_time', status, salaryMin: 4000, salaryMax: 6500 })
      .returning({ id: positions.id });
    return row!.id;
  }

  async function sse(query = '', headers: Record<string, string> = {}): Promise<SseStream> {
    const stream = await openSse(`${base}/api/live-sessions/${sessionId}/events${query}`, headers);
    streams.push(stream);
    return stream;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    [operator, huapai, dali, gov, seeker] = await Promise.all([t.signIn('operator'), t.signIn('huapai'), t.signIn('dali'), t.signIn('gov'), t.signIn('seeker')]);
    const profile = await seeker.request({ method: 'PUT', url: '/api/me/profile', payload: { name: '普晓燕', educationLevel: 'bachelor', school: '楚雄师范学院', major: '药学' } });
    if (profile.statusCode >= 300) throw new Error(`profile: ${profile.body}`);
    const rows = await t.ctx.db.query.organisations.findMany({ columns: { id: true, creditCode: true } });
    for (const key of ['huapai', 'hechuang', 'dali']) org[key] = rows.find((r) => r.creditCode === creditCodeOf(key))!.id;
    pos.a = await addPosition(org.huapai!, '药品生产操作工');
    pos.b = await addPosition(org.huapai!, '质量检验员');
    pos.c = await addPosition(org.huapai!, '仓储管理员');
    pos.draft = await addPosition(org.huapai!, '设备维修电工', 'draft');
    pos.other = await addPosition(org.hechuang!, '中药材种植技术员');
  });

  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  it('refuses bad input with field errors', async () => {
    const http = await huapai.post('/api/live-sessions', session([{ positionId: pos.a! }], { streamUrl: 'http://live.example.com/x' }));
    expect(http.statusCode).toBe(400);
    expect(fieldPaths(http)).toEqual(['streamUrl']);
    expect((await huapai.post('/api/live-sessions', session([]))).statusCode).toBe(400);
    const tooMany = await huapai.post('/api/live-sessions', session(Array.from({ length: 51 }, () => ({ positionId: pos.a! }))));
    expect(fieldPaths(tooMany)).toEqual(['items']);
    const bad = await huapai.post(
      '/api/live-sessions',
      session([{ positionId: pos.a! }, { positionId: pos.draft! }, { positionId: pos.other! }, { positionId: pos.a! }], { endsAt: new Date(Date.now() - 2 * HOUR).toISOString() }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries(((bad.json() as ErrorBody).error.fields ?? []).map((f) => [f.path, f.message]));
    expect(Object.keys(fields).sort()).toEqual(['endsAt', 'items.1.positionId', 'items.2.positionId', 'items.3.positionId']);
    const en = await huapai.post('/api/live-sessions', session([{ positionId: pos.other! }]), { 'accept-language': 'en' });
    expect((en.json() as ErrorBody).error.fields?.[0]?.message).toBe('An enterprise features only its own positions');
    const unknownKey = await huapai.post('/api/live-sessions', { ...session([{ positionId: pos.a! }]), colour: 'red' });
    expect(unknownKey.statusCode).toBe(400);
  });

  it('lets an enterprise host only with its own positions and organisation, operators for the zone', async () => {
    expect((await huapai.post('/api/live-sessions', session([{ positionId: pos.a! }], { hostOrganisationId: org.hechuang }))).statusCode).toBe(403);
    expect((await seeker.post('/api/live-sessions', session([{ positionId: pos.a! }]))).statusCode).toBe(403);
    expect((await gov.post('/api/live-sessions', session([{ positionId: pos.a! }]))).statusCode).toBe(403);
    const created = await huapai.post('/api/live-sessions', session([{ positionId: pos.a!, notes: '五险一金，包食宿' }, { positionId: pos.b! }, { positionId: pos.c! }]));
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ status: 'scheduled', hostOrganisation: { id: org.huapai }, canManage: true, onAirItemId: null, counters: { viewers: 0, applications: 0, questions: 0 } });
    expect(body.items.map((i: { position: { id: string } }) => i.position.id)).toEqual([pos.a, pos.b, pos.c]);
    sessionId = body.id;
    itemIds = body.items.map((i: { id: string }) => i.id);

    const byOperator = await operator.post('/api/live-sessions', session([{ positionId: pos.a! }, { positionId: pos.other! }], { hostOrganisationId: org.dali }));
    expect(byOperator.statusCode).toBe(201);
    expect(byOperator.json().hostOrganisation.id).toBe(org.dali);
    const wrongHost = await operator.post('/api/live-sessions', session([{ positionId: pos.a! }], { hostOrganisationId: '00000000-0000-4000-8000-000000000000' }));
    expect(fieldPaths(wrongHost)).toEqual(['hostOrganisationId']);

    expect((await dali.get(`/api/live-sessions/${sessionId}`)).json().canManage).toBe(false);
    expect((await dali.post(`/api/live-sessions/${sessionId}/start`)).statusCode).toBe(403);
    expect((await gov.post(`/api/live-sessions/${sessionId}/start`)).statusCode).toBe(403);
    expect((await seeker.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: null })).statusCode).toBe(403);
    expect((await dali.get(`/api/live-sessions/${sessionId}/questions`)).statusCode).toBe(403);

    const stale = await huapai.patch(`/api/live-sessions/${sessionId}`, { title: '改名', expectedVersion: 99 });
    expect(stale.statusCode).toBe(409);
    const renamed = await huapai.patch(`/api/live-sessions/${sessionId}`, { presenter: '王主播', expectedVersion: body.version });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().presenter).toBe('王主播');
    const listed = (await gov.get('/api/live-sessions')).json();
    expect(listed.items.map((s: { id: string }) => s.id)).toContain(sessionId);
    const publicList = (await t.client().get('/api/public/live-sessions?phase=upcoming')).json();
    expect(publicList.items.find((s: { id: string }) => s.id === sessionId)).not.toHaveProperty('canManage');
  });

  it('streams the on-air position to a connected viewer, and replays exactly the missed events after a reconnect', async () => {
    const missing = await openSse(`${base}/api/live-sessions/00000000-0000-4000-8000-000000000000/events`);
    expect(missing.status).toBe(404);
    missing.close();

    const viewer = await sse();
    expect(viewer.status).toBe(200);
    expect(viewer.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(viewer.headers['cache-control']).toContain('no-cache');
    const snapshot = await viewer.waitFor((e) => e.event === 'snapshot');
    expect(snapshot.id).toBeNull();
    expect(JSON.parse(snapshot.data).session).toMatchObject({ id: sessionId, status: 'scheduled' });

    expect((await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: itemIds[0] })).statusCode).toBe(409);
    expect((await huapai.post(`/api/live-sessions/${sessionId}/start`)).json().status).toBe('live');
    const onAir = await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: itemIds[0] });
    expect(onAir.json().onAirItemId).toBe(itemIds[0]);
    const badItem = await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: '00000000-0000-4000-8000-000000000000' });
    expect(fieldPaths(badItem)).toEqual(['itemId']);

    await viewer.waitFor((e) => e.event === 'status');
    const first = await viewer.waitFor((e) => e.event === 'on_air');
    expect(JSON.parse(first.data).item).toMatchObject({ id: itemIds[0], position: { id: pos.a, title: '药品生产操作工' } });
    const counters = await viewer.waitFor((e) => e.event === 'counters', 4000);
    expect(JSON.parse(counters.data).viewers).toBeGreaterThanOrEqual(1);
    const lastSeen = Number(first.id);
    viewer.close();

    // Missed while away: item 2 on air, then off air, then a question.
    await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: itemIds[1] });
    await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: null });
    expect((await seeker.post(`/api/live-sessions/${sessionId}/questions`, { text: '有没有员工宿舍？', idempotencyKey: 'q-00000001' })).statusCode).toBe(201);
    const stored = await t.ctx.db.select({ id: liveEvents.id, type: liveEvents.type }).from(liveEvents).where(eq(liveEvents.sessionId, sessionId)).orderBy(liveEvents.id);
    const missed = stored.filter((e) => e.id > lastSeen);
    expect(missed.map((e) => e.type)).toEqual(['on_air', 'off_air', 'question']);

    const back = await sse('', { 'last-event-id': String(lastSeen) });
    await back.waitFor((e) => e.event === 'question');
    await huapai.post(`/api/live-sessions/${sessionId}/on-air`, { itemId: itemIds[2] });
    const live = await back.waitFor((e) => e.event === 'on_air' && JSON.parse(e.data).item.id === itemIds[2]);
    const withIds = back.events.filter((e) => e.id !== null);
    expect(withIds.map((e) => Number(e.id))).toEqual([...missed.map((e) => e.id), Number(live.id)]);
    expect(back.events[0]!.event).toBe('snapshot');

    // The same through ?lastEventId= for clients that cannot set the header.
    const byQuery = await sse(`?lastEventId=${missed[1]!.id}`);
    await byQuery.waitFor((e) => e.id === live.id);
    expect(byQuery.events.filter((e) => e.id !== null).map((e) => Number(e.id))).toEqual([missed[2]!.id, Number(live.id)]);
  });

  it('applies once per tap, even when the tap is retried or raced', async () => {
    const notOnSheet = await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.other, idempotencyKey: 'tap-aaaa-0001' });
    expect(notOnSheet.statusCode).toBe(400);
    expect(fieldPaths(notOnSheet)).toEqual(['positionId']);
    expect((await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.a, idempotencyKey: 'short' })).statusCode).toBe(400);
    expect((await huapai.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.a, idempotencyKey: 'tap-aaaa-0002' })).statusCode).toBe(403);
    expect((await t.client().post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.a, idempotencyKey: 'tap-aaaa-0002' })).statusCode).toBe(401);

    const first = await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.c, idempotencyKey: 'tap-cccc-0001' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ positionId: pos.c, status: 'applied', duplicate: false });
    const retry = await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.c, idempotencyKey: 'tap-cccc-0001' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ...first.json(), duplicate: true });
    const otherKey = await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.c, idempotencyKey: 'tap-cccc-0002' });
    expect(otherKey.statusCode).toBe(200);
    expect(otherKey.json().applicationId).toBe(first.json().applicationId);

    const raced = await Promise.all(Array.from({ length: 6 }, () => seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.b, idempotencyKey: 'tap-bbbb-0001' })));
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(raced.map((r) => r.json().applicationId)).size).toBe(1);

    // Different keys for the same position, racing: still one application.
    const mixed = await Promise.all(['tap-mix-0001', 'tap-mix-0002', 'tap-mix-0001', 'tap-mix-0003'].map((key) => seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.a, idempotencyKey: key })));
    expect(mixed.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(new Set(mixed.map((r) => r.json().applicationId)).size).toBe(1);

    const seekerRow = await findSeekerByAccount(t.ctx.db, (await t.ctx.db.query.accounts.findFirst({ where: (a, { eq: is }) => is(a.username, 'seeker') }))!.id);
    const rows = await t.ctx.db.select().from(applications).where(and(eq(applications.seekerId, seekerRow!.id), eq(applications.positionId, pos.b!)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'live', status: 'applied' });
    expect((rows[0]!.resumeSnapshot as { name: string }).name).toBe('普晓燕');
    const live = await t.ctx.db.select().from(liveApplications).where(eq(liveApplications.sessionId, sessionId));
    expect(live).toHaveLength(3);

    const list = await huapai.get(`/api/live-sessions/${sessionId}/applications`);
    expect(list.json().items.map((a: { seeker: { name: string } }) => a.seeker.name)).toEqual(['普晓燕', '普晓燕', '普晓燕']);
    expect((await dali.get(`/api/live-sessions/${sessionId}/applications`)).statusCode).toBe(403);
    const view = (await t.client().get(`/api/public/live-sessions/${sessionId}`)).json();
    expect(view.counters.applications).toBe(3);
    expect(view.items.find((i: { id: string }) => i.id === itemIds[2]).applications).toBe(1);
  });

  it('takes questions with a masked name, idempotently, and lets the host answer or hide them', async () => {
    const viewer = await sse();
    await viewer.waitFor((e) => e.event === 'snapshot');
    const asked = await seeker.post(`/api/live-sessions/${sessionId}/questions`, { text: '实习期工资多少？', idempotencyKey: 'q-00000002' });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ askerName: '普*燕', status: 'open', position: { id: pos.c } });
    const again = await seeker.post(`/api/live-sessions/${sessionId}/questions`, { text: '实习期工资多少？', idempotencyKey: 'q-00000002' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(asked.json().id);
    const event = await viewer.waitFor((e) => e.event === 'question' && JSON.parse(e.data).id === asked.json().id);
    expect(JSON.parse(event.data)).toMatchObject({ askerName: '普*燕', text: '实习期工资多少？' });
    expect(event.data).not.toContain('普晓燕');
    expect((await seeker.post(`/api/live-sessions/${sessionId}/questions`, { text: '', idempotencyKey: 'q-00000003' })).statusCode).toBe(400);
    const joining = await sse();
    const joined = JSON.parse((await joining.waitFor((e) => e.event === 'snapshot')).data);
    expect(joined.questions.map((q: { id: string }) => q.id)).toContain(asked.json().id);
    expect(JSON.stringify(joined.questions)).not.toContain('普晓燕');

    const qid = asked.json().id;
    const noText = await huapai.post(`/api/live-sessions/${sessionId}/questions/${qid}/answer`, { mode: 'text' });
    expect(fieldPaths(noText)).toEqual(['answer']);
    const answered = await huapai.post(`/api/live-sessions/${sessionId}/questions/${qid}/answer`, { mode: 'text', answer: '实习期 3500 元/月' });
    expect(answered.json()).toMatchObject({ status: 'answered_text', answer: '实习期 3500 元/月' });
    await viewer.waitFor((e) => e.event === 'answer' && JSON.parse(e.data).id === qid);
    const hidden = await huapai.post(`/api/live-sessions/${sessionId}/questions/${qid}/hide`);
    expect(hidden.json().status).toBe('hidden');
    await viewer.waitFor((e) => e.event === 'question_hidden');
    const later = await sse();
    const snapshot = JSON.parse((await later.waitFor((e) => e.event === 'snapshot')).data);
    expect(snapshot.questions.map((q: { id: string }) => q.id)).not.toContain(qid);
    const open = await huapai.get(`/api/live-sessions/${sessionId}/questions?status=open`);
    expect(open.json().items).toHaveLength(1);
  });

  it('cancels a session that has not started, with the reason viewers are sent, and only then', async () => {
    const created = await operator.post('/api/live-sessions', session([{ positionId: pos.a! }]));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await operator.post(`/api/live-sessions/${id}/cancel`, { reason: '' })).json().error.fields[0].path).toBe('reason');
    expect((await dali.post(`/api/live-sessions/${id}/cancel`, { reason: '主播临时有事' })).statusCode).toBe(403);
    const cancelled = await operator.post(`/api/live-sessions/${id}/cancel`, { reason: '主播临时有事，改期另行通知' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await operator.post(`/api/live-sessions/${id}/start`)).statusCode).toBe(409);
    expect((await operator.post(`/api/live-sessions/${id}/cancel`, { reason: '再取消一次' })).statusCode).toBe(409);
    const [event] = await t.ctx.db.select().from(liveEvents).where(eq(liveEvents.sessionId, id));
    expect(event).toMatchObject({ type: 'status', payload: { status: 'cancelled', reason: '主播临时有事，改期另行通知' } });
  });

  it('ends the session, stops applications, and reports the replay', async () => {
    const ended = await huapai.post(`/api/live-sessions/${sessionId}/end`);
    expect(ended.json()).toMatchObject({ status: 'ended', onAirItemId: null });
    expect(ended.json().peakViewers).toBeGreaterThanOrEqual(1);
    const late = await seeker.post(`/api/live-sessions/${sessionId}/apply`, { positionId: pos.a, idempotencyKey: 'tap-late-0001' });
    expect(late.statusCode).toBe(409);
    expect((await huapai.post(`/api/live-sessions/${sessionId}/end`)).statusCode).toBe(409);
    const items = [{ positionId: pos.a! }];
    expect((await huapai.patch(`/api/live-sessions/${sessionId}`, { items, expectedVersion: ended.json().version })).statusCode).toBe(409);

    const replay = await gov.get(`/api/live-sessions/${sessionId}/replay`);
    expect(replay.statusCode).toBe(200);
    const body = replay.json();
    expect(body.totals).toMatchObject({ applications: 3, applicants: 1, questions: 2, hires: 0 });
    expect(body.items.map((i: { applications: number }) => i.applications)).toEqual([1, 1, 1]);
    expect(body.items.every((i: { onAirSeconds: number }) => i.onAirSeconds >= 0)).toBe(true);
    expect((await dali.get(`/api/live-sessions/${sessionId}/replay`)).statusCode).toBe(404);

    const actions = (await t.ctx.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
    for (const action of ['live_session.create', 'live_session.update', 'live_session.start', 'live_session.on_air', 'live_session.end', 'live_question.create', 'live_question.answer', 'live_question.hide']) {
      expect(actions).toContain(action);
    }
  });
});
