import type { DemoFairsOrganisation, DemoFairsPosition, DemoHire } from './demo-fairs';
import { Rng } from './random';

// Live-streamed recruitment (网络直播带岗) of the demo zone: one session held in 2023 with its
// run-sheet aired position by position, viewers' questions and the host's answers, one-tap
// applications and the hires that came of them; and one session scheduled three days after the
// load day. Pure and seeded; organisations, positions and seekers are indices into the lists given.

export const DEMO_LIVE_SEED = 20230922;
/** Applications made during the 2023 session. */
export const DEMO_LIVE_APPLICATIONS = 152;
export const DEMO_LIVE_QUESTIONS = 61;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export type DemoRunSheetItem = { positionIndex: number; sortOrder: number; notes: string; onAirAt: Date | null; offAirAt: Date | null };

export type DemoLiveSession = {
  title: string;
  description: string;
  streamUrl: string;
  presenter: string;
  hostIndex: number | null;
  startsAt: Date;
  endsAt: Date;
  status: 'ended' | 'scheduled';
  startedAt: Date | null;
  endedAt: Date | null;
  peakViewers: number;
  createdAt: Date;
  items: DemoRunSheetItem[];
};

export type DemoLiveQuestion = {
  sessionIndex: number;
  seekerIndex: number;
  itemIndex: number | null;
  text: string;
  status: 'open' | 'answered_on_air' | 'answered_text' | 'hidden';
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
};

/** In the order they happened; `status` for status events, `itemIndex` for on/off air, `questionIndex` for questions. */
export type DemoLiveEvent = {
  sessionIndex: number;
  type: 'status' | 'on_air' | 'off_air' | 'question' | 'answer' | 'question_hidden';
  status?: 'live' | 'ended';
  itemIndex?: number;
  questionIndex?: number;
  at: Date;
};

export type DemoLiveApplication = {
  sessionIndex: number;
  /** The item on air when the seeker tapped apply; null when applied from the run-sheet list. */
  itemIndex: number | null;
  positionIndex: number;
  seekerIndex: number;
  status: 'applied' | 'interview' | 'offer' | 'hired' | 'declined' | 'withdrawn';
  declineReason: string | null;
  createdAt: Date;
  statusChangedAt: Date;
  hiredAt: Date | null;
};

export type DemoLive = { sessions: DemoLiveSession[]; questions: DemoLiveQuestion[]; events: DemoLiveEvent[]; applications: DemoLiveApplication[]; hires: DemoHire[] };

export type DemoLiveOptions = {
  organisations: readonly DemoFairsOrganisation[];
  positions: readonly DemoFairsPosition[];
  /** Seekers with an account of their own (a viewer signs in to apply or ask), and since when. */
  viewers: readonly { seekerIndex: number; since: Date }[];
  /** Headcount still open per position, after every earlier hire. */
  openHeadcount: readonly number[];
  takenApplications: ReadonlySet<string>;
  hiredSeekers: ReadonlySet<number>;
  today: string;
  seed?: number;
};

const PAST = { date: '2023-09-22', starts: '14:30', ends: '16:30' } as const;
const NAMED = ['云南华派药业有限公司', '楚雄和创药业有限公司', '云南摩尔农庄生物科技开发有限公司'];
const OPERATOR = '楚雄高新区人力资源产业园运营管理有限公司';

const ITEM_NOTES = [
  '介绍岗位职责、工作时间和薪资构成，强调五险一金和包食宿',
  '请企业HR连线讲解晋升通道和带教安排',
  '展示车间实拍视频，说明洁净区着装和倒班要求',
  '说明应届毕业生可投递，提供岗前培训',
  '提醒观众点击下方“一键投递”，简历直达企业',
  '介绍园区班车线路和人才公寓政策',
];
const QUESTIONS = [
  '请问这个岗位包住宿吗？',
  '应届生可以投吗？',
  '需要倒班吗？夜班多不多？',
  '试用期多久，试用期工资怎么算？',
  '五险一金从入职就开始交吗？',
  '有没有班车到楚雄市区？',
  '大专学历可以报吗？',
  '工作地点在园区哪个位置？',
  '女生可以报这个岗位吗？',
  '没有相关经验能不能应聘？',
  '面试是线上还是要到公司？',
  '投递之后多久会有回复？',
  '有年终奖吗？',
  '可以先实习再转正吗？',
  '需要有证书吗，比如电工证？',
  '周末双休吗？',
];
const TEXT_ANSWERS = [
  '包住宿，四人间，配空调和热水器。',
  '2023届、2024届毕业生都可以投递，入职后有岗前培训。',
  '两班倒，每月夜班约10天，有夜班补贴。',
  '试用期3个月，工资按转正工资的80%发放。',
  '入职当月即缴纳五险一金。',
  '有班车，早晚各一班，经过鹿城南路。',
  '大专及以上学历均可，专业相近优先。',
  '投递后企业HR会在3个工作日内电话联系。',
];
const DECLINE_REASONS = ['学历与岗位要求不符', '经验不足，已推荐其他岗位', '求职者未参加面试', '岗位已招满'];
const PRESENTERS = ['李思雨', '杨晓婷'];

function chinaTime(isoDate: string, hhmm: string): Date {
  return new Date(`${isoDate}T${hhmm}:00+08:00`);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Positions open on the session's day (and published today, for an upcoming one) from distinct enterprises: the named enterprises first, then the largest headcounts. */
function pickRunSheet(rng: Rng, options: DemoLiveOptions, startsAt: Date, count: number, isUpcoming: boolean): number[] {
  const day = new Date(startsAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const named = new Set(NAMED.flatMap((n) => {
    const i = options.organisations.findIndex((o) => o.name === n);
    return i < 0 ? [] : [i];
  }));
  const candidates = options.positions.flatMap((p, i) => {
    if (!p.publishedAt || p.publishedAt.getTime() > startsAt.getTime() - 3 * DAY_MS || !p.closingOn || p.closingOn < day) return [];
    if ((options.openHeadcount[i] ?? 0) <= 0) return [];
    if (isUpcoming && p.status !== 'published') return [];
    return [{ i, key: (named.has(p.organisationIndex) ? 0 : 1) * 1000 - p.headcount + rng.next() }];
  });
  candidates.sort((a, b) => a.key - b.key);
  const chosen: number[] = [];
  const organisations = new Set<number>();
  for (const c of candidates) {
    const org = options.positions[c.i]?.organisationIndex ?? -1;
    if (organisations.has(org)) continue;
    organisations.add(org);
    chosen.push(c.i);
    if (chosen.length === count) break;
  }
  return chosen;
}

export function generateDemoLive(options: DemoLiveOptions): DemoLive {
  const rng = new Rng(options.seed ?? DEMO_LIVE_SEED);
  const operator = options.organisations.findIndex((o) => o.name === OPERATOR);
  const hostIndex = operator < 0 ? null : operator;

  // The 2023 session, aired item by item --------------------------------------------------------
  const startsAt = chinaTime(PAST.date, PAST.starts);
  const startedAt = new Date(startsAt.getTime() - 2 * MINUTE_MS);
  const runSheet = pickRunSheet(rng, options, startsAt, 8, false);
  const items: DemoRunSheetItem[] = runSheet.map((positionIndex, k) => {
    const onAirAt = new Date(startsAt.getTime() + (6 + k * 13) * MINUTE_MS + rng.int(0, 59) * 1000);
    return { positionIndex, sortOrder: k, notes: rng.pick(ITEM_NOTES), onAirAt, offAirAt: new Date(onAirAt.getTime() + rng.int(10, 12) * MINUTE_MS) };
  });
  const lastOff = items.at(-1)?.offAirAt ?? startsAt;
  const past: DemoLiveSession = {
    title: '楚雄高新区企业网络直播带岗（第一期）',
    description: '园区重点企业HR走进直播间，逐一介绍热招岗位，观众可在线提问、一键投递简历。',
    streamUrl: 'https://live.example.cn/room/cxgx-20230922',
    presenter: rng.pick(PRESENTERS),
    hostIndex,
    startsAt,
    endsAt: chinaTime(PAST.date, PAST.ends),
    status: 'ended',
    startedAt,
    endedAt: new Date(lastOff.getTime() + 9 * MINUTE_MS),
    peakViewers: 1862,
    createdAt: chinaTime(addDays(PAST.date, -12), '10:20'),
    items,
  };
  const onAirItemAt = (time: number): number | null => {
    const k = items.findIndex((it) => it.onAirAt && it.offAirAt && it.onAirAt.getTime() <= time && time < it.offAirAt.getTime());
    return k < 0 ? null : k;
  };
  const sessionSpan = [startedAt.getTime() + 3 * MINUTE_MS, lastOff.getTime()] as const;
  const viewers = options.viewers.filter((v) => v.since.getTime() < startedAt.getTime()).map((v) => v.seekerIndex);
  if (viewers.length < 120 || items.length === 0) throw new RangeError('too few viewers or positions for the live session');

  const questions: DemoLiveQuestion[] = [];
  const askers = rng.sample(viewers, 48);
  for (let q = 0; q < DEMO_LIVE_QUESTIONS; q += 1) {
    const createdAt = new Date(rng.int(sessionSpan[0], sessionSpan[1]));
    const status = rng.weighted([['answered_on_air', 44], ['answered_text', 26], ['hidden', 4], ['open', 26]] as const);
    const answeredAt = status === 'open' ? null : new Date(createdAt.getTime() + rng.int(30, 400) * 1000);
    questions.push({
      sessionIndex: 0,
      seekerIndex: q < askers.length ? (askers[q] as number) : rng.pick(askers),
      itemIndex: onAirItemAt(createdAt.getTime()),
      text: rng.pick(QUESTIONS),
      status,
      answer: status === 'answered_text' ? rng.pick(TEXT_ANSWERS) : null,
      answeredAt,
      createdAt,
    });
  }
  questions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const events: DemoLiveEvent[] = [{ sessionIndex: 0, type: 'status', status: 'live', at: startedAt }];
  items.forEach((item, k) => {
    events.push({ sessionIndex: 0, type: 'on_air', itemIndex: k, at: item.onAirAt as Date });
    events.push({ sessionIndex: 0, type: 'off_air', itemIndex: k, at: item.offAirAt as Date });
  });
  questions.forEach((q, k) => {
    events.push({ sessionIndex: 0, type: 'question', questionIndex: k, at: q.createdAt });
    if (q.answeredAt) events.push({ sessionIndex: 0, type: q.status === 'hidden' ? 'question_hidden' : 'answer', questionIndex: k, at: q.answeredAt });
  });
  events.push({ sessionIndex: 0, type: 'status', status: 'ended', at: past.endedAt as Date });
  events.sort((a, b) => a.at.getTime() - b.at.getTime());

  // One-tap applications, mostly while the position was on air ----------------------------------
  const applications: DemoLiveApplication[] = [];
  const hires: DemoHire[] = [];
  const taken = new Set(options.takenApplications);
  const hired = new Set(options.hiredSeekers);
  const open = [...options.openHeadcount];
  const applicants = rng.sample(viewers, 118);
  let guard = 0;
  while (applications.length < DEMO_LIVE_APPLICATIONS && guard < 5000) {
    guard += 1;
    const seekerIndex = applications.length < applicants.length ? (applicants[applications.length] as number) : rng.pick(applicants);
    const isOnAir = rng.chance(0.86);
    const k = rng.int(0, items.length - 1);
    const item = items[k] as DemoRunSheetItem;
    if (taken.has(`${item.positionIndex}:${seekerIndex}`)) continue;
    taken.add(`${item.positionIndex}:${seekerIndex}`);
    const createdAt = isOnAir
      ? new Date(rng.int((item.onAirAt as Date).getTime() + 20_000, (item.offAirAt as Date).getTime()))
      : new Date(rng.int(sessionSpan[0], sessionSpan[1]));
    let status = rng.weighted([['applied', 44], ['interview', 20], ['declined', 21], ['offer', 5], ['withdrawn', 4], ['hired', 6]] as const);
    if (status === 'hired' && (hired.has(seekerIndex) || (open[item.positionIndex] ?? 0) <= 0)) status = 'interview';
    const statusChangedAt = status === 'applied' ? createdAt : new Date(createdAt.getTime() + rng.int(3, 30) * DAY_MS + rng.int(0, 400) * MINUTE_MS);
    const hiredAt = status === 'hired' ? statusChangedAt : null;
    if (hiredAt) {
      hired.add(seekerIndex);
      open[item.positionIndex] = (open[item.positionIndex] ?? 0) - 1;
      hires.push({ positionIndex: item.positionIndex, seekerIndex, organisationIndex: options.positions[item.positionIndex]?.organisationIndex ?? 0, createdAt, hiredAt });
    }
    applications.push({
      sessionIndex: 0,
      itemIndex: isOnAir ? k : null,
      positionIndex: item.positionIndex,
      seekerIndex,
      status,
      declineReason: status === 'declined' ? rng.pick(DECLINE_REASONS) : null,
      createdAt,
      statusChangedAt,
      hiredAt,
    });
  }
  applications.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  // The session three days ahead, scheduled -----------------------------------------------------
  const aheadDay = addDays(options.today, 3);
  const aheadStarts = chinaTime(aheadDay, '14:30');
  const huapai = options.organisations.findIndex((o) => o.name === NAMED[0]);
  const aheadSheet = pickRunSheet(rng, options, aheadStarts, 5, true);
  const ownFirst = aheadSheet.filter((p) => options.positions[p]?.organisationIndex === huapai);
  const scheduled: DemoLiveSession = {
    title: `楚雄高新区企业网络直播带岗（${aheadDay.slice(0, 4)}年${Number(aheadDay.slice(5, 7))}月场）`,
    description: '华派药业等园区企业HR做客直播间，介绍热招岗位；登录后可一键投递、在线提问。',
    streamUrl: `https://live.example.cn/room/cxgx-${aheadDay.replace(/-/g, '')}`,
    presenter: rng.pick(PRESENTERS),
    hostIndex,
    startsAt: aheadStarts,
    endsAt: chinaTime(aheadDay, '16:00'),
    status: 'scheduled',
    startedAt: null,
    endedAt: null,
    peakViewers: 0,
    createdAt: chinaTime(addDays(options.today, -5), '15:10'),
    items: [...ownFirst, ...aheadSheet.filter((p) => !ownFirst.includes(p))].map((positionIndex, k) => ({
      positionIndex,
      sortOrder: k,
      notes: rng.pick(ITEM_NOTES),
      onAirAt: null,
      offAirAt: null,
    })),
  };
  return { sessions: [past, scheduled], questions, events, applications, hires };
}
