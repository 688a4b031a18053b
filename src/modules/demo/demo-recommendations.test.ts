import { describe, expect, it } from 'vitest';
import { deriveKeys } from '../../platform/crypto';
import { isMatchable, positionFeatures, seekerFeatures } from '../matching/matching.features';
import type { SeekerForMatching } from '../matching/matching.repository';
import type { PositionRow } from '../positions/positions.repository';
import { sealDisability } from '../talent/talent.views';
import { generateDemoOrganisations } from './demo-organisations';
import { generateDemoPositions, type DemoPosition } from './demo-positions';
import {
  DEMO_ENTERPRISES_RECOMMENDED_TO_2023,
  DEMO_NAMED_ENTERPRISES,
  DEMO_PEOPLE_RECOMMENDED_2023,
  DEMO_POSITIONS_RECOMMENDED_TO_2023,
  DEMO_SECOND_RECOMMENDATIONS_2023,
  type DemoApplicationRecord,
  generateDemoMatchingActivity,
  type MatchablePosition,
  type MatchableSeeker,
} from './demo-recommendations';
import { generateDemoSeekers } from './demo-seekers';

// The demo's positions and seekers as the loader reads them back, through matching's own row → features mapping.
const NOW = new Date('2026-11-25T04:00:00Z');
const TODAY = '2026-11-25';
const DAY = 86_400_000;
const keys = deriveKeys('demo-recommendations-test-secret-0123456789');
const enterprises = generateDemoOrganisations()
  .filter((o) => o.type === 'enterprise')
  .map((o) => ({ name: o.name, industry: o.industry, regionCode: o.regionCode }));

function positionRow(p: DemoPosition, i: number): PositionRow {
  const { organisationIndex, organisationName: _name, ...fields } = p;
  const isClosed = p.closingOn < TODAY;
  return {
    ...fields,
    id: `position-${String(i).padStart(4, '0')}`,
    zoneId: 'zone',
    organisationId: `organisation-${organisationIndex}`,
    status: isClosed ? 'closed' : 'published',
    returnReason: null,
    createdBy: null,
    reviewedBy: null,
    closedAt: isClosed ? new Date(`${p.closingOn}T10:00:00Z`) : null,
    version: 1,
    changeSeq: i + 1,
  };
}

const history = generateDemoPositions(620, undefined, enterprises);
// Open now, as the loader moves them: published in the last two months, closing ahead.
const current = generateDemoPositions(140, 20261101, enterprises).map((p, i): DemoPosition => {
  const published = new Date(NOW.getTime() - ((i * 7) % 60) * DAY - 3 * DAY);
  const closing = new Date(NOW.getTime() + (30 + ((i * 11) % 90)) * DAY).toISOString().slice(0, 10);
  return { ...p, publishedAt: published, submittedAt: published, createdAt: published, updatedAt: published, closingOn: closing };
});
const positionRows = [...history, ...current].map(positionRow);
const positions: MatchablePosition[] = positionRows.map((p) => ({
  features: positionFeatures(p),
  organisationId: p.organisationId,
  status: p.status,
  headcount: p.headcount,
  filledCount: p.filledCount,
  publishedAt: p.publishedAt as Date,
}));

/** Every 60th seeker with consent has since erased their data. */
const seekerRows: SeekerForMatching[] = generateDemoSeekers({ count: 1600 }).map((s, i) => {
  const { key: _key, idNumber: _id, phone: _phone, disability, consents, ...fields } = s;
  const hasMatchingConsent = consents.includes('job_matching');
  return {
    seeker: {
      ...fields,
      id: `seeker-${String(i).padStart(4, '0')}`,
      accountId: null,
      zoneId: 'zone',
      idNumberEnc: null,
      idNumberHash: null,
      phoneEnc: null,
      phoneHash: null,
      disabilityEnc: disability ? sealDisability(keys, disability) : null,
      createdBy: null,
      erasedAt: hasMatchingConsent && i % 60 === 0 ? NOW : null,
      autoRecommend: true,
      changeSeq: i + 1,
      version: 1,
      createdAt: NOW,
      updatedAt: NOW,
    },
    hasMatchingConsent,
    hasDisabilityConsent: consents.includes('sensitive_disability'),
  };
});
const seekers: MatchableSeeker[] = seekerRows.map((row) => ({ features: seekerFeatures(keys, row), isErased: row.seeker.erasedAt !== null }));
const seekerRowById = new Map(seekerRows.map((row) => [row.seeker.id, row]));
const positionById = new Map(positions.map((p) => [p.features.id, p]));

const namedOrganisationIds = DEMO_NAMED_ENTERPRISES.map((name) => `organisation-${enterprises.findIndex((o) => o.name === name)}`);
const activity = generateDemoMatchingActivity({ positions, seekers, now: NOW, namedOrganisationIds });
const recommendations = activity.applications.filter((a) => a.channel === 'recommendation');
const YEAR_START = Date.parse('2023-01-01T00:00:00+08:00');
const YEAR_END = Date.parse('2024-01-01T00:00:00+08:00');
const in2023 = (d: Date) => d.getTime() >= YEAR_START && d.getTime() < YEAR_END;
const positionOf = (a: DemoApplicationRecord) => positionById.get(a.positionId) as MatchablePosition;

describe('demo matching activity', () => {
  it('is deterministic and differs with the seed', () => {
    expect(generateDemoMatchingActivity({ positions, seekers, now: NOW, namedOrganisationIds })).toEqual(activity);
    const other = generateDemoMatchingActivity({ positions, seekers, now: NOW, namedOrganisationIds, seed: 7 });
    expect(other.applications.map((a) => a.seekerId)).not.toEqual(activity.applications.map((a) => a.seekerId));
  });

  it(`recommends exactly ${DEMO_PEOPLE_RECOMMENDED_2023} people to exactly ${DEMO_POSITIONS_RECOMMENDED_TO_2023} positions of 2023`, () => {
    expect(recommendations.every((a) => in2023(a.createdAt))).toBe(true);
    expect(new Set(recommendations.map((a) => a.positionId)).size).toBe(138);
    expect(new Set(recommendations.map((a) => a.seekerId)).size).toBe(426);
    const organisations = new Set(recommendations.map((a) => a.organisationId));
    expect(organisations.size).toBe(DEMO_ENTERPRISES_RECOMMENDED_TO_2023);
    expect(organisations.size).toBe(53);
    for (const id of namedOrganisationIds) expect(organisations.has(id), id).toBe(true);
    expect(recommendations).toHaveLength(DEMO_PEOPLE_RECOMMENDED_2023 + DEMO_SECOND_RECOMMENDATIONS_2023);
    const perSeeker = new Map<string, number>();
    for (const a of recommendations) perSeeker.set(a.seekerId, (perSeeker.get(a.seekerId) ?? 0) + 1);
    expect(Math.max(...perSeeker.values())).toBe(2);
    for (const a of recommendations) expect(in2023(positionOf(a).publishedAt)).toBe(true);
  });

  it('recommends only seekers with job-matching consent who have not erased their data', () => {
    for (const a of recommendations) {
      const row = seekerRowById.get(a.seekerId) as SeekerForMatching;
      expect(row.hasMatchingConsent && row.seeker.erasedAt === null && isMatchable(row), a.seekerId).toBe(true);
    }
    const erased = new Set(seekerRows.filter((r) => r.seeker.erasedAt).map((r) => r.seeker.id));
    expect(erased.size).toBeGreaterThan(10);
    for (const a of activity.applications) expect(erased.has(a.seekerId)).toBe(false);
    for (const like of activity.likes) expect(erased.has(like.seekerId)).toBe(false);
  });

  it('recommends plausible candidates and keeps the score and factors they had', () => {
    for (const a of recommendations) {
      const match = a.match;
      expect(match).not.toBeNull();
      if (!match) continue;
      expect(match.total).toBeGreaterThanOrEqual(55);
      const reasons = new Map(match.factors.map((f) => [f.factor, f.reason]));
      expect(reasons.get('education')).not.toBe('education.below');
      expect(['major.unrelated', 'major.unknown']).not.toContain(reasons.get('major'));
      expect(match.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(match.total, 0);
    }
    expect(activity.applications.filter((a) => a.channel === 'portal').every((a) => a.match === null)).toBe(true);
  });

  it('dates every recommendation after publication, before closing, in 2023, and every later step after it', () => {
    for (const a of recommendations) {
      const p = positionOf(a);
      expect(a.createdAt.getTime()).toBeGreaterThan(p.publishedAt.getTime());
      expect(a.createdAt.getTime()).toBeLessThan(Date.parse(`${p.features.closingOn}T23:59:59+08:00`));
    }
    for (const a of activity.applications) {
      expect(a.statusChangedAt.getTime()).toBeGreaterThanOrEqual(a.createdAt.getTime());
      expect(a.hiredAt?.getTime() ?? null).toBe(a.status === 'hired' ? a.statusChangedAt.getTime() : null);
      if (in2023(a.createdAt)) expect(in2023(a.statusChangedAt), `${a.positionId} ${a.seekerId}`).toBe(true);
      else expect(a.statusChangedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      // 09:00–18:00 in 楚雄.
      const hour = (a.createdAt.getUTCHours() + 8) % 24;
      if (in2023(a.createdAt)) expect(hour >= 9 && hour < 18).toBe(true);
    }
  });

  it('runs a realistic funnel with reasons for every decline', () => {
    const share = (stages: string[]) => recommendations.filter((a) => stages.includes(a.furthestStage)).length / recommendations.length;
    expect(share(['interview', 'offer', 'hired'])).toBeGreaterThan(0.45);
    expect(share(['interview', 'offer', 'hired'])).toBeLessThan(0.7);
    expect(share(['offer', 'hired'])).toBeGreaterThan(0.2);
    expect(share(['offer', 'hired'])).toBeLessThan(0.4);
    expect(share(['hired'])).toBeGreaterThan(0.15);
    expect(share(['hired'])).toBeLessThan(0.3);
    const open = recommendations.filter((a) => a.status !== 'hired' && a.status !== 'declined');
    expect(open.length).toBeGreaterThan(0);
    expect(open.length / recommendations.length).toBeLessThan(0.15);
    for (const a of activity.applications) {
      expect(a.status === 'declined').toBe(a.declineReason !== null);
      expect(a.status === 'declined' || a.status === a.furthestStage).toBe(true);
    }
    const reasons = new Set(recommendations.map((a) => a.declineReason));
    for (const reason of ['专业不对口', '期望薪资过高', '已在其他单位就业', '未按时参加面试']) expect(reasons.has(reason), reason).toBe(true);
  });

  it('hires each seeker at most once and no more people than a position has room for, counting them in its filled count', () => {
    const hired = activity.applications.filter((a) => a.status === 'hired');
    expect(new Set(hired.map((a) => a.seekerId)).size).toBe(hired.length);
    const hires = new Map<string, number>();
    for (const a of hired) hires.set(a.positionId, (hires.get(a.positionId) ?? 0) + 1);
    expect(new Set(activity.positionFills.map((f) => f.positionId))).toEqual(new Set(hires.keys()));
    for (const fill of activity.positionFills) {
      const p = positionById.get(fill.positionId) as MatchablePosition;
      expect(fill.filledCount).toBe(p.filledCount + (hires.get(fill.positionId) ?? 0));
      expect(fill.filledCount).toBeLessThanOrEqual(p.headcount);
      expect(fill.isFilled).toBe(fill.filledCount === p.headcount);
    }
    expect(activity.positionFills.some((f) => f.isFilled)).toBe(true);
  });

  it('adds portal applications of 2023 and applications and likes for the positions open now', () => {
    const portal = activity.applications.filter((a) => a.channel === 'portal');
    const portal2023 = portal.filter((a) => in2023(a.createdAt));
    expect(portal2023.length).toBeGreaterThan(200);
    for (const a of portal2023) expect(in2023(positionOf(a).publishedAt)).toBe(true);
    const now = portal.filter((a) => !in2023(a.createdAt));
    expect(now.length).toBeGreaterThan(30);
    for (const a of now) {
      expect(positionOf(a).status).toBe('published');
      expect(a.createdAt.getTime()).toBeGreaterThan(positionOf(a).publishedAt.getTime());
      expect(a.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(now.some((a) => a.employerRank !== null)).toBe(true);
    expect(activity.likes.length).toBeGreaterThan(300);
    for (const like of activity.likes) {
      const p = positionById.get(like.positionId) as MatchablePosition;
      expect(p.status).toBe('published');
      expect(like.createdAt.getTime()).toBeGreaterThan(p.publishedAt.getTime());
      expect(like.createdAt.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(new Set(activity.likes.map((l) => `${l.positionId}:${l.seekerId}`)).size).toBe(activity.likes.length);
    expect(new Set(activity.applications.map((a) => `${a.positionId}:${a.seekerId}`)).size).toBe(activity.applications.length);
  });
});
