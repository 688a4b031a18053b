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

const CLOCK = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** `19:42:05` in China Standard Time: when a question or application arrived during a session. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : CLOCK.format(date);
}
