import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, findCreditCodeProblem, normaliseCreditCode } from './credit-code';

describe('unified social credit code (GB 32100)', () => {
  it('accepts published codes', () => {
    // Codes printed on public business licences.
    for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T']) {
      expect(findCreditCodeProblem(code)).toBeNull();
    }
  });

  it('names the expected check character when it is wrong', () => {
    expect(findCreditCodeProblem('91350100M000100Y44')).toEqual({ kind: 'check', expected: '3' });
  });

  it('rejects wrong length and letters outside the alphabet', () => {
    expect(findCreditCodeProblem('91350100M000100Y4')).toEqual({ kind: 'format' });
    expect(findCreditCodeProblem('91350100M000100I43')).toEqual({ kind: 'format' });
  });

  it('normalises full-width characters, spaces and case', () => {
    expect(normaliseCreditCode(' ９１３５０１００m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('detects every single-character substitution', () => {
    const alphabet = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 17, maxLength: 17 }), fc.nat(16), alphabet, (chars, pos, replacement) => {
        const body = chars.join('');
        const code = body + creditCodeCheckChar(body);
        expect(findCreditCodeProblem(code)).toBeNull();
        fc.pre(chars[pos] !== replacement);
        const altered = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(findCreditCodeProblem(altered)).not.toBeNull();
      }),
    );
  });
});
