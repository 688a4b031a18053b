import type { Me, OrganisationType } from '../../../api/types';
import { isEnterpriseStaff } from '../../positions/utils/permissions';

/** Ranked candidates of a position: the zone's operator, and the staff of the position's enterprise. */
export function canRankCandidates(me: Me | null, organisationType: OrganisationType | null): boolean {
  return me?.role === 'operator' || isEnterpriseStaff(me, organisationType);
}

/** 推荐: only a person at the operator recommends (PIPL art. 24: ranking informs, a person decides). */
export function canRecommend(me: Me | null): boolean {
  return me?.role === 'operator';
}

/** The recommendations list: the zone's for operators and government, an enterprise's own. */
export function canReadRecommendations(me: Me | null, organisationType: OrganisationType | null): boolean {
  return me?.role === 'operator' || me?.role === 'government' || isEnterpriseStaff(me, organisationType);
}

/** The enterprise answers the candidates recommended to it (interview, offer, hired, declined). */
export function canAnswerRecommendations(me: Me | null, organisationType: OrganisationType | null): boolean {
  return isEnterpriseStaff(me, organisationType);
}

/** Recommendation counts per period: the zone's operator and government. */
export function canReadRecommendationStats(me: Me | null): boolean {
  return me?.role === 'operator' || me?.role === 'government';
}

/** An enterprise orders its own applicants (1 = first choice) for batch allocation. */
export function canRankApplicants(me: Me | null, organisationType: OrganisationType | null): boolean {
  return isEnterpriseStaff(me, organisationType);
}
