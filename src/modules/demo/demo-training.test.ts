import { describe, expect, it } from 'vitest';
import { isRegionCode } from '../organisations/regions';
import { findCapacityProblems, type Holding, toMinutes } from '../training/booking-capacity';
import { attendancePercent, normaliseCertificateNo } from '../training/training.rules';
import { generateDemoOrganisations } from './demo-organisations';
import { DEMO_DEMONSTRATIVE_BASES_2023, generateDemoTraining } from './demo-training';

const organisations = generateDemoOrganisations()
  .map((o) => ({ name: o.name, type: o.type, industry: o.industry }))
  .sort((a, b) => a.name.localeCompare(b.name));
const TODAY = '2026-05-20';
const demo = generateDemoTraining({ organisations, seekerCount: 1600, today: TODAY });
const in2023 = demo.bookings.filter((b) => b.bookedOn <= '2023-12-31');

describe('demo training year', () => {
  it('is deterministic', () => {
    expect(generateDemoTraining({ organisations, seekerCount: 1600, today: TODAY })).toEqual(demo);
    expect(generateDemoTraining({ organisations, seekerCount: 1600, today: TODAY, seed: 7 }).bookings).not.toEqual(demo.bookings);
  });

  it('has exactly 16 provincial demonstrative bases completed by the end of 2023', () => {
    const counted = demo.bases.filter((b) => b.isProvincialDemonstrative && b.completedOn !== null && b.completedOn <= '2023-12-31');
    expect(counted).toHaveLength(DEMO_DEMONSTRATIVE_BASES_2023);
    expect(DEMO_DEMONSTRATIVE_BASES_2023).toBe(16);
    // The others are not: one ordinary base, one still being built.
    expect(demo.bases.length).toBeGreaterThan(16);
    expect(new Set(demo.bases.map((b) => b.name)).size).toBe(demo.bases.length);
    for (const base of demo.bases) {
      expect(isRegionCode(base.regionCode)).toBe(true);
      expect(base.capacity).toBeGreaterThanOrEqual(base.stations);
      expect(toMinutes(base.closesAt)).toBeGreaterThan(toMinutes(base.opensAt));
      expect(base.partnerIndices.length).toBeGreaterThanOrEqual(1);
      for (const i of base.partnerIndices) expect(['school', 'enterprise']).toContain(organisations[i]?.type);
      if (base.status === 'operating') expect(base.completedOn).not.toBeNull();
    }
  });

  it('books only schools and enterprises, within opening hours, after completion, never over capacity', () => {
    expect(in2023.length).toBeGreaterThan(3000);
    expect(demo.bookings.length).toBeGreaterThan(in2023.length);
    const byDay = new Map<string, Holding<number>[]>();
    demo.bookings.forEach((b, i) => {
      const base = demo.bases[b.baseIndex];
      if (!base?.completedOn) throw new Error('booking at a base not completed');
      expect(['school', 'enterprise']).toContain(organisations[b.organisationIndex]?.type);
      expect(b.bookedOn >= base.completedOn).toBe(true);
      expect(toMinutes(b.startsAt)).toBeGreaterThanOrEqual(toMinutes(base.opensAt));
      expect(toMinutes(b.endsAt)).toBeLessThanOrEqual(toMinutes(base.closesAt));
      if (b.status === 'cancelled') {
        expect(b.cancelledAt).not.toBeNull();
        expect(b.attendedTrainees).toBeNull();
        return;
      }
      const key = `${b.baseIndex} ${b.bookedOn}`;
      const holdings = byDay.get(key) ?? [];
      const range = { start: toMinutes(b.startsAt), end: toMinutes(b.endsAt) };
      expect(findCapacityProblems({ ...range, stations: b.stations, trainees: b.trainees }, holdings, { stations: base.stations, trainees: base.capacity })).toEqual([]);
      byDay.set(key, [...holdings, { id: i, ...range, stations: b.stations, trainees: b.trainees }]);
      if (b.attendedMinutes !== null && b.attendedTrainees !== null) {
        expect(b.bookedOn < TODAY).toBe(true);
        expect(b.attendedMinutes).toBeLessThanOrEqual(range.end - range.start);
        expect(b.attendedTrainees).toBeLessThanOrEqual(b.trainees);
      }
    });
    expect(demo.bookings.filter((b) => b.bookedOn >= TODAY).every((b) => b.attendedTrainees === null)).toBe(true);
  });

  it('uses the bases for a plausible share of their capacity in 2023', () => {
    const used = in2023.reduce((sum, b) => sum + ((b.attendedTrainees ?? 0) * (b.attendedMinutes ?? 0)) / 60, 0);
    const capacity = demo.bases.reduce((sum, base) => {
      if (base.status !== 'operating' || !base.completedOn) return sum;
      const from = base.completedOn > '2023-01-01' ? base.completedOn : '2023-01-01';
      const days = (Date.parse('2024-01-01') - Date.parse(from)) / 86_400_000;
      return sum + (base.capacity * (toMinutes(base.closesAt) - toMinutes(base.opensAt)) * days) / 60;
    }, 0);
    expect(used / capacity).toBeGreaterThan(0.1);
    expect(used / capacity).toBeLessThan(0.5);
  });

  it('runs rural talent training with enrolments, attendance and certificates', () => {
    const rural = demo.programmes.filter((p) => p.kind === 'rural_talent' && p.startsOn.startsWith('2023'));
    expect(rural).toHaveLength(2);
    const certificates = new Set<string>();
    for (const p of demo.programmes) {
      expect(p.enrolments.length).toBeLessThanOrEqual(p.capacity);
      expect(p.sessions.every((s) => s.heldOn >= p.startsOn && s.heldOn <= p.endsOn)).toBe(true);
      const seekers = p.enrolments.flatMap((e) => (e.seekerIndex === null ? [] : [e.seekerIndex]));
      expect(new Set(seekers).size).toBe(seekers.length);
      for (const e of p.enrolments) {
        expect((e.seekerIndex === null) !== (e.traineeName === null)).toBe(true);
        if (e.status === 'completed') {
          expect(attendancePercent(e.presentAt.length, p.sessions.length)).toBeGreaterThanOrEqual(p.requiredAttendancePercent);
          expect(normaliseCertificateNo(e.certificateNo ?? '')).toBe(e.certificateNo);
          certificates.add(e.certificateNo ?? '');
        } else {
          expect(e.certificateNo).toBeNull();
        }
        for (const i of e.presentAt) expect((p.sessions[i]?.heldOn ?? '') <= TODAY).toBe(true);
      }
    }
    const completed = rural.flatMap((p) => p.enrolments.filter((e) => e.status === 'completed'));
    expect(completed.length).toBeGreaterThan(80);
    expect(certificates.size).toBe(demo.programmes.flatMap((p) => p.enrolments).filter((e) => e.status === 'completed').length);
    const upcoming = demo.programmes.filter((p) => p.startsOn > TODAY);
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]?.enrolments.every((e) => e.status === 'enrolled' && e.presentAt.length === 0)).toBe(true);
  });

  it('holds skill competitions with scored entrants and ranked awards', () => {
    expect(demo.competitions.length).toBeGreaterThanOrEqual(2);
    for (const c of demo.competitions) {
      expect(c.heldOn.startsWith('2023')).toBe(true);
      for (const category of c.categories) {
        const entrants = c.entrants.filter((e) => e.category === category);
        expect(entrants.length).toBeGreaterThanOrEqual(8);
        const count = (award: string) => entrants.filter((e) => e.award === award).length;
        expect(count('first')).toBeGreaterThanOrEqual(1);
        expect(count('second') + count('third') + count('excellence')).toBeGreaterThan(0);
        // Every award winner scored at least as much as everyone without one.
        const best = Math.max(...entrants.filter((e) => !e.award).map((e) => Number(e.score)));
        for (const e of entrants.filter((x) => x.award)) expect(Number(e.score)).toBeGreaterThanOrEqual(best);
        const seekers = entrants.flatMap((e) => (e.seekerIndex === null ? [] : [e.seekerIndex]));
        expect(new Set(seekers).size).toBe(seekers.length);
      }
    }
  });
});
