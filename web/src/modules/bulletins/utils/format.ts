import type { Translate } from '../../../i18n/catalogue';
import { EDUCATION_LEVELS, type EducationLevel } from '../types';

/** 4000–6000 元/月, 4000 元/月起, 最高 6000 元/月, or 面议. */
export function formatSalary(t: Translate, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? t('bulletins.salary.exact', { amount: min }) : t('bulletins.salary.range', { min, max });
  if (min !== null) return t('bulletins.salary.from', { min });
  if (max !== null) return t('bulletins.salary.upTo', { max });
  return t('bulletins.salary.negotiable');
}

/** 本科及以上, or 学历不限. */
export function formatEducation(t: Translate, level: string): string {
  if (!(EDUCATION_LEVELS as readonly string[]).includes(level) || level === 'none') return t('bulletins.education.any');
  return t('bulletins.education.atLeast', { level: t(`talent.education.${level as EducationLevel}`) });
}

/** The county part of "云南省 楚雄彝族自治州 楚雄市". */
export function shortRegionName(name: string | null, code: string): string {
  if (!name) return code;
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

/** A publication instant as the zone's calendar date (Asia/Shanghai). */
export function formatIssueDate(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(iso),
  );
}
