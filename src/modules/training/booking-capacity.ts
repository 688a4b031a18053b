// The capacity rule of base bookings, pure: at no moment of a booking's time range may the
// confirmed bookings that overlap it hold more stations (工位) or trainees than the base has.
// Ranges are half-open [start, end) in minutes after midnight, so 08:00–10:00 and 10:00–12:00
// do not overlap.

export type MinuteRange = { start: number; end: number };

/** A confirmed booking already holding part of the base. */
export type Holding<Id = string> = MinuteRange & { id: Id; stations: number; trainees: number };

export type CapacityDimension = 'stations' | 'trainees';

export type CapacityProblem<Id = string> = {
  field: CapacityDimension;
  /** What the base has in this dimension. */
  limit: number;
  /** What is still free at the fullest moment of the requested range. */
  free: number;
  /** The first stretch of the requested range where the request does not fit. */
  at: MinuteRange;
  /** Every holding that overlaps a moment where the request does not fit, in start order. */
  collidingIds: Id[];
};

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/;

/** 'HH:MM' (or PostgreSQL's 'HH:MM:SS' with zero seconds) as minutes after midnight. */
export function toMinutes(time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isTimeOfDay(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** Minutes after midnight as 'HH:MM'; 1440 is '24:00' (the end of the day). */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function formatRange(range: MinuteRange): string {
  return `${formatMinutes(range.start)}–${formatMinutes(range.end)}`;
}

export function overlaps(a: MinuteRange, b: MinuteRange): boolean {
  return a.start < b.end && b.start < a.end;
}

type Segment<Id> = MinuteRange & { active: Holding<Id>[] };

/** The range cut at every start and end of a holding inside it; the set of overlapping holdings is constant on each piece. */
function segmentsOf<Id>(range: MinuteRange, holdings: readonly Holding<Id>[]): Segment<Id>[] {
  const relevant = holdings.filter((h) => overlaps(h, range));
  const cuts = new Set<number>([range.start, range.end]);
  for (const h of relevant) {
    if (h.start > range.start) cuts.add(h.start);
    if (h.end < range.end) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<Id>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const piece = { start: points[i] as number, end: points[i + 1] as number };
    segments.push({ ...piece, active: relevant.filter((h) => overlaps(h, piece)) });
  }
  return segments;
}

/** The first stretch of `range` where the holdings occupy the most of `field`, and how much they occupy there. */
export function peakOf<Id>(range: MinuteRange, holdings: readonly Holding<Id>[], field: CapacityDimension): { load: number; at: MinuteRange } {
  let peak = { load: 0, at: { start: range.start, end: range.end } };
  let isInPeak = false;
  for (const segment of segmentsOf(range, holdings)) {
    const load = segment.active.reduce((sum, h) => sum + h[field], 0);
    if (load > peak.load) {
      peak = { load, at: { start: segment.start, end: segment.end } };
      isInPeak = true;
    } else if (isInPeak && load === peak.load && peak.at.end === segment.start) {
      peak.at.end = segment.end;
    } else {
      isInPeak = false;
    }
  }
  return peak;
}

/**
 * Whether a request for `stations` and `trainees` over `range` fits beside the holdings; one
 * problem per dimension that does not fit (stations first), none when it fits.
 */
export function findCapacityProblems<Id>(
  request: MinuteRange & { stations: number; trainees: number },
  holdings: readonly Holding<Id>[],
  limit: { stations: number; trainees: number },
): CapacityProblem<Id>[] {
  const segments = segmentsOf(request, holdings);
  const problems: CapacityProblem<Id>[] = [];
  for (const field of ['stations', 'trainees'] as const) {
    let free = limit[field];
    let at: MinuteRange | null = null;
    const colliding = new Set<Holding<Id>>();
    for (const segment of segments) {
      const load = segment.active.reduce((sum, h) => sum + h[field], 0);
      free = Math.min(free, limit[field] - load);
      if (load + request[field] <= limit[field]) continue;
      for (const h of segment.active) colliding.add(h);
      // The first stretch where it does not fit, joined across adjacent pieces.
      if (!at) at = { start: segment.start, end: segment.end };
      else if (at.end === segment.start) at.end = segment.end;
    }
    if (at) {
      const collidingIds = [...colliding].sort((a, b) => a.start - b.start || a.end - b.end).map((h) => h.id);
      problems.push({ field, limit: limit[field], free: Math.max(free, 0), at, collidingIds });
    }
  }
  return problems;
}
