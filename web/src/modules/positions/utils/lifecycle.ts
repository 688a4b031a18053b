import type { Position } from '../types';

// The position lifecycle as the server enforces it (positions.service.ts), so that the console
// offers only the actions that can succeed.

/** Draft, returned, submitted and published positions can be edited; a published one goes back to review. */
export function isEditable(position: Pick<Position, 'status'>): boolean {
  return ['draft', 'returned', 'submitted', 'published'].includes(position.status);
}

export function canSubmit(position: Pick<Position, 'status'>): boolean {
  return position.status === 'draft' || position.status === 'returned';
}

export function canClose(position: Pick<Position, 'status'>): boolean {
  return ['published', 'submitted', 'draft', 'returned'].includes(position.status);
}

/** Today in China Standard Time, `YYYY-MM-DD`. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Takes applications now: published and not past its closing date. */
export function isOpenForApplications(position: Pick<Position, 'status' | 'closingOn'>): boolean {
  return position.status === 'published' && (!position.closingOn || position.closingOn.slice(0, 10) >= todayInChina());
}
