import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicationCheckChar,
  formatApplicationNumber,
  isYearConsistentWithFiling,
  parseApplicationNumber,
} from './patent-number';

function problemOf(input: string) {
  const result = parseApplicationNumber(input);
  return result.ok ? null : result.problem;
}

describe('CN patent application numbers (专利申请号)', () => {
  it('accepts published numbers in every way they are written', () => {
    // Application numbers printed on published Chinese patent documents.
    for (const input of ['201310011109.0', 'CN201510703489.3', '202022032707.4', 'ZL 2013 1 0011109.0', '２０１５１０７０３４８９．３', '97101765.4', 'ZL97101765.4']) {
      expect(problemOf(input), input).toBeNull();
    }
    const parsed = parseApplicationNumber('CN 2013 1 0011109.0');
    expect(parsed).toEqual({
      ok: true,
      value: { number: '201310011109.0', format: 'current', year: 2013, typeDigit: '1', patentType: 'invention', isPct: false, serial: '0011109' },
    });
    expect(parseApplicationNumber('97101765.4')).toMatchObject({ ok: true, value: { format: 'legacy', year: 1997, patentType: 'invention', serial: '01765' } });
  });

  it('computes the check character with weights 2–9, 2–5 modulo 11, 10 as X', () => {
    expect(applicationCheckChar('201310011109')).toBe('0');
    expect(applicationCheckChar('202022032707')).toBe('4');
    expect(applicationCheckChar('97101765')).toBe('4');
    // 2·2+0·3+2·4+3·5+1·6+0·7+0·8+0·9+0·2+0·3+1·4+3·5 = 52; 52 mod 11 = 8
    expect(applicationCheckChar('202310000013')).toBe('8');
    // 2·2+0·3+2·4+3·5+1·6+0+0+0+0+0+0+2·5 = 43 ≡ 10 (mod 11): written X, with or without the dot, in either case.
    const body = '202310000002';
    expect(applicationCheckChar(body)).toBe('X');
    expect(parseApplicationNumber(`${body}x`)).toMatchObject({ ok: true, value: { number: `${body}.X` } });
  });

  it('names the expected character when the check character is wrong', () => {
    expect(problemOf('201310011109.1')).toEqual({ kind: 'check', expected: '0' });
    expect(problemOf('202310000002.0')).toEqual({ kind: 'check', expected: 'X' });
    expect(problemOf('97101765.X')).toEqual({ kind: 'check', expected: '4' });
  });

  it('reads the type digit and tells PCT entries apart', () => {
    const typeOf = (digits: string) => {
      const r = parseApplicationNumber(formatApplicationNumber(digits));
      return r.ok ? [r.value.patentType, r.value.isPct] : null;
    };
    expect(typeOf('202310123456')).toEqual(['invention', false]);
    expect(typeOf('202320123456')).toEqual(['utility_model', false]);
    expect(typeOf('202330123456')).toEqual(['design', false]);
    expect(typeOf('202380123456')).toEqual(['invention', true]);
    expect(typeOf('202390123456')).toEqual(['utility_model', true]);
    expect(problemOf(formatApplicationNumber('202350123456'))).toEqual({ kind: 'type_digit', digit: '5' });
  });

  it('refuses malformed numbers and years outside each format', () => {
    for (const input of ['', '2023101234567.8', '20231012345.6', '202310123456.Y', 'ABC310123456.1', '2023-1-0123456']) {
      expect(problemOf(input), input).toEqual({ kind: 'format' });
    }
    // 12 digits began in 2003; 8 digits ran 1985–2003.
    expect(problemOf(formatApplicationNumber('200210123456'))).toEqual({ kind: 'year', year: 2002 });
    expect(problemOf(formatApplicationNumber('84112345'))).toEqual({ kind: 'year', year: 1984 });
    expect(problemOf(formatApplicationNumber('05112345'))).toEqual({ kind: 'year', year: 2005 });
    expect(problemOf(formatApplicationNumber('03112345'))).toBeNull();
  });

  it('checks the number year against the filing date (PCT entries may enter China later)', () => {
    const parse = (digits: string) => {
      const r = parseApplicationNumber(formatApplicationNumber(digits));
      if (!r.ok) throw new Error('invalid');
      return r.value;
    };
    expect(isYearConsistentWithFiling(parse('202310123456'), '2023-05-01')).toBe(true);
    expect(isYearConsistentWithFiling(parse('202310123456'), '2022-12-31')).toBe(false);
    expect(isYearConsistentWithFiling(parse('202380123456'), '2021-09-15')).toBe(true);
    expect(isYearConsistentWithFiling(parse('202380123456'), '2024-01-02')).toBe(false);
  });

  it('accepts every number built with its computed check character and refuses any other character', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2003, max: 2099 }), fc.constantFrom('1', '2', '3', '8', '9'), fc.integer({ min: 0, max: 9999999 }), (year, type, serial) => {
        const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
        const check = applicationCheckChar(digits);
        expect(problemOf(`${digits}.${check}`)).toBeNull();
        for (const other of '0123456789X') if (other !== check) expect(problemOf(`${digits}.${other}`)).toEqual({ kind: 'check', expected: check });
      }),
      { numRuns: 200 },
    );
  });
});
