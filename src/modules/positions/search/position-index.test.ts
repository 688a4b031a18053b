import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LABELS_ZH, type EducationLevel } from '../positions.codes';
import { generateDemoPositions } from '../../demo/demo-positions';
import { createPositionIndex, type PositionIndex, type SearchablePosition } from './position-index';
import { analyseQuery, normalizeSearchText } from './segment';

const DAY = 86_400_000;
const BASE_TIME = Date.UTC(2023, 5, 1);

let nextId = 0;
function position(fields: Partial<SearchablePosition> = {}): SearchablePosition {
  nextId += 1;
  return {
    id: `p-${String(nextId).padStart(5, '0')}`,
    title: '操作工',
    organisationName: '云南某某有限公司',
    duties: '按时完成生产任务。',
    skills: [],
    majors: [],
    educationLevel: 'high_school',
    regionCode: '532301',
    industry: 'advanced_manufacturing',
    salaryMin: 3500,
    salaryMax: 5000,
    isDisabilityFriendly: false,
    employmentType: 'full_time',
    publishedAt: BASE_TIME,
    ...fields,
  };
}

function indexOf(docs: SearchablePosition[]): PositionIndex {
  const index = createPositionIndex();
  for (const doc of docs) index.upsert(doc);
  return index;
}

function allIds(index: PositionIndex, q: string, extra: Parameters<PositionIndex['search']>[0] = {}): string[] {
  return index.search({ q, limit: 1_000_000, ...extra }).ids;
}

/** Every text a reader sees, normalised, one entry per field (skills and majors item by item). */
function fieldTexts(doc: SearchablePosition): string[] {
  return [doc.title, doc.organisationName, doc.duties, EDUCATION_LABELS_ZH[doc.educationLevel], ...doc.skills, ...doc.majors].map(normalizeSearchText);
}

/** The substring oracle: documents in which every query word occurs in some field. */
function oracle(docs: SearchablePosition[], q: string): string[] {
  const { words } = analyseQuery(q);
  return docs
    .filter((doc) => {
      const texts = fieldTexts(doc);
      return words.every((word) => texts.some((text) => text.includes(word)));
    })
    .map((doc) => doc.id)
    .sort();
}

describe('position index: matching', () => {
  it('finds 化学制药工程师 for 制药工程师', () => {
    const wanted = position({ title: '化学制药工程师' });
    const index = indexOf([wanted, position({ title: '电工' })]);
    expect(index.search({ q: '制药工程师' })).toEqual({ ids: [wanted.id], total: 1 });
  });

  it('finds 制药 in duties that jieba alone cuts as 负责制|药', () => {
    const wanted = position({ title: '设备维修工', duties: '负责制药设备维护，保证车间设备正常运行。' });
    const index = indexOf([wanted, position({ title: '设备维修工', duties: '负责食品设备维护。' })]);
    expect(allIds(index, '制药')).toEqual([wanted.id]);
    expect(allIds(index, '负责制药设备')).toEqual([wanted.id]);
  });

  it('finds the education requirement by its Chinese label', () => {
    const bachelor = position({ educationLevel: 'bachelor' });
    const master = position({ educationLevel: 'master' });
    const index = indexOf([bachelor, master, position()]);
    expect(allIds(index, '本科')).toEqual([bachelor.id]);
    expect(allIds(index, '硕士')).toEqual([master.id]);
  });

  it('finds English words and codes in either case and in full-width form', () => {
    const cnc = position({ title: 'CNC操作工', skills: ['FANUC'] });
    const java = position({ title: 'Java开发工程师', skills: ['Spring Boot', 'MySQL'] });
    const index = indexOf([cnc, java, position()]);
    for (const q of ['cnc', 'CNC', 'Cnc', 'ＣＮＣ', 'fanuc']) expect(allIds(index, q), q).toEqual([cnc.id]);
    for (const q of ['java', 'JAVA', 'mysql', 'spring boot', 'Java开发']) expect(allIds(index, q), q).toEqual([java.id]);
  });

  it('finds one-character words, also at the end of a field', () => {
    const titanium = position({ title: '钛材加工操作工' });
    const last = position({ duties: '熟悉海绵钛' });
    const alone = position({ skills: ['钛'] });
    const index = indexOf([titanium, last, alone, position()]);
    expect(allIds(index, '钛').sort()).toEqual([titanium.id, last.id, alone.id].sort());
  });

  it('requires every word (AND), in any field', () => {
    const both = position({ title: '质检员', educationLevel: 'bachelor' });
    const onlyTitle = position({ title: '质检员', educationLevel: 'associate' });
    const onlyEducation = position({ title: '会计', educationLevel: 'bachelor' });
    const index = indexOf([both, onlyTitle, onlyEducation]);
    expect(index.search({ q: '本科 质检' })).toEqual({ ids: [both.id], total: 1 });
    expect(index.search({ q: '本科 质检 不存在' })).toEqual({ ids: [], total: 0 });
  });

  it('does not match across fields or across skills', () => {
    const doc = position({ title: '电工', skills: ['叉车', '司机证'], duties: '维修。' });
    const index = indexOf([doc]);
    expect(allIds(index, '叉车司机')).toEqual([doc.id]); // two words: 叉车 and 司机, each in a skill
    expect(allIds(index, '车司')).toEqual([]);
    expect(allIds(index, '工维')).toEqual([]);
  });

  it('returns every position for an empty query, newest first', () => {
    const older = position({ publishedAt: BASE_TIME - DAY });
    const newer = position({ publishedAt: BASE_TIME + DAY });
    const index = indexOf([older, newer]);
    expect(index.search({})).toEqual({ ids: [newer.id, older.id], total: 2 });
    expect(index.search({ q: ' ，' }).total).toBe(2);
  });
});

describe('position index: filters', () => {
  const kunming = position({ title: '电工', regionCode: '530102', industry: 'modern_services' });
  const chuxiong = position({ title: '电工', regionCode: '532301', salaryMin: 4000, salaryMax: 6000 });
  const lufeng = position({ title: '电工', regionCode: '532302', isDisabilityFriendly: true, salaryMin: 3000, salaryMax: 4500 });
  const negotiable = position({ title: '电工', regionCode: '532301', salaryMin: null, salaryMax: null, employmentType: 'part_time' });
  const fromOnly = position({ title: '电工', regionCode: '532301', salaryMin: 7000, salaryMax: null, educationLevel: 'associate' });
  const index = indexOf([kunming, chuxiong, lufeng, negotiable, fromOnly]);
  const found = (query: Parameters<PositionIndex['search']>[0]) => index.search({ q: '电工', limit: 100, ...query }).ids.sort();

  it('filters by region: a province or prefecture code covers its counties', () => {
    expect(found({ regionCode: '530000' })).toEqual([kunming, chuxiong, lufeng, negotiable, fromOnly].map((d) => d.id).sort());
    expect(found({ regionCode: '532300' })).toEqual([chuxiong, lufeng, negotiable, fromOnly].map((d) => d.id).sort());
    expect(found({ regionCode: '532302' })).toEqual([lufeng.id]);
    expect(found({ regionCode: '440000' })).toEqual([]);
    expect(found({ regionCode: '53' })).toEqual([]);
  });

  it('filters by industry, education, employment type and disability-friendliness', () => {
    expect(found({ industry: 'modern_services' })).toEqual([kunming.id]);
    expect(found({ educationLevel: 'associate' })).toEqual([fromOnly.id]);
    expect(found({ employmentType: 'part_time' })).toEqual([negotiable.id]);
    expect(found({ isDisabilityFriendly: true })).toEqual([lufeng.id]);
    expect(found({ isDisabilityFriendly: false })).not.toContain(lufeng.id);
  });

  it('filters by salary: the top of the range (or its start) must reach the minimum; 面议 drops out', () => {
    expect(found({ minSalary: 5000 })).toEqual([kunming, chuxiong, fromOnly].map((d) => d.id).sort());
    expect(found({ minSalary: 6500 })).toEqual([fromOnly.id]);
    expect(found({ minSalary: 0 })).not.toContain(negotiable.id);
  });

  it('filters without a query and counts what passes', () => {
    expect(index.search({ regionCode: '532300', minSalary: 4500 }).total).toBe(3);
  });

  it('applies filters before paging', () => {
    const many = indexOf([
      ...Array.from({ length: 30 }, (_, i) => position({ title: '电工', regionCode: '530102', publishedAt: BASE_TIME + i })),
      position({ title: '电工', regionCode: '532301', publishedAt: BASE_TIME - DAY }),
    ]);
    const result = many.search({ q: '电工', regionCode: '532300', limit: 5 });
    expect(result.total).toBe(1);
    expect(result.ids).toHaveLength(1);
  });
});

describe('position index: ranking and paging', () => {
  it('puts a title match above a duties-only match, even a newer one', () => {
    const inTitle = position({ title: '电工', duties: '负责配电室巡检。', publishedAt: BASE_TIME - 30 * DAY });
    const inDuties = position({ title: '设备维修工', duties: '协助电工完成线路检修。', publishedAt: BASE_TIME });
    const index = indexOf([inDuties, inTitle]);
    expect(index.search({ q: '电工' }).ids).toEqual([inTitle.id, inDuties.id]);
  });

  it('puts skills and majors above the organisation name, and that above duties', () => {
    const inSkills = position({ title: '技术员', skills: ['钛合金'], publishedAt: BASE_TIME - 3 * DAY });
    const inOrganisation = position({ title: '技术员', organisationName: '楚雄钛合金有限公司', publishedAt: BASE_TIME - 2 * DAY });
    const inDuties = position({ title: '技术员', duties: '负责钛合金检测。', publishedAt: BASE_TIME - DAY });
    const index = indexOf([inDuties, inOrganisation, inSkills]);
    expect(index.search({ q: '钛合金' }).ids).toEqual([inSkills.id, inOrganisation.id, inDuties.id]);
  });

  it('puts a whole-word match above one inside another word (电工 in 机电工程师)', () => {
    const inside = position({ title: '机电工程师', publishedAt: BASE_TIME });
    const word = position({ title: '维修电工', publishedAt: BASE_TIME - DAY });
    const index = indexOf([inside, word]);
    expect(index.search({ q: '电工' }).ids).toEqual([word.id, inside.id]);
  });

  it('puts the unbroken phrase above its words apart, and a shorter title above a longer one', () => {
    const phrase = position({ title: '食品检验员', publishedAt: BASE_TIME - 2 * DAY });
    const apart = position({ title: '食品车间检验员', publishedAt: BASE_TIME });
    const longer = position({ title: '食品检验员（微生物方向，倒班）', publishedAt: BASE_TIME - DAY });
    const index = indexOf([apart, longer, phrase]);
    expect(index.search({ q: '食品检验' }).ids).toEqual([phrase.id, longer.id, apart.id]);
  });

  it('breaks ties by recency, and sorts by recency on request', () => {
    const old = position({ title: '电工', publishedAt: BASE_TIME - DAY });
    const recent = position({ title: '电工', publishedAt: BASE_TIME });
    const dutiesOnly = position({ title: '维修工', duties: '持电工证。', publishedAt: BASE_TIME + DAY });
    const index = indexOf([old, dutiesOnly, recent]);
    expect(index.search({ q: '电工' }).ids).toEqual([recent.id, old.id, dutiesOnly.id]);
    expect(index.search({ q: '电工', sort: 'recent' }).ids).toEqual([dutiesOnly.id, recent.id, old.id]);
  });

  it('pages through the same order without gaps or repeats', () => {
    const docs = generateDemoPositions(400, 7).map((p, i) => position({ ...p, id: `demo-${i}`, industry: 'biomedicine', publishedAt: p.publishedAt.getTime() }));
    const index = indexOf(docs);
    for (const q of ['工程师', '负责', '']) {
      const all = index.search({ q, limit: 1000 });
      const paged: string[] = [];
      for (let offset = 0; offset < all.total; offset += 7) {
        const page = index.search({ q, offset, limit: 7 });
        expect(page.total).toBe(all.total);
        paged.push(...page.ids);
      }
      expect(paged).toEqual(all.ids);
    }
  });
});

describe('position index: changes', () => {
  it('replaces a position on upsert of the same id', () => {
    const doc = position({ title: '电工' });
    const index = indexOf([doc, position({ title: '会计' })]);
    index.upsert({ ...doc, title: '叉车司机' });
    expect(index.size).toBe(2);
    expect(allIds(index, '电工')).toEqual([]);
    expect(allIds(index, '叉车司机')).toEqual([doc.id]);
  });

  it('makes a removed position unfindable at once', () => {
    const doc = position({ title: '电工' });
    const index = indexOf([doc]);
    expect(index.remove(doc.id)).toBe(true);
    expect(index.remove(doc.id)).toBe(false);
    expect(index.has(doc.id)).toBe(false);
    expect(index.size).toBe(0);
    expect(index.search({ q: '电工' })).toEqual({ ids: [], total: 0 });
    expect(index.search({})).toEqual({ ids: [], total: 0 });
  });

  it('orders as a fresh index would after changes that are not yet compacted', () => {
    const docs = generateDemoPositions(300, 13).map((p, i) => position({ ...p, id: `demo-${i}`, industry: 'biomedicine', publishedAt: p.publishedAt.getTime() }));
    const index = indexOf(docs);
    for (const doc of docs.slice(0, 100)) index.remove(doc.id);
    const fresh = indexOf(docs.slice(100));
    for (const q of ['工程师', '本科 质检', '负责', 'gmp', '制药工程师']) {
      expect(index.search({ q, limit: 30 }), q).toEqual(fresh.search({ q, limit: 30 }));
    }
  });

  it('stays exact through compactions after many changes', () => {
    const docs = generateDemoPositions(3000, 11).map((p, i) => position({ ...p, id: `demo-${i}`, industry: 'green_food', publishedAt: p.publishedAt.getTime() }));
    const index = indexOf(docs);
    const kept: SearchablePosition[] = [];
    docs.forEach((doc, i) => {
      if (i % 3 === 0) index.remove(doc.id);
      else if (i % 3 === 1) {
        const changed = { ...doc, title: `${doc.title}（急招）`, duties: `${doc.duties}负责制药设备维护。` };
        index.upsert(changed);
        kept.push(changed);
      } else kept.push(doc);
    });
    expect(index.size).toBe(kept.length);
    // Same matches as the oracle, and the same order as an index built from scratch.
    const fresh = indexOf(kept);
    for (const q of ['制药', '急招', '电工', '本科 质检', '钛', 'gmp', '仓库管理员', '食品检验', '制药工程师']) {
      expect(allIds(index, q).slice().sort(), q).toEqual(oracle(kept, q));
      expect(index.search({ q, limit: 50 }), q).toEqual(fresh.search({ q, limit: 50 }));
    }
    expect(index.memoryBytes()).toBeGreaterThan(0);
  });
});

describe('position index: recall against substring matching (property)', () => {
  const CHARS = [...'制药工程师化学负责设备维护本科质检电工机械食品检验叉车司机钛合金新材料的和'];
  const LATIN = ['GMP', 'cnc', 'Java', 'PLC', 'a', 'b'];
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...CHARS) },
    { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
    { weight: 1, arbitrary: fc.constantFrom('，', '。', ' ', '、') },
  );
  const text = (max: number) => fc.array(piece, { minLength: 1, maxLength: max }).map((parts) => parts.join(''));
  const doc = fc.record({
    title: text(8),
    organisationName: text(10),
    duties: text(40),
    skills: fc.array(text(5), { maxLength: 3 }),
    majors: fc.array(text(6), { maxLength: 2 }),
    educationLevel: fc.constantFrom<EducationLevel>('high_school', 'associate', 'bachelor', 'master'),
  });

  it('finds exactly the documents that contain every query word, and every document containing the query', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.nat(), fc.nat(6)), { minLength: 1, maxLength: 2 }),
        (raw, picks) => {
          const docs = raw.map((fields, i) => position({ ...fields, id: `d${i}`, publishedAt: BASE_TIME + i }));
          const index = indexOf(docs);
          // Query: one or two substrings cut from the documents' own texts, joined by a space.
          const q = picks
            .map(([d, f, start, length]) => {
              const texts = fieldTexts(docs[d % docs.length]!);
              const source = texts[f % texts.length]!;
              const from = start % source.length;
              return source.slice(from, from + 1 + length);
            })
            .join(' ');
          const result = index.search({ q, limit: 1000 });
          const expected = oracle(docs, q);
          expect(result.ids.slice().sort()).toEqual(expected);
          expect(result.total).toBe(expected.length);
          // Recall against the query text itself: each space-separated part found as a substring.
          const parts = normalizeSearchText(q).split(' ').filter(Boolean);
          const containing = docs.filter((d) => parts.every((part) => fieldTexts(d).some((t) => t.includes(part))));
          for (const d of containing) expect(result.ids).toContain(d.id);
        },
      ),
      { numRuns: 150 },
    );
  });
});
