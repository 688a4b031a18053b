/** A position page a visitor was on when asked to sign in before applying. */
const POSITION_PATH = /^\/positions\/[0-9a-f-]{36}$/;

/** Only same-site console paths and position pages are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | null): string | null {
  if (!next) return null;
  if (next.startsWith('//')) return null;
  if (!next.startsWith('/console') && !POSITION_PATH.test(next)) return null;
  return next;
}
