import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCandidateIndex, type CandidateIndex, type CandidateRankOptions, type RankFilters } from './candidate-index';
import { arbitraryPosition, arbitraryPruningWeights, arbitrarySeekerFields, arbitrarySeekers, arbitraryWeights, TODAYS } from './profile-arbitraries';
import { bestRegionFit, isRegionFitWithin } from './regions';
import { DEFAULT_WEIGHTS, type MatchingWeights, type PositionFeatureInput, scoreMatch, type SeekerFeatureInput } from './scoring';
import { IDF_SCALE } from './text';

const TODAY = '2023-06-15';
const MET = new Set(['education.any', 'education.meets', 'education.exceeds']);

/** What `rank` must return: every eligible seeker of the zone scored by scoreMatch, filtered, sorted by (total desc, id asc). */
function bruteForce(
  seekers: readonly SeekerFeatureInput[],
  position: PositionFeatureInput,
  weights: MatchingWeights,
  options: CandidateRankOptions,
  index: CandidateIndex,
) {
  const filters = options.filters ?? {};
  const passing = seekers
    .filter((s) => s.eligible && s.zoneId === options.zoneId && !options.exclude?.has(s.id))
    .map((s) => ({ seeker: s, match: scoreMatch(weights, position, s, options.today, index.termWeight) }))
    .filter(({ seeker, match }) => {
      if (filters.educationMet && !MET.has(match.factors[0]!.reason)) return false;
      if (filters.location && !isRegionFitWithin(bestRegionFit(seeker.preferredRegions, position.regionCode), filters.location)) return false;
      if (filters.minExperienceYears !== undefined && seeker.experienceYears < filters.minExperienceYears) return false;
      return filters.minScore === undefined || match.total >= filters.minScore;
    })
    .sort((a, b) => b.match.total - a.match.total || (a.seeker.id < b.seeker.id ? -1 : 1));
  return { matched: passing.length, items: passing.slice(0, Math.max(0, options.limit)).map(({ seeker, match }) => ({ seekerId: seeker.id, match })) };
}

function indexOf(seekers: readonly SeekerFeatureInput[]): CandidateIndex {
  const index = createCandidateIndex();
  for (const seeker of seekers) index.upsert(seeker);
  return index;
}

let nextId = 0;
function seeker(fields: Partial<SeekerFeatureInput> = {}): SeekerFeatureInput {
  nextId += 1;
  return {
    id: `seeker-${String(nextId).padStart(4, '0')}`,
    zoneId: 'zone-a',
    eligible: true,
    educationLevel: 'associate',
    major: '药学',
    skills: ['GMP'],
    experienceYears: 2,
    preferredRegions: ['532301'],
    expectedSalaryMin: 4000,
    expectedSalaryMax: 5000,
    needsAccommodation: false,
    availableFrom: null,
    resumeText: '药学专业，负责理化检验',
    ...fields,
  };
}

const POSITION: PositionFeatureInput = {
  id: 'position-1',
  zoneId: 'zone-a',
  title: 'QC检验员',
  duties: '负责原辅料及成品的理化检验，操作HPLC。',
  educationLevel: 'associate',
  majors: ['药学'],
  skills: ['GMP', 'HPLC'],
  experienceYears: 1,
  regionCode: '532301',
  salaryMin: 4000,
  salaryMax: 6000,
  isDisabilityFriendly: false,
  accommodation: null,
  closingOn: '2023-07-31',
};

const arbitraryFilters: fc.Arbitrary<RankFilters> = fc.record(
  {
    educationMet: fc.boolean(),
    location: fc.constantFrom('county' as const, 'prefecture' as const, 'province' as const),
    minExperienceYears: fc.integer({ min: 0, max: 4 }),
    minScore: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: [] },
);

describe('candidate index', () => {
  it('ranks exactly as scoreMatch sorted by total and id, whatever the population, weights and filters', () => {
    fc.assert(
      fc.property(
        arbitrarySeekers(60),
        fc.array(fc.tuple(fc.nat(), arbitrarySeekerFields), { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        arbitraryPosition,
        fc.oneof(arbitraryWeights, arbitraryPruningWeights),
        fc.record({
          // Mostly short lists of a populated zone: where the text window and the skill-holder shortcut matter.
          limit: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 15 })),
          today: fc.constantFrom(...TODAYS),
          zoneId: fc.constantFrom('zone-a', 'zone-a', 'zone-b', 'zone-c'),
        }),
        fc.option(arbitraryFilters, { nil: undefined }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (initial, updates, removals, position, weights, { limit, today, zoneId }, filters, excluded) => {
          // Build with churn: replacements and removals reuse slots and change word frequencies.
          const index = indexOf(initial);
          const current = new Map(initial.map((s) => [s.id, s]));
          for (const [at, fields] of updates) {
            const id = initial.length > 0 ? initial[at % initial.length]!.id : 's-new';
            const replaced = { id, expectedSalaryMax: null, ...fields };
            index.upsert(replaced);
            current.set(id, replaced);
          }
          for (const at of removals) {
            const id = initial[at % Math.max(1, initial.length)]?.id ?? 'missing';
            index.remove(id);
            current.delete(id);
          }
          const seekers = [...current.values()];
          const exclude = new Set(excluded.map((at) => seekers[at % Math.max(1, seekers.length)]?.id ?? 'missing'));
          const options: CandidateRankOptions = { zoneId, today, limit, exclude, ...(filters ? { filters } : {}) };
          expect(index.size).toBe(seekers.filter((s) => s.eligible).length);
          expect(index.rank(position, weights, options)).toEqual(bruteForce(seekers, position, weights, options, index));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips seekers without a required skill only when they cannot reach the top, and still counts them', () => {
    const skillHeavy: MatchingWeights = { ...DEFAULT_WEIGHTS, skills: 100 };
    const holders = Array.from({ length: 5 }, () => seeker({ skills: ['GMP', '高效液相色谱'] }));
    const others = Array.from({ length: 30 }, (_, i) => seeker({ skills: ['Java'], experienceYears: i % 3 }));
    const index = indexOf([...others, ...holders]);
    const ranked = index.rank(POSITION, skillHeavy, { zoneId: 'zone-a', today: TODAY, limit: 3 });
    expect(ranked.items.map((i) => i.seekerId)).toEqual(holders.slice(0, 3).map((s) => s.id));
    expect(ranked.matched).toBe(35);
    const filtered = index.rank(POSITION, skillHeavy, { zoneId: 'zone-a', today: TODAY, limit: 3, filters: { minExperienceYears: 2 } });
    expect(filtered.matched).toBe(5 + 10);
    // More places than holders: the others fill them.
    expect(index.rank(POSITION, skillHeavy, { zoneId: 'zone-a', today: TODAY, limit: 8 }).items).toHaveLength(8);
  });

  it('lets a seeker without a required skill win a tie on id against the holders', () => {
    const weights: MatchingWeights = { education: 10, major: 0, skills: 10, experience: 0, location: 0, salary: 0, accommodation: 0, availability: 0, text: 0 };
    const position = { ...POSITION, educationLevel: 'bachelor' as const, skills: ['GMP', 'HPLC'] };
    // Half the skills and one level short: 10 of 20 points; all the education and no skill: 10 of 20.
    const holder = seeker({ id: 'b-holder', skills: ['GMP'], educationLevel: 'associate' });
    const other = seeker({ id: 'a-other', skills: [], educationLevel: 'bachelor' });
    const ranked = indexOf([holder, other]).rank(position, weights, { zoneId: 'zone-a', today: TODAY, limit: 1 });
    expect(ranked).toMatchObject({ matched: 2, items: [{ seekerId: 'a-other', match: { total: 50 } }] });
  });

  it('scores seekers whose major earns points before the rest, each group while it can still tie the K-th', () => {
    const weights: MatchingWeights = { education: 10, major: 10, skills: 10, experience: 0, location: 0, salary: 0, accommodation: 0, availability: 0, text: 0 };
    const position = { ...POSITION, educationLevel: 'bachelor' as const, majors: ['药学'], skills: ['GMP', 'HPLC'] };
    const options = { zoneId: 'zone-a', today: TODAY, limit: 1 };
    // All skills and education, no major: 20 of 30. The major and education, no skill: 20 of 30.
    const holder = seeker({ id: 'c-holder', skills: ['GMP', 'HPLC'], major: '学前教育', educationLevel: 'bachelor' });
    const byMajor = seeker({ id: 'b-major', skills: [], major: '药学', educationLevel: 'bachelor' });
    expect(indexOf([holder, byMajor]).rank(position, weights, options)).toMatchObject({ matched: 2, items: [{ seekerId: 'b-major' }] });
    // Half the skills, one level short: 10 of 30. Nothing but the education: 10 of 30.
    const weakHolder = seeker({ id: 'c-holder', skills: ['GMP'], major: '学前教育', educationLevel: 'associate' });
    const rest = seeker({ id: 'a-rest', skills: [], major: '学前教育', educationLevel: 'bachelor' });
    expect(indexOf([weakHolder, rest]).rank(position, weights, options)).toMatchObject({ matched: 2, items: [{ seekerId: 'a-rest' }] });
  });

  it('ranks only eligible seekers of the zone, and upserting an ineligible seeker removes it', () => {
    const a = seeker();
    const b = seeker({ zoneId: 'zone-b' });
    const c = seeker({ eligible: false });
    const index = indexOf([a, b, c]);
    expect(index.size).toBe(2);
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 10 }).items.map((i) => i.seekerId)).toEqual([a.id]);
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-z', today: TODAY, limit: 10 })).toEqual({ matched: 0, items: [] });
    index.upsert({ ...a, eligible: false });
    expect(index.size).toBe(1);
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 10 })).toEqual({ matched: 0, items: [] });
  });

  it('reuses the slots of removed seekers and replaces a seeker on upsert', () => {
    const seekers = Array.from({ length: 2000 }, () => seeker());
    const index = indexOf(seekers);
    const bytes = index.memoryBytes();
    for (const s of seekers.slice(0, 1000)) index.remove(s.id);
    index.remove('never-indexed');
    expect(index.size).toBe(1000);
    for (let i = 0; i < 1000; i += 1) index.upsert(seeker());
    expect(index.size).toBe(2000);
    expect(index.memoryBytes()).toBeLessThan(bytes * 1.2);
    const first = seekers[1500]!;
    index.upsert({ ...first, skills: ['GMP', 'HPLC'], major: '学前教育' });
    const match = index.scoreSeekers(POSITION, DEFAULT_WEIGHTS, [first.id], TODAY).get(first.id)!;
    expect(match.factors[1]!.reason).toBe('major.unrelated');
    expect(match.factors[2]!.params).toEqual({ matched: 'GMP、HPLC', count: 2, required: 2 });
  });

  it('keeps rankings exact through many replacements (the word arena compacts)', () => {
    const phrases = ['负责理化检验', '数控机床编程', '仓库出入库管理', '网店运营直播', '设备维护保养', 'GMP车间操作'];
    const seekers = Array.from({ length: 300 }, (_, i) => seeker({ resumeText: phrases[i % phrases.length]! }));
    const index = indexOf(seekers);
    let current = seekers;
    for (let round = 0; round < 40; round += 1) {
      current = current.map((s, i) => ({ ...s, resumeText: `${phrases[(i + round) % phrases.length]}，${phrases[(i * 7 + round) % phrases.length]}，轮次${round}${i}` }));
      for (const s of current) index.upsert(s);
    }
    const options = { zoneId: 'zone-a', today: TODAY, limit: 20 };
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, options)).toEqual(bruteForce(current, POSITION, DEFAULT_WEIGHTS, options, index));
  });

  it('applies each filter', () => {
    const bachelor = seeker({ educationLevel: 'bachelor' });
    const secondary = seeker({ educationLevel: 'secondary_vocational', preferredRegions: ['532302'] });
    const unknown = seeker({ educationLevel: null, preferredRegions: [], experienceYears: 0 });
    const elsewhere = seeker({ preferredRegions: ['510100'], experienceYears: 5 });
    const index = indexOf([bachelor, secondary, unknown, elsewhere]);
    const ids = (filters: RankFilters) =>
      index
        .rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 10, filters })
        .items.map((i) => i.seekerId)
        .sort();
    expect(ids({ educationMet: true })).toEqual([bachelor.id, elsewhere.id].sort());
    expect(ids({ location: 'county' })).toEqual([bachelor.id]);
    expect(ids({ location: 'prefecture' })).toEqual([bachelor.id, secondary.id].sort());
    expect(ids({ location: 'province' })).toEqual([bachelor.id, secondary.id].sort());
    expect(ids({ minExperienceYears: 3 })).toEqual([elsewhere.id]);
    const best = index.rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 1 }).items[0]!;
    expect(ids({ minScore: best.match.total })).toEqual([best.seekerId]);
  });

  it('leaves out excluded seekers for that call only', () => {
    const a = seeker();
    const b = seeker();
    const index = indexOf([a, b]);
    const options = { zoneId: 'zone-a', today: TODAY, limit: 10 };
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, { ...options, exclude: new Set([a.id, 'unknown']) })).toMatchObject({ matched: 1, items: [{ seekerId: b.id }] });
    expect(index.rank(POSITION, DEFAULT_WEIGHTS, options).matched).toBe(2);
  });

  it('scores listed seekers whatever their zone, leaving out unknown and ineligible ones', () => {
    const a = seeker({ zoneId: 'zone-b' });
    const index = indexOf([a, seeker({ eligible: false, id: 'hidden' })]);
    const scores = index.scoreSeekers(POSITION, DEFAULT_WEIGHTS, [a.id, 'hidden', 'nobody'], TODAY);
    expect([...scores.keys()]).toEqual([a.id]);
    expect(scores.get(a.id)).toEqual(scoreMatch(DEFAULT_WEIGHTS, POSITION, a, TODAY, index.termWeight));
  });

  it('weighs words by their IDF over the indexed résumés', () => {
    const index = indexOf([seeker({ resumeText: '理化检验 仓库' }), seeker({ resumeText: '理化检验' })]);
    expect(index.termWeight('理化')).toBe(1);
    expect(index.termWeight('仓库')).toBeGreaterThan(1);
    expect(index.termWeight('从未出现') * IDF_SCALE).toBe(Math.round(IDF_SCALE * (1 + Math.log(3))));
  });

  it('explains the returned matches with reasons and params', () => {
    const index = indexOf([seeker({ skills: ['高效液相色谱', '药品生产质量管理规范'], resumeText: '负责理化检验，熟悉HPLC' })]);
    const [item] = index.rank(POSITION, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 1 }).items;
    expect(item!.match.factors.map((f) => f.reason)).toEqual([
      'education.meets',
      'major.exact',
      'skills.matched',
      'experience.meets',
      'location.county',
      'salary.within',
      'accommodation.not_needed',
      'availability.now',
      'text.relevant',
    ]);
    expect(item!.match.factors[2]!.params).toEqual({ matched: 'GMP、HPLC', count: 2, required: 2 });
    expect(String(item!.match.factors[8]!.params.words)).toContain('理化');
  });
});
