import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FAIR_INTENT_PEOPLE, DEMO_FAIR_NEW_SEEKERS, DEMO_FAIR_RESUME_PEOPLE } from '../../src/modules/demo/demo-fairs';
import { DEMO_LIVE_APPLICATIONS } from '../../src/modules/demo/demo-live';
import { seedDemo } from '../../src/modules/demo/seed-demo';
import { createTestApp, type TestApp } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

// The demo's fairs and live sessions, counted with SQL by the contract's attribution rules and read
// back through the API the portal and the console use.
const YEAR_2023 = sql`f.starts_at >= '2023-01-01T00:00:00+08:00' and f.starts_at < '2024-01-01T00:00:00+08:00'`;

describe.each(DB_KINDS)('the demo fairs and live sessions on %s', (kind) => {
  let t: TestApp;
  const one = async (query: ReturnType<typeof sql>): Promise<Record<string, unknown>> => {
    const result = await t.ctx.db.execute(query);
    return ((result as unknown as { rows: Record<string, unknown>[] }).rows ?? [])[0] ?? {};
  };
  const n = async (query: ReturnType<typeof sql>): Promise<number> => Number(Object.values(await one(query))[0]);

  // The whole demo year loads first: minutes on a busy machine.
  beforeAll(async () => {
    t = await createTestApp(kind, { withHrServices: true });
  }, 240_000);
  afterAll(async () => {
    await t.close();
  });

  it('holds 7 campus fairs and 2 on-site fairs in 2023, with the article’s intents and résumés', async () => {
    expect(await one(sql`select count(*) filter (where kind = 'campus')::int as campus, count(*) filter (where kind in ('onsite', 'special'))::int as onsite from fairs f where ${YEAR_2023}`)).toEqual({ campus: 7, onsite: 2 });
    expect(await n(sql`select count(distinct i.seeker_id)::int from fair_intents i join fairs f on f.id = i.fair_id where ${YEAR_2023}`)).toBe(DEMO_FAIR_INTENT_PEOPLE);
    expect(await n(sql`select count(distinct i.seeker_id)::int from fair_intents i join fairs f on f.id = i.fair_id where ${YEAR_2023} and i.resume_collected_at is not null`)).toBe(
      DEMO_FAIR_RESUME_PEOPLE,
    );
    const gov = await t.signIn('gov');
    const stats = (await gov.get('/api/fairs/stats?year=2023')).json();
    expect(stats).toMatchObject({ year: 2023, campusFairs: 7, onsiteFairs: 2, intentPeople: DEMO_FAIR_INTENT_PEOPLE, resumes: DEMO_FAIR_RESUME_PEOPLE });
    expect(stats.hiresAttributed).toBeGreaterThan(30);
    expect(stats.checkedIn).toBeGreaterThan(stats.registered * 0.85);
  });

  it('collects every résumé under a share consent given by then, accommodation only under disability consent', async () => {
    expect(
      await n(sql`select count(*)::int from fair_intents i where i.resume_collected_at is not null and (i.resume_snapshot is null or not exists (
        select 1 from consents c where c.seeker_id = i.seeker_id and c.purpose = 'share_with_organisation' and c.organisation_id = i.organisation_id
          and c.withdrawn_at is null and c.granted_at <= i.resume_collected_at))`),
    ).toBe(0);
    expect(await n(sql`select count(*)::int from fair_intents i where i.accommodation_enc is not null`)).toBeGreaterThan(0);
    expect(
      await n(sql`select count(*)::int from fair_intents i join fairs f on f.id = i.fair_id where i.accommodation_enc is not null and (f.special_focus is distinct from 'disability'
        or i.resume_collected_at is null
        or not exists (select 1 from consents c where c.seeker_id = i.seeker_id and c.purpose = 'sensitive_disability' and c.withdrawn_at is null))`),
    ).toBe(0);
    // Seekers the fairs brought in never gave job-matching consent.
    expect(await n(sql`select count(*)::int from seekers s where s.created_at < '2024-01-01' and exists (select 1 from consents c where c.seeker_id = s.id and c.purpose = 'job_matching')`)).toBe(0);
    expect(await n(sql`select count(*)::int from seekers s where s.created_at < '2024-01-01'`)).toBe(DEMO_FAIR_NEW_SEEKERS);
  });

  it('checks tickets in with one accepted scan each, and intents only of people at the fair', async () => {
    expect(
      await n(sql`select count(*)::int from fair_registrations r where r.source = 'pre' and r.checked_in_at is not null
        and (select count(*) from fair_checkin_scans s where s.registration_id = r.id and s.outcome = 'checked_in') <> 1`),
    ).toBe(0);
    expect(await n(sql`select count(distinct device_id)::int from fair_checkin_scans`)).toBeGreaterThan(20);
    expect(
      await n(sql`select count(*)::int from fair_intents i join fair_registrations r on r.id = i.registration_id join fair_booths b on b.id = i.booth_id
        where r.seeker_id <> i.seeker_id or r.fair_id <> i.fair_id or r.checked_in_at is null or r.checked_in_at > i.created_at or b.status <> 'approved'
          or not exists (select 1 from fair_booth_positions p where p.booth_id = b.id and p.position_id = i.position_id)`),
    ).toBe(0);
  });

  it('hires from fairs and the live session within headcount', async () => {
    expect(await n(sql`select count(*)::int from positions where filled_count > headcount`)).toBe(0);
    expect(
      await n(sql`select count(*)::int from positions p where p.filled_count < (select count(*) from applications a where a.position_id = p.id and a.status = 'hired')`),
    ).toBe(0);
    expect(await n(sql`select count(*)::int from positions p where p.filled_count >= p.headcount and p.status not in ('filled', 'closed')`)).toBe(0);
    expect(
      await n(sql`select count(*)::int from applications a where a.status = 'hired' and a.channel in ('fair', 'live')
        and exists (select 1 from applications b where b.seeker_id = a.seeker_id and b.status = 'hired' and b.id <> a.id)`),
    ).toBe(0);
    expect(
      await n(sql`select count(*)::int from applications a where a.channel = 'fair' and a.status = 'hired'
        and exists (select 1 from fair_intents i where i.seeker_id = a.seeker_id and i.organisation_id = a.organisation_id and i.created_at < a.hired_at)`),
    ).toBeGreaterThan(30);
  });

  it('held one live session in 2023 with its applications, and schedules one three days ahead', async () => {
    const pastList = (await t.client().get('/api/public/live-sessions?phase=past')).json();
    expect(pastList.items).toHaveLength(1);
    const past = pastList.items[0];
    expect(past).toMatchObject({ status: 'ended', startsAt: expect.stringMatching(/^2023-/) });
    expect(past.items).toHaveLength(8);
    expect(await n(sql`select count(*)::int from live_applications la join applications a on a.id = la.application_id where a.channel = 'live' and a.idempotency_key is not null`)).toBe(
      DEMO_LIVE_APPLICATIONS,
    );
    expect(await n(sql`select count(*)::int from live_questions`)).toBeGreaterThan(50);
    // Events replay in the order they happened.
    expect(await n(sql`select count(*)::int from (select created_at, lag(created_at) over (order by id) as before from live_events) e where e.created_at < e.before`)).toBe(0);
    const upcoming = (await t.client().get('/api/public/live-sessions?phase=upcoming')).json();
    expect(upcoming.items).toHaveLength(1);
    expect(upcoming.items[0].status).toBe('scheduled');
    expect(upcoming.items[0].items[0].position.organisation.name).toBe('云南华派药业有限公司');
  });

  it('lists 大理大学’s upcoming campus fair with 华派药业 at A01 and the special fair, the demo seeker not yet registered', async () => {
    const list = (await t.client().get('/api/public/fairs?phase=upcoming')).json();
    const campus = list.items.find((f: { kind: string }) => f.kind === 'campus');
    expect(campus.hostOrganisation.name).toBe('大理大学');
    const huapai = campus.enterprises.find((e: { name: string }) => e.name === '云南华派药业有限公司');
    expect(huapai.boothNumber).toBe('A01');
    expect(huapai.positions.length).toBeGreaterThanOrEqual(2);
    expect(list.items.some((f: { kind: string; specialFocus: string }) => f.kind === 'special' && f.specialFocus === 'disability')).toBe(true);
    const seeker = await t.signIn('seeker');
    expect((await seeker.get('/api/me/fair-tickets')).json().items).toEqual([]);
    const huapaiStaff = await t.signIn('huapai');
    const booths = (await huapaiStaff.get(`/api/fairs/${campus.id}/booths`)).json().items;
    expect(booths).toHaveLength(1);
    const dali = await t.signIn('dali');
    const all = (await dali.get(`/api/fairs/${campus.id}/booths`)).json().items;
    expect(all.some((b: { status: string }) => b.status === 'pending')).toBe(true);
  });

  it('loads again without change', async () => {
    const count = sql`select (select count(*) from fairs) + (select count(*) from fair_intents) + (select count(*) from live_sessions) + (select count(*) from seekers) + (select count(*) from applications) as n`;
    const before = await n(count);
    await seedDemo(t.ctx);
    expect(await n(count)).toBe(before);
  });
});
