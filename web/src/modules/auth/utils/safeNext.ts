/** Only same-site console paths are followed after sign-in (no open redirect). */
export function safeNextPath(next: string | null): string | null {
  if (!next) return null;
  if (!next.startsWith('/console') || next.startsWith('//')) return null;
  return next;
}
