/** A position page a visitor was on when asked to sign in before applying. */
const POSITION_PATH = /^\/positions\/[0-9a-f-]{36}$/;
/** A fair page or its registration, and a booth a seeker scanned: signing in comes back to them. */
const FAIR_PATH = /^\/fairs\/(?:[0-9a-f-]{36}(?:\/register)?|booth\/[A-Za-z0-9_-]{8,128})$/;
/** A live session a visitor was watching when asked to sign in or register before applying. */
const LIVE_PATH = /^\/live\/[0-9a-f-]{36}$/;

/** Only same-site console paths and position, fair and live pages are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | null): string | null {
  if (!next) return null;
  if (next.startsWith('//')) return null;
  if (!next.startsWith('/console') && !POSITION_PATH.test(next) && !FAIR_PATH.test(next) && !LIVE_PATH.test(next)) return null;
  return next;
}
