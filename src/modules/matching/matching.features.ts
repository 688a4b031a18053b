// From database rows to what the matching engine scores: the one place that decides which
// parts of a profile and a position count, and what consent each part needs.
import { decryptText, type Keys } from '../../platform/crypto';
import type { EducationLevel } from '../positions/positions.codes';
import type { PositionRow } from '../positions/positions.repository';
import type { Disability } from '../talent/talent.schemas';
import type { MatchingWeights, PositionFeatureInput, ScoredMatch, SeekerFeatureInput } from './engine/scoring';
import type { SeekerForMatching } from './matching.repository';

/** Needs an accommodated post: read only under the sensitive-data consent (PIPL art. 28–29). */
function needsAccommodation(keys: Keys, row: SeekerForMatching): boolean {
  if (!row.hasDisabilityConsent || !row.seeker.disabilityEnc) return false;
  const disability = JSON.parse(decryptText(keys, row.seeker.disabilityEnc)) as Disability;
  return disability.hasDisability;
}

/** Ranked and recommended automatically only with consent, with automated recommendation on, and not erased. */
export function isMatchable(row: SeekerForMatching): boolean {
  return row.hasMatchingConsent && row.seeker.autoRecommend && !row.seeker.erasedAt;
}

export function seekerFeatures(keys: Keys, row: SeekerForMatching): SeekerFeatureInput {
  const s = row.seeker;
  const eligible = isMatchable(row);
  const resumeText = eligible
    ? [
        s.summary ?? '',
        ...s.experience.flatMap((e) => [e.title, e.description ?? '']),
        ...s.education.map((e) => e.major ?? ''),
        s.major ?? '',
        s.skills.join(' '),
      ]
        .filter(Boolean)
        .join('\n')
    : '';
  return {
    id: s.id,
    zoneId: s.zoneId,
    eligible,
    educationLevel: (s.educationLevel as EducationLevel | null) ?? null,
    major: s.major,
    skills: s.skills,
    experienceYears: s.experienceYears,
    preferredRegions: s.preferredRegions,
    expectedSalaryMin: s.expectedSalaryMin,
    expectedSalaryMax: s.expectedSalaryMax,
    needsAccommodation: eligible && needsAccommodation(keys, row),
    availableFrom: s.availableFrom,
    resumeText,
  };
}

/**
 * What an enterprise may see of a match: the accommodation factor follows from disability
 * information (sensitive, PIPL art. 28), so it is removed and the total recomputed without it.
 */
export function withoutSensitiveFactors(match: ScoredMatch): ScoredMatch {
  const factors = match.factors.filter((f) => f.factor !== 'accommodation');
  const max = factors.reduce((sum, f) => sum + f.max, 0);
  const points = factors.reduce((sum, f) => sum + f.points, 0);
  return { total: max > 0 ? Math.round((1000 * points) / max) / 10 : 0, factors };
}

/** Weights an enterprise's ranking uses: the sensitive factor neither orders nor shows. */
export function withoutSensitiveWeights(weights: MatchingWeights): MatchingWeights {
  return { ...weights, accommodation: 0 };
}

export function positionFeatures(p: PositionRow): PositionFeatureInput {
  return {
    id: p.id,
    zoneId: p.zoneId,
    title: p.title,
    duties: p.duties,
    educationLevel: p.educationLevel as EducationLevel,
    majors: p.majors,
    skills: p.skills,
    experienceYears: p.experienceYears,
    regionCode: p.regionCode,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    isDisabilityFriendly: p.isDisabilityFriendly,
    accommodation: p.accommodation,
    closingOn: p.closingOn,
  };
}
