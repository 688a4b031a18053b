import type { Utilisation } from '../types';

type MonthFigures = Utilisation['bases'][number]['months'][number];

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The months of one base, or of all bases together (their trainee-hours summed, then divided). */
export function monthsOf(utilisation: Utilisation, baseId: string | undefined): { month: string; usedPercent: number; bookedPercent: number }[] {
  const bases = baseId ? utilisation.bases.filter((b) => b.baseId === baseId) : utilisation.bases;
  const months = bases[0]?.months.map((m) => m.month) ?? [];
  return months.map((month, i) => {
    const figures = bases.map((b) => b.months[i]).filter((m): m is MonthFigures => m !== undefined);
    const capacity = figures.reduce((sum, m) => sum + m.capacityTraineeHours, 0);
    return {
      month,
      usedPercent: percent(figures.reduce((sum, m) => sum + m.usedTraineeHours, 0), capacity),
      bookedPercent: percent(figures.reduce((sum, m) => sum + m.bookedTraineeHours, 0), capacity),
    };
  });
}
