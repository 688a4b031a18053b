import type { Language } from '../i18n/catalogue';

const ZONE = 'Asia/Shanghai';

/** An ISO instant shown as a date and time in China Standard Time. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
}

/** A calendar date `YYYY-MM-DD` (already a local date; shown as is). */
export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

/** `YYYY-MM-DD` at 00:00 in China Standard Time, as a UTC ISO instant. */
export function shanghaiDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The instant just after `YYYY-MM-DD` ends in China Standard Time (exclusive upper bound). */
export function shanghaiDayEnd(day: string): string {
  const start = new Date(`${day}T00:00:00+08:00`);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1).toISOString();
}

function dayFormat(language: Language) {
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
}

export function timeFormat(language: Language) {
  return new Intl.DateTimeFormat(language, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
}

/** A fair's or live session's time, "2026年12月5日周六 09:00–12:00" in China Standard Time; the end date is shown when it differs. */
export function formatEventTime(startsAt: string, endsAt: string | null, language: Language): string {
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
