// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet; the last is a
// check character computed from the first 17 with fixed weights, modulo 31.
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const PATTERN = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`not a credit-code character: ${first17[i]}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check] ?? '0';
}

export type CreditCodeProblem = { kind: 'format' } | { kind: 'check'; expected: string };

/** Returns null when the code is valid. Input is expected upper-case and trimmed (see normaliseCreditCode). */
export function findCreditCodeProblem(code: string): CreditCodeProblem | null {
  if (!PATTERN.test(code)) return { kind: 'format' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  return code[17] === expected ? null : { kind: 'check', expected };
}

export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
