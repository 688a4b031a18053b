import { describe, expect, it } from 'vitest';
import { type DemoBulletinPosition, demoIssueDates, generateDemoBulletins } from './demo-bulletins';

/** 300 positions of 40 enterprises, published through 2023 (a few in late 2022), as the demo has them. */
function demoPositions(): DemoBulletinPosition[] {
  const start = Date.UTC(2022, 11, 20);
  const span = Date.UTC(2023, 11, 31) - start;
  return Array.from({ length: 300 }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    organisationId: `org${(i * 7) % 40}`,
    publishedAt: new Date(start + Math.floor(((i * 7919) % 300) / 300 * span)),
    headcount: 1 + (i % 5),
  }));
}

describe('demo bulletins', () => {
  const positions = demoPositions();
  const issues = generateDemoBulletins(positions);
  const byId = new Map(positions.map((p) => [p.id, p]));

  it('gives the article’s 24 issues of 2023, two a month, numbered 1 to 24', () => {
    expect(issues).toHaveLength(24);
    expect(issues.map((b) => b.issueNo)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(issues.every((b) => b.year === 2023)).toBe(true);
    const months = issues.map((b) => b.publishedAt.getUTCMonth());
    for (let m = 0; m < 12; m += 1) expect(months.filter((x) => x === m)).toHaveLength(2);
    expect(issues[0]?.title).toBe('楚雄高新区人力资源服务平台招聘信息（2023年第1期）');
    expect(demoIssueDates()[23]?.toISOString()).toBe('2023-12-25T01:00:00.000Z');
  });

  it('lists only positions already published on the day of issue, grouped by enterprise', () => {
    for (const b of issues) {
      expect(b.positionIds.length).toBeGreaterThanOrEqual(6);
      expect(b.positionIds.length).toBeLessThanOrEqual(30);
      expect(new Set(b.positionIds).size).toBe(b.positionIds.length);
      const listed = b.positionIds.map((id) => byId.get(id));
      expect(listed.every((p) => p && p.publishedAt <= b.publishedAt)).toBe(true);
      // Each enterprise's positions are contiguous.
      const orgs = listed.map((p) => p?.organisationId);
      const runs = orgs.filter((o, i) => i === 0 || o !== orgs[i - 1]);
      expect(new Set(runs).size).toBe(runs.length);
    }
  });

  it('spreads positions across issues so nearly every position published by the last issue appears', () => {
    const listed = new Set(issues.flatMap((b) => b.positionIds));
    const eligible = positions.filter((p) => p.publishedAt <= (issues[23]?.publishedAt ?? new Date(0)));
    expect(listed.size / eligible.length).toBeGreaterThan(0.95);
  });

  it('writes a plausible introduction with the issue’s own figures, and contact points', () => {
    for (const b of issues) {
      const count = b.positionIds.length;
      const headcount = b.positionIds.reduce((s, id) => s + (byId.get(id)?.headcount ?? 0), 0);
      expect(b.introduction).toContain(`${count}个岗位，计划招聘${headcount}人`);
      expect(b.contactPoints.length).toBeGreaterThanOrEqual(2);
      expect(b.contactPoints[0]?.phone).toMatch(/^0878-\d{7}$/);
    }
    expect(new Set(issues.map((b) => b.introduction.split('\n')[0])).size).toBe(24);
  });

  it('is deterministic, and refuses positions that leave an issue empty', () => {
    expect(generateDemoBulletins([...positions].reverse())).toEqual(issues);
    expect(() => generateDemoBulletins([{ id: 'late', organisationId: 'o', publishedAt: new Date('2023-06-01T00:00:00Z') }])).toThrow(RangeError);
  });
});
