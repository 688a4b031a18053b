import { describe, expect, it } from 'vitest';
import { analyseQuery, normalizeSearchText, segmentText } from './segment';

/** The jieba words of a text (search mode, so sub-words of long words are included). */
function words(text: string): string[] {
  return segmentText(normalizeSearchText(text), 1).words;
}

describe('normalizeSearchText', () => {
  it('folds full-width forms and case so that CNC, ｃｎｃ and Cnc are one word', () => {
    expect(normalizeSearchText('ＣＮＣ')).toBe('cnc');
    expect(normalizeSearchText('Java开发')).toBe('java开发');
    expect(normalizeSearchText('ＧＭＰ车间１２３')).toBe('gmp车间123');
  });
});

describe('segmentText', () => {
  it('knows the zone’s words: 制药 is cut out of 负责制药设备 (jieba alone gives 负责制|药)', () => {
    expect(words('负责制药设备维护')).toEqual(['负责', '制药', '设备', '维护']);
    expect(words('负责制药设备维护')).not.toContain('负责制');
    expect(words('钛合金新材料')).toContain('新材料');
    expect(words('楚雄高新区生物医药产业')).toEqual(expect.arrayContaining(['高新区', '生物医药']));
  });

  it('marks the sub-words of long words (search mode) as words too', () => {
    const text = normalizeSearchText('数控机床操作工');
    const { boundaries, words: found } = segmentText(text, 2);
    expect(found).toEqual(expect.arrayContaining(['数控', '机床', '数控机床', '操作工']));
    expect(boundaries[2]).toBe(1); // 数控|机床
    expect(boundaries[1]).toBe(0);
  });

  it('gives the same cut for a text whether or not it was seen before, and treats separators as boundaries', () => {
    const text = normalizeSearchText('熟悉GMP规范，负责制药设备维护。熟悉GMP规范');
    const first = segmentText(text, 3);
    const second = segmentText(text, 3);
    expect([...second.boundaries]).toEqual([...first.boundaries]);
    expect(first.words).toEqual(['gmp', 'gmp']);
    expect(first.boundaries[text.indexOf(',')]).toBe(1);
    expect(first.boundaries[text.length]).toBe(1);
  });
});

describe('analyseQuery', () => {
  it('cuts a query into words and keeps an unbroken run as a phrase', () => {
    expect(analyseQuery('制药工程师')).toEqual({ words: ['制药', '工程师'], phrases: ['制药工程师'] });
    expect(analyseQuery('本科 质检')).toEqual({ words: ['本科', '质检'], phrases: [] });
    expect(analyseQuery('楚雄，会计！')).toEqual({ words: ['楚雄', '会计'], phrases: [] });
  });

  it('normalises Latin text', () => {
    expect(analyseQuery('ＣＮＣ').words).toEqual(['cnc']);
    expect(analyseQuery('Java开发').words).toEqual(['java', '开发']);
  });

  it('sticks a lone character to its neighbour, but keeps a one-character query', () => {
    expect(analyseQuery('中药饮片炮制工').words).toEqual(['中药饮片', '炮制工']);
    expect(analyseQuery('钛').words).toEqual(['钛']);
  });

  it('drops duplicates and words contained in another word, and empty queries', () => {
    expect(analyseQuery('工程师 工程 工程师').words).toEqual(['工程师']);
    expect(analyseQuery('  ，。!! ')).toEqual({ words: [], phrases: [] });
  });
});
