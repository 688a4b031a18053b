import { describe, expect, it } from 'vitest';
import { USERNAME_PATTERN } from '../accounts/accounts.schemas';
import { TICKET_ALPHABET } from '../fairs/fairs.codes';
import type { Industry } from '../organisations/organisations.codes';
import { isRegionCode } from '../organisations/regions';
import {
  DEMO_FAIR_INTENT_PEOPLE,
  DEMO_FAIR_NEW_SEEKERS,
  DEMO_FAIR_RESUME_PEOPLE,
  DEMO_POOL_SEEKERS,
  type DemoFairsPosition,
  generateDemoFairs,
} from './demo-fairs';
import { generateDemoOrganisations } from './demo-organisations';
import { generateDemoPositions } from './demo-positions';
import { generateDemoSeekers } from './demo-seekers';

// The demo's organisations, positions (the year's and today's) and seekers, as the loader hands them over.
const TODAY = '2026-11-25';
const DAY = 86_400_000;
const organisations = generateDemoOrganisations()
  .map((o) => ({ name: o.name, type: o.type, industry: o.industry }))
  .sort((a, b) => a.name.localeCompare(b.name));
const indexOf = new Map(organisations.map((o, i) => [o.name, i]));
// seed-hr-services generates positions over the enterprises in the order they were written.
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
const seekers = generateDemoSeekers({ count: DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS });
const taken = new Set(['0:1', '5:2']);
const hiredBefore = new Set([3, 4, 5]);
const demo = generateDemoFairs({ organisations, positions, seekers, takenApplications: taken, hiredSeekers: hiredBefore, today: TODAY });
const in2023 = demo.fairs.map((f, i) => ({ f, i })).filter(({ f }) => f.startsAt.toISOString() < '2024');
const isIn2023 = (fairIndex: number) => in2023.some(({ i }) => i === fairIndex);
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('demo fairs', () => {
  it('is deterministic', () => {
    const again = generateDemoFairs({ organisations, positions, seekers, takenApplications: taken, hiredSeekers: hiredBefore, today: TODAY });
    expect(again.registrations).toEqual(demo.registrations);
    expect(again.intents).toEqual(demo.intents);
    expect(again.booths).toEqual(demo.booths);
  });

  it('holds 7 campus fairs at schools and 2 on-site fairs in 2023, in the spring and autumn seasons', () => {
    expect(in2023.filter(({ f }) => f.kind === 'campus')).toHaveLength(7);
    expect(in2023.filter(({ f }) => f.kind === 'onsite')).toHaveLength(1);
    const special = in2023.filter(({ f }) => f.kind === 'special');
    expect(special).toHaveLength(1);
    expect(special[0]?.f.specialFocus).toBe('disability');
    for (const { f } of in2023) {
      expect(f.endsAt.getTime()).toBeGreaterThan(f.startsAt.getTime());
      expect(isRegionCode(f.regionCode)).toBe(true);
      if (f.kind === 'campus') expect(organisations[f.hostIndex ?? -1]?.type).toBe('school');
      const month = Number(chinaDay(f.startsAt).slice(5, 7));
      expect(month <= 5 || month >= 9).toBe(true);
    }
    const hosts = new Set(in2023.filter(({ f }) => f.kind === 'campus').map(({ f }) => organisations[f.hostIndex ?? -1]?.name));
    for (const name of ['大理大学', '楚雄师范学院', '楚雄医药高等专科学校', '昆明工业职业技术学院']) expect(hosts.has(name)).toBe(true);
    expect(in2023.find(({ f }) => f.kind === 'onsite')?.f.startsAt.toISOString().slice(0, 7)).toMatch(/^2023-0[23]$/);
  });

  it('gives booths numbers unique per fair within capacity, with positions published before the fair and open that day', () => {
    demo.fairs.forEach((fair, f) => {
      const booths = demo.booths.filter((b) => b.fairIndex === f);
      const approved = booths.filter((b) => b.status === 'approved');
      expect(approved.length).toBeLessThanOrEqual(fair.boothCapacity);
      expect(new Set(approved.map((b) => b.boothNumber)).size).toBe(approved.length);
      expect(new Set(booths.map((b) => b.organisationIndex)).size).toBe(booths.length);
      for (const b of booths) {
        expect(b.boothNumber === null).toBe(b.status !== 'approved');
        expect(organisations[b.organisationIndex]?.type).toBe('enterprise');
        expect(b.positionIndices.length).toBeGreaterThanOrEqual(1);
        for (const p of b.positionIndices) {
          const position = positions[p];
          expect(position?.organisationIndex).toBe(b.organisationIndex);
          expect(position?.publishedAt?.getTime()).toBeLessThan(fair.startsAt.getTime());
          expect(position?.closingOn && position.closingOn >= chinaDay(fair.startsAt)).toBe(true);
        }
      }
      if (isIn2023(f)) expect(booths.some((b) => b.status === 'rejected' || b.status === 'withdrawn')).toBe(true);
    });
    const special = in2023.find(({ f }) => f.kind === 'special')?.i;
    const friendlyFirst = demo.booths.filter((b) => b.fairIndex === special && positions[b.positionIndices[0] ?? -1]?.isDisabilityFriendly);
    expect(friendlyFirst.length).toBeGreaterThan(3);
  });

  it('issues unique ticket codes and checks tickets in once, with a matching scan from a few devices', () => {
    const codes = demo.registrations.map((r) => r.ticketCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${TICKET_ALPHABET}]{8}$`));
    expect(new Set(demo.registrations.map((r) => `${r.fairIndex}:${r.seekerIndex}`)).size).toBe(demo.registrations.length);
    expect(new Set(demo.scans.map((s) => s.id)).size).toBe(demo.scans.length);
    const checkins = new Map<number, number>();
    for (const s of demo.scans) {
      if (s.outcome === 'checked_in') checkins.set(s.registrationIndex ?? -1, (checkins.get(s.registrationIndex ?? -1) ?? 0) + 1);
      if (s.outcome === 'unknown_ticket') expect(codes).not.toContain(s.ticketCode);
      expect(s.receivedAt.getTime()).toBeGreaterThanOrEqual(s.scannedAt.getTime());
    }
    demo.registrations.forEach((r, i) => {
      const fair = demo.fairs[r.fairIndex];
      if (!fair) throw new Error('registration without fair');
      if (r.checkedInAt) {
        expect(r.status).toBe('registered');
        expect(r.checkedInAt.getTime()).toBeLessThan(fair.endsAt.getTime());
        expect(r.checkedInAt.getTime()).toBeGreaterThan(fair.startsAt.getTime() - 3_600_000);
      }
      if (r.source === 'walk_in') expect(r.createdAt).toEqual(r.checkedInAt);
      else expect(checkins.get(i) ?? 0).toBe(r.checkedInAt ? 1 : 0);
      if (!isIn2023(r.fairIndex)) expect(r.checkedInAt).toBeNull();
    });
    const registered = demo.registrations.filter((r) => isIn2023(r.fairIndex));
    expect(registered.filter((r) => r.checkedInAt).length / registered.length).toBeGreaterThan(0.85);
    for (const { i } of in2023) expect(new Set(demo.scans.filter((s) => s.fairIndex === i).map((s) => s.deviceId)).size).toBeGreaterThanOrEqual(3);
  });

  it(`reaches exactly ${DEMO_FAIR_INTENT_PEOPLE} people with intents and collects ${DEMO_FAIR_RESUME_PEOPLE} people's résumés, each under consent`, () => {
    expect(DEMO_FAIR_INTENT_PEOPLE).toBeGreaterThanOrEqual(3200);
    expect(DEMO_FAIR_INTENT_PEOPLE).toBeLessThan(3300);
    expect(DEMO_FAIR_RESUME_PEOPLE).toBeGreaterThanOrEqual(1500);
    expect(DEMO_FAIR_RESUME_PEOPLE).toBeLessThan(1600);
    expect(new Set(demo.intents.map((i) => i.seekerIndex)).size).toBe(DEMO_FAIR_INTENT_PEOPLE);
    expect(new Set(demo.intents.filter((i) => i.resumeCollectedAt).map((i) => i.seekerIndex)).size).toBe(DEMO_FAIR_RESUME_PEOPLE);
    const perPerson = new Map<number, Set<number>>();
    for (const i of demo.intents) perPerson.set(i.seekerIndex, (perPerson.get(i.seekerIndex) ?? new Set()).add(i.boothIndex));
    expect([...perPerson.values()].filter((b) => b.size > 1).length).toBeGreaterThan(500);
    expect(new Set(demo.intents.map((i) => `${i.fairIndex}:${i.positionIndex}:${i.seekerIndex}`)).size).toBe(demo.intents.length);
    expect(new Set(demo.intents.map((i) => i.idempotencyKey)).size).toBe(demo.intents.length);
    const consent = new Map(demo.shareConsents.map((c) => [`${c.seekerIndex}:${c.organisationIndex}`, c.grantedAt]));
    expect(consent.size).toBe(demo.shareConsents.length);
    for (const intent of demo.intents) {
      const booth = demo.booths[intent.boothIndex];
      const registration = demo.registrations[intent.registrationIndex];
      const fair = demo.fairs[intent.fairIndex];
      if (!booth || !registration || !fair) throw new Error('dangling intent');
      expect(isIn2023(intent.fairIndex)).toBe(true);
      expect(booth).toMatchObject({ fairIndex: intent.fairIndex, status: 'approved' });
      expect(booth.positionIndices).toContain(intent.positionIndex);
      expect(registration).toMatchObject({ fairIndex: intent.fairIndex, seekerIndex: intent.seekerIndex });
      expect(intent.createdAt.getTime()).toBeGreaterThanOrEqual(registration.checkedInAt?.getTime() ?? Infinity);
      expect(intent.createdAt.getTime()).toBeLessThan(fair.endsAt.getTime());
      if (intent.source === 'seeker_scan') expect(demo.newSeekers[intent.seekerIndex - DEMO_POOL_SEEKERS]?.username).toBeTruthy();
      if (intent.resumeCollectedAt) {
        expect(consent.get(`${intent.seekerIndex}:${booth.organisationIndex}`)?.getTime()).toBeLessThanOrEqual(intent.resumeCollectedAt.getTime());
      }
      if (intent.sharesAccommodation) {
        expect(fair.specialFocus).toBe('disability');
        expect(intent.resumeCollectedAt).not.toBeNull();
        expect(seekers[intent.seekerIndex]?.disability).not.toBeNull();
      }
    }
    expect(demo.intents.some((i) => i.sharesAccommodation)).toBe(true);
    expect(new Set(demo.intents.map((i) => i.level))).toEqual(new Set(['strong', 'possible']));
    expect(new Set(demo.intents.map((i) => i.source))).toEqual(new Set(['booth_scan', 'seeker_scan']));
  });

  it('hires within open headcount, once per seeker, after the intent, never over an earlier application', () => {
    expect(demo.hires.length).toBeGreaterThan(30);
    const perPosition = new Map<number, number>();
    const people = new Set<number>();
    for (const h of demo.hires) {
      const intent = demo.intents[h.intentIndex];
      expect(intent).toMatchObject({ positionIndex: h.positionIndex, seekerIndex: h.seekerIndex, followUpStatus: 'hired', level: 'strong' });
      expect(h.hiredAt.getTime()).toBeGreaterThan(h.createdAt.getTime());
      expect(h.createdAt.getTime()).toBeGreaterThan(intent?.createdAt.getTime() ?? Infinity);
      expect(taken.has(`${h.positionIndex}:${h.seekerIndex}`)).toBe(false);
      expect(hiredBefore.has(h.seekerIndex) || people.has(h.seekerIndex)).toBe(false);
      people.add(h.seekerIndex);
      perPosition.set(h.positionIndex, (perPosition.get(h.positionIndex) ?? 0) + 1);
    }
    for (const [p, n] of perPosition) expect(n).toBeLessThanOrEqual((positions[p]?.headcount ?? 0) - (positions[p]?.filledCount ?? 0));
  });

  it('adds new seekers from the same generator, without job-matching consent, created at their first fair', () => {
    expect(demo.newSeekers).toHaveLength(DEMO_FAIR_NEW_SEEKERS);
    const pool = seekers.slice(0, DEMO_POOL_SEEKERS);
    const phones = new Set(pool.map((s) => s.phone));
    for (const s of demo.newSeekers) expect(phones.has(s.phone)).toBe(false);
    expect(new Set(demo.newSeekers.map((s) => s.idNumber)).size).toBe(DEMO_FAIR_NEW_SEEKERS);
    const usernames = demo.newSeekers.flatMap((s) => (s.username ? [s.username] : []));
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const u of usernames) expect(u).toMatch(USERNAME_PATTERN);
    const firstTicket = new Map<number, Date>();
    for (const r of demo.registrations) {
      const known = firstTicket.get(r.seekerIndex);
      if (!known || r.createdAt < known) firstTicket.set(r.seekerIndex, r.createdAt);
    }
    demo.newSeekers.forEach((s, k) => {
      expect(s.consents).not.toContain('job_matching');
      expect(s.consents.includes('sensitive_disability')).toBe(s.disability !== null);
      expect(['self', 'fair', 'walk_in']).toContain(s.source);
      expect(s.username !== null).toBe(s.source === 'self');
      expect(s.createdAt).toEqual(firstTicket.get(DEMO_POOL_SEEKERS + k));
    });
  });

  it('surveys most fairs of 2023, answered once per respondent by people who came and exhibitors', () => {
    expect(in2023.filter(({ f }) => f.surveySentAt).length).toBeGreaterThanOrEqual(7);
    const seen = new Set<string>();
    for (const r of demo.surveyResponses) {
      const fair = demo.fairs[r.fairIndex];
      expect(fair?.surveySentAt?.getTime()).toBeLessThan(r.createdAt.getTime());
      const key = `${r.fairIndex}:${r.respondent.kind}:${r.respondent.kind === 'seeker' ? r.respondent.seekerIndex : r.respondent.organisationIndex}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (r.respondent.kind === 'seeker') {
        const seekerIndex = r.respondent.seekerIndex;
        expect(demo.registrations.some((t) => t.fairIndex === r.fairIndex && t.seekerIndex === seekerIndex && t.checkedInAt)).toBe(true);
      }
      for (const score of [r.overall, r.matchQuality]) expect(score >= 1 && score <= 5).toBe(true);
    }
    expect(new Set(demo.surveyResponses.map((r) => r.respondent.kind))).toEqual(new Set(['seeker', 'enterprise']));
  });

  it('has 大理大学’s campus fair in ten days with 华派药业 at A01, and next month’s fair for people with disabilities', () => {
    const upcoming = demo.fairs.map((f, i) => ({ f, i })).filter(({ f }) => f.startsAt.getTime() > Date.parse(`${TODAY}T00:00:00+08:00`));
    expect(upcoming).toHaveLength(2);
    const campus = upcoming.find(({ f }) => f.kind === 'campus');
    expect(organisations[campus?.f.hostIndex ?? -1]?.name).toBe('大理大学');
    expect(chinaDay(campus?.f.startsAt ?? new Date(0))).toBe('2026-12-05');
    expect(campus?.f.registrationClosesAt.getTime()).toBeGreaterThan(Date.parse(`${TODAY}T23:59:59+08:00`));
    const booths = demo.booths.filter((b) => b.fairIndex === campus?.i);
    const huapai = booths.find((b) => organisations[b.organisationIndex]?.name === '云南华派药业有限公司');
    expect(huapai).toMatchObject({ status: 'approved', boothNumber: 'A01' });
    expect(huapai?.positionIndices.length).toBeGreaterThanOrEqual(2);
    expect(huapai?.positionIndices.length).toBeLessThanOrEqual(3);
    for (const p of huapai?.positionIndices ?? []) expect(positions[p]?.status).toBe('published');
    expect(booths.filter((b) => b.status === 'approved').length).toBeGreaterThanOrEqual(5);
    expect(booths.filter((b) => b.status === 'pending').length).toBeGreaterThanOrEqual(2);
    expect(demo.registrations.filter((r) => r.fairIndex === campus?.i).length).toBeGreaterThanOrEqual(5);
    const special = upcoming.find(({ f }) => f.kind === 'special');
    expect(special?.f.specialFocus).toBe('disability');
    expect(chinaDay(special?.f.startsAt ?? new Date(0)).slice(0, 7)).toBe('2026-12');
    expect(demo.booths.filter((b) => b.fairIndex === special?.i && b.status === 'approved').length).toBeGreaterThanOrEqual(3);
    expect(demo.booths.some((b) => b.fairIndex === special?.i && organisations[b.organisationIndex]?.name === '云南华派药业有限公司')).toBe(false);
  });
});
