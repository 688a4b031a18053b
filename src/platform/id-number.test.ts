import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdNumberProblem, idNumberCheckChar, idNumberFacts, maskIdNumber, normaliseIdNumber } from './id-number';

describe('national ID number (GB 11643)', () => {
  it('accepts the standard’s example and computes its check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(findIdNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'female' });
  });

  it('names the expected check character, impossible birth dates and bad formats', () => {
    expect(findIdNumberProblem('110105194912310021')).toEqual({ kind: 'check', expected: 'X' });
    expect(findIdNumberProblem('110105194902300021')).toEqual({ kind: 'birth_date' });
    expect(findIdNumberProblem('1101051949123100')).toEqual({ kind: 'format' });
  });

  it('normalises full-width digits and a lower-case x, and masks', () => {
    expect(normaliseIdNumber('１１０１０５１９４９１２３１００２x')).toBe('11010519491231002X');
    expect(maskIdNumber('532301199001011234')).toBe('5323**********1234');
  });

  it('detects every single-digit change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, bump) => {
        const body = '53230119900101123';
        const id = body + idNumberCheckChar(body);
        const digit = (Number(id[pos]) + bump) % 10;
        const altered = id.slice(0, pos) + String(digit) + id.slice(pos + 1);
        const problem = findIdNumberProblem(altered);
        expect(problem).not.toBeNull();
      }),
    );
  });
});
