import { findCapacityProblems, type Holding, toMinutes } from '../training/booking-capacity';
import { formatCertificateNo, rankEntrants } from '../training/training.rules';
import type { Award, BaseStatus, CompetitionLevel, EnrolmentStatus, ProgrammeKind } from '../training/training.codes';
import { generateDemoSeekers } from './demo-seekers';
import { Rng } from './random';

// The consortium's training year 2023: public practical-training bases (16 of them provincial
// demonstrative, 省级示范, completed by the end of 2023), a year of bookings by schools and
// enterprises with the trainee-hours used, rural talent training (乡村人才培训) and other
// programmes with attendance and certificates, and skill competitions with results and awards.
// Pure and seeded; organisations and seekers are referred to by index into the lists given.

export const DEMO_TRAINING_SEED = 20230915;
/** 建成省级示范公共实训基地 16 个: the brief's figure for 2023. */
export const DEMO_DEMONSTRATIVE_BASES_2023 = 16;

export type DemoTrainingOrganisation = { name: string; type: string; industry: string };

export type DemoBase = {
  name: string;
  regionCode: string;
  address: string;
  majors: string[];
  stations: number;
  capacity: number;
  opensAt: string;
  closesAt: string;
  status: BaseStatus;
  isProvincialDemonstrative: boolean;
  completedOn: string | null;
  description: string;
  partnerIndices: number[];
};

export type DemoBooking = {
  baseIndex: number;
  organisationIndex: number;
  bookedOn: string;
  startsAt: string;
  endsAt: string;
  stations: number;
  trainees: number;
  purpose: string;
  status: 'confirmed' | 'cancelled';
  cancelledAt: Date | null;
  cancelReason: string | null;
  attendedTrainees: number | null;
  attendedMinutes: number | null;
  useRecordedAt: Date | null;
  createdAt: Date;
};

export type DemoEnrolment = {
  seekerIndex: number | null;
  traineeName: string | null;
  affiliation: string | null;
  status: EnrolmentStatus;
  completedOn: string | null;
  certificateNo: string | null;
  withdrawnAt: Date | null;
  /** Indices of the sessions the trainee attended. */
  presentAt: number[];
  createdAt: Date;
};

export type DemoProgramme = {
  title: string;
  kind: ProgrammeKind;
  organiserIndex: number;
  baseIndex: number | null;
  startsOn: string;
  endsOn: string;
  capacity: number;
  totalHours: number;
  requiredAttendancePercent: number;
  description: string;
  sessions: { heldOn: string; startsAt: string; endsAt: string; topic: string }[];
  /** Attendance exists for the sessions held by the loader's today. */
  enrolments: DemoEnrolment[];
};

export type DemoEntrant = {
  category: string;
  seekerIndex: number | null;
  entrantName: string | null;
  organisationIndex: number | null;
  score: string | null;
  award: Award | null;
};

export type DemoCompetition = {
  title: string;
  heldOn: string;
  organiserIndex: number;
  level: CompetitionLevel;
  categories: string[];
  venue: string | null;
  description: string;
  entrants: DemoEntrant[];
};

export type DemoTraining = { bases: DemoBase[]; bookings: DemoBooking[]; programmes: DemoProgramme[]; competitions: DemoCompetition[] };

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A moment on a date in China time (UTC+8). */
function chinaTime(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** A record made before `today`: a moment in the future moves back to the start of today. */
function notAfter(at: Date, today: string): Date {
  const start = chinaTime(today, '08:00');
  return at.getTime() > start.getTime() ? start : at;
}

/** 2023's public holidays when bases are closed (春节, 清明, 劳动节, 端午, 中秋与国庆). */
const CLOSED_2023: readonly [string, string][] = [
  ['2022-12-31', '2023-01-02'],
  ['2023-01-21', '2023-01-27'],
  ['2023-04-05', '2023-04-05'],
  ['2023-04-29', '2023-05-03'],
  ['2023-06-22', '2023-06-24'],
  ['2023-09-29', '2023-10-06'],
];

function isOpenDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !CLOSED_2023.some(([from, to]) => date >= from && date <= to);
}

function weekdaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isOpenDay(d)) days.push(d);
  return days;
}

// ---------------------------------------------------------------------------------------------
// Bases

type BaseSpec = {
  name: string;
  address: string;
  industry: string;
  majors: string[];
  stations: number;
  hours: readonly [string, string];
  completedOn: string | null;
  isProvincialDemonstrative: boolean;
  status: BaseStatus;
  /** Names of schools among the co-builders; enterprises of the industry join them. */
  schools: string[];
  enterprises: number;
  /** How busy the base is on an open day (0–1). */
  demand: number;
  purposes: string[];
};

const MED = '楚雄医药高等专科学校';
const DALI = '大理大学';
const NORMAL = '楚雄师范学院';
const KUNMING = '昆明工业职业技术学院';
const ZIXI = '云南紫溪职业技术学院';
const LUCHENG = '楚雄鹿城技工学校';
const BOREN = '楚雄博仁卫生职业学校';

const BASE_SPECS: BaseSpec[] = [
  {
    name: '楚雄高新区生物医药公共实训基地', address: '楚雄高新区永安大道 88 号', industry: 'biomedicine',
    majors: ['药学', '药品生产技术', '药物制剂技术', '中药学'], stations: 48, hours: ['08:30', '17:30'], completedOn: '2019-09-20',
    isProvincialDemonstrative: true, status: 'operating', schools: [MED, BOREN], enterprises: 2, demand: 0.85,
    purposes: ['药物制剂工技能实训', 'GMP 规范操作培训', '药品生产技术专业课程实训', '1+X 药品购销职业技能等级证书考前训练'],
  },
  {
    name: '楚雄医药高专药品生产技术实训基地', address: '楚雄市鹿城南路 626 号', industry: 'biomedicine',
    majors: ['药品生产技术', '药品质量与安全', '制药设备应用技术'], stations: 36, hours: ['08:00', '18:00'], completedOn: '2020-06-30',
    isProvincialDemonstrative: true, status: 'operating', schools: [MED], enterprises: 1, demand: 0.75,
    purposes: ['固体制剂生产线实训', '无菌制剂岗位技能训练', '药品检验岗前培训', '在岗职工技能提升培训'],
  },
  {
    name: '中药材种植与加工公共实训基地', address: '楚雄市东华镇中药材产业园', industry: 'green_food',
    majors: ['中药材生产与加工', '现代农业技术'], stations: 30, hours: ['08:30', '17:30'], completedOn: '2021-04-15',
    isProvincialDemonstrative: true, status: 'operating', schools: [ZIXI], enterprises: 2, demand: 0.55,
    purposes: ['中药材规范化种植实训', '中药饮片炮制技能培训', '农产品初加工实训', '新型职业农民培训'],
  },
  {
    name: '新材料检测分析公共实训基地', address: '楚雄高新区苍岭工业园区 12 号', industry: 'new_materials',
    majors: ['材料工程技术', '分析检验技术', '工业分析技术'], stations: 32, hours: ['08:30', '17:30'], completedOn: '2020-11-28',
    isProvincialDemonstrative: true, status: 'operating', schools: [KUNMING, NORMAL], enterprises: 2, demand: 0.6,
    purposes: ['材料性能检测实训', '化学检验员技能等级认定考前集训', '仪器分析课程实训', '质检岗位新员工培训'],
  },
  {
    name: '先进制造数控技术公共实训基地', address: '楚雄高新区智能制造产业园 3 号厂房', industry: 'advanced_manufacturing',
    majors: ['数控技术', '机械制造及自动化', '模具设计与制造'], stations: 40, hours: ['08:00', '18:00'], completedOn: '2019-12-18',
    isProvincialDemonstrative: true, status: 'operating', schools: [KUNMING, LUCHENG], enterprises: 2, demand: 0.8,
    purposes: ['数控车铣加工实训', '车工技能等级认定考前集训', '机械制造专业课程实训', '在岗职工数控技能提升培训'],
  },
  {
    name: '工业机器人应用公共实训基地', address: '楚雄高新区智能制造产业园 5 号厂房', industry: 'advanced_manufacturing',
    majors: ['工业机器人技术', '机电一体化技术', '电气自动化技术'], stations: 24, hours: ['08:30', '17:30'], completedOn: '2021-10-26',
    isProvincialDemonstrative: true, status: 'operating', schools: [KUNMING], enterprises: 2, demand: 0.65,
    purposes: ['工业机器人操作与编程实训', '1+X 工业机器人应用编程证书考前训练', '智能产线运维培训', '机电一体化专业课程实训'],
  },
  {
    name: '电工电子公共实训基地', address: '楚雄市开发区彝海路 19 号', industry: 'advanced_manufacturing',
    majors: ['电气自动化技术', '应用电子技术'], stations: 40, hours: ['08:30', '17:30'], completedOn: '2018-08-30',
    isProvincialDemonstrative: true, status: 'operating', schools: [LUCHENG, ZIXI], enterprises: 1, demand: 0.7,
    purposes: ['低压电工作业实训', '电工技能等级认定考前集训', '电子装配与调试实训', '企业电工安全操作培训'],
  },
  {
    name: '焊接技术公共实训基地', address: '楚雄高新区苍岭工业园区 8 号', industry: 'advanced_manufacturing',
    majors: ['焊接技术与自动化', '机械制造及自动化'], stations: 30, hours: ['08:00', '18:00'], completedOn: '2020-05-22',
    isProvincialDemonstrative: true, status: 'operating', schools: [LUCHENG], enterprises: 2, demand: 0.6,
    purposes: ['焊工技能等级认定考前集训', '特种作业（熔化焊接）实训', '焊接工艺课程实训', '新员工焊接岗前培训'],
  },
  {
    name: '绿色食品加工与检测公共实训基地', address: '楚雄高新区绿色食品产业园 2 号', industry: 'green_food',
    majors: ['食品加工技术', '食品检验检测技术', '食品营养与健康'], stations: 36, hours: ['08:30', '17:30'], completedOn: '2021-06-18',
    isProvincialDemonstrative: true, status: 'operating', schools: [ZIXI, NORMAL], enterprises: 2, demand: 0.6,
    purposes: ['食品检验员技能实训', '野生菌保鲜加工培训', '食品安全管理员培训', '食品加工专业课程实训'],
  },
  {
    name: '彝绣与民族工艺公共实训基地', address: '楚雄市彝人古镇文创园', industry: 'modern_services',
    majors: ['民族服装与服饰', '工艺美术品设计'], stations: 40, hours: ['09:00', '17:00'], completedOn: '2020-09-09',
    isProvincialDemonstrative: true, status: 'operating', schools: [NORMAL, ZIXI], enterprises: 1, demand: 0.5,
    purposes: ['彝族刺绣技艺实训', '民族服饰设计课程实训', '绣娘技能提升培训', '非遗传承人研修'],
  },
  {
    name: '电子商务与直播营销公共实训基地', address: '楚雄高新区人力资源产业园 4 楼', industry: 'modern_services',
    majors: ['电子商务', '网络营销与直播电商'], stations: 50, hours: ['08:30', '17:30'], completedOn: '2022-03-30',
    isProvincialDemonstrative: true, status: 'operating', schools: [ZIXI, NORMAL], enterprises: 2, demand: 0.75,
    purposes: ['直播带货技能实训', '农产品电商运营培训', '1+X 网店运营推广证书考前训练', '电子商务专业课程实训'],
  },
  {
    name: '现代物流公共实训基地', address: '楚雄高新区物流园 A 区', industry: 'modern_services',
    majors: ['现代物流管理', '冷链物流技术与管理'], stations: 28, hours: ['08:30', '17:30'], completedOn: '2021-12-20',
    isProvincialDemonstrative: true, status: 'operating', schools: [ZIXI], enterprises: 1, demand: 0.45,
    purposes: ['仓储配送作业实训', '叉车作业安全培训', '冷链物流岗位培训', '物流管理专业课程实训'],
  },
  {
    name: '养老护理与健康服务公共实训基地', address: '楚雄市鹿城北路 233 号', industry: 'modern_services',
    majors: ['护理', '智慧健康养老服务与管理', '康复治疗技术'], stations: 36, hours: ['08:30', '17:30'], completedOn: '2020-12-15',
    isProvincialDemonstrative: true, status: 'operating', schools: [BOREN, MED, DALI], enterprises: 0, demand: 0.7,
    purposes: ['养老护理员技能实训', '护理专业技能实训', '母婴护理培训', '康复治疗技术课程实训'],
  },
  {
    name: '滇菜烹饪公共实训基地', address: '楚雄市开发区紫溪路 55 号', industry: 'modern_services',
    majors: ['烹饪工艺与营养', '中西面点工艺'], stations: 32, hours: ['08:30', '17:30'], completedOn: '2022-08-12',
    isProvincialDemonstrative: true, status: 'operating', schools: [LUCHENG, ZIXI], enterprises: 1, demand: 0.55,
    purposes: ['中式烹调师技能实训', '彝族特色菜品制作培训', '中式面点师考前集训', '餐饮服务岗前培训'],
  },
  {
    name: '精细化工安全与化学检验公共实训基地', address: '楚雄高新区化工园区 6 号', industry: 'green_chemicals',
    majors: ['应用化工技术', '化工安全技术', '工业分析技术'], stations: 28, hours: ['08:30', '17:30'], completedOn: '2022-11-25',
    isProvincialDemonstrative: true, status: 'operating', schools: [KUNMING], enterprises: 2, demand: 0.5,
    purposes: ['化工总控工实训', '危险化学品安全作业培训', '化学检验课程实训', '新员工安全生产培训'],
  },
  {
    name: '智慧农业公共实训基地', address: '楚雄市东瓜镇现代农业示范园', industry: 'green_food',
    majors: ['现代农业技术', '设施农业与装备', '智慧农业技术'], stations: 30, hours: ['08:30', '17:30'], completedOn: '2023-05-26',
    isProvincialDemonstrative: true, status: 'operating', schools: [ZIXI], enterprises: 1, demand: 0.5,
    purposes: ['设施农业种植技术实训', '农业无人机植保培训', '乡村振兴带头人实训', '智慧农业课程实训'],
  },
  {
    name: '汽车运用与维修实训基地', address: '楚雄市开发区龙川路 120 号', industry: 'advanced_manufacturing',
    majors: ['汽车检测与维修技术', '新能源汽车技术'], stations: 24, hours: ['08:30', '17:30'], completedOn: '2023-03-08',
    isProvincialDemonstrative: false, status: 'operating', schools: [LUCHENG], enterprises: 1, demand: 0.45,
    purposes: ['汽车维修工技能实训', '新能源汽车高压安全培训', '汽车检测课程实训', '维修技师技能提升培训'],
  },
  {
    name: '新能源电池材料公共实训基地', address: '楚雄高新区新材料产业园 9 号', industry: 'new_materials',
    majors: ['新能源材料应用技术', '储能材料技术'], stations: 32, hours: ['08:30', '17:30'], completedOn: null,
    isProvincialDemonstrative: false, status: 'under_construction', schools: [KUNMING], enterprises: 2, demand: 0,
    purposes: [],
  },
];

/** A booking's usual slots: the morning, the afternoon or the whole opening day. */
function slotOf(kind: 'morning' | 'afternoon' | 'day', hours: readonly [string, string]): [string, string] {
  switch (kind) {
    case 'morning':
      return [hours[0], '12:00'];
    case 'afternoon':
      return ['14:00', hours[1]];
    case 'day':
      return [hours[0], hours[1]];
  }
}

const CANCEL_REASONS = ['教学计划调整', '学生参加技能竞赛集训，改期', '企业生产任务紧，培训延期', '受天气影响改期', '实训设备检修，改期'];

// ---------------------------------------------------------------------------------------------
// Programmes and competitions

const TOWNS = ['东华镇', '吕合镇', '紫溪镇', '东瓜镇', '鹿城镇', '子午镇', '苍岭镇', '三街镇', '八角镇', '中山镇', '新村镇', '树苴乡', '大过口乡', '大地基乡', '西舍路镇'];
const VILLAGES = ['中心村', '新村', '大村', '坝子村', '上村', '下村', '河边村', '小河村', '大箐村', '松树村'];

const RURAL_TOPICS = [
  '乡村振兴政策解读',
  '高原特色农业种植技术',
  '农产品电商与直播带货',
  '农民专业合作社经营管理',
  '彝绣技艺传承与市场化',
  '乡村旅游与民宿服务',
  '中药材规范化种植',
  '畜禽养殖与疫病防控',
  '农产品质量安全',
  '返乡创业实务与创业担保贷款政策',
];

const ORGANISER_HR = '楚雄州人力资源和社会保障局';
const ORGANISER_EDU = '楚雄州教育体育局';
const ORGANISER_PARK = '楚雄高新区人力资源产业园运营管理有限公司';
const HUAPAI = '云南华派药业有限公司';

type ProgrammeSpec = {
  title: string;
  kind: ProgrammeKind;
  organiser: string;
  base: string | null;
  startsOn: string;
  days: number;
  sessionHours: readonly [string, string];
  hoursPerSession: number;
  capacity: number;
  enrolled: number;
  /** Share of trainees from the talent pool; the rest are named trainees. */
  seekerShare: number;
  topics: string[];
  description: string;
  affiliation: 'village' | 'employer' | null;
};

const RURAL_TALENT_FIRST: ProgrammeSpec = {
  title: '2023年楚雄高新区乡村人才培训班（第一期）', kind: 'rural_talent', organiser: ORGANISER_HR, base: '电子商务与直播营销公共实训基地',
  startsOn: '2023-04-10', days: 10, sessionHours: ['09:00', '17:00'], hoursPerSession: 7, capacity: 60, enrolled: 58, seekerShare: 0.3,
  topics: RURAL_TOPICS, affiliation: 'village',
  description: '面向乡村致富带头人、返乡创业青年和农村实用人才，集中培训产业发展、电商营销和经营管理，结业颁发培训证书。',
};

const PROGRAMMES_2023: ProgrammeSpec[] = [
  RURAL_TALENT_FIRST,
  {
    title: '2023年楚雄高新区乡村人才培训班（第二期）', kind: 'rural_talent', organiser: ORGANISER_HR, base: '智慧农业公共实训基地',
    startsOn: '2023-09-11', days: 10, sessionHours: ['09:00', '17:00'], hoursPerSession: 7, capacity: 60, enrolled: 56, seekerShare: 0.25,
    topics: RURAL_TOPICS, affiliation: 'village',
    description: '第二期聚焦智慧农业与中药材产业，安排基地实操与田间教学。',
  },
  {
    title: '2023年电子商务直播带货技能培训班', kind: 'vocational_skills', organiser: ORGANISER_PARK, base: '电子商务与直播营销公共实训基地',
    startsOn: '2023-06-05', days: 5, sessionHours: ['09:00', '17:00'], hoursPerSession: 7, capacity: 40, enrolled: 37, seekerShare: 1,
    topics: ['直播平台规则与账号运营', '短视频策划与拍摄', '直播话术与选品', '农特产品直播实操', '数据复盘与店铺运营'],
    affiliation: null, description: '面向高校毕业生和未就业青年的直播电商技能培训，培训后推荐至园区电商企业就业。',
  },
  {
    title: '华派药业 2023 年新员工 GMP 岗前培训', kind: 'enterprise_staff', organiser: HUAPAI, base: '楚雄高新区生物医药公共实训基地',
    startsOn: '2023-03-13', days: 5, sessionHours: ['08:30', '17:30'], hoursPerSession: 8, capacity: 30, enrolled: 28, seekerShare: 0,
    topics: ['药品管理法规与 GMP 概要', '洁净区行为规范', '固体制剂生产操作', '设备清洁与验证', '偏差与变更管理'],
    affiliation: 'employer', description: '新入职员工在公共实训基地完成 GMP 岗前培训，考核合格后上岗。',
  },
];

type CompetitionSpec = {
  title: string;
  heldOn: string;
  organiser: string;
  level: CompetitionLevel;
  venue: string | null;
  description: string;
  categories: { name: string; entrants: number; industries: string[]; seekerShare: number }[];
};

const COMPETITIONS_2023: CompetitionSpec[] = [
  {
    title: '楚雄州第二届彝族刺绣技能大赛', heldOn: '2023-05-18', organiser: ORGANISER_HR, level: 'city', venue: '彝绣与民族工艺公共实训基地',
    description: '以赛促训、以赛促产，展示彝绣技艺，选拔彝绣技能人才。',
    categories: [{ name: '彝族刺绣', entrants: 26, industries: [], seekerShare: 0.2 }],
  },
  {
    title: '2023年楚雄高新区第三届职业技能竞赛', heldOn: '2023-10-26', organiser: ORGANISER_HR, level: 'zone', venue: '楚雄高新区生物医药公共实训基地',
    description: '围绕园区“2主3辅”产业设置赛项，获奖选手按规定晋升职业技能等级。',
    categories: [
      { name: '药物制剂', entrants: 14, industries: ['biomedicine'], seekerShare: 0.3 },
      { name: '化学检验', entrants: 12, industries: ['new_materials', 'green_chemicals'], seekerShare: 0.3 },
      { name: '电工', entrants: 12, industries: ['advanced_manufacturing'], seekerShare: 0.3 },
      { name: '焊工', entrants: 10, industries: ['advanced_manufacturing'], seekerShare: 0.2 },
      { name: '中式烹调', entrants: 10, industries: ['green_food', 'modern_services'], seekerShare: 0.4 },
    ],
  },
  {
    title: '2023年楚雄州职业院校技能大赛', heldOn: '2023-12-07', organiser: ORGANISER_EDU, level: 'city', venue: '养老护理与健康服务公共实训基地',
    description: '职业院校学生技能竞赛，赛项对接园区生物医药与先进制造产业。',
    categories: [
      { name: '护理技能', entrants: 10, industries: [], seekerShare: 1 },
      { name: '药学技能', entrants: 10, industries: [], seekerShare: 1 },
      { name: '工业机器人应用', entrants: 8, industries: [], seekerShare: 1 },
    ],
  },
];

// ---------------------------------------------------------------------------------------------

type Context = { rng: Rng; orgs: DemoTrainingOrganisation[]; names: () => string };

function indexOfName(orgs: DemoTrainingOrganisation[], name: string, fallbackType: string): number {
  const found = orgs.findIndex((o) => o.name === name);
  if (found >= 0) return found;
  const fallback = orgs.findIndex((o) => o.type === fallbackType);
  if (fallback < 0) throw new RangeError(`no organisation named ${name} nor of type ${fallbackType}`);
  return fallback;
}

function enterprisesOf(orgs: DemoTrainingOrganisation[], industries: readonly string[]): number[] {
  return orgs.flatMap((o, i) => (o.type === 'enterprise' && industries.includes(o.industry) ? [i] : []));
}

function generateBases(c: Context): DemoBase[] {
  return BASE_SPECS.map((spec) => {
    const schools = spec.schools.map((name) => indexOfName(c.orgs, name, 'school'));
    const enterprises = c.rng.subset(enterprisesOf(c.orgs, [spec.industry]), spec.enterprises);
    const capacity = Math.round((spec.stations * c.rng.pick([1.2, 1.25, 1.5])) / 2) * 2;
    const partnerNames = [...schools, ...enterprises].map((i) => c.orgs[i]?.name).join('、');
    return {
      name: spec.name,
      regionCode: '532301',
      address: spec.address,
      majors: spec.majors,
      stations: spec.stations,
      capacity,
      opensAt: spec.hours[0],
      closesAt: spec.hours[1],
      status: spec.status,
      isProvincialDemonstrative: spec.isProvincialDemonstrative,
      completedOn: spec.completedOn,
      description: `${spec.isProvincialDemonstrative ? '省级示范公共实训基地，' : ''}由${partnerNames}共建，服务${spec.majors.join('、')}等专业的教学实训、技能等级认定和企业职工培训。`,
      partnerIndices: [...new Set([...schools, ...enterprises])],
    };
  });
}

/** Bookings of one base over open days, each checked against the capacity rule before it is kept. */
function generateBookings(c: Context, bases: DemoBase[], days: string[], today: string): DemoBooking[] {
  const bookers = c.orgs.flatMap((o, i) => (o.type === 'school' || o.type === 'enterprise' ? [i] : []));
  const bookings: DemoBooking[] = [];
  bases.forEach((base, baseIndex) => {
    const spec = BASE_SPECS[baseIndex];
    if (!spec || base.status !== 'operating' || !base.completedOn) return;
    const partners = base.partnerIndices.filter((i) => bookers.includes(i));
    for (const date of days) {
      if (date < base.completedOn) continue;
      // Summer and winter holidays: schools train less, enterprises go on.
      const month = Number(date.slice(5, 7));
      const isHoliday = month === 2 || (month === 7 && Number(date.slice(8)) >= 15) || month === 8;
      if (!c.rng.chance(spec.demand * (isHoliday ? 0.6 : 1))) continue;
      const holdings: Holding<number>[] = [];
      const wanted = c.rng.weighted([
        [1, 2],
        [2, 4],
        [3, 3],
      ] as const);
      for (let n = 0; n < wanted; n += 1) {
        const kind = c.rng.weighted([
          ['morning', 3],
          ['afternoon', 3],
          ['day', 2],
        ] as const);
        const [startsAt, endsAt] = slotOf(kind, [base.opensAt, base.closesAt]);
        const organisationIndex = partners.length > 0 && c.rng.chance(0.55) ? c.rng.pick(partners) : c.rng.pick(bookers);
        const isSchool = c.orgs[organisationIndex]?.type === 'school';
        if (isSchool && isHoliday && c.rng.chance(0.7)) continue;
        let stations = Math.max(4, Math.round(base.stations * (0.5 + c.rng.next() * 0.4)));
        let trainees = Math.min(base.capacity, Math.round(stations * (1 + c.rng.next() * 0.3)));
        const range = { start: toMinutes(startsAt), end: toMinutes(endsAt) };
        const problems = findCapacityProblems({ ...range, stations, trainees }, holdings, { stations: base.stations, trainees: base.capacity });
        // Take what is left, as a booker would, when a good share of the request still fits.
        const freeStations = problems.find((p) => p.field === 'stations')?.free ?? stations;
        const freeTrainees = problems.find((p) => p.field === 'trainees')?.free ?? trainees;
        stations = Math.min(stations, freeStations);
        trainees = Math.min(trainees, freeTrainees);
        if (stations < 4 || trainees < stations) continue;
        const isCancelled = c.rng.chance(0.04);
        const createdAt = notAfter(chinaTime(addDays(date, -c.rng.int(3, 30)), `${String(c.rng.int(9, 17)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`), today);
        const purpose = c.rng.pick(spec.purposes);
        const booking: DemoBooking = {
          baseIndex,
          organisationIndex,
          bookedOn: date,
          startsAt,
          endsAt,
          stations,
          trainees,
          purpose,
          status: isCancelled ? 'cancelled' : 'confirmed',
          cancelledAt: isCancelled ? new Date(Math.min(createdAt.getTime() + DAY_MS, chinaTime(addDays(date, -1), '16:00').getTime())) : null,
          cancelReason: isCancelled ? c.rng.pick(CANCEL_REASONS) : null,
          attendedTrainees: null,
          attendedMinutes: null,
          useRecordedAt: null,
          createdAt,
        };
        if (!isCancelled) {
          holdings.push({ id: bookings.length, ...range, stations, trainees });
          // Use is recorded for days gone by, all but a few.
          if (date < today && c.rng.chance(0.97)) {
            const minutes = range.end - range.start;
            booking.attendedTrainees = Math.max(1, Math.round(trainees * (0.78 + c.rng.next() * 0.22)));
            booking.attendedMinutes = c.rng.chance(0.15) ? minutes - 30 : minutes;
            booking.useRecordedAt = chinaTime(addDays(date, c.rng.int(0, 3)), '17:45');
          }
        }
        bookings.push(booking);
      }
    }
  });
  return bookings;
}

function affiliationOf(c: Context, kind: ProgrammeSpec['affiliation'], organiser: string): string | null {
  if (kind === 'village') return `${c.rng.pick(TOWNS)}${c.rng.pick(VILLAGES)}`;
  if (kind === 'employer') return organiser;
  return null;
}

/** Distinct seeker indices from the pool, never handing one out twice per list. */
function seekerPicker(c: Context, seekerCount: number): () => number {
  const used = new Set<number>();
  return () => {
    if (used.size >= seekerCount) throw new RangeError('not enough seekers in the pool');
    let index = c.rng.int(0, seekerCount - 1);
    while (used.has(index)) index = c.rng.int(0, seekerCount - 1);
    used.add(index);
    return index;
  };
}

function generateProgramme(c: Context, spec: ProgrammeSpec, bases: DemoBase[], seekerCount: number, today: string, certificates: Set<string>): DemoProgramme {
  const days = weekdaysBetween(spec.startsOn, addDays(spec.startsOn, 60)).slice(0, spec.days);
  const endsOn = days[days.length - 1] ?? spec.startsOn;
  const sessions = days.map((heldOn, i) => ({ heldOn, startsAt: spec.sessionHours[0], endsAt: spec.sessionHours[1], topic: spec.topics[i % spec.topics.length] ?? '' }));
  const held = sessions.filter((s) => s.heldOn <= today).length;
  const nextSeeker = seekerPicker(c, seekerCount);
  const enrolments: DemoEnrolment[] = [];
  for (let n = 0; n < spec.enrolled; n += 1) {
    const isSeeker = c.rng.chance(spec.seekerShare);
    // Most come nearly always; a few miss enough to fall short of the 80 % a certificate needs.
    const turnout = c.rng.weighted([
      [1, 6],
      [0.9, 3],
      [0.7, 1],
    ] as const);
    // A few drop out after the first days, once the programme has begun.
    const withdrawsAfter = held > 3 && c.rng.chance(0.04) ? c.rng.int(1, 3) : null;
    const presentAt = sessions.flatMap((_, i) => (i < held && (withdrawsAfter === null || i < withdrawsAfter) && c.rng.chance(turnout) ? [i] : []));
    const isEnded = endsOn < today;
    const rate = sessions.length ? Math.floor((presentAt.length * 100) / sessions.length) : 0;
    const status: EnrolmentStatus = withdrawsAfter !== null ? 'withdrawn' : isEnded && rate >= 80 ? 'completed' : 'enrolled';
    let certificateNo: string | null = null;
    if (status === 'completed') {
      do certificateNo = formatCertificateNo(Number(endsOn.slice(0, 4)), Uint8Array.from({ length: 8 }, () => c.rng.int(0, 255)));
      while (certificates.has(certificateNo));
      certificates.add(certificateNo);
    }
    enrolments.push({
      seekerIndex: isSeeker ? nextSeeker() : null,
      traineeName: isSeeker ? null : c.names(),
      affiliation: affiliationOf(c, spec.affiliation, spec.organiser),
      status,
      completedOn: status === 'completed' ? endsOn : null,
      certificateNo,
      withdrawnAt: withdrawsAfter !== null ? chinaTime(sessions[withdrawsAfter]?.heldOn ?? spec.startsOn, '18:00') : null,
      presentAt: status === 'withdrawn' ? presentAt.filter((i) => withdrawsAfter === null || i < withdrawsAfter) : presentAt,
      createdAt: notAfter(chinaTime(addDays(spec.startsOn, -c.rng.int(3, 20)), '10:00'), today),
    });
  }
  const organiserIndex = indexOfName(c.orgs, spec.organiser, 'government');
  return {
    title: spec.title,
    kind: spec.kind,
    organiserIndex,
    baseIndex: spec.base ? bases.findIndex((b) => b.name === spec.base) : null,
    startsOn: spec.startsOn,
    endsOn,
    capacity: spec.capacity,
    totalHours: spec.hoursPerSession * sessions.length,
    requiredAttendancePercent: 80,
    description: spec.description,
    sessions,
    enrolments,
  };
}

function generateCompetition(c: Context, spec: CompetitionSpec, seekerCount: number): DemoCompetition {
  const schools = c.orgs.flatMap((o, i) => (o.type === 'school' ? [i] : []));
  const nextSeeker = seekerPicker(c, seekerCount);
  const entrants: (DemoEntrant & { id: string; points: number })[] = [];
  for (const category of spec.categories) {
    const employers = enterprisesOf(c.orgs, category.industries);
    for (let n = 0; n < category.entrants; n += 1) {
      const isSeeker = c.rng.chance(category.seekerShare);
      const organisationIndex =
        category.industries.length === 0 ? (category.seekerShare === 1 ? c.rng.pick(schools) : null) : c.rng.chance(0.6) && employers.length ? c.rng.pick(employers) : c.rng.pick(schools);
      // Scores cluster in the 70s and 80s, in half points.
      const points = Math.round((58 + (c.rng.next() + c.rng.next() + c.rng.next()) * 13.3) * 2) / 2;
      entrants.push({
        id: String(entrants.length),
        category: category.name,
        seekerIndex: isSeeker ? nextSeeker() : null,
        entrantName: isSeeker ? null : c.names(),
        organisationIndex,
        score: points.toFixed(2),
        award: null,
        points,
      });
    }
  }
  const ranks = rankEntrants(entrants.map((e) => ({ id: e.id, category: e.category, score: e.points })));
  const sizes = new Map(spec.categories.map((cat) => [cat.name, cat.entrants]));
  const withAwards = entrants.map(({ id, points: _points, ...entrant }) => {
    const rank = ranks.get(id) ?? Number.POSITIVE_INFINITY;
    const excellence = 6 + Math.ceil((sizes.get(entrant.category) ?? 0) * 0.15);
    const award: Award | null = rank === 1 ? 'first' : rank <= 3 ? 'second' : rank <= 6 ? 'third' : rank <= excellence ? 'excellence' : null;
    return { ...entrant, award };
  });
  return {
    title: spec.title,
    heldOn: spec.heldOn,
    organiserIndex: indexOfName(c.orgs, spec.organiser, 'government'),
    level: spec.level,
    categories: spec.categories.map((cat) => cat.name),
    venue: spec.venue,
    description: spec.description,
    entrants: withAwards,
  };
}

/**
 * The training year: bases, bookings of 2023 and of the next four weeks from `today`, 2023's
 * programmes plus one starting soon, and 2023's competitions. `organisations` are the zone's, in a
 * stable order; `seekerCount` is the size of the talent pool that seeker indices point into.
 */
export function generateDemoTraining(options: { organisations: DemoTrainingOrganisation[]; seekerCount: number; today: string; seed?: number }): DemoTraining {
  const rng = new Rng(options.seed ?? DEMO_TRAINING_SEED);
  // Named trainees and entrants get names from the same generator as the talent pool, with a seed of their own.
  const namePool = generateDemoSeekers({ count: 600, seed: (options.seed ?? DEMO_TRAINING_SEED) + 1 }).map((s) => s.name);
  let nameIndex = 0;
  const c: Context = { rng, orgs: options.organisations, names: () => namePool[nameIndex++ % namePool.length] ?? '李华' };
  const bases = generateBases(c);
  const upcoming = weekdaysBetween(options.today, addDays(options.today, 27)).filter((d) => d > '2023-12-31');
  const bookings = generateBookings(c, bases, [...weekdaysBetween('2023-01-01', '2023-12-31'), ...upcoming], options.today);
  const certificates = new Set<string>();
  const programmes = PROGRAMMES_2023.map((spec) => generateProgramme(c, spec, bases, options.seekerCount, options.today, certificates));
  // The next rural talent class, starting in two weeks and still enrolling.
  const nextStart = weekdaysBetween(addDays(options.today, 14), addDays(options.today, 30))[0] ?? addDays(options.today, 14);
  const next = generateProgramme(
    c,
    { ...RURAL_TALENT_FIRST, title: `${nextStart.slice(0, 4)}年楚雄高新区乡村人才培训班（${Number(nextStart.slice(5, 7))}月班）`, startsOn: nextStart, enrolled: 23 },
    bases,
    options.seekerCount,
    options.today,
    certificates,
  );
  const competitions = COMPETITIONS_2023.map((spec) => generateCompetition(c, spec, options.seekerCount));
  return { bases, bookings, programmes: [...programmes, next], competitions };
}
