import {
  DEFAULT_WEIGHTS,
  type Factor,
  type PositionFeatureInput,
  type PreparedPosition,
  type PreparedSeeker,
  preparePosition,
  prepareSeeker,
  type ReasonCode,
  type ScoredMatch,
  type SeekerFeatureInput,
  scorePrepared,
} from '../matching/engine/scoring';
import { type ApplicationStatus, EDUCATION_LEVELS, type EducationLevel } from '../positions/positions.codes';
import { Rng } from './random';

// The demo zone's matching activity at the level of single records: the operator's 2023
// recommendations (推荐) of seekers to enterprise positions and how each one ended (面试 → 录用 →
// 入职, or declined with the enterprise's reason), ordinary portal applications of 2023, and the
// applications and likes (收藏) seekers have for the positions open now. Pure and seeded: the same
// positions, seekers and `now` always give the same records.

export const DEMO_MATCHING_SEED = 20230801;
const DEMO_MATCHING_YEAR = 2023;
/** The article's 2023 figures: 138 positions received recommended candidates; "400余" people (400–499) were recommended. */
export const DEMO_POSITIONS_RECOMMENDED_TO_2023 = 138;
export const DEMO_PEOPLE_RECOMMENDED_2023 = 426;
/** The positions belong to the "50余" enterprises (50–59) the service platform worked with: the demo's value. */
export const DEMO_ENTERPRISES_RECOMMENDED_TO_2023 = 53;
/** Enterprises the article names among them (云南华派药业, 楚雄和创药业, 摩尔农庄): served first when they have posts. */
export const DEMO_NAMED_ENTERPRISES = ['云南华派药业有限公司', '楚雄和创药业有限公司', '云南摩尔农庄生物科技开发有限公司'] as const;
/** People recommended to a second position in the year, on top of their first. */
export const DEMO_SECOND_RECOMMENDATIONS_2023 = 44;
const PORTAL_APPLICATIONS_2023 = 320;
/** Seekers who liked, and some applied to, positions open now. */
const SEEKERS_ACTIVE_NOW = 180;

/** Candidates a recommender considers: within two education levels of the requirement and scoring at least this. */
const MIN_RECOMMENDATION_SCORE = 55;
const MAX_EDUCATION_GAP = 2;
const MIN_CANDIDATES = 4;
const MAX_RECOMMENDATIONS_PER_POSITION = 9;
/** A position needs this long, before it closes and before the year's last recommendations, for a recommendation to make sense. */
const MIN_WINDOW_DAYS = 10;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const CHINA_OFFSET_MS = 8 * HOUR_MS;
const YEAR_START = Date.parse(`${DEMO_MATCHING_YEAR}-01-01T00:00:00+08:00`);
const YEAR_END = Date.parse(`${DEMO_MATCHING_YEAR + 1}-01-01T00:00:00+08:00`);
/** The year's recommendations stop in mid-December, so that most have run their course by the year's end. */
const LAST_RECOMMENDATION = Date.parse(`${DEMO_MATCHING_YEAR}-12-16T00:00:00+08:00`);

/** A position as matching sees it, with what the demo needs to date and fill it. */
export type MatchablePosition = {
  features: PositionFeatureInput;
  organisationId: string;
  status: string;
  headcount: number;
  filledCount: number;
  publishedAt: Date;
};

/** A seeker as matching sees it; a recommendation needs `features.eligible` (job-matching consent, automated recommendation on, not erased). */
export type MatchableSeeker = { features: SeekerFeatureInput; isErased: boolean };

type Stage = 'applied' | 'interview' | 'offer' | 'hired';
/** A stage an application moves on to. */
type Step = Exclude<Stage, 'applied'>;

export type DemoApplicationRecord = {
  positionId: string;
  seekerId: string;
  organisationId: string;
  channel: 'recommendation' | 'portal';
  status: ApplicationStatus;
  declineReason: string | null;
  /** The furthest stage reached: the row keeps only the last status, the decline reason tells where it ended. */
  furthestStage: Stage;
  /** The enterprise's own order among a position's candidates, where it ranked them. */
  employerRank: number | null;
  createdAt: Date;
  statusChangedAt: Date;
  hiredAt: Date | null;
  /** For a recommendation: the score and factors the operator saw when recommending. */
  match: ScoredMatch | null;
};

export type DemoLikeRecord = { seekerId: string; positionId: string; createdAt: Date };

/** A position's filled count after the demo's hires (its earlier count plus them), and whether that fills it. */
export type DemoPositionFill = { positionId: string; filledCount: number; isFilled: boolean; lastHiredAt: Date };

export type DemoMatchingActivity = {
  applications: DemoApplicationRecord[];
  likes: DemoLikeRecord[];
  positionFills: DemoPositionFill[];
};

// ---------------------------------------------------------------------------------------------
// Time: Asia/Shanghai days, working hours 09:00–18:00 (01:00–10:00 UTC)

function shanghaiDate(time: number): string {
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function workingTimeOn(rng: Rng, isoDate: string): number {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  const day = weekday === 6 ? addDays(isoDate, 2) : weekday === 0 ? addDays(isoDate, 1) : isoDate;
  return Date.parse(`${day}T00:00:00Z`) + rng.int(1, 9) * HOUR_MS + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
}

/** A working-hours moment `minDays`–`maxDays` days after `from` (weekends moved to Monday); null unless before `limit`. */
function laterWorkingTime(rng: Rng, from: number, minDays: number, maxDays: number, limit: number): number | null {
  const time = workingTimeOn(rng, addDays(shanghaiDate(from), rng.int(minDays, maxDays)));
  return time < limit ? time : null;
}

/** End of the position's closing day in 楚雄, or no end. */
function closingLimit(position: PositionFeatureInput): number {
  return position.closingOn ? Date.parse(`${addDays(position.closingOn, 1)}T00:00:00+08:00`) : Number.POSITIVE_INFINITY;
}

// ---------------------------------------------------------------------------------------------
// Candidates

const EDUCATION_RANK = new Map<EducationLevel, number>(EDUCATION_LEVELS.map((level, i) => [level, i]));

type Candidate = { seeker: MatchableSeeker; match: ScoredMatch };
type Score = (position: MatchablePosition, seeker: MatchableSeeker, today: string) => ScoredMatch;

/** scoreMatch with the default weights, each profile prepared (segmented by jieba) once instead of once per pair. */
function defaultScorer(): Score {
  const positions = new Map<string, PreparedPosition>();
  const seekers = new Map<string, PreparedSeeker>();
  return (position, seeker, today) => {
    let p = positions.get(position.features.id);
    if (!p) positions.set(position.features.id, (p = preparePosition(position.features)));
    let s = seekers.get(seeker.features.id);
    if (!s) seekers.set(seeker.features.id, (s = prepareSeeker(seeker.features)));
    return scorePrepared(DEFAULT_WEIGHTS, p, s, today);
  };
}

function reasonOf(match: ScoredMatch, factor: Factor): ReasonCode | undefined {
  return match.factors.find((f) => f.factor === factor)?.reason;
}

/** Education at least what the post asks and not far above it; a post asking for majors gets seekers of a related one. */
function isPlausibleFit(position: PositionFeatureInput, seeker: SeekerFeatureInput): boolean {
  const need = EDUCATION_RANK.get(position.educationLevel) ?? 0;
  const have = seeker.educationLevel ? EDUCATION_RANK.get(seeker.educationLevel) : undefined;
  return have !== undefined && have >= need && have - need <= MAX_EDUCATION_GAP;
}

/**
 * A candidate an operator would put forward: a good score, education that meets the post, and a
 * reason to think of them for it — a major of the post's own category, or a related major or (for
 * a post open to any major) a specialist one together with a skill the post asks for. Posts for
 * any major go to seekers without a specialist major as well.
 */
function isRecommendable(match: ScoredMatch, seeker: SeekerFeatureInput): boolean {
  if (match.total < MIN_RECOMMENDATION_SCORE || reasonOf(match, 'education') === 'education.below') return false;
  const hasSkill = reasonOf(match, 'skills') !== 'skills.none';
  const major = reasonOf(match, 'major');
  if (major === 'major.exact' || major === 'major.same_category') return true;
  if (major === 'major.related') return hasSkill;
  return major === 'major.any' && (hasSkill || seeker.major === null);
}

/** Everyone the operator could recommend to the position, best first (ties in the seekers' order). */
function candidatesFor(score: Score, position: MatchablePosition, seekers: readonly MatchableSeeker[], today: string): Candidate[] {
  const found: Candidate[] = [];
  for (const seeker of seekers) {
    if (!isPlausibleFit(position.features, seeker.features)) continue;
    const match = score(position, seeker, today);
    if (isRecommendable(match, seeker.features)) found.push({ seeker, match });
  }
  return found.sort((a, b) => b.match.total - a.match.total);
}

/** `count` of the not-yet-taken candidates, drawn from the best few: operators recommend the top of the list, not always in order. */
function drawFromTop(rng: Rng, candidates: readonly Candidate[], count: number, isTaken: (c: Candidate) => boolean): Candidate[] {
  const free = candidates.filter((c) => !isTaken(c));
  return rng.sample(free.slice(0, Math.max(count * 3, count + 2)), count);
}

// ---------------------------------------------------------------------------------------------
// Outcomes

/** How an application ends: a final stage reached, or declined after a stage. */
type Ending = 'hired' | 'offer' | 'interview' | 'applied' | 'declined_after_applied' | 'declined_after_interview' | 'declined_after_offer';

/**
 * As drawn; a full position or a seeker hired elsewhere turns some hires and open ones into
 * declines, leaving about 55% interviewed, 30% offered and 22% hired, a few still open.
 */
const RECOMMENDATION_ENDINGS: readonly (readonly [Ending, number])[] = [
  ['hired', 26], ['offer', 1], ['interview', 1], ['applied', 2],
  ['declined_after_offer', 6], ['declined_after_interview', 25], ['declined_after_applied', 39],
];
/** Unscreened applicants get fewer interviews. */
const PORTAL_ENDINGS_2023: readonly (readonly [Ending, number])[] = [
  ['hired', 8], ['offer', 1], ['interview', 2], ['applied', 6],
  ['declined_after_offer', 3], ['declined_after_interview', 20], ['declined_after_applied', 60],
];
/** Positions open now: most applications still waiting for the enterprise. */
const PORTAL_ENDINGS_NOW: readonly (readonly [Ending, number])[] = [
  ['applied', 60], ['interview', 18], ['offer', 4], ['declined_after_applied', 14], ['declined_after_interview', 4],
];

const PATHS: Record<Ending, { stages: readonly Step[]; declines: boolean }> = {
  hired: { stages: ['interview', 'offer', 'hired'], declines: false },
  offer: { stages: ['interview', 'offer'], declines: false },
  interview: { stages: ['interview'], declines: false },
  applied: { stages: [], declines: false },
  declined_after_applied: { stages: [], declines: true },
  declined_after_interview: { stages: ['interview'], declines: true },
  declined_after_offer: { stages: ['interview', 'offer'], declines: true },
};

/** Days from the previous step to this one. */
const STAGE_DAYS: Record<Step, readonly [number, number]> = {
  interview: [2, 10],
  offer: [2, 10],
  hired: [3, 20],
};
const DECLINE_DAYS: Record<Exclude<Stage, 'hired'>, readonly [number, number]> = {
  applied: [1, 7],
  interview: [1, 7],
  offer: [2, 12],
};

/** Reasons enterprises and seekers give, by the stage the application ended at. */
const DECLINE_REASONS: Record<Exclude<Stage, 'hired'>, readonly (readonly [string, number])[]> = {
  applied: [
    ['专业不对口', 3], ['期望薪资过高', 3], ['工作经验不足', 2], ['已在其他单位就业', 2], ['工作地点不合适，本人不愿前往', 1], ['多次联系不上本人', 1],
  ],
  interview: [
    ['面试未通过', 5], ['未按时参加面试', 2], ['专业技能与岗位要求有差距', 2], ['本人放弃面试', 1],
  ],
  offer: [
    ['薪资待遇未达成一致', 3], ['本人放弃入职', 2], ['已在其他单位就业', 2], ['入职体检未通过', 1],
  ],
};
const REASON_TAKEN_ELSEWHERE = '已在其他单位就业';
const REASON_POSITION_FULL = '岗位已招满';

type Draft = {
  position: MatchablePosition;
  seeker: MatchableSeeker;
  channel: 'recommendation' | 'portal';
  createdAt: number;
  /** No step of the application happens at or after this moment (end of the year, or now). */
  limit: number;
  endings: readonly (readonly [Ending, number])[];
  match: ScoredMatch;
};

type Outcome = Pick<DemoApplicationRecord, 'status' | 'declineReason' | 'furthestStage'> & { changedAt: number };

/**
 * Walks the application along its drawn path. A seeker takes one job: once hired elsewhere, a later
 * recommendation is declined at once and one still in progress ends with that reason. A position
 * takes no more hires than its open headcount.
 */
function resolveOutcome(rng: Rng, draft: Draft, ending: Ending, hiredElsewhereAt: number | null, hasOpenHeadcount: boolean): Outcome {
  let stage: Stage = 'applied';
  let at = draft.createdAt;
  const pending = (): Outcome => ({ status: stage, declineReason: null, furthestStage: stage, changedAt: at });
  const decline = (reason: string, days: readonly [number, number] = [1, 5], from = at): Outcome => {
    const when = laterWorkingTime(rng, from, days[0], days[1], draft.limit);
    return when === null ? pending() : { status: 'declined', declineReason: reason, furthestStage: stage, changedAt: when };
  };
  if (hiredElsewhereAt !== null && at >= hiredElsewhereAt) return decline(REASON_TAKEN_ELSEWHERE);

  // A candidate the enterprise would hire, when the post is full: told so after the interview.
  const isPositionFull = ending === 'hired' && !hasOpenHeadcount;
  const path = isPositionFull ? PATHS.declined_after_interview : PATHS[ending];
  for (const next of path.stages) {
    const [min, max] = STAGE_DAYS[next];
    const when = laterWorkingTime(rng, at, min, max, draft.limit);
    if (when === null) return pending();
    if (hiredElsewhereAt !== null && (when >= hiredElsewhereAt || next === 'hired')) {
      return decline(REASON_TAKEN_ELSEWHERE, [1, 5], Math.max(at, hiredElsewhereAt));
    }
    stage = next;
    at = when;
  }
  if (stage === 'hired') return { status: 'hired', declineReason: null, furthestStage: 'hired', changedAt: at };
  if (!path.declines) return pending();
  const reason = isPositionFull ? REASON_POSITION_FULL : rng.weighted(DECLINE_REASONS[stage]);
  const outcome = decline(reason, DECLINE_DAYS[stage]);
  if (hiredElsewhereAt !== null && outcome.status === 'declined' && outcome.changedAt >= hiredElsewhereAt) {
    return decline(REASON_TAKEN_ELSEWHERE, [1, 5], Math.max(at, hiredElsewhereAt));
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// The three kinds of activity

function windowLimit(position: MatchablePosition, end: number): number {
  return Math.min(closingLimit(position.features), end);
}

type Recommendable = { position: MatchablePosition; limit: number; candidates: Candidate[]; picked: Candidate[] };

/**
 * Exactly `counts.positions` positions of exactly `counts.enterprises` enterprises (the named ones
 * first, then the busiest hirers) with room and candidates: one of each enterprise's, the rest
 * drawn from all of theirs.
 */
function choosePositions(
  rng: Rng,
  score: Score,
  history: readonly MatchablePosition[],
  eligible: readonly MatchableSeeker[],
  namedOrganisationIds: readonly string[],
  counts: { positions: number; enterprises: number },
): Recommendable[] {
  const byOrganisation = new Map<string, Recommendable[]>();
  for (const position of history) {
    const limit = windowLimit(position, LAST_RECOMMENDATION);
    if (limit - position.publishedAt.getTime() < MIN_WINDOW_DAYS * DAY_MS || position.filledCount >= position.headcount) continue;
    const candidates = candidatesFor(score, position, eligible, shanghaiDate(position.publishedAt.getTime()));
    if (candidates.length < MIN_CANDIDATES) continue;
    byOrganisation.set(position.organisationId, [...(byOrganisation.get(position.organisationId) ?? []), { position, limit, candidates, picked: [] }]);
  }
  const named = namedOrganisationIds.filter((id) => byOrganisation.has(id));
  const busiest = [...byOrganisation.keys()].filter((id) => !named.includes(id)).sort((a, b) => (byOrganisation.get(b)?.length ?? 0) - (byOrganisation.get(a)?.length ?? 0));
  const served = [...named, ...busiest].slice(0, counts.enterprises);
  const first = served.map((id) => rng.pick(byOrganisation.get(id) ?? []));
  const rest = served.flatMap((id) => (byOrganisation.get(id) ?? []).filter((r) => !first.includes(r)));
  const chosen = [...first, ...rng.sample(rest, counts.positions - first.length)];
  if (served.length < counts.enterprises || chosen.length < counts.positions) {
    throw new RangeError(`${served.length} enterprises with ${chosen.length} positions of ${DEMO_MATCHING_YEAR} have ${MIN_CANDIDATES} candidates; ${counts.enterprises} and ${counts.positions} needed`);
  }
  return rng.sample(chosen, chosen.length);
}

/**
 * Exactly `counts.people` distinct seekers recommended once to the chosen positions, and
 * `counts.seconds` of them recommended to a second one where they are also a candidate.
 */
function draftRecommendations(rng: Rng, chosen: Recommendable[], counts: { people: number; seconds: number }): Draft[] {
  // How many people each position gets: a few more than its open headcount, scaled to the year's total.
  const targets = chosen.map((c) => Math.min(c.candidates.length, Math.max(2, Math.min(6, c.position.headcount - c.position.filledCount + rng.int(1, 2)))));
  const room = (i: number, by: number) => {
    const next = (targets[i] ?? 0) + by;
    return next >= 1 && next <= Math.min(MAX_RECOMMENDATIONS_PER_POSITION - 1, chosen[i]?.candidates.length ?? 0);
  };
  let total = targets.reduce((sum, n) => sum + n, 0);
  for (let guard = 0; total !== counts.people && guard < 100_000; guard += 1) {
    const step = total < counts.people ? 1 : -1;
    const i = rng.int(0, chosen.length - 1);
    if (!room(i, step)) continue;
    targets[i] = (targets[i] ?? 0) + step;
    total += step;
  }

  // First recommendations: everyone distinct, the positions with the fewest candidates choosing
  // first. A position short of free candidates passes its rest on.
  const recommended = new Set<string>();
  let shortfall = 0;
  const scarceFirst = chosen.map((c, i) => ({ c, target: targets[i] ?? 0 })).sort((a, b) => a.c.candidates.length - b.c.candidates.length);
  for (const { c, target } of scarceFirst) {
    const picked = drawFromTop(rng, c.candidates, target, (cand) => recommended.has(cand.seeker.features.id));
    shortfall += target - picked.length;
    for (const cand of picked) recommended.add(cand.seeker.features.id);
    c.picked.push(...picked);
  }
  for (const c of rng.sample(chosen, chosen.length)) {
    if (shortfall === 0) break;
    const extra = drawFromTop(rng, c.candidates, Math.min(shortfall, MAX_RECOMMENDATIONS_PER_POSITION - 1 - c.picked.length), (cand) => recommended.has(cand.seeker.features.id));
    for (const cand of extra) recommended.add(cand.seeker.features.id);
    c.picked.push(...extra);
    shortfall -= extra.length;
  }
  if (recommended.size !== counts.people) throw new RangeError(`${recommended.size} people recommended; ${counts.people} needed`);

  // Second recommendations: someone already recommended, to another chosen position that ranks
  // them; a position left without anyone free gets its second recommendations first.
  const firstPosition = new Map(chosen.flatMap((c) => c.picked.map((cand) => [cand.seeker.features.id, c] as const)));
  const hasSecond = new Set<string>();
  let seconds = 0;
  for (const c of chosen) {
    if (c.picked.length > 0 || seconds === counts.seconds) continue;
    const cand = c.candidates.find((x) => !hasSecond.has(x.seeker.features.id));
    if (!cand) continue;
    c.picked.push(cand);
    hasSecond.add(cand.seeker.features.id);
    seconds += 1;
  }
  for (const seekerId of rng.sample([...recommended], recommended.size)) {
    if (hasSecond.has(seekerId)) continue;
    if (seconds === counts.seconds) break;
    const options = chosen.flatMap((c) => {
      if (c === firstPosition.get(seekerId) || c.picked.length >= MAX_RECOMMENDATIONS_PER_POSITION) return [];
      const cand = c.candidates.find((x) => x.seeker.features.id === seekerId);
      return cand ? [{ c, cand }] : [];
    });
    if (options.length === 0) continue;
    const { c, cand } = rng.pick(options);
    c.picked.push(cand);
    seconds += 1;
  }
  if (seconds !== counts.seconds || chosen.some((c) => c.picked.length === 0)) {
    throw new RangeError(`${seconds} second recommendations (${counts.seconds} needed), ${chosen.filter((c) => c.picked.length === 0).length} positions without any`);
  }

  return chosen.flatMap((c) => {
    // Recommendations go out in the weeks after publication, before the post closes.
    const windowDays = Math.floor((c.limit - c.position.publishedAt.getTime()) / DAY_MS);
    return c.picked.map((cand) => {
      let createdAt: number | null = null;
      for (let span = Math.min(windowDays, 45); createdAt === null; span = Math.max(1, span - 3)) {
        createdAt = laterWorkingTime(rng, c.position.publishedAt.getTime(), 1, span, c.limit);
      }
      return {
        position: c.position,
        seeker: cand.seeker,
        channel: 'recommendation' as const,
        createdAt,
        limit: YEAR_END,
        endings: RECOMMENDATION_ENDINGS,
        match: cand.match,
      };
    });
  });
}

/** Seekers who found a post of the year on the portal themselves: among a few who looked, the best fit applies. */
function draftPortalApplications2023(
  rng: Rng,
  score: Score,
  history: readonly MatchablePosition[],
  active: readonly MatchableSeeker[],
  taken: Set<string>,
  count: number,
): Draft[] {
  const drafts: Draft[] = [];
  for (let guard = 0; drafts.length < count && guard < count * 20; guard += 1) {
    const position = rng.pick(history);
    const limit = windowLimit(position, YEAR_END);
    const published = position.publishedAt.getTime();
    if (limit - published < 3 * DAY_MS) continue;
    const today = shanghaiDate(published);
    const best = rng
      .sample(active, 30)
      .filter((s) => isPlausibleFit(position.features, s.features) && !taken.has(`${position.features.id}:${s.features.id}`))
      .map((seeker) => ({ seeker, match: score(position, seeker, today) }))
      .sort((a, b) => b.match.total - a.match.total)[0];
    if (!best) continue;
    const createdAt = laterWorkingTime(rng, published, 1, Math.min(30, Math.floor((limit - published) / DAY_MS)), limit);
    if (createdAt === null) continue;
    taken.add(`${position.features.id}:${best.seeker.features.id}`);
    drafts.push({ position, seeker: best.seeker, channel: 'portal', createdAt, limit: YEAR_END, endings: PORTAL_ENDINGS_2023, match: best.match });
  }
  return drafts;
}

/** Seekers browsing the positions open now: each likes a few that fit and applies to some of them. */
function draftActivityNow(
  rng: Rng,
  score: Score,
  open: readonly MatchablePosition[],
  active: readonly MatchableSeeker[],
  taken: Set<string>,
  now: number,
): { drafts: Draft[]; likes: DemoLikeRecord[] } {
  const drafts: Draft[] = [];
  const likes: DemoLikeRecord[] = [];
  const today = shanghaiDate(now);
  for (const seeker of rng.sample(active, SEEKERS_ACTIVE_NOW)) {
    const fits = open
      .filter((p) => isPlausibleFit(p.features, seeker.features) && p.publishedAt.getTime() < now - 3 * HOUR_MS)
      .map((position) => ({ position, match: score(position, seeker, today) }))
      .sort((a, b) => b.match.total - a.match.total)
      .slice(0, 8);
    const liked = rng.sample(fits, rng.int(2, 5));
    for (const { position, match } of liked) {
      const published = position.publishedAt.getTime();
      const likedAt = published + HOUR_MS + Math.floor(rng.next() * (now - published - 2 * HOUR_MS));
      likes.push({ seekerId: seeker.features.id, positionId: position.features.id, createdAt: new Date(likedAt) });
      const key = `${position.features.id}:${seeker.features.id}`;
      if (taken.has(key) || !rng.chance(0.3)) continue;
      taken.add(key);
      const createdAt = likedAt + Math.floor(rng.next() * (now - likedAt - HOUR_MS));
      drafts.push({ position, seeker, channel: 'portal', createdAt, limit: now, endings: PORTAL_ENDINGS_NOW, match });
    }
  }
  return { drafts, likes };
}

/**
 * The demo's matching activity over `positions` and `seekers`: the year's recommendations
 * (exactly DEMO_POSITIONS_RECOMMENDED_TO_2023 positions of DEMO_ENTERPRISES_RECOMMENDED_TO_2023
 * enterprises, DEMO_PEOPLE_RECOMMENDED_2023 people, only eligible seekers), portal applications
 * of the year, and applications and likes for the positions open at `now`, each application with
 * its outcome; plus the filled counts the hires give.
 */
export function generateDemoMatchingActivity(options: {
  positions: readonly MatchablePosition[];
  seekers: readonly MatchableSeeker[];
  now: Date;
  /** Enterprises whose posts get recommendations before all others' (the article's DEMO_NAMED_ENTERPRISES). */
  namedOrganisationIds?: readonly string[];
  seed?: number;
}): DemoMatchingActivity {
  const rng = new Rng(options.seed ?? DEMO_MATCHING_SEED);
  const now = options.now.getTime();
  const today = shanghaiDate(now);
  const history = options.positions.filter((p) => p.publishedAt.getTime() >= YEAR_START && p.publishedAt.getTime() < YEAR_END);
  const open = options.positions.filter((p) => p.status === 'published' && (p.features.closingOn ?? today) >= today);
  const active = options.seekers.filter((s) => !s.isErased);
  const eligible = active.filter((s) => s.features.eligible);

  const score = defaultScorer();
  const chosen = choosePositions(rng, score, history, eligible, options.namedOrganisationIds ?? [], {
    positions: DEMO_POSITIONS_RECOMMENDED_TO_2023,
    enterprises: DEMO_ENTERPRISES_RECOMMENDED_TO_2023,
  });
  const recommendations = draftRecommendations(rng, chosen, { people: DEMO_PEOPLE_RECOMMENDED_2023, seconds: DEMO_SECOND_RECOMMENDATIONS_2023 });
  const taken = new Set(recommendations.map((d) => `${d.position.features.id}:${d.seeker.features.id}`));
  const portal = draftPortalApplications2023(rng, score, history, active, taken, PORTAL_APPLICATIONS_2023);
  const current = draftActivityNow(rng, score, open, active, taken, now);

  // Outcomes in the order things happened, so a seeker's first hire and a position's headcount hold.
  const drafts = [...recommendations, ...portal, ...current.drafts].sort(
    (a, b) => a.createdAt - b.createdAt || a.position.features.id.localeCompare(b.position.features.id) || a.seeker.features.id.localeCompare(b.seeker.features.id),
  );
  const openHeadcount = new Map(options.positions.map((p) => [p.features.id, p.headcount - p.filledCount]));
  // One job per seeker within a period: a hire in 2023 does not stop someone looking for work today.
  const hiredAt = new Map<string, number>();
  const fills = new Map<string, { hires: number; lastHiredAt: number }>();
  const applications = drafts.map((draft): DemoApplicationRecord => {
    const positionId = draft.position.features.id;
    const seekerId = draft.seeker.features.id;
    const seekerInPeriod = `${draft.limit}:${seekerId}`;
    const outcome = resolveOutcome(rng, draft, rng.weighted(draft.endings), hiredAt.get(seekerInPeriod) ?? null, (openHeadcount.get(positionId) ?? 0) > 0);
    if (outcome.status === 'hired') {
      hiredAt.set(seekerInPeriod, outcome.changedAt);
      openHeadcount.set(positionId, (openHeadcount.get(positionId) ?? 0) - 1);
      const fill = fills.get(positionId) ?? { hires: 0, lastHiredAt: 0 };
      fills.set(positionId, { hires: fill.hires + 1, lastHiredAt: Math.max(fill.lastHiredAt, outcome.changedAt) });
    }
    return {
      positionId,
      seekerId,
      organisationId: draft.position.organisationId,
      channel: draft.channel,
      status: outcome.status,
      declineReason: outcome.declineReason,
      furthestStage: outcome.furthestStage,
      employerRank: null,
      createdAt: new Date(draft.createdAt),
      statusChangedAt: new Date(outcome.changedAt),
      hiredAt: outcome.status === 'hired' ? new Date(outcome.changedAt) : null,
      match: draft.channel === 'recommendation' ? draft.match : null,
    };
  });

  // Some enterprises put the candidates of their open posts in their own order, mostly the score's.
  const scoreOf = new Map(drafts.map((d) => [`${d.position.features.id}:${d.seeker.features.id}`, d.match.total]));
  const openIds = new Set(open.map((p) => p.features.id));
  const byOpenPosition = new Map<string, DemoApplicationRecord[]>();
  for (const a of applications) {
    if (!openIds.has(a.positionId)) continue;
    byOpenPosition.set(a.positionId, [...(byOpenPosition.get(a.positionId) ?? []), a]);
  }
  for (const list of byOpenPosition.values()) {
    if (list.length < 2 || !rng.chance(0.5)) continue;
    const keyed = list.map((a) => ({ a, key: (scoreOf.get(`${a.positionId}:${a.seekerId}`) ?? 0) + rng.next() * 10 }));
    keyed.sort((x, y) => y.key - x.key).forEach(({ a }, i) => (a.employerRank = i + 1));
  }

  const positionById = new Map(options.positions.map((p) => [p.features.id, p]));
  const positionFills = [...fills.entries()].map(([positionId, fill]): DemoPositionFill => {
    const position = positionById.get(positionId);
    const filledCount = (position?.filledCount ?? 0) + fill.hires;
    return { positionId, filledCount, isFilled: filledCount >= (position?.headcount ?? 0), lastHiredAt: new Date(fill.lastHiredAt) };
  });
  return { applications, likes: current.likes, positionFills };
}
