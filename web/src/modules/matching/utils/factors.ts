import type { MessageParams, Translate } from '../../../i18n/catalogue';
import { formatSalary } from '../../positions/utils/format';
import type { EducationLevel, Factor, FactorScore } from '../types';

/** Where each factor stands in the server's FACTORS: a record, so that a factor added there fails tsc here. */
const FACTOR_POSITION: Record<Factor, number> = {
  education: 0,
  major: 1,
  skills: 2,
  experience: 3,
  location: 4,
  salary: 5,
  accommodation: 6,
  availability: 7,
  text: 8,
};

/** The factors in the order they are shown (the engine's order). */
export const FACTORS: readonly Factor[] = (Object.keys(FACTOR_POSITION) as Factor[]).sort(
  (a, b) => FACTOR_POSITION[a] - FACTOR_POSITION[b],
);

/** Turns a GB/T 2260 code into a readable name (falls back to the code while names load). */
export type RegionNamer = (code: string) => string;

// Placeholders a reason text may use; any the server left out reads as a dash, never as `{name}`.
const PLACEHOLDERS = ['have', 'need', 'major', 'category', 'matched', 'count', 'required', 'region', 'expected', 'offered', 'from', 'closing', 'words', 'share'];

function educationLabel(t: Translate, value: string | number | undefined): string {
  return typeof value === 'string' ? t(`position.education.${value as EducationLevel}`) : '—';
}

function numberOrNull(value: string | number | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * A factor's reason in plain words, from the catalogue (`matching.reason.<code>`) with its values
 * made readable: education levels and regions by name, the offered salary as a range.
 */
export function explainFactor(t: Translate, factor: FactorScore, regionName: RegionNamer): string {
  const raw = factor.params;
  const params: MessageParams = Object.fromEntries(PLACEHOLDERS.map((name) => [name, '—']));
  for (const [name, value] of Object.entries(raw)) params[name] = value;
  if (factor.factor === 'education') {
    params.have = educationLabel(t, raw.have);
    params.need = educationLabel(t, raw.need);
  }
  if (typeof raw.region === 'string') params.region = regionName(raw.region);
  if (factor.factor === 'salary') params.offered = formatSalary(t, numberOrNull(raw.offeredMin), numberOrNull(raw.offeredMax));
  return t(`matching.reason.${factor.reason}`, params);
}

/** Points shown with at most one decimal: 12.5 / 15. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
