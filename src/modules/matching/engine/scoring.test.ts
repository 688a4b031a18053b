import { describe, expect, it } from 'vitest';
import { lookupMajor } from './majors';
import {
  DEFAULT_WEIGHTS,
  FACTORS,
  type FactorScore,
  type MatchingWeights,
  type PositionFeatureInput,
  REASON_CODES,
  scoreAccommodation,
  scoreAvailability,
  scoreEducation,
  scoreExperience,
  scoreLocation,
  scoreMajor,
  scoreMatch,
  scoreSalary,
  scoreSkills,
  scoreText,
  type SeekerFeatureInput,
} from './scoring';
import { heldSkills, requiredSkills } from './skills';
import { positionTerms, resumeTerms } from './text';

const TODAY = '2023-06-15';

function position(fields: Partial<PositionFeatureInput> = {}): PositionFeatureInput {
  return {
    id: 'p1',
    zoneId: 'z1',
    title: 'QC检验员',
    duties: '负责原辅料及成品的理化检验，操作HPLC等精密仪器。',
    educationLevel: 'associate',
    majors: ['药学'],
    skills: ['HPLC', 'GMP'],
    experienceYears: 2,
    regionCode: '532301',
    salaryMin: 4000,
    salaryMax: 6000,
    isDisabilityFriendly: false,
    accommodation: null,
    closingOn: '2023-07-31',
    ...fields,
  };
}

function seeker(fields: Partial<SeekerFeatureInput> = {}): SeekerFeatureInput {
  return {
    id: 's1',
    zoneId: 'z1',
    eligible: true,
    educationLevel: 'associate',
    major: '药学',
    skills: ['高效液相色谱', '药品生产质量管理规范'],
    experienceYears: 3,
    preferredRegions: ['532301'],
    expectedSalaryMin: 5000,
    expectedSalaryMax: 6000,
    needsAccommodation: false,
    availableFrom: null,
    resumeText: '药学专业大专毕业，3年QC检验员经验，熟悉理化检验和HPLC。',
    ...fields,
  };
}

const held = (...names: string[]) => new Set(heldSkills(names).map((s) => s.key));

describe('education', () => {
  it('gives full points for no requirement, meeting or exceeding it', () => {
    expect(scoreEducation(15, 'none', null)).toEqual({ factor: 'education', points: 15, max: 15, reason: 'education.any', params: { need: 'none' } });
    expect(scoreEducation(15, 'none', 'bachelor').params).toEqual({ have: 'bachelor', need: 'none' });
    expect(scoreEducation(15, 'associate', 'associate')).toMatchObject({ points: 15, reason: 'education.meets', params: { have: 'associate', need: 'associate' } });
    expect(scoreEducation(15, 'associate', 'master')).toMatchObject({ points: 15, reason: 'education.exceeds' });
  });

  it('gives half one level below, nothing further below or unknown', () => {
    expect(scoreEducation(15, 'associate', 'secondary_vocational')).toMatchObject({ points: 7.5, reason: 'education.below', params: { have: 'secondary_vocational', need: 'associate' } });
    expect(scoreEducation(15, 'associate', 'high_school')).toMatchObject({ points: 0, reason: 'education.below' });
    expect(scoreEducation(15, 'junior_high', 'none')).toMatchObject({ points: 7.5, reason: 'education.below' });
    expect(scoreEducation(15, 'bachelor', null)).toEqual({ factor: 'education', points: 0, max: 15, reason: 'education.unknown', params: { need: 'bachelor' } });
  });
});

describe('major', () => {
  const majors = (...names: string[]) => names.map(lookupMajor);

  it('is full without a requirement, and for the same major under an alias', () => {
    expect(scoreMajor(15, [], lookupMajor('护理'))).toMatchObject({ points: 15, reason: 'major.any', params: { major: '护理', category: '护理类' } });
    expect(scoreMajor(15, [], null)).toMatchObject({ points: 15, reason: 'major.any', params: {} });
    expect(scoreMajor(15, majors('计算机科学与技术'), lookupMajor('计算机'))).toMatchObject({
      points: 15,
      reason: 'major.exact',
      params: { major: '计算机科学与技术', category: '计算机类' },
    });
  });

  it('gives 60% in the same category, 30% in a related one, nothing otherwise', () => {
    expect(scoreMajor(15, majors('护理学'), lookupMajor('护理'))).toMatchObject({ points: 9, reason: 'major.same_category', params: { major: '护理', category: '护理类' } });
    expect(scoreMajor(15, majors('药学'), lookupMajor('应用化工技术'))).toMatchObject({ points: 4.5, reason: 'major.related', params: { category: '化工技术类' } });
    expect(scoreMajor(15, majors('药学'), lookupMajor('临床医学'))).toMatchObject({ reason: 'major.related' });
    expect(scoreMajor(15, majors('电子商务'), lookupMajor('软件技术'))).toMatchObject({ reason: 'major.related' });
    expect(scoreMajor(15, majors('药学'), lookupMajor('学前教育'))).toMatchObject({ points: 0, reason: 'major.unrelated', params: { major: '学前教育' } });
  });

  it('takes the best of several required majors, and is 0 for an unknown major', () => {
    expect(scoreMajor(15, majors('学前教育', '化学工程与工艺', '药物制剂'), lookupMajor('药学')).reason).toBe('major.same_category');
    expect(scoreMajor(15, majors('药学'), null)).toEqual({ factor: 'major', points: 0, max: 15, reason: 'major.unknown', params: {} });
  });

  it('matches majors missing from the vocabulary exactly only', () => {
    expect(scoreMajor(15, majors('彝族刺绣设计'), lookupMajor(' 彝族刺绣设计 '))).toMatchObject({ points: 15, reason: 'major.exact', params: { major: '彝族刺绣设计' } });
    expect(scoreMajor(15, majors('彝族刺绣设计'), lookupMajor('服装设计'))).toMatchObject({ points: 0, reason: 'major.unrelated' });
  });
});

describe('skills', () => {
  it('is full without required skills', () => {
    expect(scoreSkills(20, [], held('PLC'))).toEqual({ factor: 'skills', points: 20, max: 20, reason: 'skills.any', params: {} });
  });

  it('gives the share of required canonical skills held, naming them', () => {
    const required = requiredSkills(['PLC', 'CAD', '电工证', '叉车证']);
    expect(scoreSkills(20, required, held('可编程控制器', 'AutoCAD', '低压电工'))).toEqual({
      factor: 'skills',
      points: 15,
      max: 20,
      reason: 'skills.matched',
      params: { matched: 'PLC、AutoCAD、电工证', count: 3, required: 4 },
    });
  });

  it('counts a synonym listed twice as one requirement', () => {
    expect(requiredSkills(['C1驾照', '驾驶证 C1', 'C1'])).toHaveLength(1);
  });

  it('says how many were required when none is held', () => {
    expect(scoreSkills(20, requiredSkills(['GMP', 'HPLC']), held('Java'))).toEqual({ factor: 'skills', points: 0, max: 20, reason: 'skills.none', params: { required: 2 } });
  });

  it('rounds points to hundredths', () => {
    expect(scoreSkills(20, requiredSkills(['GMP', 'HPLC', 'QC']), held('GMP')).points).toBe(6.67);
  });
});

describe('experience', () => {
  it('is full without a requirement or when met, proportional below', () => {
    expect(scoreExperience(10, 0, 0)).toEqual({ factor: 'experience', points: 10, max: 10, reason: 'experience.any', params: { have: 0, need: 0 } });
    expect(scoreExperience(10, 3, 5)).toMatchObject({ points: 10, reason: 'experience.meets', params: { have: 5, need: 3 } });
    expect(scoreExperience(10, 3, 1)).toMatchObject({ points: 3.33, reason: 'experience.below', params: { have: 1, need: 3 } });
    expect(scoreExperience(10, 3, 0)).toMatchObject({ points: 0, reason: 'experience.below' });
  });
});

describe('location', () => {
  it('is half without a preference', () => {
    expect(scoreLocation(10, [], '532301')).toEqual({ factor: 'location', points: 5, max: 10, reason: 'location.no_preference', params: { region: '532301' } });
  });

  it('is full in the county or a prefecture or province containing it', () => {
    expect(scoreLocation(10, ['532301'], '532301')).toMatchObject({ points: 10, reason: 'location.county', params: { region: '532301' } });
    expect(scoreLocation(10, ['532300'], '532301')).toMatchObject({ points: 10, reason: 'location.county' });
    expect(scoreLocation(10, ['530000'], '532301')).toMatchObject({ points: 10, reason: 'location.county' });
  });

  it('gives 70% in the same prefecture, 40% in the same province, 0 elsewhere; the best preference counts', () => {
    expect(scoreLocation(10, ['532302'], '532301')).toMatchObject({ points: 7, reason: 'location.prefecture' });
    expect(scoreLocation(10, ['530102'], '532301')).toMatchObject({ points: 4, reason: 'location.province' });
    expect(scoreLocation(10, ['530100'], '532301')).toMatchObject({ points: 4, reason: 'location.province' });
    expect(scoreLocation(10, ['510100'], '532301')).toMatchObject({ points: 0, reason: 'location.elsewhere' });
    expect(scoreLocation(10, ['510100', '532302', '530100'], '532301')).toMatchObject({ points: 7, reason: 'location.prefecture' });
  });
});

describe('salary', () => {
  it('is half when either side is unknown, naming what is known', () => {
    expect(scoreSalary(10, null, 4000, 6000)).toEqual({ factor: 'salary', points: 5, max: 10, reason: 'salary.unknown', params: { offeredMin: 4000, offeredMax: 6000 } });
    expect(scoreSalary(10, 5000, null, null)).toEqual({ factor: 'salary', points: 5, max: 10, reason: 'salary.unknown', params: { expected: 5000 } });
  });

  it('is full when the maximum reaches the expectation, falling to 0 at half of it', () => {
    expect(scoreSalary(10, 5000, 4000, 5000)).toEqual({
      factor: 'salary',
      points: 10,
      max: 10,
      reason: 'salary.within',
      params: { expected: 5000, offeredMin: 4000, offeredMax: 5000 },
    });
    expect(scoreSalary(10, 5000, 3000, 4000)).toMatchObject({ points: 6, reason: 'salary.below_expectation', params: { expected: 5000, offeredMin: 3000, offeredMax: 4000 } });
    expect(scoreSalary(10, 6000, 2000, 3000)).toMatchObject({ points: 0, reason: 'salary.below_expectation' });
    expect(scoreSalary(10, 6000, null, 2000)).toMatchObject({ points: 0, params: { expected: 6000, offeredMax: 2000 } });
  });
});

describe('accommodation', () => {
  it('is full when not needed or provided, 0 when needed and missing', () => {
    expect(scoreAccommodation(5, false, false)).toEqual({ factor: 'accommodation', points: 5, max: 5, reason: 'accommodation.not_needed', params: {} });
    expect(scoreAccommodation(5, true, true)).toMatchObject({ points: 5, reason: 'accommodation.provided' });
    expect(scoreAccommodation(5, true, false)).toMatchObject({ points: 0, reason: 'accommodation.missing' });
  });
});

describe('availability', () => {
  it('is full now, 70% before closing, 20% after', () => {
    expect(scoreAvailability(5, null, TODAY, '2023-07-31')).toEqual({ factor: 'availability', points: 5, max: 5, reason: 'availability.now', params: {} });
    expect(scoreAvailability(5, TODAY, TODAY, '2023-07-31')).toMatchObject({ points: 5, reason: 'availability.now' });
    expect(scoreAvailability(5, '2023-07-31', TODAY, '2023-07-31')).toMatchObject({ points: 3.5, reason: 'availability.before_closing', params: { from: '2023-07-31' } });
    expect(scoreAvailability(5, '2023-08-01', TODAY, '2023-07-31')).toEqual({
      factor: 'availability',
      points: 1,
      max: 5,
      reason: 'availability.after_closing',
      params: { from: '2023-08-01', closing: '2023-07-31' },
    });
  });

  it('gives a post without a closing date 30 days', () => {
    expect(scoreAvailability(5, '2023-07-15', TODAY, null).reason).toBe('availability.before_closing');
    expect(scoreAvailability(5, '2023-07-16', TODAY, null)).toMatchObject({ reason: 'availability.after_closing', params: { closing: '2023-07-15' } });
  });
});

describe('text', () => {
  it('gives the share of the position words the résumé has, heaviest first', () => {
    const words = ['检验员', '理化', '检验', '仪器', '包装'];
    const weights: Record<string, number> = { 检验员: 2, 理化: 3, 检验: 1, 仪器: 1, 包装: 1 };
    const score = scoreText(10, words, new Set(['检验', '理化', '电工']), (term) => weights[term] ?? 1);
    expect(score).toEqual({ factor: 'text', points: 5, max: 10, reason: 'text.relevant', params: { words: '理化、检验', share: 50 } });
  });

  it('shows five words at most, and says when nothing overlaps', () => {
    const words = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'];
    expect(scoreText(10, words, new Set(words), () => 1).params).toEqual({ words: 'a1、b2、c3、d4、e5', share: 100 });
    expect(scoreText(10, words, new Set(['zz']), () => 1)).toEqual({ factor: 'text', points: 0, max: 10, reason: 'text.none', params: {} });
  });

  it('reads the position title and duties and the résumé as jieba words', () => {
    const terms = positionTerms('QC检验员', '负责原辅料及成品的理化检验');
    expect(terms).toEqual(expect.arrayContaining(['qc', '检验员', '理化', '检验']));
    expect(terms).not.toContain('负责');
    expect(resumeTerms('3年理化检验经验')).toEqual(expect.arrayContaining(['理化', '检验']));
  });
});

describe('scoreMatch', () => {
  it('lists every factor in order with its weight as max, and totals them on 0–100', () => {
    const match = scoreMatch(DEFAULT_WEIGHTS, position(), seeker(), TODAY);
    expect(match.factors.map((f) => f.factor)).toEqual([...FACTORS]);
    for (const factor of match.factors) expect(factor.max).toBe(DEFAULT_WEIGHTS[factor.factor]);
    for (const factor of match.factors) expect(REASON_CODES).toContain(factor.reason);
    const points = match.factors.reduce((sum, f) => sum + f.points, 0);
    expect(match.total).toBeCloseTo(points, 1);
    expect(match.factors.slice(0, 8).every((f) => f.points === f.max)).toBe(true);
    expect(match.factors[8]).toMatchObject({ factor: 'text', reason: 'text.relevant' });
  });

  it('scales by the weights and keeps factors of weight 0 with max 0', () => {
    const weights: MatchingWeights = { ...DEFAULT_WEIGHTS, salary: 0, text: 0, education: 30 };
    const match = scoreMatch(weights, position({ educationLevel: 'bachelor' }), seeker(), TODAY);
    const byFactor = Object.fromEntries(match.factors.map((f) => [f.factor, f])) as Record<string, FactorScore>;
    expect(byFactor.salary).toMatchObject({ points: 0, max: 0 });
    expect(byFactor.text).toMatchObject({ points: 0, max: 0 });
    // One level below: half of 30. Everything else full: 80 of 95 points.
    expect(byFactor.education).toMatchObject({ points: 15, max: 30, reason: 'education.below' });
    expect(match.total).toBe(84.2);
  });

  it('rounds the total to one decimal from the points', () => {
    const match = scoreMatch(DEFAULT_WEIGHTS, position({ skills: ['HPLC', 'GMP', 'QC'] }), seeker({ resumeText: '' }), TODAY);
    // skills 13.33 of 20, text 0: 100 − 6.67 − 10 = 83.33.
    expect(match.total).toBe(83.3);
  });

  it('is 0 when every weight is 0', () => {
    const zero = Object.fromEntries(FACTORS.map((f) => [f, 0])) as MatchingWeights;
    expect(scoreMatch(zero, position(), seeker(), TODAY).total).toBe(0);
  });

  it('weighs text words with the given weights', () => {
    const plain = scoreMatch(DEFAULT_WEIGHTS, position(), seeker(), TODAY);
    const heavy = scoreMatch(DEFAULT_WEIGHTS, position(), seeker(), TODAY, (term) => (term === 'hplc' ? 50 : 1));
    expect(heavy.factors[8]!.points).toBeGreaterThan(plain.factors[8]!.points);
  });
});
