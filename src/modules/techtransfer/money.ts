// Exact money: amounts are whole fen (分) in integers, never floating-point yuan. Parsing and
// formatting work on decimal digit strings and BigInt, so 0.1 + 0.2 never happens. No imports:
// the web app formats with the same functions.

export const MONEY_UNITS = ['yuan', 'wan', 'yi'] as const;
/** 元, 万元 (10⁴ yuan), 亿元 (10⁸ yuan) */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Decimal places of fen in one unit: 1 元 = 10² fen, 1 万元 = 10⁶ fen, 1 亿元 = 10¹⁰ fen. */
const FEN_EXPONENT: Record<MoneyUnit, number> = { yuan: 2, wan: 6, yi: 10 };

export type MoneyProblem =
  /** Not a number of money: letters, misplaced thousands separators, an exponent … */
  | 'format'
  /** Finer than one fen, e.g. 1.234 元 or 1.2345678 万元. */
  | 'precision'
  | 'negative'
  /** More than JavaScript counts exactly (about 900 亿元). */
  | 'too_large';

export type MoneyResult = { ok: true; fen: number } | { ok: false; problem: MoneyProblem };

const UNIT_SUFFIXES: readonly (readonly [string, MoneyUnit])[] = [
  ['亿元', 'yi'],
  ['亿', 'yi'],
  ['万元', 'wan'],
  ['万', 'wan'],
  ['元', 'yuan'],
];
const PREFIXES = /^(人民币|RMB|CNY|￥|¥)/i;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads an amount as people type it — "1,234.56", "1234.56元", "12.3万元", "1.2亿", "￥5,000",
 * full-width digits and commas — into whole fen. A bare number is in `defaultUnit` (元 unless a
 * column says 万元). A number from a spreadsheet cell is read through its shortest decimal form.
 */
export function parseMoney(input: string | number, defaultUnit: MoneyUnit = 'yuan'): MoneyResult {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: 'format' };
    text = String(input);
  } else {
    text = input.normalize('NFKC');
  }
  text = text.replace(/[\s\u00a0]+/g, '').replace(PREFIXES, '');
  let unit = defaultUnit;
  for (const [suffix, u] of UNIT_SUFFIXES) {
    if (text.endsWith(suffix)) {
      unit = u;
      text = text.slice(0, -suffix.length);
      break;
    }
  }
  if (text.startsWith('-')) return PLAIN.test(text.slice(1)) || GROUPED.test(text.slice(1)) ? { ok: false, problem: 'negative' } : { ok: false, problem: 'format' };
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false, problem: 'format' };
  const [whole = '0', fraction = ''] = text.replace(/,/g, '').split('.');
  const exponent = FEN_EXPONENT[unit];
  // Digits beyond a fen are allowed only when they are zeros (1.230 元 is 1.23 元).
  if (/[1-9]/.test(fraction.slice(exponent))) return { ok: false, problem: 'precision' };
  const fen = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.slice(0, exponent).padEnd(exponent, '0') || '0');
  if (fen > MAX_FEN) return { ok: false, problem: 'too_large' };
  return { ok: true, fen: Number(fen) };
}

/** Whole yuan to fen, for amounts known to be whole yuan. */
export function yuanToFen(yuan: number): number {
  if (!Number.isSafeInteger(yuan)) throw new RangeError(`not a whole number of yuan: ${yuan}`);
  const fen = yuan * 100;
  if (!Number.isSafeInteger(fen)) throw new RangeError(`too large: ${yuan} yuan`);
  return fen;
}

/** Adds amounts in fen exactly; refuses a total that would no longer be exact. */
export function sumFen(amounts: readonly number[]): number {
  let total = 0n;
  for (const fen of amounts) {
    if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${fen}`);
    total += BigInt(fen);
  }
  if (total > MAX_FEN || total < -MAX_FEN) throw new RangeError('total out of the exact range');
  return Number(total);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * An amount in a unit, exactly: at least `minDecimals` places, more only where the amount has
 * them (12 345.67 元 is 1.234567 万元, never a rounded 1.23). Thousands grouped.
 */
export function formatFenIn(fen: number, unit: MoneyUnit, minDecimals = 2): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not whole fen: ${fen}`);
  const negative = fen < 0;
  const exponent = FEN_EXPONENT[unit];
  const digits = String(Math.abs(fen)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  let fraction = digits.slice(digits.length - exponent).replace(/0+$/, '');
  if (fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, '0');
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** 元 with two decimals: 1,234.56 */
export function formatYuan(fen: number): string {
  return formatFenIn(fen, 'yuan');
}

/** The unit that reads best: 亿元 from 1 亿, 万元 from 1 万, 元 below. */
export function naturalUnit(fen: number): MoneyUnit {
  const abs = Math.abs(fen);
  if (abs >= 10 ** 10) return 'yi';
  if (abs >= 10 ** 6) return 'wan';
  return 'yuan';
}

const UNIT_TEXT: Record<MoneyUnit, { zh: string; en: string }> = {
  yuan: { zh: '元', en: 'yuan' },
  wan: { zh: '万元', en: '×10⁴ yuan' },
  yi: { zh: '亿元', en: '×10⁸ yuan' },
};

/** An amount with its unit, exactly: "12.30 万元", "16.41 亿元", "5,000.00 元". */
export function formatMoney(fen: number, locale: 'zh-CN' | 'en' = 'zh-CN', unit: MoneyUnit = naturalUnit(fen)): string {
  const label = UNIT_TEXT[unit][locale === 'en' ? 'en' : 'zh'];
  return `${formatFenIn(fen, unit)} ${label}`;
}
