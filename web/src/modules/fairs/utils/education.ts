import type { Translate } from '../../../i18n/catalogue';
import { EDUCATION_LEVELS, type EducationLevel } from '../../positions/types';

/** 本科 … for a known level, the stored word otherwise. */
export function educationLabel(t: Translate, level: string | null): string {
  if (!level) return '—';
  return (EDUCATION_LEVELS as readonly string[]).includes(level) ? t(`position.education.${level as EducationLevel}`) : level;
}
