import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCapacityProblems, formatMinutes, formatRange, type Holding, isTimeOfDay, overlaps, peakOf, toMinutes } from './booking-capacity';

const h = (id: string, from: string, to: string, stations: number, trainees = stations): Holding => ({
  id,
  start: toMinutes(from),
  end: toMinutes(to),
  stations,
  trainees,
});
const ask = (from: string, to: string, stations: number, trainees = stations) => ({ start: toMinutes(from), end: toMinutes(to), stations, trainees });
const BASE = { stations: 40, trainees: 60 };

describe('times of day', () => {
  it('reads HH:MM and PostgreSQL HH:MM:SS, and writes HH:MM', () => {
    expect(toMinutes('08:30')).toBe(510);
    expect(toMinutes('17:45:00')).toBe(1065);
    expect(formatMinutes(510)).toBe('08:30');
    expect(formatRange({ start: 480, end: 720 })).toBe('08:00–12:00');
    for (const bad of ['8:30', '24:00', '12:60', '12:00:30', 'noon', '']) expect(isTimeOfDay(bad)).toBe(false);
    expect(() => toMinutes('25:00')).toThrow(RangeError);
  });

  it('treats ranges as half-open: one ending when the other starts does not overlap', () => {
    expect(overlaps({ start: 480, end: 600 }, { start: 600, end: 720 })).toBe(false);
    expect(overlaps({ start: 480, end: 601 }, { start: 600, end: 720 })).toBe(true);
    expect(overlaps({ start: 480, end: 720 }, { start: 540, end: 600 })).toBe(true);
  });
});

describe('the capacity rule', () => {
  it('lets bookings fill the base exactly, and refuses one station more', () => {
    const holdings = [h('a', '08:00', '12:00', 25), h('b', '09:00', '11:00', 10)];
    expect(findCapacityProblems(ask('10:00', '11:00', 5), holdings, BASE)).toEqual([]);
    const [problem, ...rest] = findCapacityProblems(ask('10:00', '11:00', 6), holdings, BASE);
    expect(rest).toEqual([]);
    expect(problem).toEqual({ field: 'stations', limit: 40, free: 5, at: { start: 600, end: 660 }, collidingIds: ['a', 'b'] });
  });

  it('counts only the bookings overlapping the moments where the request does not fit', () => {
    // a and c never overlap each other; the request overlaps both but only collides during c.
    const holdings = [h('a', '08:00', '10:00', 20), h('c', '13:00', '15:00', 35), h('d', '15:00', '17:00', 40)];
    const [problem] = findCapacityProblems(ask('09:00', '14:00', 10), holdings, BASE);
    expect(problem).toMatchObject({ free: 5, at: { start: 780, end: 840 }, collidingIds: ['c'] });
    // Ending exactly when d starts: d is not in the way.
    expect(findCapacityProblems(ask('10:00', '13:00', 40), holdings, BASE)).toEqual([]);
  });

  it('takes the peak of overlapping bookings, not their sum over the day', () => {
    // Three bookings of 20 that never overlap each other all at once hold at most 40.
    const holdings = [h('a', '08:00', '10:00', 20), h('b', '09:00', '11:00', 20), h('c', '10:00', '12:00', 20)];
    expect(peakOf({ start: 480, end: 720 }, holdings, 'stations')).toEqual({ load: 40, at: { start: 540, end: 660 } });
    expect(peakOf({ start: 480, end: 720 }, holdings, 'trainees').load).toBe(40);
    expect(peakOf({ start: 700, end: 800 }, [], 'stations')).toEqual({ load: 0, at: { start: 700, end: 800 } });
    expect(findCapacityProblems(ask('08:00', '12:00', 1), holdings, BASE)[0]).toMatchObject({
      free: 0,
      at: { start: 540, end: 660 },
      collidingIds: ['a', 'b', 'c'],
    });
    expect(findCapacityProblems(ask('11:00', '12:00', 20), holdings, BASE)).toEqual([]);
  });

  it('checks trainees against the base’s capacity as well as stations', () => {
    const holdings = [h('a', '08:00', '12:00', 10, 50)];
    const problems = findCapacityProblems(ask('09:00', '10:00', 10, 11), holdings, BASE);
    expect(problems).toEqual([{ field: 'trainees', limit: 60, free: 10, at: { start: 540, end: 600 }, collidingIds: ['a'] }]);
    const both = findCapacityProblems(ask('09:00', '10:00', 31, 11), holdings, BASE);
    expect(both.map((p) => p.field)).toEqual(['stations', 'trainees']);
  });

  it('refuses a request larger than the base even when nothing else is booked', () => {
    expect(findCapacityProblems(ask('08:00', '09:00', 41), [], BASE)).toEqual([
      { field: 'stations', limit: 40, free: 40, at: { start: 480, end: 540 }, collidingIds: [] },
    ]);
  });

  it('agrees with a minute-by-minute count on any set of bookings', () => {
    const holding = fc.record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 600 }), stations: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(holding, { maxLength: 8 }), holding, (raw, req) => {
        const holdings = raw.map((r, i) => ({ id: String(i), start: r.start, end: Math.min(1440, r.start + r.length), stations: r.stations, trainees: r.stations }));
        const request = { start: req.start, end: Math.min(1440, req.start + req.length), stations: req.stations, trainees: req.stations };
        let worst = 0;
        const colliding = new Set<string>();
        for (let minute = request.start; minute < request.end; minute += 1) {
          const active = holdings.filter((x) => x.start <= minute && minute < x.end);
          const load = active.reduce((sum, x) => sum + x.stations, 0);
          worst = Math.max(worst, load);
          if (load + request.stations > BASE.stations) for (const x of active) colliding.add(x.id);
        }
        const problems = findCapacityProblems(request, holdings, { stations: BASE.stations, trainees: 1000 });
        expect(problems.length > 0).toBe(worst + request.stations > BASE.stations);
        expect(peakOf(request, holdings, 'stations').load).toBe(worst);
        if (problems[0]) {
          expect(new Set(problems[0].collidingIds)).toEqual(colliding);
          expect(problems[0].free).toBe(Math.max(BASE.stations - worst, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
