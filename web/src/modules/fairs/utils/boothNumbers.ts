/**
 * The next booth number after those already given: the highest number of the most used letter
 * plus one (A07 → A08), A01 when none is given yet. Only a suggestion; the server decides.
 */
export function suggestBoothNumber(taken: readonly (string | null)[]): string {
  let best: { prefix: string; n: number; width: number } | null = null;
  for (const number of taken) {
    const match = number ? /^([A-Z]*)(\d+)$/.exec(number) : null;
    if (!match) continue;
    const prefix = match[1] ?? '';
    const digits = match[2] ?? '0';
    const n = Number(digits);
    if (!best || n > best.n) best = { prefix, n, width: digits.length };
  }
  if (!best) return 'A01';
  const used = new Set(taken);
  let next = best.n + 1;
  let candidate = `${best.prefix}${String(next).padStart(best.width, '0')}`;
  while (used.has(candidate)) {
    next += 1;
    candidate = `${best.prefix}${String(next).padStart(best.width, '0')}`;
  }
  return candidate;
}
