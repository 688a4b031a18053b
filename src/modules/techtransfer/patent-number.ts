// CN patent application numbers (专利申请号), with no imports so the web app can check them too.
//
// Since 1 October 2003: 12 digits — filing year (4), type digit (1), serial (7) — then a dot and a
// check character: 2023 1 0123459 . X. Before: 8 digits — year (2), type (1), serial (5) — and
// the check character: 98 1 12345 . 7. The check character is the weighted digit sum modulo 11
// (weights 2–9 then 2–5), 10 written as X (SIPO/CNIPA).

const CURRENT_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;
const LEGACY_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/** First year of the 12-digit numbers; the 8-digit ones ran from 1985 until 2003. */
export const CURRENT_FORMAT_FROM = 2003;
const LEGACY_FIRST_YEAR = 1985;

/** The type digit: 1 invention, 2 utility model, 3 design, 8 PCT invention entering China, 9 PCT utility model. */
export const TYPE_DIGITS = ['1', '2', '3', '8', '9'] as const;
export type TypeDigit = (typeof TYPE_DIGITS)[number];

const TYPE_OF_DIGIT: Record<TypeDigit, 'invention' | 'utility_model' | 'design'> = {
  '1': 'invention',
  '2': 'utility_model',
  '3': 'design',
  '8': 'invention',
  '9': 'utility_model',
};

export type ApplicationNumber = {
  /** Canonical form, digits then a dot and the check character: 202310123459.X, 98112345.7 */
  number: string;
  format: 'current' | 'legacy';
  year: number;
  typeDigit: TypeDigit;
  patentType: 'invention' | 'utility_model' | 'design';
  /** A PCT international application that entered the Chinese national phase (type digit 8 or 9). */
  isPct: boolean;
  serial: string;
};

export type ApplicationNumberProblem =
  | { kind: 'format' }
  | { kind: 'year'; year: number }
  | { kind: 'type_digit'; digit: string }
  | { kind: 'check'; expected: string };

/** Check character of the 12 (or, before 2003, 8) digits before the dot. */
export function applicationCheckChar(digits: string): string {
  const weights = digits.length === 12 ? CURRENT_WEIGHTS : digits.length === 8 ? LEGACY_WEIGHTS : null;
  if (!weights || !/^\d+$/.test(digits)) throw new RangeError(`not 8 or 12 digits: ${digits}`);
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (weights[i] ?? 0);
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * How people and registry exports write a number: with CN or ZL in front (ZL marks a granted
 * patent), spaces between the parts, full-width digits, a lower-case x, the dot left out.
 */
export function normaliseApplicationNumber(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00a0-]+/g, '')
    .replace(/^(CN|ZL)+/, '')
    .replace(/。/g, '.');
}

/** Reads a number; returns the problem when it is not a well-formed number with the right check character. */
export function parseApplicationNumber(input: string): { ok: true; value: ApplicationNumber } | { ok: false; problem: ApplicationNumberProblem } {
  const text = normaliseApplicationNumber(input);
  const match = /^(\d{12}|\d{8})\.?([0-9X])$/.exec(text);
  if (!match) return { ok: false, problem: { kind: 'format' } };
  const digits = match[1] as string;
  const given = match[2] as string;
  const isCurrent = digits.length === 12;
  const year = isCurrent ? Number(digits.slice(0, 4)) : legacyYear(Number(digits.slice(0, 2)));
  const typeDigit = digits[isCurrent ? 4 : 2] as string;
  if (isCurrent ? year < CURRENT_FORMAT_FROM : year < LEGACY_FIRST_YEAR || year > CURRENT_FORMAT_FROM) {
    return { ok: false, problem: { kind: 'year', year } };
  }
  if (!(TYPE_DIGITS as readonly string[]).includes(typeDigit)) return { ok: false, problem: { kind: 'type_digit', digit: typeDigit } };
  const expected = applicationCheckChar(digits);
  if (given !== expected) return { ok: false, problem: { kind: 'check', expected } };
  const digit = typeDigit as TypeDigit;
  return {
    ok: true,
    value: {
      number: `${digits}.${expected}`,
      format: isCurrent ? 'current' : 'legacy',
      year,
      typeDigit: digit,
      patentType: TYPE_OF_DIGIT[digit],
      isPct: digit === '8' || digit === '9',
      serial: digits.slice(isCurrent ? 5 : 3),
    },
  };
}

/** Two-digit years: 85–99 are 1985–1999, 00–03 are 2000–2003 (the old format ended in October 2003). */
function legacyYear(yy: number): number {
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

/** The canonical number for digits before the dot: the check character computed and appended. */
export function formatApplicationNumber(digits: string): string {
  return `${digits}.${applicationCheckChar(digits)}`;
}

/**
 * The year in the number is the year the application reached CNIPA: the filing year for a
 * national application; for a PCT entry (8/9) the year it entered China, which can be later than
 * its international filing date.
 */
export function isYearConsistentWithFiling(value: ApplicationNumber, filedOn: string): boolean {
  const filedYear = Number(filedOn.slice(0, 4));
  return value.isPct ? value.year >= filedYear : value.year === filedYear;
}
