import type { Translate } from '../../../i18n/catalogue';
import { CONSULTATION_TOPICS, type ConsultationTopic } from '../../consultations/types';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../types';

/** 4000–6000 元/月, 4000 元/月起, 最高 6000 元/月, or — when neither is given. */
export function formatSalaryWish(t: Translate, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? t('talent.salary.exact', { amount: min }) : t('talent.salary.range', { min, max });
  if (min !== null) return t('talent.salary.from', { min });
  if (max !== null) return t('talent.salary.upTo', { max });
  return '—';
}

/** A month (`2023-06-01` → 2023-06), for education and work periods. */
export function formatMonth(value: string | null | undefined): string {
  return value ? value.slice(0, 7) : '';
}

/** 2019-09 – 2023-06, 2019-09 起, or — */
export function formatPeriod(t: Translate, start: string | null, end: string | null): string {
  if (start && end) return `${formatMonth(start)} – ${formatMonth(end)}`;
  if (start) return t('talent.period.since', { start: formatMonth(start) });
  if (end) return t('talent.period.until', { end: formatMonth(end) });
  return '—';
}

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function isConsultationTopic(value: string): value is ConsultationTopic {
  return (CONSULTATION_TOPICS as readonly string[]).includes(value);
}

/** A value or a dash. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
