// Pure rules of training: utilisation, certificate numbers, attendance, competition ranks.
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days of a month on or after `from` (a base's completion date); none without one. */
export function daysOpenInMonth(year: number, month: number, from: string | null): number {
  if (!from) return 0;
  const days = daysInMonth(year, month);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  if (from <= first) return days;
  if (from.slice(0, 7) !== first.slice(0, 7)) return 0;
  return days - Number(from.slice(8, 10)) + 1;
}

/**
 * A base's capacity in trainee-hours for a month: trainees at once × opening hours a day × the
 * days it was open (every day from its completion on; bookings can fall on any day).
 */
export function monthlyCapacityHours(base: { capacity: number; openMinutesPerDay: number; completedOn: string | null }, year: number, month: number): number {
  return (base.capacity * base.openMinutesPerDay * daysOpenInMonth(year, month, base.completedOn)) / 60;
}

/** Used trainee-hours as a share of capacity, rounded to 0.1 %; 0 for no capacity. */
export function utilisationPercent(usedHours: number, capacityHours: number): number {
  if (capacityHours <= 0) return 0;
  return Math.round((usedHours / capacityHours) * 1000) / 10;
}

/** Every month of a year as 'YYYY-MM'. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

// Certificate numbers: 'PX' + year + 8 characters of Crockford base 32 (no I, L, O, U), so that
// one certificate's number does not lead to the next one's on the public verify page.
const CERTIFICATE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CERTIFICATE_PATTERN = /^PX(\d{4})-([0-9A-HJKMNP-TV-Z]{8})$/;

/** A certificate number from eight random bytes (one character per byte). */
export function formatCertificateNo(year: number, random: Uint8Array): string {
  if (random.length < 8) throw new RangeError('eight random bytes are needed');
  let suffix = '';
  for (let i = 0; i < 8; i += 1) suffix += CERTIFICATE_ALPHABET[(random[i] as number) % 32];
  return `PX${year}-${suffix}`;
}

/** A number as people type it from paper: any case, O for 0, I or L for 1; null when it cannot be one. */
export function normaliseCertificateNo(value: string): string | null {
  const text = value.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  const [prefix, suffix] = [text.slice(0, 7), text.slice(7).replace(/O/g, '0').replace(/[IL]/g, '1')];
  const candidate = `${prefix}${suffix}`;
  return CERTIFICATE_PATTERN.test(candidate) ? candidate : null;
}

/** The share of a programme's sessions a trainee attended, in whole percent (rounded down). */
export function attendancePercent(present: number, sessions: number): number {
  if (sessions <= 0) return 0;
  return Math.floor((present * 100) / sessions);
}

/** A name for a public page: the surname and the last character, the rest masked (张*华, 李*). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return name.trim();
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * Ranks within each category by score, highest first; equal scores share a rank and the next
 * rank skips (1, 2, 2, 4). Entrants without a score have no rank.
 */
export function rankEntrants<T extends { id: string; category: string; score: number | null }>(entrants: readonly T[]): Map<string, number> {
  const ranks = new Map<string, number>();
  const byCategory = new Map<string, T[]>();
  for (const e of entrants) {
    if (e.score === null) continue;
    byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  }
  for (const list of byCategory.values()) {
    const sorted = [...list].sort((a, b) => (b.score as number) - (a.score as number));
    sorted.forEach((e, i) => {
      const previous = sorted[i - 1];
      ranks.set(e.id, previous && previous.score === e.score ? (ranks.get(previous.id) as number) : i + 1);
    });
  }
  return ranks;
}
