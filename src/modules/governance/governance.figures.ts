import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { countAgreementSchools } from './agreements.repository';
import { countAppointmentsInYear } from './appointments.repository';
import { countCouncilMembersOn } from './council.repository';
import type { GovernanceIndicator } from './governance.codes';
import type { GovernanceFigures } from './governance.schemas';
import { countEnterprisesVisited } from './visits.repository';

/**
 * A year's governance figures of a zone, each counted from single records:
 * - council_members: organisations with a council term in force at the year's end (or today, in the current year);
 * - agreement_schools: distinct schools party to a strategic cooperation agreement signed and in force at some time in the year;
 * - dual_appointments_to_enterprises / _to_schools: appointments in that direction in office at some time in the year;
 * - enterprises_visited: distinct enterprises visited or at a symposium (走访/座谈) in the year.
 */
export async function computeGovernanceIndicators(db: DbOrTx, zoneId: string, year: number, today = todayInChina()): Promise<Record<GovernanceIndicator, number>> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [councilMembers, agreementSchools, toEnterprises, toSchools, enterprisesVisited] = await Promise.all([
    countCouncilMembersOn(db, zoneId, to < today ? to : today),
    countAgreementSchools(db, zoneId, from, to),
    countAppointmentsInYear(db, zoneId, 'school_to_enterprise', year),
    countAppointmentsInYear(db, zoneId, 'enterprise_to_school', year),
    countEnterprisesVisited(db, zoneId, from, to),
  ]);
  return {
    council_members: councilMembers,
    agreement_schools: agreementSchools,
    dual_appointments_to_enterprises: toEnterprises,
    dual_appointments_to_schools: toSchools,
    enterprises_visited: enterprisesVisited,
  };
}

export async function getGovernanceFigures(ctx: AppContext, actor: Actor, year: number): Promise<GovernanceFigures> {
  if (!actor.zoneId) throw new AppError('forbidden');
  return { year, indicators: await computeGovernanceIndicators(ctx.db, actor.zoneId, year) };
}
