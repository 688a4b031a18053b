import type { Language, Translate } from '../../../i18n/catalogue';
import { formatMoney } from '../../../../../src/modules/techtransfer/money';
import { FACTOR_UNITS, type IndexFactor, type Normalisation } from '../types';

const ZONE = 'Asia/Shanghai';

/** This year in China; indices default to the year before, the latest complete one. */
export function thisYearInChina(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' }).format(now));
}

/** Years offered in the year pickers, newest first. */
export function yearOptions(t: Translate, first = 2020): { value: number; label: string }[] {
  const years: { value: number; label: string }[] = [];
  for (let year = thisYearInChina(); year >= first; year -= 1) years.push({ value: year, label: t('innovation.yearOption', { year }) });
  return years;
}

/** Fen as money in the unit that reads best (元, 万元, 亿元), exactly. */
export function money(fen: number | null | undefined, language: Language): string {
  return fen === null || fen === undefined ? '—' : formatMoney(fen, language);
}

/** A factor's raw value in its own unit: a count, money, yes/no or a percentage. */
export function formatRaw(factor: IndexFactor, raw: number, t: Translate, language: Language): string {
  switch (FACTOR_UNITS[factor]) {
    case 'count':
      return t('innovation.unit.count', { value: raw });
    case 'fen':
      return money(raw, language);
    case 'flag':
      return raw > 0 ? t('innovation.unit.flag.yes') : t('innovation.unit.flag.no');
    case 'ratio':
      return t('innovation.unit.ratio', { value: (raw * 100).toFixed(1) });
  }
}

/** How a factor is scaled, in words, with its cap or the zone's range. */
export function describeNormalisation(
  factor: IndexFactor,
  normalisation: Normalisation,
  t: Translate,
  language: Language,
  range?: { min: number; max: number },
): string {
  if (normalisation.kind === 'min_max') {
    return range
      ? t('innovation.normalisation.summary.min_max', { min: formatRaw(factor, range.min, t, language), max: formatRaw(factor, range.max, t, language) })
      : t('innovation.normalisation.min_max');
  }
  // A flag's cap is a plain number (1 = the title counts in full), not 是/否.
  const cap = FACTOR_UNITS[factor] === 'flag' ? String(normalisation.cap) : formatRaw(factor, normalisation.cap, t, language);
  return t(`innovation.normalisation.summary.${normalisation.kind}`, { cap });
}

/** Scores are shown with two decimals, as computed. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}
