import { describe, expect, it } from 'vitest';
import { idfUnits, IDF_SCALE, POSITION_TERM_LIMIT, positionTerms, RESUME_TERM_LIMIT, resumeTerms, textRelevance } from './text';

describe('text relevance', () => {
  it('keeps distinct words of two characters or more, without boilerplate and numbers', () => {
    const terms = resumeTerms('负责数控机床的操作，负责数控机床的保养。2023年 5S 管理');
    expect(terms).toEqual(expect.arrayContaining(['数控机床', '数控', '机床', '操作', '保养', '5s', '管理']));
    expect(terms).not.toContain('负责');
    expect(terms).not.toContain('2023');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('puts the title first and caps both lists', () => {
    expect(positionTerms('化验员', '负责原料化验')[0]).toBe('化验员');
    const long = Array.from({ length: 200 }, (_, i) => `tool${i}`).join('，');
    expect(resumeTerms(long)).toEqual(Array.from({ length: RESUME_TERM_LIMIT }, (_, i) => `tool${i}`));
    expect(positionTerms('岗位', long)).toHaveLength(POSITION_TERM_LIMIT);
  });

  it('weighs the share of position words found', () => {
    expect(textRelevance(['数控', '编程', '机床'], new Set(['数控', '机床']))).toEqual({ share: 2 / 3, words: ['数控', '机床'] });
    const weight = (term: string) => (term === '编程' ? 2 : 1);
    expect(textRelevance(['数控', '编程', '机床'], new Set(['编程']), weight)).toEqual({ share: 0.5, words: ['编程'] });
    expect(textRelevance([], new Set(['数控']))).toEqual({ share: 0, words: [] });
  });

  it('makes rare words weigh more, in exact multiples of 1/IDF_SCALE', () => {
    expect(idfUnits(1, 1000)).toBeGreaterThan(idfUnits(500, 1000));
    expect(idfUnits(1000, 1000)).toBe(IDF_SCALE);
    expect(Number.isInteger(idfUnits(3, 77))).toBe(true);
  });
});
