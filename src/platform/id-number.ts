// 居民身份证号码 (GB 11643-1999): 17 digits and a check character computed with ISO 7064 MOD 11-2;
// digits 1–6 are the GB/T 2260 region of first registration, 7–14 the birth date.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '0';
}

export type IdNumberProblem = { kind: 'format' } | { kind: 'birth_date' } | { kind: 'check'; expected: string };

export function normaliseIdNumber(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Returns null when valid. Expects the normalised form (see normaliseIdNumber). */
export function findIdNumberProblem(id: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return { kind: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > Date.now()) {
    return { kind: 'birth_date' };
  }
  const expected = idNumberCheckChar(id.slice(0, 17));
  return id[17] === expected ? null : { kind: 'check', expected };
}

/** Birth date (YYYY-MM-DD) and gender (odd 17th digit: male) that a valid number carries. */
export function idNumberFacts(id: string): { birthDate: string; gender: 'male' | 'female' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 4)}**********${id.slice(-4)}` : '****';
}
