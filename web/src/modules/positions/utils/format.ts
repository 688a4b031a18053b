import type { Translate } from '../../../i18n/catalogue';
import type { EducationLevel } from '../types';

/** 6000–9000 元/月, 6000 元/月起, 最高 9000 元/月, or 面议 when neither bound is set. */
export function formatSalary(t: Translate, min: number | null, max: number | null): string {
  if (min !== null && max !== null) {
    return min === max ? t('position.salary.exact', { amount: min }) : t('position.salary.range', { min, max });
  }
  if (min !== null) return t('position.salary.from', { min });
  if (max !== null) return t('position.salary.upTo', { max });
  return t('position.salary.negotiable');
}

/** 本科及以上, or 学历不限. */
export function formatEducationRequirement(t: Translate, level: EducationLevel): string {
  return level === 'none' ? t('position.education.requirement.any') : t('position.education.requirement', { level: t(`position.education.${level}`) });
}

/** 3 年以上经验, or 经验不限. */
export function formatExperience(t: Translate, years: number): string {
  return years > 0 ? t('position.experience.years', { years }) : t('position.experience.any');
}

/** The county part of "云南省 楚雄彝族自治州 楚雄市"; the full name belongs in a tooltip. */
export function shortRegion(position: { regionName: string | null; regionCode: string }): string {
  if (!position.regionName) return position.regionCode;
  const parts = position.regionName.trim().split(/\s+/);
  return parts[parts.length - 1] ?? position.regionName;
}

/** The calendar day of an instant in China Standard Time, `YYYY-MM-DD`. */
export function formatDayInChina(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}
