import { EDUCATION_LEVELS, type EducationLevel } from '../../positions/positions.codes';
import { lookupMajor, majorFit, type MajorFit, type MajorInfo } from './majors';
import { bestRegionFit, type RegionFit } from './regions';
import { heldSkills, requiredSkills, type CanonicalSkill } from './skills';
import { positionTerms, resumeTerms, textRelevance, type TermWeight, UNIT_TERM_WEIGHT } from './text';

// How well a job seeker fits a position (人岗匹配): nine factors, each worth up to the operator's
// weight in points, each with a reason code and the values behind it, and the total on a 0–100
// scale. `scoreMatch` is the reference on plain objects; the candidate and opening indexes encode
// profiles into typed arrays and rank with lookup tables filled by the same factor functions below,
// so a ranked match always equals `scoreMatch` of the same pair (given the index's word weights).
// Points are rounded to hundredths and the total is computed from their sum in integer hundredths,
// exact whatever order an index adds them in.

/** The factors of a seeker's fit to a position, in the order they are shown. */
export const FACTORS = ['education', 'major', 'skills', 'experience', 'location', 'salary', 'accommodation', 'availability', 'text'] as const;
export type Factor = (typeof FACTORS)[number];

/** Points each factor gives for a perfect fit; the operator sets them (integers 0–100, at least one above 0). */
export type MatchingWeights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: MatchingWeights = {
  education: 15,
  major: 15,
  skills: 20,
  experience: 10,
  location: 10,
  salary: 10,
  accommodation: 5,
  availability: 5,
  text: 10,
};

/**
 * One factor's contribution, with the reason in plain words: `reason` is a code the web renders
 * through its catalogue (matching.reason.<code>) with `params` filled in.
 */
export type FactorScore = {
  factor: Factor;
  points: number;
  max: number;
  reason: ReasonCode;
  params: Record<string, string | number>;
};

export type ScoredMatch = { total: number; factors: FactorScore[] };

/** What scoring needs of a seeker; built from the seeker row by the matching index. */
export type SeekerFeatureInput = {
  id: string;
  zoneId: string | null;
  /** Active job-matching consent, automated recommendation on, not erased. */
  eligible: boolean;
  educationLevel: EducationLevel | null;
  major: string | null;
  skills: readonly string[];
  experienceYears: number;
  preferredRegions: readonly string[];
  expectedSalaryMin: number | null;
  expectedSalaryMax: number | null;
  /** Needs an accommodated post: known only with the seeker's sensitive-data consent. */
  needsAccommodation: boolean;
  /** ISO date from which the seeker can start; null = now. */
  availableFrom: string | null;
  /** Résumé text for relevance: summary, experience titles and descriptions, skills. */
  resumeText: string;
};

export type PositionFeatureInput = {
  id: string;
  zoneId: string;
  title: string;
  duties: string;
  educationLevel: EducationLevel;
  majors: readonly string[];
  skills: readonly string[];
  experienceYears: number;
  regionCode: string;
  salaryMin: number | null;
  salaryMax: number | null;
  isDisabilityFriendly: boolean;
  accommodation: string | null;
  closingOn: string | null;
};

/**
 * Why a factor scored what it did. Params by code (all strings or numbers):
 * education.*: have, need (education level codes); major.*: major, category (category label) ;
 * skills.matched: matched (joined with 、), count, required; skills.none: required;
 * experience.*: have, need (years); location.*: region (GB/T 2260 code of the post);
 * salary.within/below_expectation: expected, offeredMin, offeredMax (yuan per month);
 * availability.before_closing: from; availability.after_closing: from, closing;
 * text.relevant: words (joined with 、), share (percent of the duties' weight matched).
 */
export const REASON_CODES = [
  'education.any',
  'education.meets',
  'education.exceeds',
  'education.below',
  'education.unknown',
  'major.any',
  'major.exact',
  'major.same_category',
  'major.related',
  'major.unrelated',
  'major.unknown',
  'skills.any',
  'skills.matched',
  'skills.none',
  'experience.any',
  'experience.meets',
  'experience.below',
  'location.county',
  'location.prefecture',
  'location.province',
  'location.elsewhere',
  'location.no_preference',
  'salary.within',
  'salary.below_expectation',
  'salary.unknown',
  'accommodation.provided',
  'accommodation.missing',
  'accommodation.not_needed',
  'availability.now',
  'availability.before_closing',
  'availability.after_closing',
  'text.relevant',
  'text.none',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Profiles as the factors read them

/** A position with its names resolved: canonical majors and skills, the words of its text. */
export type PreparedPosition = {
  educationLevel: EducationLevel;
  majors: readonly MajorInfo[];
  skills: readonly CanonicalSkill[];
  experienceYears: number;
  regionCode: string;
  salaryMin: number | null;
  salaryMax: number | null;
  isDisabilityFriendly: boolean;
  closingOn: string | null;
  terms: readonly string[];
};

/** A seeker with its names resolved: canonical major, held skills (implied ones included), words. */
export type PreparedSeeker = {
  educationLevel: EducationLevel | null;
  major: MajorInfo | null;
  skills: ReadonlySet<string>;
  experienceYears: number;
  preferredRegions: readonly string[];
  expectedSalaryMin: number | null;
  needsAccommodation: boolean;
  availableFrom: string | null;
  terms: ReadonlySet<string>;
};

export function preparePosition(position: PositionFeatureInput): PreparedPosition {
  const majors = new Map<string, MajorInfo>();
  for (const name of position.majors) {
    const major = lookupMajor(name);
    if (major.key !== '' && !majors.has(major.key)) majors.set(major.key, major);
  }
  return {
    educationLevel: position.educationLevel,
    majors: [...majors.values()],
    skills: requiredSkills(position.skills),
    experienceYears: position.experienceYears,
    regionCode: position.regionCode,
    salaryMin: position.salaryMin,
    salaryMax: position.salaryMax,
    isDisabilityFriendly: position.isDisabilityFriendly,
    closingOn: position.closingOn,
    terms: positionTerms(position.title, position.duties),
  };
}

export function prepareSeeker(seeker: SeekerFeatureInput): PreparedSeeker {
  const major = seeker.major === null ? null : lookupMajor(seeker.major);
  return {
    educationLevel: seeker.educationLevel,
    major: major && major.key !== '' ? major : null,
    skills: new Set(heldSkills(seeker.skills).map((s) => s.key)),
    experienceYears: seeker.experienceYears,
    preferredRegions: [...new Set(seeker.preferredRegions)],
    expectedSalaryMin: seeker.expectedSalaryMin,
    needsAccommodation: seeker.needsAccommodation,
    availableFrom: seeker.availableFrom,
    terms: new Set(resumeTerms(seeker.resumeText)),
  };
}

// ---------------------------------------------------------------------------------------------
// Factors. Each gives `weight × fraction` points, rounded to hundredths, so the shown points add
// up to the total.

/** Points for a fraction of a factor's weight. */
export function pointsOf(weight: number, fraction: number): number {
  return Math.round(weight * fraction * 100) / 100;
}

function factorScore(factor: Factor, weight: number, fraction: number, reason: ReasonCode, params: FactorScore['params'] = {}): FactorScore {
  return { factor, points: pointsOf(weight, fraction), max: weight, reason, params };
}

const LEVEL_INDEX = new Map<EducationLevel, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

export function scoreEducation(weight: number, need: EducationLevel, have: EducationLevel | null): FactorScore {
  if (need === 'none') return factorScore('education', weight, 1, 'education.any', have === null ? { need } : { have, need });
  if (have === null) return factorScore('education', weight, 0, 'education.unknown', { need });
  const gap = (LEVEL_INDEX.get(have) ?? 0) - (LEVEL_INDEX.get(need) ?? 0);
  if (gap === 0) return factorScore('education', weight, 1, 'education.meets', { have, need });
  if (gap > 0) return factorScore('education', weight, 1, 'education.exceeds', { have, need });
  return factorScore('education', weight, gap === -1 ? 0.5 : 0, 'education.below', { have, need });
}

const MAJOR_FRACTION: Record<MajorFit, number> = { exact: 1, same_category: 0.6, related: 0.3, unrelated: 0 };
const MAJOR_REASON: Record<MajorFit, ReasonCode> = {
  exact: 'major.exact',
  same_category: 'major.same_category',
  related: 'major.related',
  unrelated: 'major.unrelated',
};

export function scoreMajor(weight: number, required: readonly MajorInfo[], held: MajorInfo | null): FactorScore {
  if (required.length === 0) return factorScore('major', weight, 1, 'major.any', held ? majorParams(held) : {});
  if (!held) return factorScore('major', weight, 0, 'major.unknown');
  let best: MajorFit = 'unrelated';
  for (const major of required) {
    const fit = majorFit(major, held);
    if (MAJOR_FRACTION[fit] > MAJOR_FRACTION[best]) best = fit;
  }
  return factorScore('major', weight, MAJOR_FRACTION[best], MAJOR_REASON[best], majorParams(held));
}

function majorParams(held: MajorInfo): FactorScore['params'] {
  return held.category ? { major: held.key, category: held.category } : { major: held.key };
}

/** Points for `matched` of `required` skills (the index tabulates them by count). */
export function skillPoints(weight: number, matched: number, required: number): number {
  return pointsOf(weight, required === 0 ? 1 : matched / required);
}

export function scoreSkills(weight: number, required: readonly CanonicalSkill[], held: ReadonlySet<string>): FactorScore {
  if (required.length === 0) return factorScore('skills', weight, 1, 'skills.any');
  const matched = required.filter((skill) => held.has(skill.key)).map((skill) => skill.label);
  if (matched.length === 0) return { factor: 'skills', points: 0, max: weight, reason: 'skills.none', params: { required: required.length } };
  return {
    factor: 'skills',
    points: skillPoints(weight, matched.length, required.length),
    max: weight,
    reason: 'skills.matched',
    params: { matched: matched.join('、'), count: matched.length, required: required.length },
  };
}

export function scoreExperience(weight: number, need: number, have: number): FactorScore {
  if (need <= 0) return factorScore('experience', weight, 1, 'experience.any', { have, need });
  if (have >= need) return factorScore('experience', weight, 1, 'experience.meets', { have, need });
  return factorScore('experience', weight, Math.max(0, have) / need, 'experience.below', { have, need });
}

const LOCATION_FRACTION: Record<RegionFit, number> = { county: 1, prefecture: 0.7, province: 0.4, elsewhere: 0 };

export function scoreLocation(weight: number, preferences: readonly string[], region: string): FactorScore {
  const fit = bestRegionFit(preferences, region);
  if (fit === null) return factorScore('location', weight, 0.5, 'location.no_preference', { region });
  return factorScore('location', weight, LOCATION_FRACTION[fit], `location.${fit}`, { region });
}

export function scoreSalary(weight: number, expectedMin: number | null, offeredMin: number | null, offeredMax: number | null): FactorScore {
  const params: FactorScore['params'] = {};
  if (expectedMin !== null) params.expected = expectedMin;
  if (offeredMin !== null) params.offeredMin = offeredMin;
  if (offeredMax !== null) params.offeredMax = offeredMax;
  if (expectedMin === null || offeredMax === null) return factorScore('salary', weight, 0.5, 'salary.unknown', params);
  if (offeredMax >= expectedMin) return factorScore('salary', weight, 1, 'salary.within', params);
  // Half the expectation short (or worse) is worth nothing; a little short, nearly everything.
  const fraction = expectedMin > 0 ? Math.max(0, 1 - (2 * (expectedMin - offeredMax)) / expectedMin) : 0;
  return factorScore('salary', weight, fraction, 'salary.below_expectation', params);
}

export function scoreAccommodation(weight: number, needs: boolean, isDisabilityFriendly: boolean): FactorScore {
  if (!needs) return factorScore('accommodation', weight, 1, 'accommodation.not_needed');
  return isDisabilityFriendly
    ? factorScore('accommodation', weight, 1, 'accommodation.provided')
    : factorScore('accommodation', weight, 0, 'accommodation.missing');
}

/** Without a closing date a post is taken to wait this many days for its hire. */
export const OPEN_POST_WAIT_DAYS = 30;

/** ISO date `days` after `iso` (calendar arithmetic, no time zone involved). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function scoreAvailability(weight: number, availableFrom: string | null, today: string, closingOn: string | null): FactorScore {
  if (availableFrom === null || availableFrom <= today) return factorScore('availability', weight, 1, 'availability.now');
  const closing = closingOn ?? addDays(today, OPEN_POST_WAIT_DAYS);
  if (availableFrom <= closing) return factorScore('availability', weight, 0.7, 'availability.before_closing', { from: availableFrom });
  return factorScore('availability', weight, 0.2, 'availability.after_closing', { from: availableFrom, closing });
}

export function scoreText(weight: number, positionWords: readonly string[], seekerWords: ReadonlySet<string>, termWeight: TermWeight): FactorScore {
  const relevance = textRelevance(positionWords, seekerWords, termWeight);
  if (relevance.words.length === 0) return factorScore('text', weight, 0, 'text.none');
  return factorScore('text', weight, relevance.share, 'text.relevant', {
    words: relevance.words.join('、'),
    share: Math.round(relevance.share * 100),
  });
}

// ---------------------------------------------------------------------------------------------
// The whole match

export function weightSum(weights: MatchingWeights): number {
  let sum = 0;
  for (const factor of FACTORS) sum += weights[factor];
  return sum;
}

/** Points as an integer number of hundredths: the indexes add these, so any order gives the same sum. */
export function hundredthsOf(points: number): number {
  return Math.round(points * 100);
}

/** Total × 10 as an integer (ranking compares it): 100 · points / weights, to one decimal. */
export function totalTenths(hundredths: number, weightTotal: number): number {
  return weightTotal > 0 ? Math.round((10 * hundredths) / weightTotal) : 0;
}

/** The factors in FACTORS order and their total. */
export function scorePrepared(
  weights: MatchingWeights,
  position: PreparedPosition,
  seeker: PreparedSeeker,
  today: string,
  termWeight: TermWeight = UNIT_TERM_WEIGHT,
): ScoredMatch {
  const factors: FactorScore[] = [
    scoreEducation(weights.education, position.educationLevel, seeker.educationLevel),
    scoreMajor(weights.major, position.majors, seeker.major),
    scoreSkills(weights.skills, position.skills, seeker.skills),
    scoreExperience(weights.experience, position.experienceYears, seeker.experienceYears),
    scoreLocation(weights.location, seeker.preferredRegions, position.regionCode),
    scoreSalary(weights.salary, seeker.expectedSalaryMin, position.salaryMin, position.salaryMax),
    scoreAccommodation(weights.accommodation, seeker.needsAccommodation, position.isDisabilityFriendly),
    scoreAvailability(weights.availability, seeker.availableFrom, today, position.closingOn),
    scoreText(weights.text, position.terms, seeker.terms, termWeight),
  ];
  let hundredths = 0;
  for (const factor of factors) hundredths += hundredthsOf(factor.points);
  return { total: totalTenths(hundredths, weightSum(weights)) / 10, factors };
}

/**
 * The reference scorer: how `seeker` fits `position` on `today` (ISO date, Asia/Shanghai).
 * `termWeight` weighs the words of the text factor (an index's IDF); by default every word counts 1.
 */
export function scoreMatch(
  weights: MatchingWeights,
  position: PositionFeatureInput,
  seeker: SeekerFeatureInput,
  today: string,
  termWeight: TermWeight = UNIT_TERM_WEIGHT,
): ScoredMatch {
  return scorePrepared(weights, preparePosition(position), prepareSeeker(seeker), today, termWeight);
}
