// CONTRACT (the lead wrote the types; the engine helper implements the functions below them).
import type { EducationLevel } from '../../positions/positions.codes';

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
