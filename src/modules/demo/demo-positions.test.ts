import { describe, expect, it } from 'vitest';
import { isRegionCode } from '../organisations/regions';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from '../positions/positions.codes';
import { generateDemoOrganisations } from './demo-organisations';
import { generateDemoPositions, type DemoPositionOrganisation } from './demo-positions';

const positions = generateDemoPositions(3000);
const enterprises: DemoPositionOrganisation[] = generateDemoOrganisations()
  .filter((o) => o.type === 'enterprise')
  .map((o) => ({ name: o.name, industry: o.industry, regionCode: o.regionCode }));
const share = (predicate: (p: (typeof positions)[number]) => boolean) => positions.filter(predicate).length / positions.length;

describe('demo positions', () => {
  it('is deterministic per seed and varies across seeds', () => {
    expect(generateDemoPositions(3000)).toEqual(positions);
    expect(generateDemoPositions(50, 7)).toEqual(generateDemoPositions(50, 7));
    expect(generateDemoPositions(50, 7)).not.toEqual(generateDemoPositions(50, 8));
    expect(generateDemoPositions(0)).toEqual([]);
  });

  it('posts by the demo enterprises by default, and by the given organisations otherwise', () => {
    const names = new Set(enterprises.map((o) => o.name));
    for (const p of positions) {
      expect(names.has(p.organisationName), p.organisationName).toBe(true);
      expect(enterprises[p.organisationIndex]?.name).toBe(p.organisationName);
    }
    const own = [
      { name: '楚雄和创药业有限公司', industry: 'biomedicine' },
      { name: '楚雄师范学院', industry: 'education', regionCode: '532301' },
    ] as const;
    const posted = generateDemoPositions(200, 3, own);
    expect(new Set(posted.map((p) => p.organisationName))).toEqual(new Set(own.map((o) => o.name)));
    for (const p of posted) expect(own[p.organisationIndex]!.name).toBe(p.organisationName);
    expect(() => generateDemoPositions(1, 1, [])).toThrow(RangeError);
  });

  it('fills every column with plausible values', () => {
    for (const p of positions) {
      expect(p.title.length, p.title).toBeGreaterThanOrEqual(2);
      expect(EDUCATION_LEVELS).toContain(p.educationLevel);
      expect(EMPLOYMENT_TYPES).toContain(p.employmentType);
      expect(p.status).toBe('published');
      expect(['enterprise', 'visit']).toContain(p.source);
      expect(p.headcount).toBeGreaterThanOrEqual(1);
      expect(p.filledCount).toBeGreaterThanOrEqual(0);
      expect(p.filledCount).toBeLessThan(p.headcount);
      expect(p.experienceYears).toBeGreaterThanOrEqual(0);
      expect(p.experienceYears).toBeLessThanOrEqual(10);
      expect(p.skills.length).toBeGreaterThanOrEqual(2);
      expect(new Set(p.skills).size).toBe(p.skills.length);
      expect(new Set(p.majors).size).toBe(p.majors.length);
    }
  });

  it('writes duties of three to six sentences in Chinese', () => {
    for (const p of positions) {
      const sentences = p.duties.split(/[。\n]/).filter((s) => s.trim().length > 0);
      expect(sentences.length, p.duties).toBeGreaterThanOrEqual(3);
      expect(sentences.length, p.duties).toBeLessThanOrEqual(6);
      expect(p.duties).not.toMatch(/[[\]{}|]/); // no template syntax left over
      expect(p.duties).toMatch(/[\u4e00-\u9fa5]{6}/);
    }
    expect(new Set(positions.map((p) => p.duties)).size / positions.length).toBeGreaterThan(0.9);
  });

  it('pays integer monthly salaries typical of 楚雄, min not above max', () => {
    for (const p of positions) {
      if (p.salaryMin === null) {
        expect(p.salaryMax).toBeNull();
        continue;
      }
      expect(Number.isInteger(p.salaryMin)).toBe(true);
      expect(p.salaryMin).toBeGreaterThanOrEqual(2000);
      if (p.salaryMax !== null) {
        expect(Number.isInteger(p.salaryMax)).toBe(true);
        expect(p.salaryMax).toBeGreaterThanOrEqual(p.salaryMin);
        expect(p.salaryMax).toBeLessThanOrEqual(20000);
      }
    }
    const mins = positions.flatMap((p) => (p.salaryMin === null ? [] : [p.salaryMin])).sort((a, b) => a - b);
    const median = mins[Math.floor(mins.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(3000);
    expect(median).toBeLessThanOrEqual(6000);
    expect(share((p) => p.salaryMin === null)).toBeLessThan(0.1);
  });

  it('places positions in 楚雄州, mostly in 楚雄市', () => {
    for (const p of positions) {
      expect(p.regionCode).toMatch(/^5323\d\d$/);
      expect(isRegionCode(p.regionCode), p.regionCode).toBe(true);
    }
    expect(share((p) => p.regionCode === '532301')).toBeGreaterThan(0.6);
  });

  it('opens about 8% of positions to applicants with disabilities, each with its accommodation', () => {
    const friendly = share((p) => p.isDisabilityFriendly);
    expect(friendly).toBeGreaterThan(0.04);
    expect(friendly).toBeLessThan(0.13);
    for (const p of positions) {
      if (p.isDisabilityFriendly) expect(p.accommodation).toMatch(/[\u4e00-\u9fa5]{6}/);
      else expect(p.accommodation).toBeNull();
    }
  });

  it('publishes through 2023 in working hours, closing 30–90 days later', () => {
    for (const p of positions) {
      expect(p.publishedAt.getUTCFullYear()).toBe(2023);
      expect(p.createdAt.getTime()).toBeLessThan(p.submittedAt.getTime());
      expect(p.submittedAt.getTime()).toBeLessThan(p.publishedAt.getTime());
      expect(p.updatedAt.getTime()).toBe(p.publishedAt.getTime());
      const shanghaiHour = (p.publishedAt.getUTCHours() + 8) % 24;
      expect(shanghaiHour).toBeGreaterThanOrEqual(9);
      expect(shanghaiHour).toBeLessThanOrEqual(18);
      const days = (Date.parse(`${p.closingOn}T00:00:00+08:00`) - p.publishedAt.getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(28);
      expect(days).toBeLessThan(92);
    }
    const months = new Set(positions.map((p) => p.publishedAt.getUTCMonth()));
    expect(months.size).toBe(12);
  });

  it('covers the zone’s industries with their typical jobs, skills and majors', () => {
    const titles = positions.map((p) => p.title).join('\n');
    for (const word of ['制药工程师', 'QC', '中药饮片', 'GMP车间', '钛', '数控', '电工', '食品检验员', '野生菌', '化工操作工', '物流调度', '电商运营', '人力资源专员', '会计', '叉车司机', '实习生']) {
      expect(titles, word).toContain(word);
    }
    const skills = new Set(positions.flatMap((p) => p.skills));
    for (const skill of ['CNC', 'GMP', 'PLC', 'Java', '叉车证', 'HACCP']) expect(skills.has(skill), skill).toBe(true);
    const majors = new Set(positions.flatMap((p) => p.majors));
    for (const major of ['药学', '制药工程', '材料科学与工程', '机械设计制造及其自动化', '食品科学与工程']) expect(majors.has(major), major).toBe(true);
    // Main industries' enterprises post more than the auxiliary ones.
    const industryOf = (p: (typeof positions)[number]) => enterprises[p.organisationIndex]!.industry;
    const main = share((p) => ['biomedicine', 'new_materials', 'advanced_manufacturing'].includes(industryOf(p)));
    expect(main).toBeGreaterThan(0.5);
  });

  it('mentions 制药设备 in maintenance duties the way HR staff write them', () => {
    expect(positions.some((p) => p.duties.includes('负责制药设备'))).toBe(true);
  });
});
