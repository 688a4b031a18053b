import type { AgreementType, AppointmentDirection, MeetingType, OutcomeKind, TechnologyNeedStatus, VisitKind } from '../governance/governance.codes';
import { Rng } from './random';

// The consortium's governance in 2023: council terms behind the 248 member units, the founding
// meeting, the annual meeting, talent supply-and-demand meetings and symposia with resolutions,
// the strategic cooperation agreements with six schools, 4 + 4 dual appointments, the year's
// enterprise visits and symposia with the demand collected, the demonstration project filed with
// the province, and the three lists. Pure and seeded; organisations, positions and challenges are
// referred to by index into the lists given.

export const DEMO_GOVERNANCE_SEED = 20230425;
/** 与昆明工业职业技术学院、大理大学等6家院校签署战略合作协议. */
export const DEMO_AGREEMENT_SCHOOLS_2023 = 6;
/** 选派4名高校副校长到企业兼任科技副总, 4名资深企业副总到职业院校兼任专业教师. */
export const DEMO_APPOINTMENTS_TO_ENTERPRISES_2023 = 4;
export const DEMO_APPOINTMENTS_TO_SCHOOLS_2023 = 4;
/** The day the consortium and its first council were constituted (2023年4月). */
export const COUNCIL_FOUNDED_ON = '2023-04-25';

export type DemoGovernanceOrganisation = {
  name: string;
  type: string;
  industry: string;
  councilRole: string | null;
  joinedOn: string | null;
};

export type DemoGovernancePosition = {
  organisationIndex: number;
  title: string;
  headcount: number;
  source: string;
  createdAt: Date;
};

export type DemoGovernanceInput = {
  organisations: readonly DemoGovernanceOrganisation[];
  /** The zone's positions published in 2023. */
  positions: readonly DemoGovernancePosition[];
  /** The enterprises the service platform worked with in 2023 (the article's "50余"); visited. */
  servedEnterprises: readonly number[];
  /** Technical challenges on record, by the index of their enterprise. */
  challenges: readonly { organisationIndex: number; createdAt: Date }[];
  today: string;
};

type Attendee = { organisationIndex: number | null; personName: string | null; post: string | null };
type Resolution = { content: string; ownerIndex: number | null; ownerName: string | null; dueOn: string | null; doneOn: string | null; progressNote: string | null };

export type DemoCouncilTerm = { organisationIndex: number; role: string; startOn: string; endOn: string | null; note: string | null };
export type DemoMeeting = {
  type: MeetingType;
  title: string;
  heldOn: string;
  venue: string;
  agenda: string;
  minutes: string;
  attendees: Attendee[];
  resolutions: Resolution[];
};
export type DemoAgreement = {
  title: string;
  type: AgreementType;
  scope: string;
  signedOn: string | null;
  endOn: string | null;
  status: 'draft' | 'active' | 'terminated';
  terminatedOn: string | null;
  terminationReason: string | null;
  partyIndices: number[];
};
export type DemoAppointment = {
  personName: string;
  homePost: string;
  homeIndex: number;
  hostIndex: number;
  post: string;
  direction: AppointmentDirection;
  startOn: string;
  endOn: string | null;
  note: string | null;
  outcomes: { kind: OutcomeKind; title: string; detail: string | null; occurredOn: string }[];
};
export type DemoVisit = {
  kind: VisitKind;
  heldOn: string;
  title: string;
  visitors: string[];
  organisationIndices: number[];
  hiringDemand: string | null;
  painPoints: string | null;
  notes: string | null;
  positionIndices: number[];
  challengeIndices: number[];
};
export type DemoProject = {
  title: string;
  focus: string;
  description: string;
  leadIndex: number;
  filingBody: string | null;
  filedOn: string | null;
  startOn: string;
  endOn: string;
  milestones: { title: string; dueOn: string; doneOn: string | null; note: string | null }[];
};
export type DemoCoreProduct = { industry: string; product: string; organisationIndex: number; description: string | null };
export type DemoTechnologyNeed = { industry: string; organisationIndex: number; title: string; description: string; status: TechnologyNeedStatus };

export type DemoGovernance = {
  councilTerms: DemoCouncilTerm[];
  meetings: DemoMeeting[];
  agreements: DemoAgreement[];
  appointments: DemoAppointment[];
  visits: DemoVisit[];
  projects: DemoProject[];
  coreProducts: DemoCoreProduct[];
  technologyNeeds: DemoTechnologyNeed[];
};

// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The demo's fixed organisations, by the names the organisation generator gives them. */
const NAMES = {
  zone: '楚雄高新技术产业开发区管理委员会',
  hrBureau: '楚雄州人力资源和社会保障局',
  eduBureau: '楚雄州教育体育局',
  operator: '楚雄高新区人力资源产业园运营管理有限公司',
  med: '楚雄医药高等专科学校',
  dali: '大理大学',
  normal: '楚雄师范学院',
  kunming: '昆明工业职业技术学院',
  zixi: '云南紫溪职业技术学院',
  lucheng: '楚雄鹿城技工学校',
  boren: '楚雄博仁卫生职业学校',
  bioInstitute: '楚雄高新区生物医药产业技术研究院',
  materialsInstitute: '云南苍岭新材料研究院有限公司',
  foodInstitute: '楚雄州绿色食品产业研究所',
  bioAssociation: '楚雄高新区生物医药产业协会',
  entrepreneurs: '楚雄高新区企业家协会',
  huapai: '云南华派药业有限公司',
  hechuang: '楚雄和创药业有限公司',
  moer: '云南摩尔农庄生物科技开发有限公司',
} as const;
type Named = keyof typeof NAMES;

/** Staff of the operator and the zone who go on visits (names invented). */
const VISITORS = ['杨晓梅', '罗文杰', '普春兰', '施建英', '李建国'] as const;

// ----- council

function councilTerms(orgs: readonly DemoGovernanceOrganisation[]): DemoCouncilTerm[] {
  const terms: DemoCouncilTerm[] = [];
  orgs.forEach((org, index) => {
    if (!org.councilRole || !org.joinedOn) return;
    const promoted = org.councilRole !== 'member' && org.joinedOn < COUNCIL_FOUNDED_ON;
    if (promoted) {
      // Members of the preparatory group took their council offices at the founding meeting.
      terms.push({ organisationIndex: index, role: 'member', startOn: org.joinedOn, endOn: addDays(COUNCIL_FOUNDED_ON, -1), note: '联合体筹备期成员单位' });
      terms.push({ organisationIndex: index, role: org.councilRole, startOn: COUNCIL_FOUNDED_ON, endOn: null, note: '第一届理事会第一次会议选举产生' });
    } else {
      terms.push({
        organisationIndex: index,
        role: org.councilRole,
        startOn: org.joinedOn,
        endOn: null,
        note: org.joinedOn > COUNCIL_FOUNDED_ON ? '理事会审议增补' : null,
      });
    }
  });
  return terms;
}

// ----- the three lists: what the zone's enterprises make and need, by line of business

type Line = { keyword: string; industry: string; products: string[]; needs: [string, string][] };

/**
 * Lines of business as they appear in enterprise names, with their products and typical technology
 * needs; the first keyword found in a name wins, so longer keywords come before the words they contain.
 */
const LINES: readonly Line[] = [
  { keyword: '华派药业', industry: 'biomedicine', products: ['彝药复方制剂', '中成药片剂'], needs: [['中药提取液节能浓缩', '单效浓缩工艺蒸汽消耗大，需多效或MVR浓缩改造方案。']] },
  { keyword: '和创药业', industry: 'biomedicine', products: ['中药配方颗粒', '口服固体制剂'], needs: [['配方颗粒质量标准提升', '部分品种特征图谱一致性不足，需建立更完善的质量控制方法。']] },
  { keyword: '摩尔农庄', industry: 'green_food', products: ['核桃乳', '核桃油'], needs: [['核桃乳蛋白稳定性', '常温储存期内出现脂肪上浮与蛋白沉淀，需优化均质与稳定剂配方。']] },
  { keyword: '中药饮片', industry: 'biomedicine', products: ['中药饮片', '道地药材初加工品'], needs: [['饮片炮制过程标准化', '炒制火候依赖老师傅经验，批次差异大，需在线温控与工艺参数化。']] },
  { keyword: '制药', industry: 'biomedicine', products: ['化学药制剂', '医药中间体'], needs: [['原料药杂质控制', '关键中间体有关物质偏高，需工艺路线优化与杂质谱研究。']] },
  { keyword: '医疗器械', industry: 'biomedicine', products: ['医用敷料', '一次性医用耗材'], needs: [['敷料灭菌验证', '环氧乙烷残留解析周期长，影响发货。']] },
  { keyword: '生物科技', industry: 'biomedicine', products: ['植物提取物', '天然药物原料'], needs: [['提取物有效成分得率', '滇重楼皂苷提取得率偏低，溶剂回收能耗高。']] },
  { keyword: '钛业', industry: 'new_materials', products: ['海绵钛', '钛合金棒材'], needs: [['钛材表面处理', '酸洗工序废酸量大，需低污染表面处理工艺。']] },
  { keyword: '新型建材', industry: 'new_materials', products: ['蒸压加气混凝土砌块', '装配式建筑构件'], needs: [['砌块强度稳定性', '原料波动导致抗压强度离散，需配比自动调控。']] },
  { keyword: '环保建材', industry: 'new_materials', products: ['磷石膏建材制品', '固废基墙材'], needs: [['磷石膏预处理', '杂质含量波动影响制品强度，需低成本净化预处理技术。']] },
  { keyword: '复合材料', industry: 'new_materials', products: ['玻璃钢制品', '碳纤维复合构件'], needs: [['复合材料固化缺陷', '大型构件固化后出现气孔，需工艺仿真与模具改进。']] },
  { keyword: '金属材料', industry: 'new_materials', products: ['铝合金型材', '铜加工材'], needs: [['型材挤压模具寿命', '模具寿命短、更换频繁，需模具材料与热处理改进。']] },
  { keyword: '机械制造', industry: 'advanced_manufacturing', products: ['矿山机械配件', '农业机械'], needs: [['耐磨件寿命提升', '破碎机衬板磨损快，需耐磨材料与堆焊工艺改进。']] },
  { keyword: '装备制造', industry: 'advanced_manufacturing', products: ['冶金成套装备', '食品加工设备'], needs: [['设备远程运维', '售后依赖现场服务，需设备状态监测与远程诊断系统。']] },
  { keyword: '电气设备', industry: 'advanced_manufacturing', products: ['高低压开关柜', '箱式变电站'], needs: [['开关柜温升监测', '需低成本无线测温方案，满足电网客户要求。']] },
  { keyword: '汽车零部件', industry: 'advanced_manufacturing', products: ['汽车线束', '底盘零部件'], needs: [['线束检测自动化', '人工导通检测效率低，需自动检测工装。']] },
  { keyword: '新能源科技', industry: 'advanced_manufacturing', products: ['光伏支架', '储能系统'], needs: [['储能系统热管理', '高温季节电池簇温差大，需热管理优化。']] },
  { keyword: '精密机械', industry: 'advanced_manufacturing', products: ['精密零部件', '注塑模具'], needs: [['数控加工效率', '多品种小批量换型时间长，需工艺数据库与快速换型。']] },
  { keyword: '食用菌开发', industry: 'green_food', products: ['松茸保鲜品', '野生菌干品'], needs: [['野生菌保鲜期延长', '鲜品冷链运输损耗高，需预冷与气调保鲜技术。']] },
  { keyword: '核桃开发', industry: 'green_food', products: ['核桃仁', '核桃油'], needs: [['核桃仁脱衣自动化', '人工脱衣效率低、损伤率高，需自动化设备。']] },
  { keyword: '茶业', industry: 'green_food', products: ['高山生态绿茶'], needs: [['茶叶加工连续化', '揉捻、烘干工序间断作业，品质不稳定。']] },
  { keyword: '酒业', industry: 'green_food', products: ['彝族小锅酒', '果酒'], needs: [['果酒澄清与稳定', '果酒装瓶后出现浑浊沉淀，需澄清工艺改进。']] },
  { keyword: '调味品', industry: 'green_food', products: ['腐乳', '豆豉'], needs: [['发酵过程控制', '自然发酵周期长、风味不稳定，需优选菌种与控温发酵。']] },
  { keyword: '精细化工', industry: 'green_chemicals', products: ['水处理剂', '植物源精细化学品'], needs: [['水处理剂配方优化', '高硬度水质下阻垢效果下降，需复配优化。']] },
  { keyword: '林产化工', industry: 'green_chemicals', products: ['松香', '松节油'], needs: [['松脂加工能耗', '蒸馏工序能耗高，需节能改造。']] },
  { keyword: '化工', industry: 'green_chemicals', products: ['工业副产石膏综合利用品', '钛白粉副产品'], needs: [['副产石膏资源化', '副产石膏堆存量大，需高值化利用途径。']] },
  { keyword: '冷链物流', industry: 'modern_services', products: ['医药冷链配送服务', '农产品冷链仓储'], needs: [['冷链全程温控追溯', '需低成本温度记录与追溯平台，满足药品GSP要求。']] },
  { keyword: '检测技术', industry: 'modern_services', products: ['食品药品第三方检测服务'], needs: [['检测能力扩项', '缺少农残多残留快速检测方法与设备。']] },
  { keyword: '信息技术', industry: 'modern_services', products: ['企业信息系统集成服务'], needs: [['工业数据采集', '园区企业设备协议多样，需通用数据采集网关。']] },
];

function lineOf(name: string): Line | undefined {
  return LINES.find((line) => name.includes(line.keyword));
}

function coreProducts(orgs: readonly DemoGovernanceOrganisation[], rng: Rng): DemoCoreProduct[] {
  const products: DemoCoreProduct[] = [];
  const perIndustry = new Map<string, number>();
  orgs.forEach((org, index) => {
    if (org.type !== 'enterprise' || !org.councilRole) return;
    const line = lineOf(org.name);
    if (!line || line.industry !== org.industry) return;
    // The named enterprises and up to five others per industry: a list, not a census.
    const isNamed = [NAMES.huapai, NAMES.hechuang, NAMES.moer].includes(org.name as never);
    const count = perIndustry.get(org.industry) ?? 0;
    if (!isNamed && (count >= 5 || !rng.chance(0.6))) return;
    perIndustry.set(org.industry, count + 1);
    const product = isNamed ? line.products : [rng.pick(line.products)];
    for (const p of product) products.push({ industry: org.industry, product: p, organisationIndex: index, description: null });
  });
  return products;
}

// ----- visits and symposia

function demandText(positions: readonly DemoGovernancePosition[]): string | null {
  if (positions.length === 0) return null;
  const byTitle = new Map<string, number>();
  for (const p of positions) byTitle.set(p.title, (byTitle.get(p.title) ?? 0) + p.headcount);
  const parts = [...byTitle].map(([title, n]) => `${title} ${n} 人`);
  return `用工需求：${parts.join('，')}。`;
}

const NO_DEMAND_NOTES = [
  '企业当前用工基本稳定，计划下半年储备技能人才，已介绍园区实训基地培训安排。',
  '企业暂无新增岗位，希望与院校开展订单培养，已推荐对接院校。',
  '了解企业稳岗补贴申领情况，宣讲高校毕业生就业政策。',
];

function visits(input: DemoGovernanceInput, rng: Rng): DemoVisit[] {
  const { organisations: orgs, positions, servedEnterprises, challenges } = input;
  const result: DemoVisit[] = [];
  for (const orgIndex of servedEnterprises) {
    const org = orgs[orgIndex];
    if (!org) continue;
    const own = positions.map((p, i) => ({ p, i })).filter(({ p }) => p.organisationIndex === orgIndex);
    const fromVisit = own.filter(({ p }) => p.source === 'visit').sort((a, b) => a.p.createdAt.getTime() - b.p.createdAt.getTime());
    const first = fromVisit[0] ?? own.sort((a, b) => a.p.createdAt.getTime() - b.p.createdAt.getTime())[0];
    // The visit comes a few days to two weeks before the first demand it led to.
    let heldOn = first ? addDays(chinaDate(first.p.createdAt), -rng.int(3, 14)) : addDays('2023-02-06', rng.int(0, 300));
    if (heldOn < '2023-01-04') heldOn = addDays('2023-01-04', rng.int(0, 10));
    const until = addDays(heldOn, 90);
    const linked = fromVisit.filter(({ p }) => chinaDate(p.createdAt) > heldOn && chinaDate(p.createdAt) <= until);
    const line = lineOf(org.name);
    const ownChallenges = challenges.map((c, i) => ({ c, i })).filter(({ c }) => c.organisationIndex === orgIndex && chinaDate(c.createdAt) > heldOn);
    result.push({
      kind: 'visit',
      heldOn,
      title: `走访${org.name}`,
      visitors: rng.sample(VISITORS.slice(0, 4), rng.int(2, 3)),
      organisationIndices: [orgIndex],
      hiringDemand: demandText(linked.map(({ p }) => p)),
      painPoints: line && rng.chance(0.7) ? line.needs.map(([title, detail]) => `${title}：${detail}`).join('\n') : null,
      notes: linked.length ? null : rng.pick(NO_DEMAND_NOTES),
      positionIndices: linked.map(({ i }) => i),
      challengeIndices: ownChallenges.map(({ i }) => i),
    });
  }
  // Symposia (邀约座谈) by industry, each with enterprises already visited that year.
  const symposia: [string, string, string[]][] = [
    ['2023-03-16', '生物医药企业用工与校企合作座谈会', ['biomedicine']],
    ['2023-06-15', '新材料与先进制造企业技术需求座谈会', ['new_materials', 'advanced_manufacturing']],
    ['2023-09-07', '绿色食品与绿色化工企业座谈会', ['green_food', 'green_chemicals']],
    ['2023-11-23', '现代服务业企业人才需求座谈会', ['modern_services']],
  ];
  for (const [heldOn, title, industries] of symposia) {
    const invited = servedEnterprises.filter((i) => industries.includes(orgs[i]?.industry ?? ''));
    const chosen = rng.subset(invited, Math.min(invited.length, rng.int(5, 9)));
    if (chosen.length === 0) continue;
    result.push({
      kind: 'symposium',
      heldOn,
      title,
      visitors: ['杨晓梅', '李建国', rng.pick(['罗文杰', '普春兰'])],
      organisationIndices: chosen,
      hiringDemand: `座谈企业共提出用工需求，集中在一线操作工、质量检验和设备维护岗位，要求中专（技工）及以上学历。`,
      painPoints: chosen
        .map((i) => lineOf(orgs[i]?.name ?? ''))
        .filter((line): line is Line => line !== undefined)
        .slice(0, 4)
        .map((line) => line.needs[0]?.[0])
        .filter(Boolean)
        .join('；') || null,
      notes: '会上介绍了园区人才服务政策、实训基地和校企合作项目，企业代表逐一发言。',
      positionIndices: [],
      challengeIndices: [],
    });
  }
  return result.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}

function technologyNeeds(orgs: readonly DemoGovernanceOrganisation[], visited: readonly DemoVisit[], rng: Rng): DemoTechnologyNeed[] {
  const needs: DemoTechnologyNeed[] = [];
  const seen = new Set<number>();
  for (const visit of visited) {
    if (visit.kind !== 'visit' || !visit.painPoints) continue;
    const index = visit.organisationIndices[0];
    if (index === undefined || seen.has(index)) continue;
    const org = orgs[index];
    const line = org ? lineOf(org.name) : undefined;
    if (!org || !line) continue;
    seen.add(index);
    for (const [title, description] of line.needs) {
      needs.push({
        industry: line.industry,
        organisationIndex: index,
        title,
        description,
        status: rng.weighted<TechnologyNeedStatus>([
          ['open', 5],
          ['in_progress', 3],
          ['solved', 2],
          ['closed', 0.5],
        ]),
      });
    }
  }
  return needs;
}

// ----- meetings

/** Each organisation or person once, in the order first listed. */
function distinctAttendees(attendees: readonly Attendee[]): Attendee[] {
  const seen = new Set<string>();
  return attendees.filter((a) => {
    const key = a.personName ?? `org:${a.organisationIndex}`;
    const orgKey = `org:${a.organisationIndex}`;
    if (seen.has(key) || (a.personName === null && seen.has(orgKey))) return false;
    seen.add(key);
    if (a.organisationIndex !== null) seen.add(orgKey);
    return true;
  });
}

function meetings(index: (name: Named) => number, served: readonly number[], rng: Rng): DemoMeeting[] {
  const o = (name: Named, personName: string | null = null, post: string | null = null): Attendee => ({ organisationIndex: index(name), personName, post });
  const person = (personName: string, post: string): Attendee => ({ organisationIndex: null, personName, post });
  const someEnterprises = (n: number): Attendee[] => rng.subset(served, n).map((i) => ({ organisationIndex: i, personName: null, post: null }));
  const councilLeaders = [o('med', '王建华', '校长'), o('dali'), o('normal'), o('kunming'), o('huapai', '张丽华', '人力资源部经理'), o('hechuang'), o('moer')];
  const list: DemoMeeting[] = [
    {
      type: 'other',
      title: '楚雄高新区市域产教联合体成立大会暨第一届理事会第一次会议',
      heldOn: COUNCIL_FOUNDED_ON,
      venue: '楚雄高新区管委会一楼会议中心',
      agenda: '一、宣读联合体组建方案\n二、审议通过联合体章程\n三、选举第一届理事会理事长、副理事长、秘书长单位\n四、理事单位代表发言',
      minutes:
        '会议由州教育体育局主持，248家理事单位代表参会。会议审议通过《楚雄高新区市域产教联合体章程》，选举楚雄医药高等专科学校为理事长单位，大理大学、楚雄师范学院、昆明工业职业技术学院及云南华派药业有限公司、楚雄和创药业有限公司、云南摩尔农庄生物科技开发有限公司为副理事长单位。',
      attendees: [o('eduBureau', '李绍云', '副局长'), o('zone', '李建国', '副主任'), o('hrBureau'), ...councilLeaders, o('zixi'), o('lucheng'), o('boren'), o('bioInstitute'), o('bioAssociation')],
      resolutions: [
        { content: '以楚雄高新区为平台，启动国家级市域产教联合体申报创建工作', ownerIndex: index('eduBureau'), ownerName: null, dueOn: '2023-10-31', doneOn: '2023-10-18', progressNote: '申报材料已报送。' },
        { content: '组建实体化运营公司，负责联合体日常运营', ownerIndex: index('zone'), ownerName: null, dueOn: '2023-07-31', doneOn: '2023-07-20', progressNote: '国有控股、民营参股的运营公司已组建。' },
        { content: '每季度编制并发布园区企业人才需求清单', ownerIndex: index('operator'), ownerName: null, dueOn: '2023-12-31', doneOn: '2023-12-28', progressNote: null },
      ],
    },
    {
      type: 'symposium',
      title: '生物医药企业用工与校企合作座谈会',
      heldOn: '2023-03-16',
      venue: '高新区人力资源产业园三楼会议室',
      agenda: '一、企业介绍用工需求\n二、院校介绍专业设置与毕业生情况\n三、交流订单培养合作意向',
      minutes: '企业普遍反映质量检验、制剂操作岗位招工难，希望院校开设订单班；楚雄医专表示可在药品生产技术专业试点。',
      attendees: [o('huapai'), o('hechuang'), o('med', '段正清', '教务处处长'), o('zixi'), o('boren'), o('bioAssociation'), ...someEnterprises(4)],
      resolutions: [
        { content: '楚雄医专与华派药业、和创药业共建药品生产技术订单班', ownerIndex: index('med'), ownerName: null, dueOn: '2023-09-30', doneOn: '2023-09-08', progressNote: '首批订单班 42 人开班。' },
        { content: '整理生物医药企业岗位技能需求，反馈院校调整课程', ownerIndex: null, ownerName: '罗文杰', dueOn: '2023-05-31', doneOn: '2023-05-26', progressNote: null },
      ],
    },
    {
      type: 'supply_demand',
      title: '2023年楚雄高新区校企人才供需见面会（春季）',
      heldOn: '2023-05-18',
      venue: '楚雄医药高等专科学校体育馆',
      agenda: '一、企业发布岗位需求\n二、院校推介毕业生\n三、校企一对一洽谈',
      minutes: '46 家企业携 300 余个岗位参会，6 所院校组织毕业生参加洽谈；会后汇总意向岗位，由运营公司跟进推荐。',
      attendees: [o('med'), o('normal'), o('kunming'), o('zixi'), o('lucheng'), o('boren'), o('operator', '杨晓梅', '招聘服务部负责人'), ...someEnterprises(10)],
      resolutions: [
        { content: '一个月内完成见面会意向岗位的跟踪推荐', ownerIndex: index('operator'), ownerName: null, dueOn: '2023-06-18', doneOn: '2023-06-16', progressNote: null },
        { content: '院校汇总未就业毕业生名单并共享至人才库', ownerIndex: index('normal'), ownerName: null, dueOn: '2023-07-15', doneOn: '2023-07-20', progressNote: '延期 5 天完成。' },
      ],
    },
    {
      type: 'symposium',
      title: '新材料与先进制造企业技术需求座谈会',
      heldOn: '2023-06-15',
      venue: '楚雄高新区管委会三楼会议室',
      agenda: '一、企业提出技术痛点\n二、院校和研究院所介绍科研团队\n三、对接揭榜挂帅项目',
      minutes: '企业提出钛材表面处理、耐磨件寿命等技术需求，苍岭新材料研究院、昆明工业职院表示可组建团队对接。',
      attendees: [o('materialsInstitute', '周明辉', '副院长'), o('kunming'), o('normal'), person('李建国', '管委会副主任'), ...someEnterprises(6)],
      resolutions: [
        { content: '将座谈收集的技术需求纳入园区技术需求清单，并择优发布揭榜挂帅', ownerIndex: index('zone'), ownerName: null, dueOn: '2023-08-31', doneOn: '2023-08-25', progressNote: null },
      ],
    },
    {
      type: 'supply_demand',
      title: '2023年楚雄高新区校企人才供需见面会（秋季）',
      heldOn: '2023-09-21',
      venue: '楚雄师范学院学生活动中心',
      agenda: '一、企业岗位推介\n二、实习与就业双选\n三、签订实习协议',
      minutes: '38 家企业参会，现场签订实习协议 120 余份；会议商定寒假前组织企业进校园宣讲。',
      attendees: [o('normal', '施世伟', '招生就业处处长'), o('dali'), o('kunming'), o('zixi'), o('operator'), ...someEnterprises(8)],
      resolutions: [
        { content: '寒假前组织 10 家企业进校园宣讲', ownerIndex: index('operator'), ownerName: null, dueOn: '2024-01-10', doneOn: '2024-01-05', progressNote: null },
        { content: '建立实习生跟踪回访机制', ownerIndex: null, ownerName: '普春兰', dueOn: '2024-03-31', doneOn: null, progressNote: '已完成首轮回访，机制文件待印发。' },
      ],
    },
    {
      type: 'symposium',
      title: '院校专业设置与园区产业需求对接座谈会',
      heldOn: '2023-11-09',
      venue: '高新区人力资源产业园三楼会议室',
      agenda: '一、发布园区人才需求清单\n二、院校介绍 2024 年专业设置计划\n三、讨论新增专业方向',
      minutes: '根据人才需求清单，建议紫溪职院增设工业机器人技术方向，鹿城技校扩大焊接专业招生。',
      attendees: [o('zixi'), o('lucheng'), o('boren'), o('med'), o('eduBureau'), o('entrepreneurs')],
      resolutions: [
        { content: '紫溪职院论证增设工业机器人技术专业方向', ownerIndex: index('zixi'), ownerName: null, dueOn: '2024-03-31', doneOn: '2024-03-15', progressNote: null },
        { content: '鹿城技校 2024 年焊接专业扩招 40 人', ownerIndex: index('lucheng'), ownerName: null, dueOn: '2024-09-30', doneOn: null, progressNote: null },
      ],
    },
    {
      type: 'annual',
      title: '2023年楚雄州产教联合体年会',
      heldOn: '2023-12-20',
      venue: '楚雄高新区管委会一楼会议中心',
      agenda: '一、联合体 2023 年工作报告\n二、表彰校企合作优秀单位\n三、发布 2024 年工作要点\n四、签约仪式',
      minutes:
        '会议由州教育体育局与楚雄高新区联合主办。运营公司报告全年工作：签署战略合作协议 6 份，选派双向挂职兼职人员 8 名，发布招聘信息 24 期。会议部署 2024 年重点：建设公共实训基地、推进揭榜挂帅和创新指数贷。',
      attendees: [o('eduBureau', '李绍云', '副局长'), o('zone', '李建国', '副主任'), o('hrBureau'), o('operator', '杨晓梅', '招聘服务部负责人'), ...councilLeaders, o('zixi'), o('lucheng'), o('bioInstitute'), o('materialsInstitute'), ...someEnterprises(12)],
      resolutions: [
        { content: '完成 2024 年公共实训基地建设任务', ownerIndex: index('zone'), ownerName: null, dueOn: '2024-12-31', doneOn: '2024-12-20', progressNote: null },
        { content: '组织园区首届生物医药职业技能竞赛', ownerIndex: index('med'), ownerName: null, dueOn: '2024-06-30', doneOn: '2024-06-18', progressNote: null },
        { content: '建立理事单位年度履职评价办法', ownerIndex: index('operator'), ownerName: null, dueOn: '2024-06-30', doneOn: null, progressNote: '征求意见稿已发各理事单位。' },
        { content: '每季度召开一次校企人才供需见面会', ownerIndex: null, ownerName: '杨晓梅', dueOn: null, doneOn: null, progressNote: '常态化推进。' },
      ],
    },
  ];
  return list.map((meeting) => ({ ...meeting, attendees: distinctAttendees(meeting.attendees) }));
}

// ----- agreements

function agreements(index: (name: Named) => number, enterprises: (industry: string) => number[], today: string, rng: Rng): DemoAgreement[] {
  const strategic = (school: Named, signedOn: string, endOn: string, scope: string): DemoAgreement => ({
    title: `楚雄高新区管委会—${NAMES[school]}战略合作协议`,
    type: 'strategic_cooperation',
    scope,
    signedOn,
    endOn,
    status: 'active',
    terminatedOn: null,
    terminationReason: null,
    partyIndices: [index('zone'), index(school)],
  });
  const pick = (industry: string) => rng.pick(enterprises(industry));
  return [
    strategic('kunming', '2023-05-12', '2028-05-11', '共建先进制造产业学院，开展订单培养、顶岗实习和教师企业实践，联合申报技术研发项目。'),
    strategic('dali', '2023-05-26', '2028-05-25', '在医学、药学、农学领域开展科研合作和成果转化，共建毕业生就业实习基地，选派专家到企业兼职。'),
    strategic('med', '2023-06-08', '2028-06-07', '共建生物医药公共实训基地，联合开展药品生产技术订单班，服务园区医药企业技能人才培养。'),
    strategic('normal', '2023-07-06', '2028-07-05', '面向园区企业输送化学、计算机、经济管理专业毕业生，开展横向课题和员工学历提升。'),
    strategic('zixi', '2023-09-14', '2026-09-13', '共建智能制造和药品生产实训室，企业技术骨干到校兼职授课，学生到园区企业实习就业。'),
    // Its term ends 40 days after the demo is loaded: the renewal reminder always has something to show.
    strategic('lucheng', '2023-10-19', addDays(today, 40), '开展焊接、数控加工、电工等工种的职工技能培训和等级认定，共建技能大师工作室。'),
    {
      title: '楚雄高新区管委会—楚雄博仁卫生职业学校合作框架协议',
      type: 'strategic_cooperation',
      scope: '护理、药剂专业学生到园区医药企业实习，企业参与课程建设。',
      signedOn: '2020-03-18',
      endOn: '2022-12-31',
      status: 'active',
      terminatedOn: null,
      terminationReason: null,
      partyIndices: [index('zone'), index('boren')],
    },
    {
      title: '楚雄高新区管委会—楚雄博仁卫生职业学校战略合作协议（续签）',
      type: 'strategic_cooperation',
      scope: '续签合作框架，增加康复技术专业订单培养。',
      signedOn: null,
      endOn: null,
      status: 'draft',
      terminatedOn: null,
      terminationReason: null,
      partyIndices: [index('zone'), index('boren')],
    },
    {
      title: '药品生产技术订单班联合培养协议',
      type: 'joint_training',
      scope: '华派药业与楚雄医专联合招收订单班学生 40 名，企业提供奖学金和实习岗位，毕业后优先录用。',
      signedOn: '2023-08-22',
      endOn: '2026-07-31',
      status: 'active',
      terminatedOn: null,
      terminationReason: null,
      partyIndices: [index('med'), index('huapai')],
    },
    {
      title: '校企合作共建实训室协议',
      type: 'school_enterprise',
      scope: '和创药业在紫溪职院共建固体制剂实训室，捐赠教学设备，派技术人员兼职授课。',
      signedOn: '2023-10-10',
      endOn: '2026-10-09',
      status: 'active',
      terminatedOn: null,
      terminationReason: null,
      partyIndices: [index('hechuang'), index('zixi')],
    },
    {
      title: '核桃精深加工技术合作协议',
      type: 'technology',
      scope: '摩尔农庄与州绿色食品产业研究所合作开展核桃乳稳定性和核桃油品质提升研究。',
      signedOn: '2023-04-03',
      endOn: '2025-04-02',
      status: 'active',
      terminatedOn: null,
      terminationReason: null,
      partyIndices: [index('moer'), index('foodInstitute')],
    },
    {
      title: '数控加工实训合作协议',
      type: 'school_enterprise',
      scope: '企业接收鹿城技校数控专业学生顶岗实习。',
      signedOn: '2022-03-01',
      endOn: '2025-02-28',
      status: 'terminated',
      terminatedOn: '2023-06-30',
      terminationReason: '企业生产线搬迁，暂停接收实习生，双方协商提前终止。',
      partyIndices: [pick('advanced_manufacturing'), index('lucheng')],
    },
  ];
}

// ----- dual appointments

function appointments(index: (name: Named) => number, enterprises: (industry: string) => number[], rng: Rng): DemoAppointment[] {
  const materials = rng.pick(enterprises('new_materials'));
  const [manufacturer, secondManufacturer] = rng.sample(enterprises('advanced_manufacturing'), 2);
  const food = rng.pick(enterprises('green_food').filter((i) => i !== index('moer')));
  const toEnterprise = (
    personName: string,
    home: Named,
    hostIndex: number,
    startOn: string,
    outcomes: DemoAppointment['outcomes'],
  ): DemoAppointment => ({
    personName,
    homePost: '副校长',
    homeIndex: index(home),
    hostIndex,
    post: '科技副总',
    direction: 'school_to_enterprise',
    startOn,
    endOn: addDays(startOn, 730 - 1),
    note: '每月驻企工作不少于 6 天，牵头企业技术攻关和人才培养。',
    outcomes,
  });
  const toSchool = (
    personName: string,
    homePost: string,
    homeIndex: number,
    host: Named,
    startOn: string,
    outcomes: DemoAppointment['outcomes'],
  ): DemoAppointment => ({
    personName,
    homePost,
    homeIndex,
    hostIndex: index(host),
    post: '兼职专业教师',
    direction: 'enterprise_to_school',
    startOn,
    endOn: addDays(startOn, 730 - 1),
    note: '每学期承担一门专业课程的教学，指导学生实习。',
    outcomes,
  });
  return [
    toEnterprise('李绍华', 'dali', index('huapai'), '2023-06-01', [
      { kind: 'problem_solved', title: '解决片剂溶出度批间差异问题', detail: '优化湿法制粒工艺参数，溶出度合格率提升至 99%。', occurredOn: '2023-09-12' },
      { kind: 'project', title: '彝药复方制剂质量标准提升研究', detail: '联合申报省级科技计划项目。', occurredOn: '2023-11-20' },
    ]),
    toEnterprise('杨正清', 'normal', index('hechuang'), '2023-06-01', [
      { kind: 'project', title: '中药配方颗粒特征图谱研究', detail: '指导企业建立 12 个品种的特征图谱方法。', occurredOn: '2023-10-16' },
      { kind: 'course', title: '为企业质量部开设仪器分析培训', detail: '共 16 学时，30 人参加。', occurredOn: '2023-08-10' },
    ]),
    toEnterprise('周德明', 'kunming', materials, '2023-07-01', [
      { kind: 'problem_solved', title: '改进钛材酸洗工艺', detail: '废酸产生量降低约三成。', occurredOn: '2023-12-05' },
    ]),
    toEnterprise('段兴国', 'med', index('moer'), '2023-07-01', [
      { kind: 'problem_solved', title: '核桃乳常温储存稳定性改进', detail: '调整均质压力和稳定剂配比，货架期延长至 9 个月。', occurredOn: '2023-11-02' },
      { kind: 'course', title: '食品安全与质量管理培训', detail: '面向一线班组长，8 学时。', occurredOn: '2023-09-20' },
    ]),
    toSchool('张锦华', '生产副总经理', index('hechuang'), 'zixi', '2023-09-01', [
      { kind: 'course', title: '讲授《固体制剂生产技术》', detail: '2023 年秋季学期，64 学时。', occurredOn: '2023-12-29' },
    ]),
    toSchool('马应华', '技术副总经理', manufacturer ?? materials, 'lucheng', '2023-09-01', [
      { kind: 'course', title: '讲授《数控编程与加工》', detail: '2023 年秋季学期，48 学时。', occurredOn: '2023-12-29' },
      { kind: 'other', title: '指导学生参加州级数控车技能竞赛', detail: '获三等奖 2 项。', occurredOn: '2023-11-18' },
    ]),
    toSchool('施朝荣', '副总经理', food, 'boren', '2023-09-01', [
      { kind: 'course', title: '讲授《食品营养与卫生》', detail: '2023 年秋季学期，36 学时。', occurredOn: '2023-12-29' },
    ]),
    toSchool('赵润华', '副总经理', secondManufacturer ?? materials, 'kunming', '2023-09-01', [
      { kind: 'course', title: '讲授《电气控制与PLC》', detail: '2023 年秋季学期，56 学时。', occurredOn: '2023-12-29' },
      { kind: 'project', title: '指导学生毕业设计：配电柜装配工艺改进', detail: null, occurredOn: '2024-05-20' },
    ]),
    // Outside 2023: one ended before the year, one began after it.
    {
      personName: '陈德润',
      homePost: '质量副总经理',
      homeIndex: index('huapai'),
      hostIndex: index('boren'),
      post: '兼职教师',
      direction: 'enterprise_to_school',
      startOn: '2021-09-01',
      endOn: '2022-07-15',
      note: null,
      outcomes: [{ kind: 'course', title: '讲授《药品质量管理》', detail: '32 学时。', occurredOn: '2022-06-30' }],
    },
    {
      personName: '王丽萍',
      homePost: '副校长',
      homeIndex: index('zixi'),
      hostIndex: rng.pick(enterprises('biomedicine').filter((i) => i !== index('huapai') && i !== index('hechuang'))),
      post: '科技副总',
      direction: 'school_to_enterprise',
      startOn: '2024-03-01',
      endOn: '2026-02-28',
      note: null,
      outcomes: [],
    },
  ];
}

// ----- demonstration projects

function projects(index: (name: Named) => number): DemoProject[] {
  return [
    {
      title: '楚雄高新区市域产教联合体人才工作示范项目',
      focus: '技术研究、技能竞赛、乡村人才培训',
      description: '2023年10月向省委组织部申报全省首批人才工作示范项目，取得省人才工作领导小组备案；以技术研究、技能竞赛和乡村人才培训为重点推进校企协同育人。',
      leadIndex: index('zone'),
      filingBody: '云南省人才工作领导小组',
      filedOn: '2023-12-08',
      startOn: '2023-10-01',
      endOn: '2025-12-31',
      milestones: [
        { title: '向省委组织部报送申报材料', dueOn: '2023-10-31', doneOn: '2023-10-20', note: null },
        { title: '取得省人才工作领导小组备案', dueOn: '2023-12-31', doneOn: '2023-12-08', note: null },
        { title: '组建校企联合技术攻关团队 5 个', dueOn: '2024-03-31', doneOn: '2024-03-22', note: null },
        { title: '举办园区首届生物医药职业技能竞赛', dueOn: '2024-06-30', doneOn: '2024-06-18', note: null },
        { title: '完成乡村人才培训 500 人次', dueOn: '2024-12-31', doneOn: '2025-01-15', note: '受农忙影响延后半个月完成。' },
        { title: '项目总结验收', dueOn: '2025-12-31', doneOn: null, note: null },
      ],
    },
    {
      title: '乡村人才振兴技能培训示范点',
      focus: '乡村人才培训',
      description: '依托鹿城技校和园区实训基地，面向农村劳动力开展电工、焊工、中式烹调等技能培训，培训后推荐到园区企业就业。',
      leadIndex: index('lucheng'),
      filingBody: '楚雄州人力资源和社会保障局',
      filedOn: '2023-06-20',
      startOn: '2023-06-01',
      endOn: '2024-12-31',
      milestones: [
        { title: '制定培训方案并报州人社局备案', dueOn: '2023-06-30', doneOn: '2023-06-20', note: null },
        { title: '完成第一期培训 120 人', dueOn: '2023-10-31', doneOn: '2023-10-27', note: null },
        { title: '推荐培训合格人员到园区企业就业 60 人', dueOn: '2024-06-30', doneOn: '2024-07-12', note: null },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------

export function generateDemoGovernance(input: DemoGovernanceInput, seed = DEMO_GOVERNANCE_SEED): DemoGovernance {
  const rng = new Rng(seed);
  const { organisations: orgs } = input;
  const byName = new Map(orgs.map((o, i) => [o.name, i]));
  const index = (name: Named): number => {
    const found = byName.get(NAMES[name]);
    if (found === undefined) throw new RangeError(`demo organisation missing: ${NAMES[name]}`);
    return found;
  };
  const enterprises = (industry: string) => orgs.flatMap((o, i) => (o.type === 'enterprise' && o.industry === industry ? [i] : []));
  const visited = visits(input, rng);
  return {
    councilTerms: councilTerms(orgs),
    meetings: meetings(index, input.servedEnterprises, rng),
    agreements: agreements(index, enterprises, input.today, rng),
    appointments: appointments(index, enterprises, rng),
    visits: visited,
    projects: projects(index),
    coreProducts: coreProducts(orgs, rng),
    technologyNeeds: technologyNeeds(orgs, visited, rng),
  };
}
