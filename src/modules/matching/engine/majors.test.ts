import { describe, expect, it } from 'vitest';
import { generateDemoPositions } from '../../demo/demo-positions';
import { generateDemoSeekers } from '../../demo/demo-seekers';
import { lookupMajor, majorCategories, majorFit, normalizeMajor } from './majors';

const fit = (required: string, held: string) => majorFit(lookupMajor(required), lookupMajor(held));

describe('majors vocabulary', () => {
  it('normalises width, case, spaces and a trailing 专业', () => {
    expect(normalizeMajor(' 护理 学 专业 ')).toBe('护理学');
    expect(normalizeMajor('ＵＩ设计')).toBe('ui设计');
  });

  it('maps aliases to the catalogue name and keeps different majors apart', () => {
    expect(lookupMajor('计算机')).toEqual({ key: '计算机科学与技术', category: '计算机类', isCategory: false });
    expect(fit('计算机科学与技术', '计算机专业')).toBe('exact');
    expect(fit('机电一体化技术', '机电一体化')).toBe('exact');
    expect(fit('护理学', '护理')).toBe('same_category');
    expect(fit('中药学', '药学')).toBe('related');
  });

  it('relates categories of one group and the listed cross-group pairs, both ways', () => {
    expect(fit('药学', '临床医学')).toBe('related');
    expect(fit('药学', '应用化工技术')).toBe('related');
    expect(fit('应用化工技术', '药学')).toBe('related');
    expect(fit('电子商务', '计算机科学与技术')).toBe('related');
    expect(fit('机械设计制造及其自动化', '电气自动化技术')).toBe('related');
    expect(fit('药学', '学前教育')).toBe('unrelated');
  });

  it('lets a position ask for a whole category', () => {
    expect(fit('药学类', '药物制剂')).toBe('exact');
    expect(fit('药学类', '中药学')).toBe('related');
  });

  it('matches a major it does not know only to itself', () => {
    expect(lookupMajor('非遗手工艺')).toEqual({ key: '非遗手工艺', category: null, isCategory: false });
    expect(fit('非遗手工艺', '非遗 手工艺')).toBe('exact');
    expect(fit('非遗手工艺', '药学')).toBe('unrelated');
  });

  it('puts every major in one category only', () => {
    const seen = new Map<string, string>();
    for (const { category, majors } of majorCategories()) {
      for (const major of majors) {
        expect(seen.get(normalizeMajor(major)), `${major} in ${category} and ${seen.get(normalizeMajor(major))}`).toBeUndefined();
        seen.set(normalizeMajor(major), category);
      }
    }
  });

  it('knows every major the demo seekers and positions use', () => {
    const majors = new Set([
      ...generateDemoSeekers({ count: 3000 }).flatMap((s) => (s.major ? [s.major] : [])),
      ...generateDemoPositions(3000).flatMap((p) => p.majors),
    ]);
    expect(majors.size).toBeGreaterThan(80);
    expect([...majors].filter((major) => lookupMajor(major).category === null)).toEqual([]);
  });
});
