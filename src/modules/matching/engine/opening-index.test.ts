import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOpeningIndex, type OpeningIndex, type OpeningRankOptions } from './opening-index';
import { arbitraryPositionFields, arbitraryPositions, arbitrarySeeker, arbitraryWeights, TODAYS } from './profile-arbitraries';
import { DEFAULT_WEIGHTS, type MatchingWeights, type PositionFeatureInput, scoreMatch, type SeekerFeatureInput } from './scoring';

const TODAY = '2023-06-15';

/** What `rankFor` must return: the zone's positions scored by scoreMatch, sorted by (total desc, id asc). */
function bruteForce(positions: readonly PositionFeatureInput[], seeker: SeekerFeatureInput, weights: MatchingWeights, options: OpeningRankOptions, index: OpeningIndex) {
  return {
    items: positions
      .filter((p) => p.zoneId === options.zoneId && !options.exclude?.has(p.id))
      .map((p) => ({ positionId: p.id, match: scoreMatch(weights, p, seeker, options.today, index.termWeight) }))
      .sort((a, b) => b.match.total - a.match.total || (a.positionId < b.positionId ? -1 : 1))
      .slice(0, Math.max(0, options.limit)),
  };
}

function indexOf(positions: readonly PositionFeatureInput[]): OpeningIndex {
  const index = createOpeningIndex();
  for (const position of positions) index.upsert(position);
  return index;
}

let nextId = 0;
function position(fields: Partial<PositionFeatureInput> = {}): PositionFeatureInput {
  nextId += 1;
  return {
    id: `position-${String(nextId).padStart(4, '0')}`,
    zoneId: 'zone-a',
    title: 'QC检验员',
    duties: '负责原辅料及成品的理化检验',
    educationLevel: 'associate',
    majors: ['药学'],
    skills: ['GMP'],
    experienceYears: 1,
    regionCode: '532301',
    salaryMin: 4000,
    salaryMax: 6000,
    isDisabilityFriendly: false,
    accommodation: null,
    closingOn: '2023-07-31',
    ...fields,
  };
}

const SEEKER: SeekerFeatureInput = {
  id: 'seeker-1',
  zoneId: 'zone-a',
  eligible: true,
  educationLevel: 'associate',
  major: '药学',
  skills: ['GMP', 'HPLC'],
  experienceYears: 2,
  preferredRegions: ['532301'],
  expectedSalaryMin: 4500,
  expectedSalaryMax: 6000,
  needsAccommodation: false,
  availableFrom: null,
  resumeText: '药学专业，负责理化检验',
};

describe('opening index', () => {
  it('ranks exactly as scoreMatch sorted by total and id, whatever the positions, seeker and weights', () => {
    fc.assert(
      fc.property(
        arbitraryPositions(50),
        fc.array(fc.tuple(fc.nat(), arbitraryPositionFields), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        arbitrarySeeker,
        arbitraryWeights,
        fc.record({
          limit: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 15 })),
          today: fc.constantFrom(...TODAYS),
          zoneId: fc.constantFrom('zone-a', 'zone-a', 'zone-b', 'zone-c'),
        }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (initial, updates, removals, seeker, weights, { limit, today, zoneId }, excluded) => {
          const index = indexOf(initial);
          const current = new Map(initial.map((p) => [p.id, p]));
          for (const [at, fields] of updates) {
            const id = initial[at % Math.max(1, initial.length)]?.id ?? 'p-new';
            const replaced = { id, accommodation: null, ...fields };
            index.upsert(replaced);
            current.set(id, replaced);
          }
          for (const at of removals) {
            const id = initial[at % Math.max(1, initial.length)]?.id ?? 'missing';
            index.remove(id);
            current.delete(id);
          }
          const positions = [...current.values()];
          const exclude = new Set(excluded.map((at) => positions[at % Math.max(1, positions.length)]?.id ?? 'missing'));
          const options: OpeningRankOptions = { zoneId, today, limit, exclude };
          expect(index.size).toBe(positions.length);
          expect(index.rankFor(seeker, weights, options)).toEqual(bruteForce(positions, seeker, weights, options, index));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ranks the zone’s positions only, without the excluded ones', () => {
    const a = position();
    const b = position({ zoneId: 'zone-b' });
    const c = position({ skills: ['GMP', 'HPLC'] });
    const index = indexOf([a, b, c]);
    const options = { zoneId: 'zone-a', today: TODAY, limit: 10 };
    expect(index.rankFor(SEEKER, DEFAULT_WEIGHTS, options).items.map((i) => i.positionId)).toEqual([a.id, c.id]);
    expect(index.rankFor(SEEKER, DEFAULT_WEIGHTS, { ...options, exclude: new Set([a.id]) }).items.map((i) => i.positionId)).toEqual([c.id]);
    expect(index.rankFor(SEEKER, DEFAULT_WEIGHTS, { ...options, zoneId: 'zone-z' })).toEqual({ items: [] });
    expect(index.rankFor(SEEKER, DEFAULT_WEIGHTS, { ...options, limit: 0 })).toEqual({ items: [] });
  });

  it('replaces a position on upsert, forgets it on remove and reuses its slot', () => {
    const positions = Array.from({ length: 1000 }, () => position());
    const index = indexOf(positions);
    const bytes = index.memoryBytes();
    for (const p of positions.slice(0, 500)) index.remove(p.id);
    expect(index.size).toBe(500);
    for (let i = 0; i < 500; i += 1) index.upsert(position());
    expect(index.memoryBytes()).toBeLessThan(bytes * 1.2);
    const kept = positions[700]!;
    index.upsert({ ...kept, title: '幼儿教师', duties: '幼儿班级日常教学', skills: ['教师资格证'], majors: ['学前教育'] });
    const [best] = index.rankFor({ ...SEEKER, major: '学前教育', skills: ['幼儿教师资格证'], resumeText: '幼儿教学' }, DEFAULT_WEIGHTS, {
      zoneId: 'zone-a',
      today: TODAY,
      limit: 1,
    }).items;
    expect(best!.positionId).toBe(kept.id);
    expect(best!.match.factors[2]).toMatchObject({ reason: 'skills.matched', params: { matched: '教师资格证' } });
  });

  it('keeps the skill names each posting wrote', () => {
    const a = position({ skills: ['Premiere Pro'] });
    const b = position({ skills: ['premiere pro'] });
    const index = indexOf([a, b]);
    const items = index.rankFor({ ...SEEKER, skills: ['PREMIERE PRO'] }, DEFAULT_WEIGHTS, { zoneId: 'zone-a', today: TODAY, limit: 2 }).items;
    expect(items.map((i) => i.match.factors[2]!.params.matched).sort()).toEqual(['Premiere Pro', 'premiere pro']);
  });

  it('weighs words by their IDF over the indexed positions', () => {
    const index = indexOf([position({ duties: '理化检验' }), position({ duties: '理化检验，仓库管理' })]);
    expect(index.termWeight('理化')).toBe(1);
    expect(index.termWeight('仓库')).toBeGreaterThan(1);
  });
});
