import { describe, expect, it } from 'vitest';
import { normalisePhone, normaliseText } from './validation';

describe('normaliseText', () => {
  it('turns full-width digits and letters into ASCII and keeps Chinese punctuation', () => {
    expect(normaliseText('　招聘信息（春风行动专场），第１２期：ＧＭＰ　')).toBe('招聘信息（春风行动专场），第12期：GMP');
  });

  it('normalises phones typed with spaces, dashes, +86 or full-width digits', () => {
    expect(normalisePhone('+86 139-8781-2345')).toBe('13987812345');
    expect(normalisePhone('１３９８７８１２３４５')).toBe('13987812345');
  });
});
