// Statistics of a fair and of a year of fairs. An enterprise sees its own figures only: other
// enterprises' intents never reach it, not even as counts.
import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { startOfDayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import * as boothsRepo from './booths.repository';
import { getVisibleFair, isZoneWide, managesFair, zoneOf } from './fairs.scope';
import * as fairsRepo from './fairs.repository';
import * as repo from './fair-stats.repository';
import type { FairStatsView, YearStatsView } from './intents.schemas';

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

export async function getFairStats(ctx: AppContext, actor: Actor, fairId: string): Promise<FairStatsView> {
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  let organisationId: string | undefined;
  if (!isZoneWide(actor) && !managesFair(actor, fair)) {
    if (!actor.organisationId) throw new AppError('forbidden');
    organisationId = actor.organisationId;
  }
  const [registrations, booths, totals, byEnterprise, byPosition, hires, checkinsByHour] = await Promise.all([
    repo.countRegistrations(ctx.db, fair.id),
    boothsRepo.findBoothsOfFair(ctx.db, fair.id, { status: 'approved' }),
    repo.countIntentTotals(ctx.db, fair.id, organisationId),
    repo.countIntentsByEnterprise(ctx.db, fair.id, organisationId),
    repo.countIntentsByPosition(ctx.db, fair.id, organisationId),
    repo.findAttributedHires(ctx.db, [fair.id], organisationId),
    repo.countCheckinsByHour(ctx.db, fair.id),
  ]);
  const hiresByOrganisation = countBy(hires, (h) => h.organisationId);
  const hiresByPosition = countBy(hires, (h) => h.positionId);
  const intentsByOrganisation = new Map(byEnterprise.map((r) => [r.organisationId, r]));
  const shownBooths = organisationId ? booths.filter((b) => b.organisationId === organisationId) : booths;
  return {
    ...registrations,
    booths: booths.length,
    ...totals,
    hiresAttributed: hires.length,
    byEnterprise: shownBooths.map((b) => {
      const figures = intentsByOrganisation.get(b.organisationId);
      return {
        organisation: { id: b.organisationId, name: b.organisationName },
        boothNumber: b.boothNumber,
        intents: figures?.intents ?? 0,
        intentPeople: Number(figures?.intentPeople ?? 0),
        resumes: Number(figures?.resumes ?? 0),
        hires: hiresByOrganisation.get(b.organisationId) ?? 0,
      };
    }),
    byPosition: byPosition.map((r) => ({
      position: { id: r.positionId, title: r.positionTitle },
      organisation: { id: r.organisationId, name: r.organisationName },
      intents: r.intents,
      strong: Number(r.strong),
      resumes: Number(r.resumes),
      hires: hiresByPosition.get(r.positionId) ?? 0,
    })),
    checkinsByHour,
  };
}

/** The zone's fairs that started in a year (China time), with their totals. */
export async function getYearStats(ctx: AppContext, actor: Actor, year: number): Promise<YearStatsView> {
  if (!isZoneWide(actor)) throw new AppError('forbidden');
  const zoneId = zoneOf(actor);
  const fairs = await repo.findFairsStartingBetween(ctx.db, zoneId, startOfDayInChina(`${year}-01-01`), startOfDayInChina(`${year + 1}-01-01`));
  const ids = fairs.map((f) => f.id);
  const [counts, intents, hires] = await Promise.all([
    fairsRepo.countsOfFairs(ctx.db, ids),
    repo.countIntentsOfFairs(ctx.db, ids),
    repo.findAttributedHires(ctx.db, ids),
  ]);
  const intentsByFair = new Map(intents.perFair.map((r) => [r.fairId, r]));
  const hiresByFair = countBy(hires, (h) => h.fairId);
  const rows = fairs.map((f) => ({
    id: f.id,
    title: f.title,
    kind: f.kind,
    startsAt: f.startsAt.toISOString(),
    registered: counts.get(f.id)?.registered ?? 0,
    checkedIn: counts.get(f.id)?.checkedIn ?? 0,
    intentPeople: intentsByFair.get(f.id)?.intentPeople ?? 0,
    resumes: intentsByFair.get(f.id)?.resumes ?? 0,
    hires: hiresByFair.get(f.id) ?? 0,
  }));
  return {
    year,
    campusFairs: fairs.filter((f) => f.kind === 'campus').length,
    onsiteFairs: fairs.filter((f) => f.kind === 'onsite' || f.kind === 'special').length,
    registered: rows.reduce((sum, f) => sum + f.registered, 0),
    checkedIn: rows.reduce((sum, f) => sum + f.checkedIn, 0),
    intentPeople: intents.intentPeople,
    resumes: intents.resumeSeekers,
    hiresAttributed: hires.length,
    fairs: rows,
  };
}
