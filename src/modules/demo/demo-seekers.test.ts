import { describe, expect, it } from 'vitest';
import { findIdNumberProblem, idNumberFacts } from '../../platform/id-number';
import { PHONE_PATTERN } from '../../platform/validation';
import { CONSULTATION_TOPICS } from '../consultations/consultations.codes';
import { checkConsultationRules } from '../consultations/consultations.rules';
import { isRegionCode } from '../organisations/regions';
import { createSeekerBody } from '../talent/talent.schemas';
import { checkProfileRules } from '../talent/talent.rules';
import {
  DEMO_CONSULTATIONS_2023,
  DEMO_SEEKERS_CONSULTED_2023,
  generateDemoConsultations,
  generateDemoSeekers,
} from './demo-seekers';

const seekers = generateDemoSeekers({ count: 1600 });
const CHUXIONG_ID_REGIONS = new Set(['532301', '532331', '532322', '532323', '532324', '532325', '532326', '532327', '532328', '532329']);

describe('demo seekers', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoSeekers({ count: 1600 })).toEqual(seekers);
    expect(generateDemoSeekers({ count: 50, seed: 7 })).toEqual(generateDemoSeekers({ count: 50, seed: 7 }));
    expect(generateDemoSeekers({ count: 50, seed: 7 })[0]?.idNumber).not.toBe(generateDemoSeekers({ count: 50, seed: 8 })[0]?.idNumber);
    expect(generateDemoSeekers({ count: 20 })).toEqual(seekers.slice(0, 20));
  });

  it('gives every seeker a valid, distinct GB 11643 number from a 楚雄 county, born 1975–2004, agreeing with birth date and gender', () => {
    for (const s of seekers) {
      expect(findIdNumberProblem(s.idNumber), s.idNumber).toBeNull();
      expect(CHUXIONG_ID_REGIONS.has(s.idNumber.slice(0, 6)), s.idNumber).toBe(true);
      expect(idNumberFacts(s.idNumber)).toEqual({ birthDate: s.birthDate, gender: s.gender });
      expect(s.birthDate >= '1975-01-01' && s.birthDate <= '2004-12-31', s.birthDate).toBe(true);
    }
    expect(new Set(seekers.map((s) => s.idNumber)).size).toBe(seekers.length);
  });

  it('gives distinct invented mobile numbers, never the demo accounts’ or tests’ numbers', () => {
    for (const s of seekers) expect(s.phone).toMatch(PHONE_PATTERN);
    const phones = new Set(seekers.map((s) => s.phone));
    expect(phones.size).toBe(seekers.length);
    for (const reserved of ['13987812345', '13987812399', '13808781234', '13508781111']) expect(phones.has(reserved)).toBe(false);
  });

  it('passes the same validation and rules as the API', () => {
    for (const s of seekers) {
      const { key: _key, consents: _consents, source, ...fields } = s;
      const parsed = createSeekerBody.safeParse({ ...fields, source: source === 'import' ? 'fair' : source, disabilityConsent: s.disability !== null });
      expect(parsed.success, `${s.key} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(checkProfileRules(s, '2023-12-31'), s.key).toEqual([]);
      for (const code of s.preferredRegions) expect(isRegionCode(code), code).toBe(true);
      expect(Number.isInteger(s.expectedSalaryMin) && s.expectedSalaryMin >= 2500 && s.expectedSalaryMax <= 20000).toBe(true);
    }
  });

  it('looks like the pool of a Yunnan prefecture: Yi-area surnames, local schools, mostly recent graduates', () => {
    const surnames = new Map<string, number>();
    for (const s of seekers) surnames.set(s.name[0] as string, (surnames.get(s.name[0] as string) ?? 0) + 1);
    for (const yi of ['普', '李', '杞', '罗']) expect(surnames.get(yi), yi).toBeGreaterThan(10);
    expect([...surnames.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('李');
    const schools = new Set(seekers.map((s) => s.school));
    for (const school of ['楚雄师范学院', '楚雄医药高等专科学校', '大理大学', '昆明工业职业技术学院', '云南农业大学']) expect(schools.has(school), school).toBe(true);
    const graduates = seekers.filter((s) => s.graduationOn !== null && s.graduationOn >= '2022-01-01');
    expect(graduates.length / seekers.length).toBeGreaterThan(0.3);
    const levels = new Set(seekers.map((s) => s.educationLevel));
    expect(levels).toEqual(new Set(['junior_high', 'high_school', 'secondary_vocational', 'associate', 'bachelor', 'master', 'doctorate']));
    for (const s of seekers) {
      expect(s.graduationOn === null || s.graduationOn <= '2024-07-31').toBe(true);
      if (s.educationLevel === 'bachelor' || s.educationLevel === 'master') expect(s.major, s.key).not.toBeNull();
    }
    const bachelors = seekers.filter((s) => s.educationLevel === 'bachelor');
    const median = bachelors.map((s) => s.expectedSalaryMin).sort((a, b) => a - b)[Math.floor(bachelors.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(4000);
    expect(median).toBeLessThanOrEqual(7000);
  });

  it('records disability only together with the sensitive_disability consent', () => {
    const withDisability = seekers.filter((s) => s.disability !== null);
    expect(withDisability.length).toBeGreaterThan(10);
    for (const s of seekers) expect(s.consents.includes('sensitive_disability')).toBe(s.disability !== null);
  });
});

describe('demo consultations', () => {
  const consultations = generateDemoConsultations({ seekerCount: seekers.length });

  it('reaches the article’s 700+ distinct seekers in 2023 with the default counts, deterministically', () => {
    expect(DEMO_SEEKERS_CONSULTED_2023).toBeGreaterThanOrEqual(700);
    expect(DEMO_SEEKERS_CONSULTED_2023).toBeLessThan(800);
    expect(consultations).toHaveLength(DEMO_CONSULTATIONS_2023);
    expect(new Set(consultations.map((c) => c.seekerIndex)).size).toBe(DEMO_SEEKERS_CONSULTED_2023);
    expect(generateDemoConsultations({ seekerCount: seekers.length })).toEqual(consultations);
  });

  it('reaches any requested count (700 and 799 alike)', () => {
    for (const distinct of [700, 799]) {
      const list = generateDemoConsultations({ seekerCount: 900, distinctSeekers: distinct, total: distinct + 250, seed: distinct });
      expect(new Set(list.map((c) => c.seekerIndex)).size).toBe(distinct);
      expect(list).toHaveLength(distinct + 250);
    }
    expect(() => generateDemoConsultations({ seekerCount: 100, distinctSeekers: 101 })).toThrow(RangeError);
    expect(() => generateDemoConsultations({ seekerCount: 100, distinctSeekers: 50, total: 40 })).toThrow(RangeError);
  });

  it('holds them on working days of 2023, spread over the year, valid for the API', () => {
    const months = new Set<string>();
    for (const c of consultations) {
      expect(c.heldOn >= '2023-01-01' && c.heldOn <= '2023-12-31').toBe(true);
      expect([0, 6]).not.toContain(new Date(`${c.heldOn}T00:00:00Z`).getUTCDay());
      expect(CONSULTATION_TOPICS).toContain(c.topic);
      expect(checkConsultationRules(c, '2023-12-31')).toEqual([]);
      expect(c.seekerIndex).toBeLessThan(seekers.length);
      expect(c.notes.length).toBeGreaterThan(0);
      months.add(c.heldOn.slice(0, 7));
    }
    expect(months.size).toBe(12);
    const sorted = [...consultations].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    expect(consultations.map((c) => c.heldOn)).toEqual(sorted.map((c) => c.heldOn));
    const perSeeker = new Map<number, string[]>();
    for (const c of consultations) perSeeker.set(c.seekerIndex, [...(perSeeker.get(c.seekerIndex) ?? []), c.heldOn]);
    for (const dates of perSeeker.values()) expect(new Set(dates).size).toBe(dates.length);
  });
});
