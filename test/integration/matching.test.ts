import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/modules/accounts/accounts.table';
import { positionLikes, recommendations } from '../../src/modules/matching/matching.table';
import { zones } from '../../src/modules/organisations/organisations.table';
import { applications } from '../../src/modules/positions/positions.table';
import { consents, seekers } from '../../src/modules/talent/talent.table';
import { auditLog } from '../../src/platform/audit.table';
import { encryptText, lookupHash } from '../../src/platform/crypto';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

const POSITION = {
  title: '药品质量检验员',
  duties: '负责原辅料、中间产品和成品的理化检验，使用高效液相色谱仪开展含量测定，执行GMP规范并填写检验记录。',
  headcount: 1,
  educationLevel: 'associate',
  majors: ['药学'],
  skills: ['GMP', 'HPLC'],
  experienceYears: 1,
  regionCode: '532301',
  salaryMin: 4000,
  salaryMax: 6000,
  employmentType: 'full_time',
};

type SeekerSeed = {
  name: string;
  major: string;
  educationLevel: string;
  skills: string[];
  experienceYears: number;
  consent: boolean;
  autoRecommend?: boolean;
  accountId?: string | null;
  summary?: string;
};

describe.each(DB_KINDS)('matching and recommendation on %s', (kind) => {
  let t: TestApp;
  let operator: TestClient;
  let huapai: TestClient;
  let dali: TestClient;
  let gov: TestClient;
  let seekerClient: TestClient;
  let zoneId: string;
  const ids: Record<string, string> = {};
  let positionId: string;

  async function addSeeker(key: string, s: SeekerSeed, phone: string): Promise<void> {
    const [row] = await t.ctx.db
      .insert(seekers)
      .values({
        accountId: s.accountId ?? null,
        zoneId,
        name: s.name,
        phoneEnc: encryptText(t.ctx.keys, phone),
        phoneHash: lookupHash(t.ctx.keys, 'phone', phone),
        educationLevel: s.educationLevel,
        major: s.major,
        skills: s.skills,
        experienceYears: s.experienceYears,
        preferredRegions: ['532301'],
        expectedSalaryMin: 4500,
        expectedSalaryMax: 6000,
        summary: s.summary ?? null,
        autoRecommend: s.autoRecommend ?? true,
        source: 'walk_in',
      })
      .returning();
    ids[key] = row?.id ?? '';
    if (s.consent) await t.ctx.db.insert(consents).values({ seekerId: ids[key] ?? '', purpose: 'job_matching', policyVersion: 'test' });
  }

  async function publishPosition(body: Record<string, unknown>): Promise<string> {
    const created = await huapai.post('/api/positions', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await huapai.post(`/api/positions/${id}/submit`);
    expect((await operator.post(`/api/positions/${id}/review`, { decision: 'approve' })).json().status).toBe('published');
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    [operator, huapai, dali, gov, seekerClient] = await Promise.all([
      t.signIn('operator'),
      t.signIn('huapai'),
      t.signIn('dali'),
      t.signIn('gov'),
      t.signIn('seeker'),
    ]);
    const [zone] = await t.ctx.db.select().from(zones).limit(1);
    zoneId = zone?.id ?? '';
    const [account] = await t.ctx.db.select().from(accounts).where(eq(accounts.username, 'seeker'));
    await addSeeker(
      'best',
      {
        name: '普晓燕',
        major: '药学',
        educationLevel: 'associate',
        skills: ['GMP', '高效液相色谱'],
        experienceYears: 2,
        consent: true,
        accountId: account?.id ?? null,
        summary: '在药厂质检部从事理化检验两年，熟悉高效液相色谱含量测定和检验记录。',
      },
      '13987812345',
    );
    await addSeeker('good', { name: '李明', major: '中药学', educationLevel: 'associate', skills: ['GMP'], experienceYears: 0, consent: true }, '13900000002');
    await addSeeker('noConsent', { name: '王芳', major: '药学', educationLevel: 'bachelor', skills: ['GMP', 'HPLC'], experienceYears: 3, consent: false }, '13900000003');
    await addSeeker(
      'optedOut',
      { name: '赵磊', major: '药学', educationLevel: 'bachelor', skills: ['GMP', 'HPLC'], experienceYears: 3, consent: true, autoRecommend: false },
      '13900000004',
    );
    await addSeeker('weak', { name: '张伟', major: '旅游管理', educationLevel: 'high_school', skills: ['导游证'], experienceYears: 0, consent: true }, '13900000005');
    positionId = await publishPosition(POSITION);
  });
  afterAll(async () => {
    await t.close();
  });

  it('ranks consenting candidates with the contribution of every factor, for the operator and the position’s enterprise only', async () => {
    const res = await operator.get(`/api/positions/${positionId}/candidates`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const names = body.items.map((c: { seeker: { name: string } }) => c.seeker.name);
    expect(names).toEqual(['普晓燕', '李明', '张伟']);
    expect(body.matched).toBe(3);
    const best = body.items[0];
    expect(best.match.total).toBeGreaterThan(body.items[1].match.total);
    const factors = Object.fromEntries(best.match.factors.map((f: { factor: string; reason: string }) => [f.factor, f.reason]));
    expect(factors).toMatchObject({ education: 'education.meets', major: 'major.exact', skills: 'skills.matched', location: 'location.county' });
    // 高效液相色谱 is the Chinese form of HPLC: both required skills match.
    const skills = best.match.factors.find((f: { factor: string }) => f.factor === 'skills');
    expect(skills.points).toBe(skills.max);
    expect(body.items[1].match.factors.find((f: { factor: string }) => f.factor === 'major').reason).toBe('major.related');

    const forEnterprise = (await huapai.get(`/api/positions/${positionId}/candidates?limit=2`)).json().items;
    expect(forEnterprise).toHaveLength(2);
    // Accommodation follows from disability information: an enterprise never sees that factor.
    expect(best.match.factors.map((f: { factor: string }) => f.factor)).toContain('accommodation');
    expect(forEnterprise[0].match.factors.map((f: { factor: string }) => f.factor)).not.toContain('accommodation');
    expect((await dali.get(`/api/positions/${positionId}/candidates`)).statusCode).toBe(404);
    expect((await gov.get(`/api/positions/${positionId}/candidates`)).statusCode).toBe(403);
    expect((await seekerClient.get(`/api/positions/${positionId}/candidates`)).statusCode).toBe(403);
  });

  it('filters the ranking and names a bad filter', async () => {
    const met = (await operator.get(`/api/positions/${positionId}/candidates?educationMet=true`)).json();
    expect(met.items.map((c: { seeker: { name: string } }) => c.seeker.name)).toEqual(['普晓燕', '李明']);
    const experienced = (await operator.get(`/api/positions/${positionId}/candidates?minExperienceYears=1`)).json();
    expect(experienced.items.map((c: { seeker: { name: string } }) => c.seeker.name)).toEqual(['普晓燕']);
    const bad = await operator.get(`/api/positions/${positionId}/candidates?location=planet&limit=0`);
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['querystring.location', 'querystring.limit']));
  });

  it('takes a seeker out of the ranking as soon as they withdraw consent, and back when they give it again', async () => {
    await t.ctx.db.update(consents).set({ withdrawnAt: new Date() }).where(and(eq(consents.seekerId, ids.weak ?? ''), isNull(consents.withdrawnAt)));
    const without = (await operator.get(`/api/positions/${positionId}/candidates`)).json();
    expect(without.items.map((c: { seeker: { name: string } }) => c.seeker.name)).not.toContain('张伟');
    await t.ctx.db.insert(consents).values({ seekerId: ids.weak ?? '', purpose: 'job_matching', policyVersion: 'test' });
    const back = (await operator.get(`/api/positions/${positionId}/candidates`)).json();
    expect(back.items.map((c: { seeker: { name: string } }) => c.seeker.name)).toContain('张伟');
  });

  it('shows a seeker the positions recommended for them with reasons, and stops when they switch it off', async () => {
    const mine = (await seekerClient.get('/api/me/recommended-positions')).json();
    expect(mine.enabled).toBe(true);
    const item = mine.items.find((i: { position: { id: string } }) => i.position.id === positionId);
    expect(item.match.factors.length).toBeGreaterThan(0);
    expect(item.position.title).toBe('药品质量检验员');

    expect((await seekerClient.request({ method: 'PUT', url: '/api/me/auto-recommend', payload: { enabled: false } })).json()).toEqual({ enabled: false });
    expect((await seekerClient.get('/api/me/recommended-positions')).json()).toMatchObject({ enabled: false, items: [] });
    const ranked = (await operator.get(`/api/positions/${positionId}/candidates`)).json();
    expect(ranked.items.map((c: { seeker: { name: string } }) => c.seeker.name)).not.toContain('普晓燕');
    expect((await seekerClient.request({ method: 'PUT', url: '/api/me/auto-recommend', payload: { enabled: 'yes' } })).json().error.fields[0].path).toBe('enabled');
    await seekerClient.request({ method: 'PUT', url: '/api/me/auto-recommend', payload: { enabled: true } });
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'seeker.auto_recommend'));
    expect(audit).toHaveLength(2);
  });

  it('recommends all or nothing, naming the seeker who cannot be recommended', async () => {
    const refused = await operator.post('/api/recommendations', { positionId, seekerIds: [ids.best, ids.noConsent] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ path: 'seekerIds.1' })]);
    expect(await t.ctx.db.select().from(recommendations)).toHaveLength(0);

    const twice = await operator.post('/api/recommendations', { positionId, seekerIds: [ids.best, ids.best] });
    expect(twice.json().error.fields[0].path).toBe('seekerIds.1');
    const empty = await operator.post('/api/recommendations', { positionId: 'x', seekerIds: [] });
    expect(empty.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['positionId', 'seekerIds']);
    expect((await huapai.post('/api/recommendations', { positionId, seekerIds: [ids.best] })).statusCode).toBe(403);

    const made = await operator.post('/api/recommendations', { positionId, seekerIds: [ids.best, ids.good], note: '现场走访推荐' });
    expect(made.statusCode).toBe(201);
    expect(made.json().items).toHaveLength(2);
    expect(made.json().items[0]).toMatchObject({ status: 'applied', positionTitle: '药品质量检验员', weightsVersion: 0 });
    expect(made.json().items[0].factors.length).toBe(9);
    const again = await operator.post('/api/recommendations', { positionId, seekerIds: [ids.best] });
    expect(again.json().error.fields[0]).toMatchObject({ path: 'seekerIds.0' });
  });

  it('lets the enterprise answer along allowed steps only, and tells the seeker', async () => {
    const list = (await huapai.get(`/api/recommendations?positionId=${positionId}`)).json();
    expect(list.total).toBe(2);
    expect(list.items[0].factors.map((f: { factor: string }) => f.factor)).not.toContain('accommodation');
    expect((await dali.get('/api/recommendations')).json().total).toBe(0);
    const best = list.items.find((r: { seekerId: string }) => r.seekerId === ids.best);
    const other = list.items.find((r: { seekerId: string }) => r.seekerId === ids.good);

    expect((await huapai.patch(`/api/applications/${best.applicationId}`, { status: 'interview' })).statusCode).toBe(200);
    expect((await huapai.patch(`/api/applications/${best.applicationId}`, { status: 'hired' })).json().status).toBe('hired');
    const backwards = await huapai.patch(`/api/applications/${best.applicationId}`, { status: 'interview' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields[0].path).toBe('status');
    const noReason = await huapai.patch(`/api/applications/${other.applicationId}`, { status: 'declined' });
    expect(noReason.statusCode).toBe(400);
    expect((await huapai.patch(`/api/applications/${other.applicationId}`, { status: 'declined', reason: '专业不对口' })).json().declineReason).toBe('专业不对口');
    const [hired] = await t.ctx.db.select().from(applications).where(eq(applications.id, best.applicationId));
    expect(hired?.hiredAt).toBeTruthy();

    const news = (await seekerClient.get('/api/me/notifications')).json();
    expect(news.items.map((n: { kind: string }) => n.kind)).toEqual(['application_status', 'application_status', 'recommended']);
    expect(news.unread).toBe(3);
    expect(news.items[0].params).toMatchObject({ status: 'hired', positionTitle: '药品质量检验员' });
    expect((await seekerClient.post('/api/me/notifications/read', {})).json().updated).toBe(3);
    const why = (await seekerClient.get('/api/me/recommendations')).json();
    expect(why.items[0]).toMatchObject({ positionId, status: 'hired' });
    expect(why.items[0].factors.length).toBe(9);
  });

  it('counts people recommended, positions reached, hires and conversion', async () => {
    const stats = (await gov.get('/api/recommendations/stats?groupBy=year')).json();
    expect(stats.total).toMatchObject({ recommendations: 2, people: 2, positions: 1, hires: 1, positionsFilled: 1, conversion: 0.5 });
    expect(stats.periods).toHaveLength(1);
    expect((await huapai.get('/api/recommendations/stats')).statusCode).toBe(403);
    const bad = await gov.get('/api/recommendations/stats?from=2024-02-30&groupBy=week');
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['querystring.from', 'querystring.groupBy']);
  });

  it('delivers notices through the provider and shows them in the operator’s outbox', async () => {
    let outbox = (await operator.get('/api/notifications/outbox')).json();
    for (let i = 0; i < 50 && outbox.items.some((n: { deliveryStatus: string }) => n.deliveryStatus === 'pending'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      outbox = (await operator.get('/api/notifications/outbox')).json();
    }
    expect(outbox.total).toBeGreaterThanOrEqual(4);
    expect(outbox.items.every((n: { deliveryStatus: string; provider: string }) => n.deliveryStatus === 'sent' && n.provider === 'log')).toBe(true);
    expect(outbox.items.some((n: { text: string }) => n.text.includes('药品质量检验员'))).toBe(true);
    expect((await huapai.get('/api/notifications/outbox')).statusCode).toBe(403);
  });

  it('versions the weights, audits each change and refuses a stale or empty one', async () => {
    const current = (await gov.get('/api/matching/weights')).json();
    expect(current.version).toBe(0);
    const weights = { ...current.weights, text: 30 };
    const saved = await operator.request({ method: 'PUT', url: '/api/matching/weights', payload: { weights, note: '加大文本相关度', expectedVersion: 0 } });
    expect(saved.json()).toMatchObject({ version: 1, note: '加大文本相关度', weights: { text: 30 } });
    const stale = await operator.request({ method: 'PUT', url: '/api/matching/weights', payload: { weights, expectedVersion: 0 } });
    expect(stale.statusCode).toBe(409);
    const zero = Object.fromEntries(Object.keys(weights).map((k) => [k, 0]));
    const empty = await operator.request({ method: 'PUT', url: '/api/matching/weights', payload: { weights: zero, expectedVersion: 1 } });
    expect(empty.json().error.fields[0]).toMatchObject({ path: 'weights' });
    const negative = await operator.request({ method: 'PUT', url: '/api/matching/weights', payload: { weights: { ...weights, skills: -1 }, expectedVersion: 1 } });
    expect(negative.json().error.fields[0].path).toBe('weights.skills');
    expect((await gov.request({ method: 'PUT', url: '/api/matching/weights', payload: { weights, expectedVersion: 1 } })).statusCode).toBe(403);
    expect((await operator.get('/api/matching/weights/history')).json().items.map((w: { version: number }) => w.version)).toEqual([1]);
    expect(await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'matching.weights'))).toHaveLength(1);
    expect((await operator.get(`/api/positions/${positionId}/candidates`)).json().weightsVersion).toBe(1);
  });

  it('allocates applicants and likers stably, and turns the approved allocation into recommendations', async () => {
    const p1 = await publishPosition({ ...POSITION, title: '化验员' });
    const p2 = await publishPosition({ ...POSITION, title: '药品生产操作工', majors: ['药品生产技术'], skills: ['GMP'], experienceYears: 0 });
    // 张伟 and 李明 like both, in opposite orders; 王芳 has no consent and stays out.
    for (const [seekerId, positions] of [
      [ids.weak, [p2, p1]],
      [ids.good, [p1, p2]],
      [ids.noConsent, [p1]],
    ] as const) {
      // Explicit times: two likes in the same millisecond would leave their order to chance.
      for (const [k, p] of positions.entries()) {
        await t.ctx.db.insert(positionLikes).values({ seekerId: seekerId ?? '', positionId: p, createdAt: new Date(Date.now() + k * 1000) });
      }
    }
    const bad = await operator.post('/api/allocations', { title: '', positionIds: [p1, 'nope'] });
    expect(bad.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['positionIds.1', 'title']);
    const created = await operator.post('/api/allocations', { title: '春季专场分配', positionIds: [p1, p2] });
    expect(created.statusCode).toBe(201);
    const allocation = created.json();
    expect(allocation.result.stats).toMatchObject({ candidates: 2, positions: 2, capacity: 2, assigned: 2, blockingPairs: 0 });
    const placed = Object.fromEntries(allocation.result.assignments.map((a: { seekerName: string; positionTitle: string }) => [a.seekerName, a.positionTitle]));
    expect(placed).toEqual({ 李明: '化验员', 张伟: '药品生产操作工' });
    expect((await huapai.get('/api/allocations')).statusCode).toBe(403);

    const approved = await operator.post(`/api/allocations/${allocation.id}/approve`, { version: allocation.version, excludedSeekerIds: [] });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ recommended: 2, skipped: [], allocation: { status: 'approved' } });
    const again = await operator.post(`/api/allocations/${allocation.id}/approve`, { version: allocation.version + 1 });
    expect(again.json().error.fields[0].path).toBe('version');
    const fromAllocation = await t.ctx.db.select().from(recommendations).where(eq(recommendations.allocationId, allocation.id));
    expect(fromAllocation).toHaveLength(2);
  });
});
