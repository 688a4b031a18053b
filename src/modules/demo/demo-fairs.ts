import { TICKET_ALPHABET, TICKET_CODE_LENGTH } from '../fairs/fairs.codes';
import type { DemoSeeker } from './demo-seekers';
import { Rng } from './random';

// The zone's job fairs of 2023 at the level of single records: seven campus fairs (校园招聘会) at
// the consortium's schools, the spring on-site fair (春季大型现场招聘会) and the fair for people
// with disabilities (残疾人就业专场), with booths, tickets, check-ins, preliminary employment
// intents (初步就业意向), résumés collected under consent, hires that came of them and the
// satisfaction survey; plus what is coming up on the day the demo is loaded. Pure and seeded:
// organisations, positions and seekers are referred to by index into the lists given.

export const DEMO_FAIRS_SEED = 20230224;
/** The article's "3200多人达成初步就业意向" (3200–3299): distinct people with an intent at a 2023 fair. */
export const DEMO_FAIR_INTENT_PEOPLE = 3247;
/** The article's "收集…求职者信息1500余份" (1500–1599): distinct seekers whose résumé a 2023 fair collected. */
export const DEMO_FAIR_RESUME_PEOPLE = 1563;
/** The talent pool seed-hr-services loads: the first seekers of generateDemoSeekers. */
export const DEMO_POOL_SEEKERS = 1600;
/** People who first came to the zone's attention at a 2023 fair: the same generator, continued. */
export const DEMO_FAIR_NEW_SEEKERS = 2700;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MINUTE_MS = 60_000;

export type DemoFairsOrganisation = { name: string; type: string; industry: string };
export type DemoFairsPosition = {
  organisationIndex: number;
  publishedAt: Date | null;
  closingOn: string | null;
  status: string;
  headcount: number;
  filledCount: number;
  isDisabilityFriendly: boolean;
};

export type DemoFair = {
  kind: 'campus' | 'onsite' | 'special';
  specialFocus: 'disability' | null;
  title: string;
  description: string;
  venue: string;
  regionCode: string;
  startsAt: Date;
  endsAt: Date;
  hostIndex: number | null;
  coOrganiserIndices: number[];
  boothCapacity: number;
  seekerCapacity: number | null;
  registrationClosesAt: Date;
  status: 'published';
  surveySentAt: Date | null;
  createdAt: Date;
};

export type DemoBooth = {
  fairIndex: number;
  organisationIndex: number;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  boothNumber: string | null;
  contactName: string;
  contactPhone: string;
  staffCount: number;
  note: string | null;
  rejectReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  /** Disability-friendly positions first at the special fair. */
  positionIndices: number[];
};

/** A seeker the fairs brought in: index `DEMO_POOL_SEEKERS + i` in the seeker index space. */
export type DemoFairSeeker = Omit<DemoSeeker, 'source' | 'consents'> & {
  /** self: registered an account on their phone to get a ticket; fair: the short form; walk_in: at the door. */
  source: 'self' | 'fair' | 'walk_in';
  /** Never job matching: only what the fair itself needed. */
  consents: 'sensitive_disability'[];
  username: string | null;
  createdAt: Date;
};

export type DemoRegistration = {
  fairIndex: number;
  seekerIndex: number;
  ticketCode: string;
  source: 'pre' | 'walk_in';
  status: 'registered' | 'cancelled';
  checkedInAt: Date | null;
  createdAt: Date;
};

export type DemoScan = {
  id: string;
  fairIndex: number;
  registrationIndex: number | null;
  deviceId: string;
  ticketCode: string;
  outcome: 'checked_in' | 'already_checked_in' | 'unknown_ticket' | 'cancelled';
  scannedAt: Date;
  receivedAt: Date;
};

export type DemoIntent = {
  fairIndex: number;
  boothIndex: number;
  positionIndex: number;
  seekerIndex: number;
  registrationIndex: number;
  level: 'strong' | 'possible';
  note: string | null;
  source: 'booth_scan' | 'seeker_scan';
  resumeCollectedAt: Date | null;
  /** The seeker's accommodation needs go to the enterprise (special fair, under consent). */
  sharesAccommodation: boolean;
  idempotencyKey: string;
  followUpStatus: 'contacted' | 'interviewing' | 'hired' | 'closed' | null;
  followUpNote: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A share_with_organisation consent, given when the first résumé went to that enterprise. */
export type DemoShareConsent = { seekerIndex: number; organisationIndex: number; grantedAt: Date; isRecordedAtBooth: boolean };

export type DemoHire = { positionIndex: number; seekerIndex: number; organisationIndex: number; createdAt: Date; hiredAt: Date };
export type DemoFairHire = DemoHire & { intentIndex: number };

export type DemoSurveyResponse = {
  fairIndex: number;
  respondent: { kind: 'seeker'; seekerIndex: number } | { kind: 'enterprise'; organisationIndex: number };
  overall: number;
  matchQuality: number;
  wouldReturn: boolean;
  comment: string | null;
  createdAt: Date;
};

export type DemoFairs = {
  /** The nine fairs of 2023 first, then the upcoming ones. */
  fairs: DemoFair[];
  booths: DemoBooth[];
  newSeekers: DemoFairSeeker[];
  registrations: DemoRegistration[];
  scans: DemoScan[];
  intents: DemoIntent[];
  shareConsents: DemoShareConsent[];
  hires: DemoFairHire[];
  surveyResponses: DemoSurveyResponse[];
  /** Booth contact per exhibiting organisation: the staff member who answers for it. */
  contacts: Map<number, { name: string; phone: string }>;
};

export type DemoFairsOptions = {
  /** The zone's organisations in a stable order. */
  organisations: readonly DemoFairsOrganisation[];
  positions: readonly DemoFairsPosition[];
  /** generateDemoSeekers' records for at least DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS seekers: the pool, then the fairs' own. */
  seekers: readonly DemoSeeker[];
  /** Already applied: `${positionIndex}:${seekerIndex}`; such pairs get no hire here. */
  takenApplications: ReadonlySet<string>;
  /** Seekers already hired somewhere: never hired twice. */
  hiredSeekers: ReadonlySet<number>;
  /** Asia/Shanghai date of the load: upcoming fairs are placed after it. */
  today: string;
  seed?: number;
};

// ---------------------------------------------------------------------------------------------
// Time in Asia/Shanghai

function chinaTime(isoDate: string, hhmm: string): Date {
  return new Date(`${isoDate}T${hhmm}:00+08:00`);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function chinaDate(time: Date): string {
  return new Date(time.getTime() + 8 * HOUR_MS).toISOString().slice(0, 10);
}

/** A daytime moment `minDays`–`maxDays` before `time`. */
function daysBefore(rng: Rng, time: Date, minDays: number, maxDays: number): Date {
  const day = addDays(chinaDate(time), -rng.int(minDays, maxDays));
  return new Date(chinaTime(day, '08:00').getTime() + rng.int(0, 13 * 60) * MINUTE_MS + rng.int(0, 59) * 1000);
}

/** A working-hours moment `minDays`–`maxDays` after `time`, weekends moved to Monday. */
function workingDayAfter(rng: Rng, time: Date, minDays: number, maxDays: number): Date {
  let day = addDays(chinaDate(time), rng.int(minDays, maxDays));
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 6) day = addDays(day, 2);
  if (weekday === 0) day = addDays(day, 1);
  return new Date(chinaTime(day, '09:00').getTime() + rng.int(0, 8 * 60) * MINUTE_MS + rng.int(0, 59) * 1000);
}

// ---------------------------------------------------------------------------------------------
// The year's fairs

type FairPlan = {
  kind: DemoFair['kind'];
  hostKey: string | null;
  date: string;
  opens: string;
  closes: string;
  title: string;
  venue: string;
  regionCode: string;
  description: string;
  /** Tickets the fair ends up with (pre-registered and walk-in). */
  tickets: number;
  booths: number;
  /** Industries the school's graduates suit: their enterprises come more often. */
  industries: readonly string[];
  walkInShare: number;
  hasSurvey: boolean;
};

const SCHOOL_NAMES: Record<string, string> = {
  'chuxiong-med': '楚雄医药高等专科学校',
  'chuxiong-normal': '楚雄师范学院',
  dali: '大理大学',
  'kunming-industrial': '昆明工业职业技术学院',
  'zixi-vocational': '云南紫溪职业技术学院',
};
const GOV_HR = '楚雄州人力资源和社会保障局';
const GOV_ZONE = '楚雄高新技术产业开发区管理委员会';
const OPERATOR = '楚雄高新区人力资源产业园运营管理有限公司';
const HUAPAI = '云南华派药业有限公司';

const FAIRS_2023: readonly FairPlan[] = [
  {
    kind: 'onsite', hostKey: null, date: '2023-02-24', opens: '09:00', closes: '15:00',
    title: '2023年楚雄高新区“春风行动”春季大型现场招聘会', venue: '楚雄高新区永安大道88号 人力资源产业园广场', regionCode: '532301',
    description: '春节后返岗就业高峰，园区生物医药、新材料、先进制造和绿色食品企业集中招聘，现场提供求职登记、政策咨询和职业指导服务。',
    tickets: 1560, booths: 72, industries: [], walkInShare: 0.45, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'chuxiong-med', date: '2023-03-17', opens: '09:30', closes: '16:00',
    title: '楚雄医药高等专科学校2023届毕业生春季校园招聘会', venue: '楚雄医药高等专科学校 体育馆', regionCode: '532301',
    description: '面向2023届药学、护理、医学检验、中药学等专业毕业生，组织园区医药企业进校招聘。',
    tickets: 660, booths: 38, industries: ['biomedicine', 'green_food'], walkInShare: 0.3, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'chuxiong-normal', date: '2023-04-14', opens: '09:30', closes: '16:30',
    title: '楚雄师范学院2023届毕业生春季供需见面会', venue: '楚雄师范学院 东校区田径场', regionCode: '532301',
    description: '楚雄高新区组织园区企业参加，提供化学、计算机、财会、文秘等岗位。',
    tickets: 790, booths: 44, industries: ['new_materials', 'green_chemicals', 'modern_services', 'biomedicine'], walkInShare: 0.3, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'dali', date: '2023-05-12', opens: '10:00', closes: '16:00',
    title: '大理大学2023届毕业生春季校园招聘会（楚雄高新区企业专场）', venue: '大理大学 古城校区 学生活动中心', regionCode: '532901',
    description: '楚雄高新区重点企业赴大理大学招聘药学、临床医学、化学、计算机等专业毕业生。',
    tickets: 440, booths: 26, industries: ['biomedicine', 'green_food', 'new_materials'], walkInShare: 0.25, hasSurvey: false,
  },
  {
    kind: 'special', hostKey: null, date: '2023-05-19', opens: '09:30', closes: '12:30',
    title: '2023年楚雄高新区残疾人就业专场招聘会', venue: '楚雄州残疾人综合服务中心 一楼大厅', regionCode: '532301',
    description: '全国助残日前夕举办，企业提供适合残疾人的岗位，现场设无障碍通道、手语翻译和就业辅导。',
    tickets: 0, booths: 16, industries: [], walkInShare: 0.35, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'kunming-industrial', date: '2023-10-20', opens: '09:30', closes: '16:00',
    title: '昆明工业职业技术学院2024届毕业生秋季双选会（楚雄高新区企业专场）', venue: '昆明工业职业技术学院 安宁校区 体育馆', regionCode: '530181',
    description: '面向机电一体化、电气自动化、工业机器人、数控、应用化工等专业毕业生，园区制造与化工企业进校招聘。',
    tickets: 500, booths: 30, industries: ['advanced_manufacturing', 'new_materials', 'green_chemicals'], walkInShare: 0.3, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'zixi-vocational', date: '2023-11-03', opens: '09:30', closes: '16:00',
    title: '云南紫溪职业技术学院2024届毕业生秋季校园招聘会', venue: '云南紫溪职业技术学院 图书馆广场', regionCode: '532301',
    description: '园区企业提供电子商务、会计、软件开发、药品生产等岗位，现场可投递简历并预约面试。',
    tickets: 480, booths: 28, industries: ['modern_services', 'biomedicine', 'green_food'], walkInShare: 0.3, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'chuxiong-med', date: '2023-11-17', opens: '09:30', closes: '16:00',
    title: '楚雄医药高等专科学校2024届毕业生秋季校园招聘会', venue: '楚雄医药高等专科学校 体育馆', regionCode: '532301',
    description: '2024届医药类毕业生秋季专场，园区药企、医疗器械和健康服务企业参加。',
    tickets: 700, booths: 40, industries: ['biomedicine', 'green_food'], walkInShare: 0.3, hasSurvey: true,
  },
  {
    kind: 'campus', hostKey: 'chuxiong-normal', date: '2023-11-24', opens: '09:30', closes: '16:30',
    title: '楚雄师范学院2024届毕业生秋季双选会', venue: '楚雄师范学院 东校区体育馆', regionCode: '532301',
    description: '园区企业携化学、计算机、经济管理、教育培训等岗位参加，现场达成意向的同学可在平台跟进。',
    tickets: 760, booths: 42, industries: ['new_materials', 'green_chemicals', 'modern_services', 'advanced_manufacturing'], walkInShare: 0.3, hasSurvey: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Words

const CONTACT_SURNAMES = ['李', '杨', '张', '王', '罗', '陈', '刘', '赵', '周', '何', '段', '马', '朱', '苏', '施', '高', '普', '鲁'];
const CONTACT_GIVEN = ['丽', '敏', '娟', '婷', '静', '雪', '芳', '燕', '佳', '晓', '思', '杰', '涛', '浩', '磊', '鹏', '明', '华', '文', '斌', '琳', '颖'];
const PHONE_PREFIXES = ['139', '138', '137', '150', '151', '152', '158', '159', '182', '187', '188', '135', '136'];

const BOOTH_NOTES = ['需要一张长桌和一个电源插座', '现场安排2名HR面试', '需要易拉宝摆放位置', '携带企业宣传册和岗位说明书'];
const REJECT_REASONS = ['所选岗位已于招聘会前截止，请更新岗位后报名下一场', '展位已满，建议报名下一场招聘会', '企业资料不完整，请补充营业执照信息'];

const STRONG_NOTES = [
  '专业对口，约定下周到公司面试',
  '对岗位很感兴趣，期望薪资在范围内',
  '有相关实习经历，建议优先安排面试',
  '可接受倒班，近期即可到岗',
  '已现场初面，沟通顺畅，待安排复试',
  '家在楚雄，愿意长期留在园区发展',
];
const POSSIBLE_NOTES = [
  '需进一步了解薪资待遇',
  '考虑中，回去与家人商量',
  '对工作地点有顾虑，希望有班车',
  '专业不完全对口，可安排培训后上岗',
  '希望先到工厂参观再决定',
  '同时在考虑其他单位',
];
const FOLLOW_UP_NOTES: Record<'contacted' | 'interviewing' | 'closed', readonly string[]> = {
  contacted: ['已电话联系，发送岗位说明', '已加微信，约定时间面试', '电话回访，求职者仍有意向'],
  interviewing: ['已参加初试，等待复试安排', '复试通过，等待体检通知', '已到企业参观并面试'],
  closed: ['求职者已在其他单位就业', '求职者放弃该岗位', '企业岗位已招满', '多次联系未接通'],
};

const SEEKER_COMMENTS = [
  '企业很多，岗位信息清楚，扫码登记很方便',
  '希望下次有更多技术类岗位',
  '现场人有点多，排队时间长',
  '岗位和专业比较对口，收获很大',
  '希望提前公布参会企业和岗位',
  '工作人员很热情，指引清楚',
  '希望增加薪资更有竞争力的岗位',
  '电子门票很方便，不用填纸质表',
];
const ENTERPRISE_COMMENTS = [
  '学生质量不错，收到不少对口简历',
  '组织有序，希望明年继续参加',
  '来访人数比预期少，希望加强宣传',
  '扫码登记意向效率高，后续跟进方便',
  '场地稍显拥挤，建议增加展位间距',
];

// ---------------------------------------------------------------------------------------------

function ticketCodeOf(rng: Rng): string {
  let code = '';
  for (let i = 0; i < TICKET_CODE_LENGTH; i += 1) code += TICKET_ALPHABET[rng.int(0, TICKET_ALPHABET.length - 1)];
  return code;
}

/** An RFC 4122 version-4 uuid from the seeded generator (scan ids are made on the device). */
function uuidOf(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + rng.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function boothNumberOf(order: number, perRow: number): string {
  return `${String.fromCharCode(65 + Math.floor(order / perRow))}${String((order % perRow) + 1).padStart(2, '0')}`;
}

/** A score 1–5, mostly satisfied. */
function scoreOf(rng: Rng): number {
  return rng.weighted([[1, 2], [2, 4], [3, 14], [4, 44], [5, 36]] as const);
}

type Context = {
  rng: Rng;
  options: DemoFairsOptions;
  codes: Set<string>;
  contacts: Map<number, { name: string; phone: string }>;
  phones: Set<string>;
};

function contactOf(ctx: Context, organisationIndex: number): { name: string; phone: string } {
  const known = ctx.contacts.get(organisationIndex);
  if (known) return known;
  const { rng } = ctx;
  let phone = '';
  while (phone === '' || ctx.phones.has(phone)) phone = rng.pick(PHONE_PREFIXES) + rng.digits(8);
  ctx.phones.add(phone);
  const contact = { name: rng.pick(CONTACT_SURNAMES) + rng.pick(CONTACT_GIVEN) + (rng.chance(0.7) ? rng.pick(CONTACT_GIVEN) : ''), phone };
  ctx.contacts.set(organisationIndex, contact);
  return contact;
}

function uniqueTicketCode(ctx: Context): string {
  let code = ticketCodeOf(ctx.rng);
  while (ctx.codes.has(code)) code = ticketCodeOf(ctx.rng);
  ctx.codes.add(code);
  return code;
}

/**
 * Positions an enterprise could bring to a fair starting at `startsAt`: published before it and
 * still open that day. A fair of 2023 takes them by their dates (they have closed since); an
 * upcoming one only those published and not filled today.
 */
function openPositionsAt(options: DemoFairsOptions, startsAt: Date, isUpcoming: boolean): Map<number, number[]> {
  const day = chinaDate(startsAt);
  const byOrg = new Map<number, number[]>();
  options.positions.forEach((p, i) => {
    if (!p.publishedAt || p.publishedAt.getTime() > startsAt.getTime() - 2 * DAY_MS) return;
    if (!p.closingOn || p.closingOn < day) return;
    if (isUpcoming && (p.status !== 'published' || p.filledCount >= p.headcount)) return;
    const list = byOrg.get(p.organisationIndex) ?? [];
    list.push(i);
    byOrg.set(p.organisationIndex, list);
  });
  return byOrg;
}

/** Booths of one fair: approved ones with numbers, then a few rejected and withdrawn. */
function boothsOf(
  ctx: Context,
  fairIndex: number,
  fair: DemoFair,
  plan: { booths: number; industries: readonly string[]; pending?: number; firstOrganisation?: number; leftOut?: number },
  isUpcoming: boolean,
): DemoBooth[] {
  const { rng, options } = ctx;
  const open = openPositionsAt(options, fair.startsAt, isUpcoming);
  const isSpecial = fair.kind === 'special';
  const candidates = [...open.keys()].filter((o) => options.organisations[o]?.type === 'enterprise' && o !== plan.firstOrganisation && o !== plan.leftOut);
  const weightOf = (o: number) => {
    const positions = open.get(o) ?? [];
    const industry = options.organisations[o]?.industry ?? '';
    let w = 1 + Math.min(positions.length, 4) * 0.5;
    if (plan.industries.includes(industry)) w *= 3;
    if (isSpecial && positions.some((p) => options.positions[p]?.isDisabilityFriendly)) w *= 20;
    return w;
  };
  const ranked = candidates.map((o) => ({ o, key: -Math.log(1 - rng.next()) / weightOf(o) })).sort((a, b) => a.key - b.key);
  const first = plan.firstOrganisation !== undefined && open.has(plan.firstOrganisation) ? [plan.firstOrganisation] : [];
  // Two enterprises are always left over: someone is turned away or withdraws at every fair.
  const approvedCount = Math.min(plan.booths - first.length, Math.max(0, ranked.length - 2));
  const approved = [...first, ...ranked.slice(0, approvedCount).map((r) => r.o)];
  const others = ranked.slice(approvedCount);
  const extraCount = isUpcoming ? (plan.pending ?? 0) : rng.int(2, 5);
  const extra = others.slice(0, extraCount).map((r) => r.o);
  const perRow = fair.kind === 'onsite' ? 30 : 20;
  const booths: DemoBooth[] = [];
  const boothOf = (organisationIndex: number, status: DemoBooth['status'], order: number): DemoBooth => {
    const positions = [...(open.get(organisationIndex) ?? [])];
    const friendly = positions.filter((p) => options.positions[p]?.isDisabilityFriendly);
    const rest = rng.sample(
      positions.filter((p) => !friendly.includes(p)),
      Math.max(0, rng.int(1, isUpcoming ? 3 : 4) - (isSpecial ? friendly.length : 0)),
    );
    // The enterprise the demo accounts belong to brings two or three positions, so there is a choice.
    const wanted = organisationIndex === plan.firstOrganisation ? rng.int(2, 3) : rng.int(1, 4);
    const positionIndices = isSpecial ? [...friendly.slice(0, 4), ...rest] : rng.sample(positions, Math.min(positions.length, wanted));
    const createdAt = daysBefore(rng, fair.startsAt, isUpcoming ? 4 : 8, isUpcoming ? 12 : 25);
    const decidedAt = status === 'pending' ? null : new Date(createdAt.getTime() + rng.int(4, 50) * HOUR_MS);
    const contact = contactOf(ctx, organisationIndex);
    return {
      fairIndex,
      organisationIndex,
      status,
      boothNumber: status === 'approved' ? boothNumberOf(order, perRow) : null,
      contactName: contact.name,
      contactPhone: contact.phone,
      staffCount: rng.int(2, 4),
      note: rng.chance(0.2) ? rng.pick(BOOTH_NOTES) : null,
      rejectReason: status === 'rejected' ? rng.pick(REJECT_REASONS) : null,
      decidedAt: status === 'withdrawn' ? new Date(createdAt.getTime() + rng.int(24, 120) * HOUR_MS) : decidedAt,
      createdAt,
      positionIndices: positionIndices.length > 0 ? positionIndices : positions.slice(0, 1),
    };
  };
  approved.forEach((o, order) => booths.push(boothOf(o, 'approved', order)));
  extra.forEach((o, k) => {
    const status = isUpcoming ? 'pending' : k === 0 || rng.chance(0.5) ? 'rejected' : 'withdrawn';
    booths.push(boothOf(o, status, 0));
  });
  return booths;
}

// ---------------------------------------------------------------------------------------------

/** Generates the fairs of 2023 and the upcoming ones. Throws when the lists given cannot reach the year's figures. */
export function generateDemoFairs(options: DemoFairsOptions): DemoFairs {
  const rng = new Rng(options.seed ?? DEMO_FAIRS_SEED);
  const ctx: Context = { rng, options, codes: new Set(), contacts: new Map(), phones: new Set() };
  const orgIndex = new Map(options.organisations.map((o, i) => [o.name, i]));
  const indexOfName = (name: string): number | null => orgIndex.get(name) ?? null;

  // Fairs ---------------------------------------------------------------------------------------
  const fairs: DemoFair[] = [];
  const booths: DemoBooth[] = [];
  for (const plan of FAIRS_2023) {
    const startsAt = chinaTime(plan.date, plan.opens);
    const endsAt = chinaTime(plan.date, plan.closes);
    const hostIndex = plan.hostKey ? indexOfName(SCHOOL_NAMES[plan.hostKey] ?? '') : null;
    const coOrganisers = plan.kind === 'campus' ? [GOV_ZONE] : plan.kind === 'special' ? [GOV_HR] : [GOV_HR, GOV_ZONE];
    const fair: DemoFair = {
      kind: plan.kind,
      specialFocus: plan.kind === 'special' ? 'disability' : null,
      title: plan.title,
      description: plan.description,
      venue: plan.venue,
      regionCode: plan.regionCode,
      startsAt,
      endsAt,
      hostIndex,
      coOrganiserIndices: coOrganisers.flatMap((n) => {
        const i = indexOfName(n);
        return i === null ? [] : [i];
      }),
      boothCapacity: Math.ceil((plan.booths + 6) / 10) * 10,
      seekerCapacity: plan.kind === 'campus' ? Math.ceil((plan.tickets * 1.25) / 100) * 100 : null,
      registrationClosesAt: startsAt,
      status: 'published',
      surveySentAt: plan.hasSurvey ? chinaTime(addDays(plan.date, rng.int(1, 3)), '10:00') : null,
      createdAt: daysBefore(rng, startsAt, 28, 40),
    };
    fairs.push(fair);
    booths.push(...boothsOf(ctx, fairs.length - 1, fair, plan, false));
  }
  const specialIndex = FAIRS_2023.findIndex((p) => p.kind === 'special');

  // People --------------------------------------------------------------------------------------
  const generated = options.seekers.slice(0, DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS);
  if (generated.length < DEMO_POOL_SEEKERS + DEMO_FAIR_NEW_SEEKERS) throw new RangeError('the fairs need the pool and their own seekers');
  const all = generated.map((s) => ({ school: s.school, hasDisability: s.disability !== null }));
  const campusOfSchool = new Map<string, number[]>();
  FAIRS_2023.forEach((plan, f) => {
    if (plan.kind !== 'campus' || !plan.hostKey) return;
    const name = SCHOOL_NAMES[plan.hostKey] ?? '';
    campusOfSchool.set(name, [...(campusOfSchool.get(name) ?? []), f]);
  });
  const newHome: number[] = [];
  const generalFairs = FAIRS_2023.map((plan, f) => [f, plan.kind === 'onsite' ? plan.tickets * 0.9 : plan.kind === 'campus' ? plan.tickets * 0.35 : 0] as const);
  for (let k = 0; k < DEMO_FAIR_NEW_SEEKERS; k += 1) {
    const s = all[DEMO_POOL_SEEKERS + k];
    const ownFairs = s?.school ? campusOfSchool.get(s.school) : undefined;
    if (s?.hasDisability && rng.chance(0.85)) newHome.push(specialIndex);
    else if (ownFairs && rng.chance(0.75)) newHome.push(rng.pick(ownFairs));
    else newHome.push(rng.weighted(generalFairs));
  }

  const registrations: DemoRegistration[] = [];
  const registered = new Set<string>();
  const hasAccount = new Map<number, boolean>();
  const newSeekerCreated = new Map<number, Date>();
  const newSeekerSource = new Map<number, DemoFairSeeker['source']>();
  const register = (fairIndex: number, seekerIndex: number, walkInShare: number, isHome: boolean) => {
    const key = `${fairIndex}:${seekerIndex}`;
    if (registered.has(key)) return;
    registered.add(key);
    const fair = fairs[fairIndex] as DemoFair;
    const isNew = seekerIndex >= DEMO_POOL_SEEKERS;
    const isWalkIn = isNew && !isHome ? !hasAccount.get(seekerIndex) && rng.chance(walkInShare) : rng.chance(walkInShare);
    const duration = fair.endsAt.getTime() - fair.startsAt.getTime();
    const arrival = new Date(fair.startsAt.getTime() - 15 * MINUTE_MS + Math.floor(rng.next() ** 1.7 * (duration - 30 * MINUTE_MS)) + rng.int(0, 59) * 1000);
    let status: DemoRegistration['status'] = 'registered';
    let checkedInAt: Date | null = arrival;
    if (!isWalkIn) {
      const outcome = rng.weighted([['came', 88], ['no_show', 9], ['cancelled', 3]] as const);
      if (outcome !== 'came') checkedInAt = null;
      if (outcome === 'cancelled') status = 'cancelled';
    }
    const firstSeen = newSeekerCreated.get(seekerIndex);
    const ahead = daysBefore(rng, fair.startsAt, 1, 14);
    // A returning seeker takes the next ticket after the fair that brought them in.
    const createdAt = isWalkIn ? (checkedInAt as Date) : firstSeen && firstSeen >= ahead ? new Date(firstSeen.getTime() + rng.int(2, 48) * HOUR_MS) : ahead;
    registrations.push({ fairIndex, seekerIndex, ticketCode: uniqueTicketCode(ctx), source: isWalkIn ? 'walk_in' : 'pre', status, checkedInAt, createdAt });
    if (isNew && isHome) {
      newSeekerCreated.set(seekerIndex, createdAt);
      const source = isWalkIn ? 'walk_in' : rng.chance(0.32) ? 'self' : 'fair';
      newSeekerSource.set(seekerIndex, source);
      hasAccount.set(seekerIndex, source === 'self');
    }
  };

  const byFair = FAIRS_2023.map((_, f) => newHome.flatMap((home, k) => (home === f ? [DEMO_POOL_SEEKERS + k] : [])));
  const poolOrder = rng.sample(
    Array.from({ length: DEMO_POOL_SEEKERS }, (_, i) => i),
    DEMO_POOL_SEEKERS,
  );
  const returning: number[][] = FAIRS_2023.map(() => []);
  FAIRS_2023.forEach((plan, f) => {
    for (const s of byFair[f] ?? []) {
      register(f, s, plan.walkInShare, true);
      // Some come back to a later fair.
      if (rng.chance(0.16) && f + 1 < FAIRS_2023.length) {
        const later = rng.int(f + 1, FAIRS_2023.length - 1);
        if (later !== specialIndex || all[s]?.hasDisability) returning[later]?.push(s);
      }
    }
    for (const s of returning[f] ?? []) register(f, s, plan.walkInShare, false);
    if (plan.kind === 'special') {
      // Everyone in the pool with a disability is told of the fair; most come, with a few family members.
      for (const s of poolOrder) if (all[s]?.hasDisability && rng.chance(0.8)) register(f, s, plan.walkInShare, false);
      for (const s of rng.sample(poolOrder, 24)) register(f, s, plan.walkInShare, false);
      return;
    }
    const missing = plan.tickets - registrations.filter((r) => r.fairIndex === f).length;
    if (missing <= 0) return;
    const school = plan.hostKey ? SCHOOL_NAMES[plan.hostKey] : undefined;
    const ownStudents = school ? poolOrder.filter((s) => all[s]?.school === school) : [];
    const fromSchool = rng.sample(ownStudents, Math.min(ownStudents.length, Math.round(missing * 0.45)));
    const picked = new Set(fromSchool);
    const rest = rng.sample(
      poolOrder.filter((s) => !picked.has(s)),
      missing - fromSchool.length,
    );
    for (const s of [...fromSchool, ...rest]) register(f, s, plan.walkInShare, false);
  });

  // Check-in scans, from a few devices per fair; some arrive late (the venue's network dropped).
  const scans: DemoScan[] = [];
  registrations.forEach((r, ri) => {
    const fair = fairs[r.fairIndex] as DemoFair;
    const devices = fair.kind === 'onsite' ? 5 : 3;
    const deviceId = `fair${r.fairIndex + 1}-gate-${rng.int(1, devices)}`;
    if (r.source === 'pre' && r.checkedInAt) {
      const delay = rng.chance(0.1) ? rng.int(3, 25) * MINUTE_MS : rng.int(300, 3000);
      scans.push({ id: uuidOf(rng), fairIndex: r.fairIndex, registrationIndex: ri, deviceId, ticketCode: r.ticketCode, outcome: 'checked_in', scannedAt: r.checkedInAt, receivedAt: new Date(r.checkedInAt.getTime() + delay) });
      if (rng.chance(0.03)) {
        const again = new Date(r.checkedInAt.getTime() + rng.int(1, 40) * MINUTE_MS);
        scans.push({ id: uuidOf(rng), fairIndex: r.fairIndex, registrationIndex: ri, deviceId, ticketCode: r.ticketCode, outcome: 'already_checked_in', scannedAt: again, receivedAt: new Date(again.getTime() + 800) });
      }
    } else if (r.status === 'cancelled' && rng.chance(0.15)) {
      const at = new Date(fair.startsAt.getTime() + rng.int(5, 120) * MINUTE_MS);
      scans.push({ id: uuidOf(rng), fairIndex: r.fairIndex, registrationIndex: ri, deviceId, ticketCode: r.ticketCode, outcome: 'cancelled', scannedAt: at, receivedAt: new Date(at.getTime() + 900) });
    }
  });
  fairs.forEach((fair, f) => {
    for (let k = rng.int(1, 4); k > 0; k -= 1) {
      const at = new Date(fair.startsAt.getTime() + rng.int(5, 150) * MINUTE_MS);
      let code = ticketCodeOf(rng);
      while (ctx.codes.has(code)) code = ticketCodeOf(rng);
      scans.push({ id: uuidOf(rng), fairIndex: f, registrationIndex: null, deviceId: `fair${f + 1}-gate-1`, ticketCode: code, outcome: 'unknown_ticket', scannedAt: at, receivedAt: new Date(at.getTime() + 700) });
    }
  });

  // Intents: exactly DEMO_FAIR_INTENT_PEOPLE people, each at one or more booths -----------------
  const attended = new Map<number, number[]>();
  registrations.forEach((r, ri) => {
    if (r.checkedInAt) attended.set(r.seekerIndex, [...(attended.get(r.seekerIndex) ?? []), ri]);
  });
  const attendees = [...attended.keys()].sort((a, b) => a - b);
  if (attendees.length < DEMO_FAIR_INTENT_PEOPLE) throw new RangeError(`only ${attendees.length} people checked in`);
  const intentPeople = rng.sample(attendees, DEMO_FAIR_INTENT_PEOPLE).sort((a, b) => a - b);
  const resumePeople = new Set(rng.sample(intentPeople, DEMO_FAIR_RESUME_PEOPLE));
  const approvedByFair = fairs.map((_, f) => booths.flatMap((b, bi) => (b.fairIndex === f && b.status === 'approved' ? [bi] : [])));
  const intents: DemoIntent[] = [];
  const intentKeys = new Set<string>();
  for (const seekerIndex of intentPeople) {
    const visits = attended.get(seekerIndex) ?? [];
    const wanted = rng.weighted([[1, 64], [2, 25], [3, 8], [4, 3]] as const);
    const isDisabled = all[seekerIndex]?.hasDisability ?? false;
    const hasCollected = resumePeople.has(seekerIndex);
    const first = intents.length;
    for (let attempt = 0; attempt < wanted * 3 && intents.length - first < wanted; attempt += 1) {
      const registrationIndex = rng.pick(visits);
      const registration = registrations[registrationIndex] as DemoRegistration;
      const fair = fairs[registration.fairIndex] as DemoFair;
      const boothIndex = rng.pick(approvedByFair[registration.fairIndex] ?? []);
      const booth = booths[boothIndex] as DemoBooth;
      const friendly = booth.positionIndices.filter((p) => options.positions[p]?.isDisabilityFriendly);
      const positionIndex = isDisabled && friendly.length > 0 && rng.chance(0.8) ? rng.pick(friendly) : rng.pick(booth.positionIndices);
      const key = `${registration.fairIndex}:${positionIndex}:${seekerIndex}`;
      if (intentKeys.has(key)) continue;
      intentKeys.add(key);
      const checkedIn = (registration.checkedInAt as Date).getTime();
      const latest = fair.endsAt.getTime() - 2 * MINUTE_MS;
      const createdAt = new Date(Math.min(latest, checkedIn + rng.int(5, 150) * MINUTE_MS) + rng.int(0, 59) * 1000);
      const level = rng.chance(0.34) ? 'strong' : 'possible';
      const bySeeker = hasAccount.get(seekerIndex) === true && rng.chance(0.45);
      const isCollected = hasCollected && (intents.length === first || rng.chance(0.5));
      intents.push({
        fairIndex: registration.fairIndex,
        boothIndex,
        positionIndex,
        seekerIndex,
        registrationIndex,
        level,
        note: bySeeker && rng.chance(0.8) ? null : rng.pick(level === 'strong' ? STRONG_NOTES : POSSIBLE_NOTES),
        source: bySeeker ? 'seeker_scan' : 'booth_scan',
        resumeCollectedAt: isCollected ? createdAt : null,
        sharesAccommodation: isCollected && fair.kind === 'special' && isDisabled && rng.chance(0.7),
        idempotencyKey: `demo-fair-intent-${String(intents.length + 1).padStart(5, '0')}`,
        followUpStatus: null,
        followUpNote: null,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }

  // Consents for the résumés: one per seeker and enterprise, when the first résumé went there.
  const shareConsents: DemoShareConsent[] = [];
  const consentKeys = new Set<string>();
  for (const intent of [...intents].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!intent.resumeCollectedAt) continue;
    const organisationIndex = (booths[intent.boothIndex] as DemoBooth).organisationIndex;
    const key = `${intent.seekerIndex}:${organisationIndex}`;
    if (consentKeys.has(key)) continue;
    consentKeys.add(key);
    shareConsents.push({ seekerIndex: intent.seekerIndex, organisationIndex, grantedAt: intent.resumeCollectedAt, isRecordedAtBooth: intent.source === 'booth_scan' });
  }

  // Hires that came of strong intents, within the positions' open headcount ----------------------
  const hires: DemoFairHire[] = [];
  const open = options.positions.map((p) => p.headcount - p.filledCount);
  const hired = new Set(options.hiredSeekers);
  const order = rng.sample(
    intents.map((_, i) => i),
    intents.length,
  );
  for (const i of order) {
    if (hires.length >= 74) break;
    const intent = intents[i] as DemoIntent;
    if (intent.level !== 'strong' || hired.has(intent.seekerIndex)) continue;
    if ((open[intent.positionIndex] ?? 0) <= 0 || options.takenApplications.has(`${intent.positionIndex}:${intent.seekerIndex}`)) continue;
    const fair = fairs[intent.fairIndex] as DemoFair;
    const createdAt = workingDayAfter(rng, fair.endsAt, 1, 5);
    const hiredAt = workingDayAfter(rng, createdAt, 10, 40);
    hired.add(intent.seekerIndex);
    open[intent.positionIndex] = (open[intent.positionIndex] ?? 0) - 1;
    hires.push({ intentIndex: i, positionIndex: intent.positionIndex, seekerIndex: intent.seekerIndex, organisationIndex: options.positions[intent.positionIndex]?.organisationIndex ?? 0, createdAt, hiredAt });
    intent.followUpStatus = 'hired';
    intent.followUpNote = '已入职';
    intent.updatedAt = hiredAt;
  }
  // The operator's follow-up of the others.
  for (const intent of intents) {
    if (intent.followUpStatus) continue;
    const status =
      intent.level === 'strong'
        ? rng.weighted([['contacted', 38], ['interviewing', 18], ['closed', 14], [null, 30]] as const)
        : rng.weighted([['contacted', 14], ['closed', 6], [null, 80]] as const);
    if (!status) continue;
    intent.followUpStatus = status;
    intent.followUpNote = rng.chance(0.7) ? rng.pick(FOLLOW_UP_NOTES[status]) : null;
    intent.updatedAt = workingDayAfter(rng, (fairs[intent.fairIndex] as DemoFair).endsAt, 2, 20);
  }

  // Survey: seekers with an account who came, and enterprises with an approved booth ------------
  const surveyResponses: DemoSurveyResponse[] = [];
  fairs.forEach((fair, f) => {
    if (!fair.surveySentAt) return;
    const sent = fair.surveySentAt.getTime();
    const at = () => new Date(sent + rng.int(10, 6 * 24 * 60) * MINUTE_MS);
    const answer = (respondent: DemoSurveyResponse['respondent'], comments: readonly string[]) => {
      const overall = scoreOf(rng);
      const matchQuality = Math.max(1, Math.min(5, overall + rng.weighted([[-1, 3], [0, 6], [1, 1]] as const)));
      surveyResponses.push({ fairIndex: f, respondent, overall, matchQuality, wouldReturn: overall >= 3 ? rng.chance(0.92) : rng.chance(0.3), comment: rng.chance(0.3) ? rng.pick(comments) : null, createdAt: at() });
    };
    for (const r of registrations) {
      if (r.fairIndex === f && r.checkedInAt && hasAccount.get(r.seekerIndex) && rng.chance(0.42)) answer({ kind: 'seeker', seekerIndex: r.seekerIndex }, SEEKER_COMMENTS);
    }
    for (const bi of approvedByFair[f] ?? []) {
      if (rng.chance(0.55)) answer({ kind: 'enterprise', organisationIndex: (booths[bi] as DemoBooth).organisationIndex }, ENTERPRISE_COMMENTS);
    }
  });

  // The new seekers, as the generator made them, from the fair that brought them in --------------
  const usernames = new Set<string>();
  const newSeekers: DemoFairSeeker[] = generated.slice(DEMO_POOL_SEEKERS).map((s, k) => {
    const index = DEMO_POOL_SEEKERS + k;
    const { source: _source, consents: _consents, ...fields } = s;
    const source = newSeekerSource.get(index) ?? 'fair';
    let username: string | null = null;
    if (source === 'self') {
      while (username === null || usernames.has(username)) username = `s${Array.from({ length: 9 }, () => rng.int(0, 35).toString(36)).join('')}`;
      usernames.add(username);
    }
    return {
      ...fields,
      source,
      consents: s.disability ? ['sensitive_disability'] : [],
      username,
      createdAt: newSeekerCreated.get(index) ?? (fairs[0] as DemoFair).startsAt,
    };
  });

  appendUpcoming(ctx, fairs, booths, registrations, indexOfName, all);
  return { fairs, booths, newSeekers, registrations, scans, intents, shareConsents, hires, surveyResponses, contacts: ctx.contacts };
}

/**
 * What is coming up on the load day: 大理大学's campus fair in ten days (registration open,
 * 华派药业 at A01, a few booths still pending) and next month's fair for people with disabilities
 * (without 华派药业). The demo seeker account has no ticket yet.
 */
function appendUpcoming(
  ctx: Context,
  fairs: DemoFair[],
  booths: DemoBooth[],
  registrations: DemoRegistration[],
  indexOfName: (name: string) => number | null,
  all: { school: string | null; hasDisability: boolean }[],
): void {
  const { rng, options } = ctx;
  const today = options.today;
  const campusDay = addDays(today, 10);
  const nextMonth = new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`));
  nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
  let specialDay = addDays(nextMonth.toISOString().slice(0, 10), 14);
  const weekday = new Date(`${specialDay}T00:00:00Z`).getUTCDay();
  if (weekday === 6) specialDay = addDays(specialDay, -1);
  if (weekday === 0) specialDay = addDays(specialDay, 1);
  const year = Number(campusDay.slice(0, 4));
  const cohort = Number(campusDay.slice(5, 7)) >= 9 ? year + 1 : year;
  const dali = indexOfName(SCHOOL_NAMES.dali ?? '');
  const operator = indexOfName(OPERATOR);
  const huapai = indexOfName(HUAPAI);
  const govHr = indexOfName(GOV_HR);
  const govZone = indexOfName(GOV_ZONE);
  const upcoming: { fair: DemoFair; booths: number; pending: number; first?: number; leftOut?: number; seekers: number[] }[] = [
    {
      fair: {
        kind: 'campus',
        specialFocus: null,
        title: `大理大学${cohort}届毕业生校园招聘会（楚雄高新区企业专场）`,
        description: '楚雄高新区重点企业进校招聘，现场可登记就业意向并投递简历。请提前在手机上领取电子门票。',
        venue: '大理大学 古城校区 体育馆',
        regionCode: '532901',
        startsAt: chinaTime(campusDay, '09:30'),
        endsAt: chinaTime(campusDay, '16:30'),
        hostIndex: dali,
        coOrganiserIndices: govZone === null ? [] : [govZone],
        boothCapacity: 40,
        seekerCapacity: 800,
        registrationClosesAt: chinaTime(addDays(campusDay, -1), '18:00'),
        status: 'published',
        surveySentAt: null,
        createdAt: daysBefore(rng, chinaTime(today, '10:00'), 12, 16),
      },
      booths: 8,
      pending: 3,
      ...(huapai === null ? {} : { first: huapai }),
      seekers: rng.sample(
        Array.from({ length: DEMO_POOL_SEEKERS }, (_, i) => i).filter((i) => !all[i]?.hasDisability),
        9,
      ),
    },
    {
      fair: {
        kind: 'special',
        specialFocus: 'disability',
        title: `${specialDay.slice(0, 4)}年楚雄高新区残疾人就业专场招聘会`,
        description: '面向持证残疾人的专场招聘，企业提供适合残疾人的岗位；现场设无障碍通道、手语翻译和就业辅导。',
        venue: '楚雄州残疾人综合服务中心 一楼大厅',
        regionCode: '532301',
        startsAt: chinaTime(specialDay, '09:30'),
        endsAt: chinaTime(specialDay, '12:30'),
        hostIndex: operator,
        coOrganiserIndices: govHr === null ? [] : [govHr],
        boothCapacity: 20,
        seekerCapacity: 300,
        registrationClosesAt: chinaTime(addDays(specialDay, -1), '18:00'),
        status: 'published',
        surveySentAt: null,
        createdAt: daysBefore(rng, chinaTime(today, '10:00'), 3, 8),
      },
      booths: 6,
      pending: 1,
      // 华派药业 has not registered a booth here yet: the demo's enterprise account can.
      ...(huapai === null ? {} : { leftOut: huapai }),
      seekers: rng.sample(
        Array.from({ length: DEMO_POOL_SEEKERS }, (_, i) => i).filter((i) => all[i]?.hasDisability),
        5,
      ),
    },
  ];
  for (const item of upcoming) {
    fairs.push(item.fair);
    const fairIndex = fairs.length - 1;
    booths.push(
      ...boothsOf(
        ctx,
        fairIndex,
        item.fair,
        {
          booths: item.booths,
          industries: item.fair.kind === 'campus' ? ['biomedicine'] : [],
          pending: item.pending,
          ...(item.first === undefined ? {} : { firstOrganisation: item.first }),
          ...(item.leftOut === undefined ? {} : { leftOut: item.leftOut }),
        },
        true,
      ),
    );
    for (const seekerIndex of item.seekers) {
      registrations.push({
        fairIndex,
        seekerIndex,
        ticketCode: uniqueTicketCode(ctx),
        source: 'pre',
        status: 'registered',
        checkedInAt: null,
        createdAt: daysBefore(rng, chinaTime(today, '10:00'), 1, 3),
      });
    }
  }
}
