import { yuanToFen } from '../techtransfer/money';
import { applicationCheckChar } from '../techtransfer/patent-number';
import type { AchievementLevel, ChallengeStatus, ContractType, LegalStatus, PatentType, ProposalStatus } from '../techtransfer/techtransfer.codes';
import { Rng } from './random';

// The demo zone's technology transfer, 2023, as single records behind the report's figures:
// 1 376 patents granted in 2023, 423 valid invention patents on 31 December 2023, 2 invention
// patents 楚雄医药高等专科学校 transferred to enterprises, 4 achievement registrations, 265
// technology contracts totalling exactly 16.41 亿元, 240 research-assistant posts against a target
// of 200, and a few 揭榜挂帅 challenges with proposals. Pure and seeded; records refer to the
// organisations by their index in the list passed in. Every title, name and number is invented.

export const DEMO_TECHTRANSFER_SEED = 20231231;
export const DEMO_YEAR = 2023;

/** The figures of the year (the brief's, to the unit). */
export const TECHTRANSFER_FIGURES = {
  patentsGranted: 1376,
  validInventionPatents: 423,
  patentTransfersByMedSchool: 2,
  achievementRegistrations: 4,
  techContracts: 265,
  techContractAmountYuan: 1_641_000_000,
  raPositions: 240,
  raPositionsTarget: 200,
} as const;

/** Patents granted in 2023 by type; they add up to 1 376. */
const GRANTED_2023: Record<PatentType, number> = { invention: 121, utility_model: 1012, design: 243 };
/** Inventions granted before 2023 that are still valid on 31 December 2023 (121 + 302 = 423). */
const EARLIER_VALID_INVENTIONS = 302;
/** Inventions granted before 2023 that lapsed before the end of 2023 (fees unpaid, term ended). */
const EARLIER_LAPSED_INVENTIONS = 46;
/** Invention applications filed 2021–2023 and still under examination at the end of 2023 (some granted since). */
const PENDING_INVENTIONS = 158;
/** Utility models and designs granted 2019–2022, and some granted after 2023, for the history around the year. */
const EARLIER_OTHER = 320;
const LATER_OTHER = 140;
/** Applications of the old 8-digit format, filed before October 2003 and long lapsed. */
const LEGACY_PATENTS = 6;

const MED_SCHOOL = '楚雄医药高等专科学校';

export type DemoOrganisationRef = { name: string; type: string; industry: string; isHighTech: boolean; isTechSme: boolean };

export type DemoPatent = {
  applicationNumber: string;
  type: PatentType;
  title: string;
  ownerIndices: number[];
  inventors: string[];
  filedOn: string;
  grantedOn: string | null;
  /** The legal-status history; the last event is the current status. */
  events: { status: LegalStatus; effectiveOn: string; note: string | null }[];
};

export type DemoTransfer = {
  patentIndex: number;
  kind: 'transfer' | 'licence';
  fromIndex: number;
  toIndex: number;
  amountFen: number;
  contractOn: string;
  note: string | null;
};

export type DemoParty = { organisationIndex: number } | { name: string };

export type DemoContract = {
  contractNumber: string;
  title: string;
  type: ContractType;
  seller: DemoParty;
  buyer: DemoParty;
  amountFen: number;
  signedOn: string;
  registeredOn: string;
  registry: string;
};

export type DemoAchievement = { registrationNumber: string; title: string; organisationIndex: number; registeredOn: string; level: AchievementLevel };
export type DemoRaPosition = { organisationIndex: number; title: string; project: string; developedOn: string };
export type DemoRaTarget = { year: number; organisationIndex: number | null; target: number };

export type DemoProposal = {
  organisationIndex: number;
  title: string;
  approach: string;
  quotedFen: number;
  durationMonths: number;
  status: ProposalStatus;
  createdAt: Date;
};

export type DemoChallenge = {
  organisationIndex: number;
  title: string;
  description: string;
  industry: string;
  budgetFen: number;
  deadline: string;
  status: ChallengeStatus;
  statusReason: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  awardedAt: Date | null;
  /** Index into `contracts` for a contracted challenge. */
  contractIndex: number | null;
  proposals: DemoProposal[];
};

export type DemoTechTransfer = {
  patents: DemoPatent[];
  transfers: DemoTransfer[];
  contracts: DemoContract[];
  achievements: DemoAchievement[];
  raPositions: DemoRaPosition[];
  raTargets: DemoRaTarget[];
  challenges: DemoChallenge[];
};

// ---------------------------------------------------------------------------------------------
// Dates and names

const DAY = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function randomDate(rng: Rng, from: string, to: string): string {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
  return addDays(from, rng.int(0, Math.max(0, days)));
}

function atChinaTime(date: string, hour = 10): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}

const SURNAMES = ['李', '杨', '王', '张', '刘', '陈', '赵', '黄', '周', '吴', '罗', '段', '普', '施', '马', '朱', '胡', '郭', '何', '高', '尹', '杞', '鲁', '字', '苏', '董', '毕'];
const GIVEN = ['晓燕', '海涛', '建华', '春梅', '俊杰', '文斌', '云飞', '丽萍', '晓东', '明辉', '立新', '思远', '文静', '江涛', '绍华', '正清', '德明', '志明', '家兴', '学文', '润华', '朝荣', '世伟', '子杰', '凤英', '敏', '静', '磊', '军', '洋', '艳', '涛', '琳', '斌', '鹏', '蕾', '波', '宁', '瑜', '琼'];

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

// ---------------------------------------------------------------------------------------------
// Patent titles per industry

type TitleBank = { subjects: readonly string[]; methods: readonly string[]; devices: readonly string[]; designs: readonly string[] };

const TITLES: Record<string, TitleBank> = {
  biomedicine: {
    subjects: ['彝药复方制剂', '重楼总皂苷', '三七总皂苷', '灯盏花素', '滇黄精多糖', '天麻素', '云木香挥发油', '青蒿提取物', '中药配方颗粒', '板蓝根提取物', '岩白菜素', '雪上一枝蒿'],
    methods: ['一种{s}的制备方法', '一种{s}的提取纯化工艺', '{s}的质量检测方法', '一种含{s}的组合物及其应用', '一种{s}的微波干燥方法', '{s}指纹图谱的建立方法'],
    devices: ['中药饮片切片装置', '提取罐自动清洗装置', '药材热风烘干箱', '颗粒剂包装送料机构', '中药材筛选除杂装置', '液体制剂灌装防滴漏装置', '药渣压榨脱水装置', '片剂外观检测工装'],
    designs: ['包装盒（彝药颗粒）', '药瓶（口服液）', '标签（中药饮片）', '包装袋（配方颗粒）', '药盒（胶囊）'],
  },
  new_materials: {
    subjects: ['钛白粉', '硫酸法钛液', '磷石膏', '铜合金线材', '锂电池正极材料', '碳化硅微粉', '改性沥青', '高纯硫酸锰', '稀土掺杂荧光粉', '耐磨陶瓷涂层'],
    methods: ['一种{s}的制备方法', '一种{s}的表面改性工艺', '一种{s}的回收利用方法', '{s}杂质含量的测定方法', '一种高性能{s}及其制备方法'],
    devices: ['煅烧窑尾气余热回收装置', '粉体气流分级装置', '线材连续退火装置', '浆料搅拌防沉降装置', '压滤机滤布清洗装置', '烘干回转窑密封结构'],
    designs: ['包装袋（钛白粉）', '线盘（铜合金线）', '标识牌（新材料）'],
  },
  advanced_manufacturing: {
    subjects: ['高压开关柜', '农机变速箱', '光伏支架', '数控铣床主轴', '液压油缸', '电动三轮车车架', '输送带托辊', '智能电表外壳'],
    methods: ['一种{s}的装配方法', '一种{s}的故障诊断方法', '一种{s}的焊接工艺', '{s}的在线检测方法'],
    devices: ['工件自动上下料机械手', '钢管切割定位夹具', '电机转子动平衡检测装置', '钣金折弯防回弹装置', '螺栓拧紧扭矩监测装置', '焊接烟尘收集装置', '物料输送防跑偏装置', '配电柜散热结构'],
    designs: ['控制箱（户外）', '操作面板（数控）', '支架（光伏）', '外壳（智能电表）'],
  },
  green_food: {
    subjects: ['核桃乳', '核桃油', '野生菌', '魔芋精粉', '冬桃果脯', '紫溪山茶叶', '彝家火腿', '蜂蜜', '酸角糕', '蔬菜冻干'],
    methods: ['一种{s}的加工方法', '一种{s}的保鲜方法', '一种低糖{s}及其制备方法', '{s}中农药残留的快速检测方法'],
    devices: ['核桃破壳分离装置', '野生菌清洗分级装置', '果蔬冷链预冷装置', '茶叶揉捻机加压机构', '食品真空包装封口装置', '火腿腌制翻转架'],
    designs: ['包装盒（核桃乳）', '包装罐（野生菌）', '礼盒（茶叶）', '包装袋（果脯）', '瓶贴（核桃油）'],
  },
  green_chemicals: {
    subjects: ['黄磷尾气', '工业硅废渣', '磷酸一铵', '水处理絮凝剂', '生物有机肥', '环保型涂料'],
    methods: ['一种{s}的资源化利用方法', '一种{s}的制备工艺', '一种{s}的净化方法'],
    devices: ['反应釜防爆泄压装置', '尾气吸收喷淋塔', '固废破碎筛分装置', '化工管道防腐连接结构'],
    designs: ['包装袋（有机肥）', '包装桶（涂料）'],
  },
  modern_services: {
    subjects: ['冷链物流', '电商仓储', '人力资源匹配', '园区能耗', '物流配送路径'],
    methods: ['一种{s}数据的处理方法', '一种基于大数据的{s}调度方法', '一种{s}的监测预警方法'],
    devices: ['快递分拣辅助装置', '仓储货架防倾倒结构', '冷藏车温度记录装置'],
    designs: ['图形用户界面（园区服务）', '展示架（特产）'],
  },
};

/** The industry a school's or institute's patents belong to. */
const RESEARCH_INDUSTRY: Record<string, string> = {
  楚雄医药高等专科学校: 'biomedicine',
  楚雄博仁卫生职业学校: 'biomedicine',
  楚雄高新区生物医药产业技术研究院: 'biomedicine',
  楚雄师范学院: 'green_food',
  大理大学: 'biomedicine',
  昆明工业职业技术学院: 'advanced_manufacturing',
  云南紫溪职业技术学院: 'green_food',
  楚雄鹿城技工学校: 'advanced_manufacturing',
  云南苍岭新材料研究院有限公司: 'new_materials',
  楚雄州绿色食品产业研究所: 'green_food',
  楚雄高新区先进制造技术服务中心: 'advanced_manufacturing',
};

function industryOf(org: DemoOrganisationRef): string {
  return RESEARCH_INDUSTRY[org.name] ?? (TITLES[org.industry] ? org.industry : 'advanced_manufacturing');
}

function patentTitle(rng: Rng, industry: string, type: PatentType): string {
  const bank = TITLES[industry] ?? (TITLES.advanced_manufacturing as TitleBank);
  if (type === 'design') return rng.pick(bank.designs);
  if (type === 'utility_model') return `一种${rng.pick(bank.devices)}`;
  return rng.pick(bank.methods).replace('{s}', rng.pick(bank.subjects));
}

// ---------------------------------------------------------------------------------------------
// Patents

const TYPE_DIGIT: Record<PatentType, string> = { invention: '1', utility_model: '2', design: '3' };

/** Invention, utility-model and design patents take different times from filing to grant. */
const GRANT_DELAY_DAYS: Record<PatentType, [number, number]> = { invention: [540, 1300], utility_model: [150, 360], design: [100, 240] };

class NumberBook {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A new number for an application filed in `year`; PCT entries (8) for a few inventions. */
  next(year: number, type: PatentType, isPct = false): string {
    for (;;) {
      const digit = isPct ? '8' : TYPE_DIGIT[type];
      const digits = `${year}${digit}${String(this.rng.int(year >= 2020 ? 200000 : 10000, year >= 2020 ? 2999999 : 999999)).padStart(7, '0')}`;
      if (this.used.has(digits)) continue;
      this.used.add(digits);
      return `${digits}.${applicationCheckChar(digits)}`;
    }
  }

  legacy(yy: number, type: PatentType): string {
    for (;;) {
      const digits = `${String(yy).padStart(2, '0')}${TYPE_DIGIT[type]}${this.rng.digits(5)}`;
      if (this.used.has(digits)) continue;
      this.used.add(digits);
      return `${digits}.${applicationCheckChar(digits)}`;
    }
  }
}

type PatentPlan = {
  type: PatentType;
  grantedBetween: [string, string] | null;
  /** Filed in this window when not granted (pending applications). */
  filedBetween?: [string, string];
  lapseBetween?: [string, string];
  grantAfter?: [string, string];
};

function makePatent(rng: Rng, numbers: NumberBook, plan: PatentPlan, ownerIndices: number[], owners: readonly DemoOrganisationRef[], today: string): DemoPatent {
  const [minDelay, maxDelay] = GRANT_DELAY_DAYS[plan.type];
  let grantedOn: string | null = null;
  let filedOn: string;
  if (plan.grantedBetween) {
    grantedOn = randomDate(rng, plan.grantedBetween[0], plan.grantedBetween[1]);
    filedOn = addDays(grantedOn, -rng.int(minDelay, maxDelay));
  } else {
    const window = plan.filedBetween ?? ['2021-06-01', '2023-10-31'];
    filedOn = randomDate(rng, window[0], window[1] < today ? window[1] : today);
    if (plan.grantAfter) {
      const earliest = addDays(filedOn, minDelay) > plan.grantAfter[0] ? addDays(filedOn, minDelay) : plan.grantAfter[0];
      const candidate = randomDate(rng, earliest, plan.grantAfter[1]);
      if (candidate <= today) grantedOn = candidate;
    }
  }
  const year = Number(filedOn.slice(0, 4));
  const isPct = plan.type === 'invention' && rng.chance(0.04);
  const lead = owners[ownerIndices[0] ?? 0];
  const events: DemoPatent['events'] = [{ status: 'pending', effectiveOn: filedOn, note: null }];
  if (grantedOn) events.push({ status: 'valid', effectiveOn: grantedOn, note: null });
  if (plan.lapseBetween && grantedOn) {
    const lapsedOn = randomDate(rng, addDays(grantedOn, 60) > plan.lapseBetween[0] ? addDays(grantedOn, 60) : plan.lapseBetween[0], plan.lapseBetween[1]);
    if (lapsedOn <= today) events.push({ status: 'lapsed', effectiveOn: lapsedOn, note: rng.pick(['未缴年费专利权终止', '未缴年费专利权终止', '专利权人放弃专利权']) });
  }
  return {
    applicationNumber: numbers.next(year, plan.type, isPct),
    type: plan.type,
    title: patentTitle(rng, lead ? industryOf(lead) : 'biomedicine', plan.type),
    ownerIndices,
    inventors: Array.from({ length: rng.int(1, 5) }, () => personName(rng)).filter((n, i, all) => all.indexOf(n) === i),
    filedOn,
    grantedOn,
    events,
  };
}

/** Who owns patents: research-intensive enterprises far more than others; schools and institutes too. */
function ownerWeight(org: DemoOrganisationRef): number {
  if (org.type === 'school') return org.name === MED_SCHOOL ? 40 : 6;
  if (org.type === 'institute') return 8;
  if (org.type !== 'enterprise') return 0;
  const main = ['biomedicine', 'new_materials', 'advanced_manufacturing'].includes(org.industry) ? 2 : 1;
  return main * (org.isHighTech ? 10 : org.isTechSme ? 4 : 1);
}

function generatePatents(rng: Rng, orgs: readonly DemoOrganisationRef[], today: string): { patents: DemoPatent[]; medInventionIndices: number[] } {
  const numbers = new NumberBook(rng);
  const owners = orgs.map((o, i) => [i, ownerWeight(o)] as const).filter(([, w]) => w > 0);
  const enterprises = orgs.flatMap((o, i) => (o.type === 'enterprise' ? [i] : []));
  const pickOwners = (): number[] => {
    const first = rng.weighted(owners);
    // Some schools and institutes file jointly with an enterprise.
    if (orgs[first]?.type !== 'enterprise' && rng.chance(0.15)) {
      const partner = rng.pick(enterprises);
      return partner === first ? [first] : [first, partner];
    }
    return [first];
  };
  const patents: DemoPatent[] = [];
  const add = (count: number, plan: PatentPlan) => {
    for (let i = 0; i < count; i += 1) patents.push(makePatent(rng, numbers, plan, pickOwners(), orgs, today));
  };
  for (const type of ['invention', 'utility_model', 'design'] as const) {
    // Granted in 2023; a few utility models and designs lapse later (fees unpaid), never inventions before 2024.
    const lapsing = type === 'invention' ? 0 : Math.round(GRANTED_2023[type] * 0.06);
    add(lapsing, { type, grantedBetween: ['2023-01-03', '2023-12-29'], lapseBetween: ['2024-03-01', '2025-12-31'] });
    add(GRANTED_2023[type] - lapsing, { type, grantedBetween: ['2023-01-03', '2023-12-29'] });
  }
  // Earlier inventions valid at the end of 2023; some of them lapse afterwards (still valid on 31 December).
  add(40, { type: 'invention', grantedBetween: ['2012-01-01', '2022-12-31'], lapseBetween: ['2024-02-01', '2025-10-31'] });
  add(EARLIER_VALID_INVENTIONS - 40, { type: 'invention', grantedBetween: ['2012-01-01', '2022-12-31'] });
  add(EARLIER_LAPSED_INVENTIONS, { type: 'invention', grantedBetween: ['2010-01-01', '2021-06-30'], lapseBetween: ['2014-01-01', '2023-11-30'] });
  add(PENDING_INVENTIONS, { type: 'invention', grantedBetween: null, filedBetween: ['2021-03-01', '2023-11-30'], grantAfter: ['2024-01-05', '2025-12-31'] });
  for (let i = 0; i < EARLIER_OTHER; i += 1) {
    const type = rng.chance(0.8) ? 'utility_model' : 'design';
    patents.push(makePatent(rng, numbers, { type, grantedBetween: ['2019-01-01', '2022-12-31'], ...(rng.chance(0.3) ? { lapseBetween: ['2020-06-01', '2025-06-30'] as [string, string] } : {}) }, pickOwners(), orgs, today));
  }
  for (let i = 0; i < LATER_OTHER; i += 1) {
    const type = rng.chance(0.75) ? 'utility_model' : 'design';
    patents.push(makePatent(rng, numbers, { type, grantedBetween: null, filedBetween: ['2023-06-01', '2024-06-30'], grantAfter: ['2024-01-02', '2025-03-31'] }, pickOwners(), orgs, today));
  }
  // The old 8-digit numbers: filed 1998–2002, lapsed long ago.
  for (let i = 0; i < LEGACY_PATENTS; i += 1) {
    const type = i < 2 ? 'invention' : 'utility_model';
    const yy = rng.int(98, 102) % 100;
    const filedOn = randomDate(rng, `${yy >= 50 ? 1900 + yy : 2000 + yy}-01-10`, `${yy >= 50 ? 1900 + yy : 2000 + yy}-09-20`);
    const grantedOn = addDays(filedOn, type === 'invention' ? rng.int(700, 1100) : rng.int(200, 360));
    const lapsedOn = addDays(grantedOn, rng.int(1500, 3000));
    const owner = pickOwners();
    patents.push({
      applicationNumber: numbers.legacy(yy, type),
      type,
      title: patentTitle(rng, industryOf(orgs[owner[0] ?? 0] as DemoOrganisationRef), type),
      ownerIndices: owner,
      inventors: [personName(rng), personName(rng)].filter((n, j, all) => all.indexOf(n) === j),
      filedOn,
      grantedOn,
      events: [
        { status: 'pending', effectiveOn: filedOn, note: null },
        { status: 'valid', effectiveOn: grantedOn, note: null },
        { status: 'lapsed', effectiveOn: lapsedOn, note: '未缴年费专利权终止' },
      ],
    });
  }
  const med = orgs.findIndex((o) => o.name === MED_SCHOOL);
  const medInventionIndices = patents.flatMap((p, i) =>
    p.type === 'invention' && p.ownerIndices.length === 1 && p.ownerIndices[0] === med && p.grantedOn && p.grantedOn < '2023-06-01' && p.events.length === 2 ? [i] : [],
  );
  return { patents, medInventionIndices };
}

// ---------------------------------------------------------------------------------------------
// Technology contracts: 265 in 2023, exactly 16.41 亿元

const REGISTRY = '楚雄州科学技术局技术合同认定登记处';
const CONTRACT_TYPES: readonly (readonly [ContractType, number])[] = [
  ['development', 40],
  ['service', 34],
  ['consulting', 14],
  ['transfer', 12],
];
const CONTRACT_SUBJECTS: Record<string, readonly string[]> = {
  biomedicine: ['彝药经典名方二次开发', '中药配方颗粒质量标准研究', '滇重楼规范化种植技术', '原料药杂质谱研究', '口服固体制剂一致性评价', 'GMP 车间验证服务', '天然药物活性成分筛选'],
  new_materials: ['钛白粉废酸浓缩回用', '磷石膏综合利用', '铜合金线材连续退火工艺', '锂电正极材料中试', '碳化硅微粉分级工艺', '耐磨涂层制备技术'],
  advanced_manufacturing: ['高压开关柜智能监测系统', '农机变速箱降噪设计', '生产线数字化改造', '焊接机器人工作站集成', '设备预测性维护系统', '光伏支架轻量化设计'],
  green_food: ['核桃乳稳定性工艺优化', '野生菌保鲜与冷链技术', '魔芋精粉加工工艺', '冬桃果脯低糖化加工', '茶叶清洁化加工技术', '食品安全快速检测服务'],
  green_chemicals: ['黄磷尾气资源化利用', '工业硅废渣综合利用', '生物有机肥发酵工艺'],
  modern_services: ['园区能耗监测平台', '冷链物流调度系统', '人力资源服务数字化平台'],
};
const CONTRACT_SUFFIX: Record<ContractType, readonly string[]> = {
  development: ['技术开发', '研发合作', '中试开发'],
  service: ['技术服务', '检测服务', '工艺技术服务'],
  consulting: ['技术咨询', '可行性论证咨询', '技术路线咨询'],
  transfer: ['技术转让', '专利实施许可', '技术秘密转让'],
};
const OUTSIDE_PLACES = ['昆明', '曲靖', '玉溪', '大理', '红河', '文山', '成都', '贵阳', '重庆', '长沙'];
const OUTSIDE_BRANDS = ['瑞禾', '恒信', '滇润', '云泽', '嘉禾', '康元', '博衍', '泰和', '丰源', '卓研', '宏图', '晟达', '普瑞', '同创', '金岭', '青蓝'];
const OUTSIDE_KINDS: Record<string, readonly string[]> = {
  biomedicine: ['生物科技有限公司', '药业有限公司', '医药科技有限公司'],
  new_materials: ['新材料科技有限公司', '化工有限公司'],
  advanced_manufacturing: ['机电设备有限公司', '智能装备有限公司'],
  green_food: ['食品有限公司', '农业科技有限公司'],
  green_chemicals: ['环保科技有限公司'],
  modern_services: ['信息技术有限公司', '供应链管理有限公司'],
};

function outsideName(rng: Rng, industry: string): string {
  return `${rng.pick(OUTSIDE_PLACES)}${rng.pick(OUTSIDE_BRANDS)}${rng.pick(OUTSIDE_KINDS[industry] ?? ['科技有限公司'])}`;
}

/**
 * Whole-yuan amounts that add up to exactly `totalYuan`: heavy-tailed like real contract books
 * (a few large development contracts, many small service ones), rounded as contracts are
 * written, the rounding difference carried by the largest contract.
 */
export function contractAmountsYuan(rng: Rng, count: number, totalYuan: number): number[] {
  // A log-normal shape from the sum of uniform draws; three large industrial contracts.
  const weights = Array.from({ length: count }, (_, i) => {
    if (i < 3) return 120 + rng.next() * 80;
    const z = rng.next() + rng.next() + rng.next() + rng.next() - 2;
    return Math.exp(2 * z);
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  const amounts = weights.map((w) => {
    const raw = (totalYuan * w) / sum;
    if (raw >= 1_000_000) return Math.round(raw / 10_000) * 10_000;
    if (raw >= 100_000) return Math.round(raw / 1_000) * 1_000;
    if (raw >= 10_000) return Math.round(raw / 100) * 100;
    return Math.max(5_000, Math.round(raw));
  });
  const largest = amounts.indexOf(Math.max(...amounts));
  amounts[largest] = (amounts[largest] ?? 0) + totalYuan - amounts.reduce((s, a) => s + a, 0);
  return amounts;
}

function generateContracts(rng: Rng, orgs: readonly DemoOrganisationRef[]): DemoContract[] {
  const sellers = orgs.flatMap((o, i): (readonly [number, number])[] => {
    if (o.type === 'school') return [[i, o.name === MED_SCHOOL ? 10 : 6]];
    if (o.type === 'institute') return [[i, 9]];
    if (o.type === 'enterprise' && o.isHighTech) return [[i, 2]];
    return [];
  });
  const buyers = orgs.flatMap((o, i): (readonly [number, number])[] => (o.type === 'enterprise' ? [[i, o.isHighTech ? 4 : o.isTechSme ? 2 : 1]] : []));
  const amounts = contractAmountsYuan(rng, TECHTRANSFER_FIGURES.techContracts, TECHTRANSFER_FIGURES.techContractAmountYuan);
  // The largest contracts are development contracts; the rest follow the usual mix.
  const order = amounts.map((a, i) => [a, i] as const).sort((a, b) => b[0] - a[0]);
  const typeOf = new Map(order.map(([, i], rank) => [i, rank < 12 ? 'development' : rng.weighted(CONTRACT_TYPES)] as const));
  // More contracts are registered towards the end of the year.
  const months: (readonly [number, number])[] = [[1, 4], [2, 4], [3, 7], [4, 7], [5, 8], [6, 10], [7, 7], [8, 8], [9, 10], [10, 9], [11, 12], [12, 14]];
  const contracts: DemoContract[] = amounts.map((amountYuan, i) => {
    const type = typeOf.get(i) ?? 'service';
    const sellerIndex = rng.weighted(sellers);
    const seller = orgs[sellerIndex] as DemoOrganisationRef;
    const industry = industryOf(seller);
    const buyer: DemoParty = rng.chance(0.7) ? { organisationIndex: rng.weighted(buyers) } : { name: outsideName(rng, industry) };
    const month = rng.weighted(months);
    const registeredOn = randomDate(rng, `${DEMO_YEAR}-${String(month).padStart(2, '0')}-01`, `${DEMO_YEAR}-${String(month).padStart(2, '0')}-28`);
    const subject = rng.pick(CONTRACT_SUBJECTS[industry] ?? (CONTRACT_SUBJECTS.advanced_manufacturing as readonly string[]));
    return {
      contractNumber: '',
      title: `${subject}${rng.pick(CONTRACT_SUFFIX[type])}`,
      type,
      seller: { organisationIndex: sellerIndex },
      buyer: 'organisationIndex' in buyer && buyer.organisationIndex === sellerIndex ? { name: outsideName(rng, industry) } : buyer,
      amountFen: yuanToFen(amountYuan),
      signedOn: addDays(registeredOn, -rng.int(3, 40)),
      registeredOn,
      registry: REGISTRY,
    };
  });
  contracts.sort((a, b) => a.registeredOn.localeCompare(b.registeredOn));
  contracts.forEach((c, i) => {
    c.contractNumber = `${DEMO_YEAR}532301${String(i + 1).padStart(6, '0')}`;
  });
  return contracts;
}

// ---------------------------------------------------------------------------------------------
// Achievements, research-assistant posts

const ACHIEVEMENTS: readonly { org: string; title: string; registeredOn: string; level: AchievementLevel }[] = [
  { org: MED_SCHOOL, title: '彝族医药经典方剂挖掘整理与制剂开发', registeredOn: '2023-04-18', level: 'domestic_advanced' },
  { org: '楚雄高新区生物医药产业技术研究院', title: '滇重楼皂苷高效提取纯化关键技术', registeredOn: '2023-07-06', level: 'domestic_leading' },
  { org: '云南苍岭新材料研究院有限公司', title: '硫酸法钛白粉废酸资源化利用技术', registeredOn: '2023-09-21', level: 'domestic_advanced' },
  { org: '云南摩尔农庄生物科技开发有限公司', title: '核桃乳蛋白稳定体系构建及产业化', registeredOn: '2023-11-30', level: 'provincial_leading' },
];
const EARLIER_ACHIEVEMENTS: readonly { org: string; title: string; registeredOn: string; level: AchievementLevel }[] = [
  { org: '云南华派药业有限公司', title: '中药配方颗粒标准汤剂质量控制技术', registeredOn: '2022-06-15', level: 'provincial_leading' },
  { org: '楚雄师范学院', title: '紫溪山野生菌资源保育与利用', registeredOn: '2022-10-09', level: 'provincial_advanced' },
];

const RA_PROJECTS: Record<string, readonly string[]> = {
  biomedicine: ['彝药制剂研发平台', '中药材质量检测中心', '天然药物筛选实验室', '一致性评价项目组'],
  new_materials: ['钛资源综合利用中试线', '新材料分析测试中心', '锂电材料研发项目'],
  advanced_manufacturing: ['智能制造实训中心', '数字化车间改造项目', '装备可靠性实验室'],
  green_food: ['核桃精深加工研究室', '野生菌保鲜项目组', '食品安全检测实验室'],
  green_chemicals: ['固废资源化项目组'],
  modern_services: ['产业数据分析项目组'],
};
const RA_TITLES = ['科研助理', '实验助理', '科研助理（数据分析）', '科研助理（检测）', '研发助理', '中试助理'];

/** Posts per organisation in 2023 (the rest go to high-tech enterprises) and the organisations' own targets. */
const RA_PLAN: readonly { org: string; posts: number; target: number | null }[] = [
  { org: MED_SCHOOL, posts: 36, target: 30 },
  { org: '楚雄师范学院', posts: 30, target: 25 },
  { org: '大理大学', posts: 22, target: 20 },
  { org: '云南紫溪职业技术学院', posts: 12, target: 10 },
  { org: '昆明工业职业技术学院', posts: 10, target: 10 },
  { org: '楚雄高新区生物医药产业技术研究院', posts: 20, target: 15 },
  { org: '云南苍岭新材料研究院有限公司', posts: 14, target: 12 },
  { org: '楚雄州绿色食品产业研究所', posts: 9, target: 8 },
  { org: '楚雄高新区先进制造技术服务中心', posts: 7, target: null },
  { org: '云南华派药业有限公司', posts: 8, target: 6 },
  { org: '楚雄和创药业有限公司', posts: 6, target: 5 },
];

function generateRaPositions(rng: Rng, orgs: readonly DemoOrganisationRef[]): { posts: DemoRaPosition[]; targets: DemoRaTarget[] } {
  const indexOf = (name: string) => orgs.findIndex((o) => o.name === name);
  const posts: DemoRaPosition[] = [];
  const addPosts = (organisationIndex: number, count: number) => {
    const industry = industryOf(orgs[organisationIndex] as DemoOrganisationRef);
    for (let i = 0; i < count; i += 1) {
      // Posts are developed mostly with the spring and autumn hiring seasons.
      const month = rng.weighted([[3, 3], [4, 3], [5, 4], [6, 5], [7, 6], [8, 3], [9, 4], [10, 2], [11, 2], [12, 1]] as const);
      posts.push({
        organisationIndex,
        title: rng.pick(RA_TITLES),
        project: rng.pick(RA_PROJECTS[industry] ?? (RA_PROJECTS.advanced_manufacturing as readonly string[])),
        developedOn: randomDate(rng, `${DEMO_YEAR}-${String(month).padStart(2, '0')}-01`, `${DEMO_YEAR}-${String(month).padStart(2, '0')}-28`),
      });
    }
  };
  const planned = RA_PLAN.filter((p) => indexOf(p.org) >= 0);
  for (const p of planned) addPosts(indexOf(p.org), p.posts);
  const named = new Set(planned.map((p) => p.org));
  const others = orgs.flatMap((o, i) => (o.type === 'enterprise' && o.isHighTech && !named.has(o.name) ? [i] : []));
  let remaining = TECHTRANSFER_FIGURES.raPositions - posts.length;
  for (const index of rng.sample(others, Math.min(others.length, 40))) {
    if (remaining <= 0) break;
    const n = Math.min(remaining, rng.int(1, 3));
    addPosts(index, n);
    remaining -= n;
  }
  while (remaining > 0 && others.length > 0) {
    addPosts(rng.pick(others), 1);
    remaining -= 1;
  }
  const targets: DemoRaTarget[] = [
    { year: DEMO_YEAR, organisationIndex: null, target: TECHTRANSFER_FIGURES.raPositionsTarget },
    ...planned.flatMap((p) => (p.target === null ? [] : [{ year: DEMO_YEAR, organisationIndex: indexOf(p.org), target: p.target }])),
  ];
  return { posts, targets };
}

// ---------------------------------------------------------------------------------------------
// 揭榜挂帅

type ChallengeSpec = {
  owner: string;
  title: string;
  description: string;
  industry: string;
  budgetYuan: number;
  status: ChallengeStatus;
  /** Days relative to today for the open ones; fixed dates in 2023 for the rest. */
  publishedOn: string | null;
  deadline: string;
  proposals: { org: string; title: string; approach: string; quoteYuan: number; months: number; status: ProposalStatus }[];
  statusReason?: string;
};

function challengeSpecs(today: string): ChallengeSpec[] {
  return [
    {
      owner: '云南华派药业有限公司',
      title: '中药提取物喷雾干燥粘壁与收率偏低问题',
      description: '浸膏喷雾干燥过程中物料粘壁严重，收率仅 70% 左右，且产品吸潮结块。希望在不改变主要设备的前提下改进工艺，收率提高到 85% 以上。',
      industry: 'biomedicine',
      budgetYuan: 300_000,
      status: 'contracted',
      publishedOn: '2023-03-06',
      deadline: '2023-04-15',
      proposals: [
        { org: MED_SCHOOL, title: '低温喷雾干燥工艺与流动助剂优化', approach: '通过正交试验优化进风温度、雾化压力和浸膏固含量，加入微粉硅胶作流动助剂，并改进塔壁冷却。', quoteYuan: 280_000, months: 6, status: 'awarded' },
        { org: '楚雄高新区生物医药产业技术研究院', title: '喷雾干燥—流化床联用工艺', approach: '以喷雾干燥结合流化床二次干燥解决粘壁与吸潮，配套中试验证。', quoteYuan: 360_000, months: 8, status: 'not_selected' },
      ],
    },
    {
      owner: '云南摩尔农庄生物科技开发有限公司',
      title: '核桃乳货架期内蛋白沉淀与脂肪上浮',
      description: '核桃乳在 6 个月货架期后期出现蛋白沉淀和脂肪上浮，影响口感和外观。征集稳定剂体系与均质工艺改进方案。',
      industry: 'green_food',
      budgetYuan: 200_000,
      status: 'awarded',
      publishedOn: '2023-08-14',
      deadline: '2023-09-30',
      proposals: [
        { org: '楚雄州绿色食品产业研究所', title: '复配稳定剂与二级均质工艺', approach: '筛选结冷胶、微晶纤维素复配体系，采用二级高压均质并优化杀菌条件，开展加速货架期试验。', quoteYuan: 180_000, months: 5, status: 'awarded' },
        { org: '楚雄师范学院', title: '核桃蛋白改性提高乳化稳定性', approach: '以酶法限制性水解改善核桃蛋白乳化性，配合乳化剂复配。', quoteYuan: 150_000, months: 7, status: 'not_selected' },
      ],
    },
    {
      owner: '楚雄和创药业有限公司',
      title: '固体制剂车间生产数据自动采集',
      description: '制粒、压片、包衣设备数据依靠人工记录，批记录易出错。需要对现有设备加装采集终端，实现批生产数据自动采集与电子批记录对接。',
      industry: 'biomedicine',
      budgetYuan: 450_000,
      status: 'award_pending',
      publishedOn: '2023-10-09',
      deadline: '2023-11-20',
      proposals: [
        { org: '昆明工业职业技术学院', title: '基于工业网关的设备数据采集方案', approach: '为各工序设备加装工业网关，采集关键工艺参数并接入电子批记录系统，提供数据完整性验证文件。', quoteYuan: 420_000, months: 6, status: 'selected' },
        { org: '楚雄高新区先进制造技术服务中心', title: '车间数字化改造整体方案', approach: '分阶段完成数据采集、设备联网和生产看板建设。', quoteYuan: 480_000, months: 9, status: 'submitted' },
      ],
    },
    {
      owner: '云南华派药业有限公司',
      title: '彝药复方颗粒指纹图谱质量控制方法',
      description: '现有质量标准只控制单一指标成分，难以反映复方整体质量。征集建立 HPLC 指纹图谱并与药效关联的质量控制方法。',
      industry: 'biomedicine',
      budgetYuan: 250_000,
      status: 'open',
      publishedOn: addDays(today, -12),
      deadline: addDays(today, 45),
      proposals: [
        { org: '大理大学', title: '谱效关联的指纹图谱质控方法', approach: '建立 HPLC 指纹图谱，结合体外药效实验开展谱效关联分析，筛选质量标志物。', quoteYuan: 230_000, months: 10, status: 'submitted' },
      ],
    },
    {
      owner: '云南华派药业有限公司',
      title: '中药材农残快速筛查方法',
      description: '来料中药材农药残留检测周期长，影响投料进度。希望建立快速筛查方法，2 小时内给出结果。',
      industry: 'biomedicine',
      budgetYuan: 120_000,
      status: 'draft',
      publishedOn: null,
      deadline: addDays(today, 60),
      proposals: [],
    },
    {
      owner: '云南摩尔农庄生物科技开发有限公司',
      title: '核桃青皮综合利用',
      description: '核桃青皮产量大，目前作为废弃物处理，希望开发高值化利用途径。',
      industry: 'green_food',
      budgetYuan: 100_000,
      status: 'cancelled',
      publishedOn: '2023-05-10',
      deadline: '2023-06-30',
      statusReason: '企业已与高校签订长期合作协议，需求撤回',
      proposals: [],
    },
  ];
}

function generateChallenges(rng: Rng, orgs: readonly DemoOrganisationRef[], contracts: DemoContract[], today: string): DemoChallenge[] {
  const indexOf = (name: string) => orgs.findIndex((o) => o.name === name);
  const challenges: DemoChallenge[] = [];
  for (const spec of challengeSpecs(today)) {
    const owner = indexOf(spec.owner);
    if (owner < 0 || spec.proposals.some((p) => indexOf(p.org) < 0)) continue;
    const publishedAt = spec.publishedOn ? atChinaTime(spec.publishedOn, 9) : null;
    const createdAt = atChinaTime(spec.publishedOn ? addDays(spec.publishedOn, -rng.int(2, 6)) : addDays(today, -3), 15);
    const proposals = spec.proposals.map((p, i) => ({
      organisationIndex: indexOf(p.org),
      title: p.title,
      approach: p.approach,
      quotedFen: yuanToFen(p.quoteYuan),
      durationMonths: p.months,
      status: p.status,
      createdAt: atChinaTime(addDays(spec.publishedOn ?? today, 3 + i * 4), 11),
    }));
    let contractIndex: number | null = null;
    let awardedAt: Date | null = null;
    if (spec.status === 'awarded' || spec.status === 'contracted') awardedAt = atChinaTime(addDays(spec.deadline, 20), 16);
    if (spec.status === 'contracted') {
      // The award became one of the year's registered contracts: the awarded school sells to the enterprise.
      const awarded = proposals.find((p) => p.status === 'awarded');
      const registeredOn = addDays(spec.deadline, 48);
      const isAfter = (c: DemoContract) => c.type === 'development' && c.registeredOn >= registeredOn;
      const near = contracts.findIndex((c) => isAfter(c) && c.amountFen >= yuanToFen(200_000) && c.amountFen <= yuanToFen(600_000));
      const candidate = near >= 0 ? near : contracts.findIndex(isAfter);
      const target = contracts[candidate];
      if (awarded && target) {
        target.seller = { organisationIndex: awarded.organisationIndex };
        target.buyer = { organisationIndex: owner };
        target.title = '中药提取物喷雾干燥工艺改进技术开发';
        contractIndex = candidate;
      }
    }
    challenges.push({
      organisationIndex: owner,
      title: spec.title,
      description: spec.description,
      industry: spec.industry,
      budgetFen: yuanToFen(spec.budgetYuan),
      deadline: spec.deadline,
      status: spec.status,
      statusReason: spec.statusReason ?? null,
      createdAt,
      publishedAt,
      awardedAt,
      contractIndex,
      proposals,
    });
  }
  return challenges;
}

// ---------------------------------------------------------------------------------------------

export function generateDemoTechTransfer(options: { organisations: readonly DemoOrganisationRef[]; today: string; seed?: number }): DemoTechTransfer {
  const rng = new Rng(options.seed ?? DEMO_TECHTRANSFER_SEED);
  const orgs = options.organisations;
  const { patents, medInventionIndices } = generatePatents(rng, orgs, options.today);

  // 楚雄医药高等专科学校 transferred two of its invention patents to enterprises in 2023: the
  // patents now belong to the enterprises, the transfers record the move.
  const med = orgs.findIndex((o) => o.name === MED_SCHOOL);
  const receivers = ['云南华派药业有限公司', '楚雄和创药业有限公司'].map((name) => orgs.findIndex((o) => o.name === name)).filter((i) => i >= 0);
  if (med < 0 || medInventionIndices.length < TECHTRANSFER_FIGURES.patentTransfersByMedSchool) throw new Error(`${MED_SCHOOL} has too few invention patents to transfer`);
  const transfers: DemoTransfer[] = [];
  medInventionIndices.slice(0, TECHTRANSFER_FIGURES.patentTransfersByMedSchool).forEach((patentIndex, i) => {
    const to = receivers[i % receivers.length];
    const patent = patents[patentIndex];
    if (to === undefined || !patent) return;
    patent.ownerIndices = [to];
    transfers.push({
      patentIndex,
      kind: 'transfer',
      fromIndex: med,
      toIndex: to,
      amountFen: yuanToFen(i === 0 ? 380_000 : 260_000),
      contractOn: i === 0 ? '2023-06-16' : '2023-11-08',
      note: '校企成果转化：专利权转让',
    });
  });
  // A licence the next year: the biomedical institute lets an enterprise use one of its inventions.
  const institute = orgs.findIndex((o) => o.name === '楚雄高新区生物医药产业技术研究院');
  const licensed = patents.findIndex((p) => p.type === 'invention' && p.ownerIndices.length === 1 && p.ownerIndices[0] === institute && p.events.length === 2 && p.grantedOn !== null && p.grantedOn < '2024-01-01');
  const licensee = orgs.findIndex((o) => o.name === '楚雄和创药业有限公司');
  if (licensed >= 0 && licensee >= 0 && options.today >= '2024-05-20') {
    transfers.push({ patentIndex: licensed, kind: 'licence', fromIndex: institute, toIndex: licensee, amountFen: yuanToFen(150_000), contractOn: '2024-05-20', note: '普通实施许可，期限三年' });
  }

  const contracts = generateContracts(rng, orgs);
  const indexOf = (name: string) => orgs.findIndex((o) => o.name === name);
  const achievements: DemoAchievement[] = [...EARLIER_ACHIEVEMENTS, ...ACHIEVEMENTS].flatMap((a) => {
    const organisationIndex = indexOf(a.org);
    if (organisationIndex < 0) return [];
    const year = a.registeredOn.slice(0, 4);
    return [{ registrationNumber: `953${year}Y${String(rng.int(100, 999)).padStart(4, '0')}`, title: a.title, organisationIndex, registeredOn: a.registeredOn, level: a.level }];
  });
  const { posts, targets } = generateRaPositions(rng, orgs);
  const challenges = generateChallenges(rng, orgs, contracts, options.today);
  return { patents, transfers, contracts, achievements, raPositions: posts, raTargets: targets, challenges };
}

/** A patent's legal status on a day, from its history: what "valid on 31 December" means. */
export function statusOn(patent: Pick<DemoPatent, 'events'>, day: string): LegalStatus | null {
  let status: LegalStatus | null = null;
  for (const event of patent.events) if (event.effectiveOn <= day) status = event.status;
  return status;
}
