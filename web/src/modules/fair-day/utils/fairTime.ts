import type { Language } from '../../../i18n/catalogue';

const ZONE = 'Asia/Shanghai';

function dayFormat(language: Language) {
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
}

function timeFormat(language: Language) {
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
}

/** "2026年12月5日周六 09:00–12:00" in China Standard Time; the end date is shown when it differs. */
export function formatFairTime(startsAt: string, endsAt: string | null, language: Language): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const day = dayFormat(language);
  const time = timeFormat(language);
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || Number.isNaN(end.getTime())) return `${day.format(start)} ${time.format(start)}`;
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)} ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

/** A moment of the day such as a check-in, "14:05". */
export function formatClock(iso: string | null, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat(language).format(date);
}
