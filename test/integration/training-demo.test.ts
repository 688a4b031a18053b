import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/modules/demo/seed-demo';
import { createTestApp, type TestApp, type TestClient } from '../helpers/app';
import { DB_KINDS } from '../helpers/databases';

describe.each(DB_KINDS)('the demo training year on %s', (kind) => {
  let t: TestApp;
  let gov: TestClient;
  beforeAll(async () => {
    t = await createTestApp(kind, { withHrServices: true });
    gov = await t.signIn('gov');
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports 16 provincial demonstrative training bases completed in 2023, and the year’s use', async () => {
    const stats = (await gov.get('/api/training/stats?year=2023')).json();
    expect(stats.trainingBases).toBe(16);
    expect(stats.bookings).toBeGreaterThan(3000);
    expect(stats.usedTraineeHours).toBeGreaterThan(100000);
    expect(stats).toMatchObject({ programmes: 4, competitions: 3 });
    expect(stats.completions).toBeGreaterThan(100);
    expect(stats.awards).toBeGreaterThan(50);
    expect((await gov.get('/api/training/stats?year=2022')).json().trainingBases).toBe(15);
    const utilisation = (await gov.get('/api/training/utilisation?year=2023')).json();
    const busiest = Math.max(...utilisation.bases.map((b: { total: { utilisationPercent: number } }) => b.total.utilisationPercent));
    expect(busiest).toBeGreaterThan(10);
    expect(busiest).toBeLessThan(60);
  });

  it('has a rural talent programme whose certificates verify, and bookings on the calendar ahead', async () => {
    const operator = await t.signIn('operator');
    const rural = (await operator.get('/api/training/programmes?kind=rural_talent&year=2023')).json();
    expect(rural.total).toBe(2);
    const enrolments = (await operator.get(`/api/training/programmes/${rural.items[0].id}/enrolments`)).json().items;
    const completed = enrolments.find((e: { status: string }) => e.status === 'completed');
    const check = await t.client().get(`/api/public/training-certificates/${completed.certificateNo}`);
    expect(check.json()).toMatchObject({ certificateNo: completed.certificateNo, programmeTitle: rural.items[0].title });
    const dali = await t.signIn('dali');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const ahead = new Date(Date.parse(today) + 27 * 86_400_000).toISOString().slice(0, 10);
    const calendar = (await dali.get(`/api/training/calendar?from=${today}&to=${ahead}`)).json();
    expect(calendar.slots.length).toBeGreaterThan(50);
    expect(calendar.slots.some((s: { booking: unknown }) => s.booking === null)).toBe(true);
  });

  it('loads again without change', async () => {
    const before = (await gov.get('/api/training/stats?year=2023')).json();
    await seedDemo(t.ctx);
    expect((await gov.get('/api/training/stats?year=2023')).json()).toEqual(before);
  });
});
