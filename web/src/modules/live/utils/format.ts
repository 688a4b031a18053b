import type { Translate } from '../../../i18n/catalogue';

/** True for an absolute https address (only those are embedded or linked). */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** 5 分 30 秒 / 1 小时 5 分: how long a position was on air. */
export function formatDuration(t: Translate, seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours > 0) return t('live.duration.hours', { hours, minutes });
  if (minutes > 0) return t('live.duration.minutes', { minutes, seconds: rest });
  return t('live.duration.seconds', { seconds: rest });
}

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** `2026-11-28 19:00–21:00` in China Standard Time (the end's day too when it differs). */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const startDay = DAY.format(start);
  const endDay = DAY.format(end);
  const endText = startDay === endDay ? TIME.format(end) : `${endDay} ${TIME.format(end)}`;
  return `${startDay} ${TIME.format(start)}–${endText}`;
}

const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** `19:42:05` in China Standard Time: when a question or application arrived during a session. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : CLOCK.format(date);
}
