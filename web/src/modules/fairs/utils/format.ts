import type { Language } from '../../../i18n/catalogue';

const ZONE = 'Asia/Shanghai';

function parts(iso: string, language: Language): { day: string; time: string } {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const time = new Intl.DateTimeFormat(language, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return { day, time };
}

/** `2026-12-05 09:00–12:00`, or both days when the fair spans several (China Standard Time). */
export function formatFairDates(startsAt: string, endsAt: string, language: Language): string {
  const start = parts(startsAt, language);
  const end = parts(endsAt, language);
  return start.day === end.day ? `${start.day} ${start.time}–${end.time}` : `${start.day} ${start.time} – ${end.day} ${end.time}`;
}

/** `2026-12-05 18:00` in China Standard Time. */
export function formatInstant(iso: string, language: Language): string {
  const { day, time } = parts(iso, language);
  return `${day} ${time}`;
}

/** The hour of an ISO instant in China Standard Time, e.g. `09:00`, for the check-in chart. */
export function formatHour(iso: string): string {
  const { time } = parts(iso, 'zh-CN');
  return `${time.slice(0, 2)}:00`;
}

/** `2023-05-12` of an ISO instant in China Standard Time. */
export function formatDay(iso: string): string {
  return parts(iso, 'zh-CN').day;
}

/** A ratio as a whole percentage, or — when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
