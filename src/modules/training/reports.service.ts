import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import * as basesRepo from './bases.repository';
import type { TrainingStats, UtilisationView } from './bases.schemas';
import { hoursPerDay } from './bases.service';
import { toMinutes } from './booking-capacity';
import { sumUseByBaseAndMonth, sumZoneUse } from './bookings.repository';
import { countCompetitionFigures } from './competitions.repository';
import { countProgrammeFigures } from './programmes.repository';
import { monthlyCapacityHours, monthsOf, utilisationPercent } from './training.rules';
import { zoneOf } from './training.scope';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Used trainee-hours against capacity, per base and month of a year. */
export async function getUtilisation(ctx: AppContext, actor: Actor, query: { year: number; baseId?: string | undefined }): Promise<UtilisationView> {
  const zoneId = zoneOf(actor);
  const bases = await basesRepo.findBasesOfZone(ctx.db, zoneId, query.baseId);
  if (query.baseId && bases.length === 0) throw new AppError('not_found');
  const sums = await sumUseByBaseAndMonth(ctx.db, zoneId, { from: `${query.year}-01-01`, to: `${query.year}-12-31`, baseId: query.baseId });
  const byKey = new Map(sums.map((s) => [`${s.baseId} ${s.month}`, s]));
  return {
    year: query.year,
    bases: bases.map((base) => {
      const openMinutesPerDay = toMinutes(base.closesAt) - toMinutes(base.opensAt);
      const months = monthsOf(query.year).map((month) => {
        const sum = byKey.get(`${base.id} ${month}`);
        const capacityTraineeHours = monthlyCapacityHours({ capacity: base.capacity, openMinutesPerDay, completedOn: base.completedOn }, query.year, Number(month.slice(5)));
        const usedTraineeHours = sum?.usedTraineeHours ?? 0;
        return {
          month,
          bookings: sum?.bookings ?? 0,
          bookedTraineeHours: round1(sum?.bookedTraineeHours ?? 0),
          usedTraineeHours: round1(usedTraineeHours),
          capacityTraineeHours,
          utilisationPercent: utilisationPercent(usedTraineeHours, capacityTraineeHours),
        };
      });
      const total = months.reduce(
        (t, m) => ({
          bookings: t.bookings + m.bookings,
          bookedTraineeHours: t.bookedTraineeHours + m.bookedTraineeHours,
          usedTraineeHours: t.usedTraineeHours + m.usedTraineeHours,
          capacityTraineeHours: t.capacityTraineeHours + m.capacityTraineeHours,
        }),
        { bookings: 0, bookedTraineeHours: 0, usedTraineeHours: 0, capacityTraineeHours: 0 },
      );
      return {
        baseId: base.id,
        name: base.name,
        capacity: base.capacity,
        hoursPerDay: hoursPerDay(base),
        months,
        total: {
          ...total,
          bookedTraineeHours: round1(total.bookedTraineeHours),
          usedTraineeHours: round1(total.usedTraineeHours),
          utilisationPercent: utilisationPercent(total.usedTraineeHours, total.capacityTraineeHours),
        },
      };
    }),
  };
}

/** The year's training figures of the zone, as reports to government quote them. */
export async function getTrainingStats(ctx: AppContext, actor: Actor, year: number): Promise<TrainingStats> {
  const zoneId = zoneOf(actor);
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [trainingBases, operating, use, programmes, competitions] = await Promise.all([
    basesRepo.countDemonstrativeBases(ctx.db, zoneId, range.to),
    basesRepo.countOperatingBases(ctx.db, zoneId),
    sumZoneUse(ctx.db, zoneId, range),
    countProgrammeFigures(ctx.db, zoneId, range),
    countCompetitionFigures(ctx.db, zoneId, range),
  ]);
  return {
    year,
    trainingBases,
    operatingBases: operating.bases,
    stations: operating.stations,
    bookings: use.bookings,
    usedTraineeHours: round1(use.usedTraineeHours),
    ...programmes,
    ...competitions,
  };
}
