// Dates of the booking calendar: weeks start on Monday, days are China dates 'YYYY-MM-DD'.
const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today in China, whatever the browser's time zone. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven days of the week of `date`, Monday first. */
export function weekOf(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks (Monday to Sunday) that show the month of `date`, days of neighbouring months included. */
export function monthWeeks(date: string): string[][] {
  const first = `${date.slice(0, 7)}-01`;
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday.slice(0, 7) <= date.slice(0, 7); monday = addDays(monday, 7)) {
    weeks.push(weekOf(monday));
  }
  return weeks;
}

export type CalendarView = 'month' | 'week';

/** The weeks a calendar view of `date` shows. */
export function calendarWeeks(view: CalendarView, date: string): string[][] {
  return view === 'month' ? monthWeeks(date) : [weekOf(date)];
}

/** The same day of the next or previous month (clamped to its last day). */
export function shiftMonth(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Times from opening to closing every `step` minutes, the choices of a booking's start and end. */
export function timeChoices(opensAt: string, closesAt: string, step = 30): string[] {
  const times: string[] = [];
  for (let m = toMinutes(opensAt); m <= toMinutes(closesAt); m += step) times.push(formatMinutes(m));
  if (times[times.length - 1] !== closesAt.slice(0, 5)) times.push(closesAt.slice(0, 5));
  return times;
}
