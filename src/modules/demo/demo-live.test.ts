import { describe, expect, it } from 'vitest';
import type { Industry } from '../organisations/organisations.codes';
import { DEMO_FAIR_NEW_SEEKERS, DEMO_POOL_SEEKERS, type DemoFairsPosition, generateDemoFairs } from './demo-fairs';
import { DEMO_LIVE_APPLICATIONS, DEMO_LIVE_QUESTIONS, generateDemoLive } from './demo-live';
import { generateDemoOrganisations } from './demo-organisations';
import { generateDemoPositions } from './demo-positions';
import { generateDemoSeekers } from './demo-seekers';

// The live sessions over the demo's positions, with the fairs' seekers who have accounts as viewers.
const TODAY = '2026-11-25';
const DAY = 86_400_000;
const organisations = generateDemoOrganisations()
  .map((o) => ({ name: o.name, type: o.type, industry: o.industry }))
  .sort((a, b) => a.name.localeCompare(b.name));
const indexOf = new Map(organisations.map((o, i) => [o.name, i]));
const enterprises = generateDemoOrganisations()
  .filter((o) => o.type === 'enterprise')
  .map((o) => ({ name: o.name, industry: o.industry as Industry, regionCode: o.regionCode }));
const positions: DemoFairsPosition[] = [
  ...generateDemoPositions(620, undefined, enterprises).map((p) => ({ ...p, status: 'closed' })),
  ...generateDemoPositions(140, 20261101, enterprises).map((p, i) => ({
    ...p,
    publishedAt: new Date(Date.parse(`${TODAY}T02:00:00Z`) - (((i * 7) % 60) + 3) * DAY),
    closingOn: new Date(Date.parse(`${TODAY}T00:00:00Z`) + (30 + ((i * 11) % 90)) * DAY).toISOString().slice(0, 10),
  })),
].map((p) => ({
  organisationIndex: indexOf.get(p.organisationName) ?? -1,
  publishedAt: p.publishedAt,
  closingOn: p.closingOn,
  status: p.status,
  headcount: p.headcount,
  filledCount: p.filledCount,
  isDisabilityFriendly: p.isDisabilityFriendly,
}));
const fairs = generateDemoFairs({
  organisations,
  positions,
  seekers: generateDemoSeekers({ count: DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS }),
  takenApplications: new Set(),
  hiredSeekers: new Set(),
  today: TODAY,
});
const viewers = fairs.newSeekers.flatMap((s, k) => (s.username ? [{ seekerIndex: DEMO_POOL_SEEKERS + k, since: s.createdAt }] : []));
const openHeadcount = positions.map((p) => p.headcount - p.filledCount);
const hiredBefore = new Set(fairs.hires.map((h) => h.seekerIndex));
const options = { organisations, positions, viewers, openHeadcount, takenApplications: new Set<string>(), hiredSeekers: hiredBefore, today: TODAY };
const live = generateDemoLive(options);
const [past, ahead] = live.sessions;

describe('demo live sessions', () => {
  it('is deterministic', () => {
    expect(generateDemoLive(options)).toEqual(live);
  });

  it('held one session in 2023 with eight positions aired one after another', () => {
    expect(live.sessions.filter((s) => s.status === 'ended')).toHaveLength(1);
    if (!past?.startedAt || !past.endedAt) throw new Error('the past session was not held');
    expect(past.startsAt.toISOString().slice(0, 4)).toBe('2023');
    expect(past.streamUrl).toMatch(/^https:\/\/live\.example\.cn\//);
    expect(organisations[past.hostIndex ?? -1]?.type).toBe('operator');
    expect(past.peakViewers).toBeGreaterThan(0);
    expect(past.items).toHaveLength(8);
    expect(new Set(past.items.map((i) => positions[i.positionIndex]?.organisationIndex)).size).toBe(8);
    let previous = past.startedAt.getTime();
    for (const item of past.items) {
      const position = positions[item.positionIndex];
      expect(position?.publishedAt?.getTime()).toBeLessThan(past.startsAt.getTime());
      expect((position?.closingOn ?? '') >= '2023-09-22').toBe(true);
      expect(item.onAirAt?.getTime()).toBeGreaterThan(previous);
      expect(item.offAirAt?.getTime()).toBeGreaterThan(item.onAirAt?.getTime() ?? Infinity);
      previous = item.offAirAt?.getTime() ?? Infinity;
    }
    expect(previous).toBeLessThan(past.endedAt.getTime());
  });

  it('stores the events in order: live, each item on and off air, questions with their answers, ended', () => {
    const times = live.events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(live.events[0]).toMatchObject({ type: 'status', status: 'live' });
    expect(live.events.at(-1)).toMatchObject({ type: 'status', status: 'ended' });
    for (let k = 0; k < 8; k += 1) {
      const on = live.events.findIndex((e) => e.type === 'on_air' && e.itemIndex === k);
      const off = live.events.findIndex((e) => e.type === 'off_air' && e.itemIndex === k);
      expect(on).toBeGreaterThan(0);
      expect(off).toBeGreaterThan(on);
    }
    expect(live.questions).toHaveLength(DEMO_LIVE_QUESTIONS);
    live.questions.forEach((q, k) => {
      const asked = live.events.findIndex((e) => e.type === 'question' && e.questionIndex === k);
      expect(asked).toBeGreaterThan(0);
      const answered = live.events.findIndex((e) => (e.type === 'answer' || e.type === 'question_hidden') && e.questionIndex === k);
      expect(answered === -1).toBe(q.status === 'open');
      if (answered !== -1) expect(answered).toBeGreaterThan(asked);
      expect(q.answer !== null).toBe(q.status === 'answered_text');
      expect(viewers.some((v) => v.seekerIndex === q.seekerIndex)).toBe(true);
    });
    expect(new Set(live.questions.map((q) => q.status))).toEqual(new Set(['open', 'answered_on_air', 'answered_text', 'hidden']));
  });

  it(`takes ${DEMO_LIVE_APPLICATIONS} applications from signed-in viewers, once per position, a few hired within headcount`, () => {
    expect(live.applications).toHaveLength(DEMO_LIVE_APPLICATIONS);
    expect(new Set(live.applications.map((a) => `${a.positionIndex}:${a.seekerIndex}`)).size).toBe(DEMO_LIVE_APPLICATIONS);
    const since = new Map(viewers.map((v) => [v.seekerIndex, v.since]));
    for (const a of live.applications) {
      expect(past?.items.some((i) => i.positionIndex === a.positionIndex)).toBe(true);
      expect(since.get(a.seekerIndex)?.getTime()).toBeLessThan(a.createdAt.getTime());
      expect(a.createdAt.getTime()).toBeGreaterThan(past?.startedAt?.getTime() ?? Infinity);
      expect(a.createdAt.getTime()).toBeLessThan(past?.endedAt?.getTime() ?? 0);
      if (a.itemIndex !== null) {
        const item = past?.items[a.itemIndex];
        expect(item?.positionIndex).toBe(a.positionIndex);
        expect(a.createdAt.getTime()).toBeGreaterThanOrEqual(item?.onAirAt?.getTime() ?? Infinity);
        expect(a.createdAt.getTime()).toBeLessThanOrEqual(item?.offAirAt?.getTime() ?? 0);
      }
      expect(a.hiredAt !== null).toBe(a.status === 'hired');
    }
    expect(live.hires.length).toBeGreaterThanOrEqual(3);
    const perPosition = new Map<number, number>();
    for (const h of live.hires) {
      expect(hiredBefore.has(h.seekerIndex)).toBe(false);
      perPosition.set(h.positionIndex, (perPosition.get(h.positionIndex) ?? 0) + 1);
    }
    expect(new Set(live.hires.map((h) => h.seekerIndex)).size).toBe(live.hires.length);
    for (const [p, n] of perPosition) expect(n).toBeLessThanOrEqual(openHeadcount[p] ?? 0);
  });

  it('schedules a session three days ahead with 华派药业’s open position first', () => {
    expect(ahead).toMatchObject({ status: 'scheduled', startedAt: null, peakViewers: 0 });
    expect(new Date((ahead?.startsAt.getTime() ?? 0) + 8 * 3_600_000).toISOString().slice(0, 10)).toBe('2026-11-28');
    expect(ahead?.items.length).toBeGreaterThanOrEqual(4);
    expect(ahead?.items.length).toBeLessThanOrEqual(5);
    expect(organisations[positions[ahead?.items[0]?.positionIndex ?? -1]?.organisationIndex ?? -1]?.name).toBe('云南华派药业有限公司');
    for (const item of ahead?.items ?? []) {
      const position = positions[item.positionIndex];
      expect(position?.status).toBe('published');
      expect((position?.closingOn ?? '') >= '2026-11-28').toBe(true);
    }
  });
});
