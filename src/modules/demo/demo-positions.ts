import type { Industry } from '../organisations/organisations.codes';
import type { EducationLevel, EmploymentType } from '../positions/positions.codes';
import { generateDemoOrganisations } from './demo-organisations';
import { Rng } from './random';

// Demo positions (岗位) posted by the zone's enterprises in 2023: the jobs of the "2主3辅"
// industries with duties written the way 楚雄 HR staff write them, real Chinese major names,
// skills in the Chinese and English forms that postings use (CNC, GMP, 叉车证), 楚雄 salaries.
// Pure and seeded: the same arguments always give the same list.

/** An organisation positions can be posted by; `regionCode` (GB/T 2260) is where most of its positions are. */
export type DemoPositionOrganisation = { name: string; industry: Industry; regionCode?: string };

/**
 * One position, with every `positions` column an insert needs except `id`, `zone_id`,
 * `organisation_id` (take it from `organisationIndex`), `created_by` and `reviewed_by`.
 * Every position is published; `closingOn` (Asia/Shanghai date) falls 30–90 days after publication.
 */
export type DemoPosition = {
  /** Index into the organisations the positions were generated for. */
  organisationIndex: number;
  organisationName: string;
  title: string;
  duties: string;
  headcount: number;
  filledCount: number;
  educationLevel: EducationLevel;
  majors: string[];
  skills: string[];
  experienceYears: number;
  regionCode: string;
  /** Yuan per month; both null for 面议, only salaryMax null for "from …". */
  salaryMin: number | null;
  salaryMax: number | null;
  employmentType: EmploymentType;
  isDisabilityFriendly: boolean;
  accommodation: string | null;
  closingOn: string;
  status: 'published';
  /** `visit` when an operator recorded the demand on an enterprise visit (走访). */
  source: 'enterprise' | 'visit';
  createdAt: Date;
  submittedAt: Date;
  publishedAt: Date;
  updatedAt: Date;
};

export const DEMO_POSITIONS_SEED = 20230601;

/** A weighted choice over a fixed list, drawn by binary search over the running totals. */
class WeightedTable<T> {
  private readonly items: T[];
  private readonly totals: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('weighted pick from an empty list');
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.totals = entries.map(([, w]) => (sum += w));
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.totals[this.totals.length - 1]!;
    let low = 0;
    let high = this.totals.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.totals[mid]! > r) high = mid;
      else low = mid + 1;
    }
    return this.items[low]!;
  }
}

/** Expands `[a|b|c]` to one of the choices and `{slot}` from the industry's vocabulary. */
function expand(rng: Rng, template: string, context: IndustryContext): string {
  return template
    .replace(/\{(\w+)\}/g, (_, slot: string) => rng.pick(context[slot as keyof IndustryContext] ?? ['']))
    .replace(/\[([^\]]+)\]/g, (_, choices: string) => rng.pick(choices.split('|')));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

type EnterpriseIndustry = 'biomedicine' | 'new_materials' | 'advanced_manufacturing' | 'green_food' | 'green_chemicals' | 'modern_services';

type IndustryContext = {
  equip: readonly string[];
  product: readonly string[];
  workshop: readonly string[];
  field: readonly string[];
  /** Majors an enterprise of the industry asks for in roles that every industry has (生产主管, 实习生 …). */
  majors: readonly string[];
};

const CONTEXT: Record<EnterpriseIndustry | 'other', IndustryContext> = {
  biomedicine: {
    equip: ['制药设备', '制剂设备', '提取浓缩设备', '压片机、包衣机等制剂设备'],
    product: ['中成药', '原料药', '中药饮片', '片剂和胶囊剂产品', '彝药制剂'],
    workshop: ['制剂车间', '提取车间', '前处理车间', 'GMP车间'],
    field: ['医药', '制药', '生物医药'],
    majors: ['药学', '制药工程', '中药学', '药物制剂', '生物制药'],
  },
  new_materials: {
    equip: ['熔炼和锻造设备', '轧机及其辅助设备', '生产线设备', '窑炉和破碎设备'],
    product: ['钛材', '钛合金棒材和板材', '新型墙体材料', '复合材料制品', '功能粉体材料'],
    workshop: ['熔炼车间', '锻造车间', '轧制车间', '生产车间'],
    field: ['新材料', '有色金属', '建材'],
    majors: ['材料科学与工程', '金属材料工程', '冶金工程', '无机非金属材料工程'],
  },
  advanced_manufacturing: {
    equip: ['数控设备', '加工中心', '自动化生产线', '机加工设备'],
    product: ['机械零部件', '成套装备', '电气成套设备', '汽车零部件', '智能控制模块'],
    workshop: ['机加工车间', '装配车间', '生产车间', '焊接车间'],
    field: ['机械制造', '装备制造', '电子制造'],
    majors: ['机械设计制造及其自动化', '机电一体化技术', '电气工程及其自动化'],
  },
  green_food: {
    equip: ['食品加工设备', '灌装设备', '杀菌设备', '包装设备', '烘干设备'],
    product: ['核桃乳和核桃油', '野生菌制品', '休闲食品', '高山茶', '彝族特色糕点'],
    workshop: ['加工车间', '包装车间', '生产车间'],
    field: ['食品', '农产品加工', '绿色食品'],
    majors: ['食品科学与工程', '食品质量与安全', '农学'],
  },
  green_chemicals: {
    equip: ['反应釜', '化工生产装置', '精馏和干燥设备', '泵阀及管道设备'],
    product: ['精细化学品', '水处理剂', '石膏综合利用产品', '松香等林产化工产品', '有机肥料'],
    workshop: ['生产装置', '合成车间', '生产车间'],
    field: ['化工', '精细化工', '环保'],
    majors: ['化学工程与工艺', '应用化工技术', '环境工程'],
  },
  modern_services: {
    equip: ['仓储设备', '信息化设备', '分拣设备'],
    product: ['物流服务', '供应链服务', '信息化服务', '人力资源服务'],
    workshop: ['仓库', '配送中心', '项目现场'],
    field: ['物流', '电商', '互联网', '人力资源服务'],
    majors: ['工商管理', '物流管理', '电子商务'],
  },
  other: {
    equip: ['办公设备', '生产设备'],
    product: ['产品和服务'],
    workshop: ['工作现场'],
    field: ['相关'],
    majors: ['工商管理'],
  },
};

const FAMILIES = {
  production: [
    '严格遵守[安全操作规程|公司各项规章制度]，[正确|规范]佩戴劳动防护用品。',
    '做好[5S|6S]现场管理，保持工作区域[整洁|干净有序]。',
    '能适应[两班倒|三班倒|倒班]工作，服从班组长的工作安排。',
    '[参加|积极参加]岗位技能培训，不断提高操作水平。',
    '按时完成班组下达的生产任务，[确保|保证]产量和质量。',
    '发现设备异常或质量问题[及时|第一时间]上报。',
  ],
  quality: [
    '严格执行检验操作规程，保证检验数据[真实|准确]、可追溯。',
    '做好实验室安全和[试剂|化学品]管理。',
    '[参与|配合]质量管理体系内审和外部审核。',
    '[按时|及时]完成检验任务，[异常|超标]结果及时报告。',
    '[保持|做好]检验仪器的日常维护和使用登记。',
  ],
  engineering: [
    '[参与|配合]公司科技项目和专利[申报|撰写]工作。',
    '指导[一线员工|车间操作人员]正确执行工艺，[组织|开展]技术培训。',
    '具备良好的[团队合作|沟通协调]能力，[学习能力强|有责任心]。',
    '[收集|整理]技术资料，[建立|完善]技术档案。',
    '[参与|配合]与区内高校、科研院所的产学研合作项目。',
  ],
  maintenance: [
    '做好[维修记录|设备台账]，[统计|分析]设备故障原因。',
    '[参与|配合]设备技改和备品备件计划的编制。',
    '服从[夜间|节假日]应急抢修安排。',
    '严格执行[停电挂牌|上锁挂牌]等安全措施。',
  ],
  office: [
    '[熟练|能熟练]使用Word、Excel等办公软件。',
    '工作认真细致，[责任心强|有较强的责任心]，严守公司秘密。',
    '[协助|配合]各部门做好日常沟通协调工作。',
    '[具备|有]良好的文字表达和沟通能力。',
  ],
  sales: [
    '[能适应|可接受]短期出差，有C1驾照者优先。',
    '[性格开朗|善于沟通]，[有较强的|具备良好的]抗压能力。',
    '底薪加提成，[业绩突出者|表现优秀者]有晋升机会。',
    '建立客户档案，[定期|按时]回访客户。',
  ],
  logistics: [
    '严格遵守[交通法规|安全管理规定]，确保[货物|人员]安全。',
    '[配合|协助]做好仓库[防火|防潮|安全]检查。',
    '做好[单据|台账]的整理和交接。',
    '[吃苦耐劳|身体健康]，能适应[夜班|早班]和节假日轮班。',
  ],
  digital: [
    '[具备|有]良好的[数据分析|逻辑思维]能力，[熟悉|了解]平台规则。',
    '[关注|跟踪]行业动态，[提出|制定]优化方案。',
    '[能适应|可接受]弹性工作时间，[有|具备]团队合作精神。',
  ],
  service: [
    '[服从|听从]后勤部门工作安排，能适应轮班。',
    '[身体健康|吃苦耐劳]，[有责任心|工作认真负责]。',
    '[有|具备]同类岗位工作经验者优先。',
  ],
  management: [
    '[定期|按时]召开生产例会，[分析|通报]生产和质量情况。',
    '[推行|推进]精益生产和[5S|6S]管理，提升生产效率。',
    '[负责|参与]车间年度预算和成本控制。',
    '[具备|有]较强的组织协调能力和[团队管理|带队]经验。',
  ],
  agriculture: [
    '[能适应|可以接受]野外和基地工作，吃苦耐劳。',
    '做好农事记录和[投入品|农资]管理。',
    '[指导|培训]合作社和农户[规范种植|标准化生产]。',
  ],
} as const;

type Family = keyof typeof FAMILIES;

const GENERAL = [
  '[完成|做好]上级交办的其他工作。',
  '工作地点在楚雄高新区，公司[提供|有]通勤班车。',
  '工作地点：楚雄市，[公司缴纳五险一金|购买五险]。',
  '公司提供[免费住宿|员工宿舍]和工作餐，[缴纳|购买]五险一金。',
  '[表现优秀者|符合条件者]可参加公司[技能提升|职称评定]培训。',
  '[欢迎|优先录用]楚雄本地及周边县市求职者。',
  '有{field}行业工作经验者优先。',
  '试用期[一个月|三个月]，转正后享受[带薪年休假|节日福利]。',
  '[服从|接受]公司工作安排，[有|具备]良好的职业素养。',
] as const;

const ACCOMMODATIONS = [
  '工作场所设有无障碍通道和无障碍卫生间。',
  '岗位以坐姿作业为主，可根据需要调整工位高度。',
  '可为听力障碍员工提供书面和手语沟通支持。',
  '上下班时间可适当弹性安排，提供免费工作餐。',
  '入职培训配有图文版操作指引，安排专人带教。',
  '车间配有视觉提示灯，适合听力障碍人员。',
  '办公区位于一楼，出入方便，公司有班车接送。',
  '提供适合肢体残疾人员的专用工位和辅助工具。',
] as const;

type Level = 'operator' | 'technician' | 'engineer' | 'office' | 'manager' | 'intern';

type Role = {
  titles: readonly string[];
  /** Industries whose enterprises post it; `any` also covers schools, banks and others. */
  industries: readonly EnterpriseIndustry[] | 'any';
  /** Relative frequency among the roles an enterprise may post. */
  weight: number;
  level: Level;
  family: Family;
  core: readonly string[];
  skills: readonly string[];
  majors: readonly string[];
  education: readonly (readonly [EducationLevel, number])[];
  /** Typical monthly salary range in 楚雄, yuan. */
  salary: readonly [number, number];
  headcount: readonly [number, number];
  employment?: readonly (readonly [EmploymentType, number])[];
  /** Work that suits applicants with disabilities (seated, indoor, flexible). */
  isAccessible?: boolean;
  /** Counties where this kind of work concentrates (禄丰 titanium, 南华 wild mushrooms). */
  counties?: readonly string[];
  /** Adds the posting industry's own majors to `majors`. */
  hasIndustryMajors?: boolean;
};

const PRODUCTION_INDUSTRIES: readonly EnterpriseIndustry[] = ['biomedicine', 'new_materials', 'advanced_manufacturing', 'green_food', 'green_chemicals'];

const ROLES: readonly Role[] = [
  // 生物医药 ------------------------------------------------------------------------------------
  {
    titles: ['化学制药工程师', '制药工程师', '原料药工艺工程师', '合成工艺工程师'],
    industries: ['biomedicine'], weight: 3, level: 'engineer', family: 'engineering',
    core: [
      '负责原料药及中间体合成工艺的[小试|中试]研究和工艺优化。',
      '[编写|起草]工艺规程、批生产记录等技术文件，参与工艺验证。',
      '解决生产过程中出现的工艺技术问题，[提高|提升]收率和产品质量。',
      '配合QA完成偏差调查和变更控制，确保生产符合GMP要求。',
      '参与新产品技术转移，指导车间完成放大生产。',
    ],
    skills: ['GMP', '有机合成', '工艺验证', 'HPLC', 'ChemDraw', '化学制药'],
    majors: ['制药工程', '药学', '化学工程与工艺', '应用化学', '药物化学'],
    education: [['bachelor', 6], ['master', 2], ['associate', 1]], salary: [6000, 11000], headcount: [1, 3],
  },
  {
    titles: ['制剂工艺技术员', '中药制剂工艺员', '固体制剂工艺员'],
    industries: ['biomedicine'], weight: 2, level: 'technician', family: 'engineering',
    core: [
      '负责[片剂|胶囊剂|颗粒剂]生产工艺的现场指导和工艺参数监控。',
      '[跟踪|监督]各工序的工艺执行情况，及时[发现|纠正]偏差。',
      '参与新设备、新工艺的验证工作，整理验证资料。',
      '[统计|分析]各批次收率和物料平衡，提出改进建议。',
    ],
    skills: ['GMP', '固体制剂', '工艺验证', 'Excel', '中药制剂'],
    majors: ['药物制剂', '中药制药', '药品生产技术', '制药工程'],
    education: [['associate', 5], ['bachelor', 4]], salary: [4500, 7500], headcount: [1, 2],
  },
  {
    titles: ['QA专员', '质量保证专员（QA）', 'QA现场监控员', '质量保证员'],
    industries: ['biomedicine'], weight: 3, level: 'technician', family: 'office', isAccessible: true,
    core: [
      '负责生产过程的现场质量监控，检查各岗位GMP执行情况。',
      '审核批生产记录和批检验记录，[参与|协助]产品放行。',
      '参与偏差、变更、CAPA的[调查|跟踪]和文件管理。',
      '[组织|参与]供应商审计和内部自检。',
      '负责质量体系文件的起草、修订和[归档|受控发放]。',
    ],
    skills: ['GMP', 'QA', '偏差管理', 'CAPA', '质量体系', 'ISO9001'],
    majors: ['药学', '中药学', '药品质量与安全', '制药工程', '生物制药'],
    education: [['bachelor', 5], ['associate', 4]], salary: [4500, 8000], headcount: [1, 3],
  },
  {
    titles: ['QC检验员', '质检员（QC）', '理化检验员', '微生物检验员', '药品检验员', 'QC化验员'],
    industries: ['biomedicine'], weight: 4, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责原辅料、中间产品及成品的[理化|常规]检验，及时出具检验报告。',
      '按照[《中国药典》|药典和企业内控标准]开展检验工作，[如实|准确]填写检验记录。',
      '负责[HPLC|气相色谱仪|紫外分光光度计]等精密仪器的使用和日常维护。',
      '[做好|负责]洁净区环境监测和微生物限度检查。',
      '配制和标定[试液|滴定液]，管理标准品和对照品。',
    ],
    skills: ['HPLC', '气相色谱', '理化检验', '微生物检验', 'GMP', '中国药典', 'QC'],
    majors: ['药学', '药物分析', '药品质量与安全', '分析检验技术', '生物技术', '中药学'],
    education: [['associate', 5], ['bachelor', 4], ['secondary_vocational', 1]], salary: [3800, 6500], headcount: [1, 4],
  },
  {
    titles: ['中药饮片炮制工', '中药炮制工', '饮片生产操作工', '中药材前处理工'],
    industries: ['biomedicine'], weight: 3, level: 'operator', family: 'production', counties: ['532322', '532325', '532329'],
    core: [
      '按照炮制规范完成[净制、切制|蒸、炒、炙|切片、干燥]等炮制工序。',
      '负责[切药机|炒药机|热风循环烘箱]等设备的操作和清洁。',
      '严格控制炮制[火候|温度]和时间，保证饮片质量稳定。',
      '配合质检人员做好中间产品的[取样|检查]。',
      '能识别常见中药材，[分辨|挑拣]杂质和霉变药材。',
    ],
    skills: ['中药饮片', '中药炮制', 'GMP', '中药材识别'],
    majors: ['中药学', '中药材生产与加工', '中药制药'],
    education: [['junior_high', 2], ['high_school', 3], ['secondary_vocational', 3], ['associate', 2]], salary: [3200, 5000], headcount: [2, 8],
  },
  {
    titles: ['GMP车间操作工', '制剂车间操作工', '提取车间操作工', '固体制剂操作工', '洁净区操作工'],
    industries: ['biomedicine'], weight: 5, level: 'operator', family: 'production',
    core: [
      '按照SOP操作[压片机|胶囊填充机|制粒机|提取罐]等生产设备。',
      '做好生产过程中的清场、清洁和[状态标识|物料标识]。',
      '[如实|及时]填写批生产记录，确保记录完整、可追溯。',
      '遵守洁净区[更衣|卫生]规程，执行GMP相关要求。',
      '负责本岗位物料的领用、交接和[称量|复核]。',
    ],
    skills: ['GMP', 'SOP', '洁净区操作', '倒班'],
    majors: ['药品生产技术', '制药工程', '中药制药'],
    education: [['high_school', 3], ['secondary_vocational', 4], ['associate', 2], ['junior_high', 1]], salary: [3300, 5200], headcount: [3, 15],
  },
  {
    titles: ['药品注册专员', '注册专员', '药品注册主管'],
    industries: ['biomedicine'], weight: 1, level: 'office', family: 'office', isAccessible: true,
    core: [
      '负责药品注册申报资料的[整理|撰写]和提交。',
      '跟踪[国家药监局|省药监局]审评进度，及时答复补充资料要求。',
      '收集和研究药品注册相关法规，为研发立项提供法规支持。',
      '[负责|协助]药品再注册和补充申请工作。',
    ],
    skills: ['药品注册', 'CTD', '法规事务', 'Office', '英语四级'],
    majors: ['药学', '中药学', '药物分析', '药事管理'],
    education: [['bachelor', 6], ['master', 2]], salary: [5000, 9000], headcount: [1, 1],
  },
  {
    titles: ['药物研发员', '中药研发工程师', '制剂研发员', '药物分析研究员', '研发助理（中药方向）'],
    industries: ['biomedicine'], weight: 2, level: 'engineer', family: 'engineering', isAccessible: true,
    core: [
      '负责[中药新药|经典名方|民族药]的处方工艺研究和质量标准研究。',
      '[查阅|检索]国内外文献，设计实验方案并组织实施。',
      '完成实验数据的整理分析，撰写研究报告。',
      '参与[滇重楼|三七|灯盏花|茯苓]等云南特色药材的有效成分研究。',
      '[配合|参与]与楚雄医药高等专科学校等院校的联合研发项目。',
    ],
    skills: ['HPLC', '实验设计', '文献检索', '数据分析', 'Origin', '中药化学'],
    majors: ['中药学', '药学', '药物化学', '药物分析', '生物技术', '中药制药'],
    education: [['master', 5], ['bachelor', 4], ['doctorate', 1]], salary: [6000, 12000], headcount: [1, 2],
  },
  {
    titles: ['医药代表', '医药销售代表', 'OTC销售代表'],
    industries: ['biomedicine'], weight: 2, level: 'office', family: 'sales',
    core: [
      '负责[楚雄州|滇中片区|所辖区域]医院和药店的产品推广。',
      '向医生和药师介绍公司产品的[适应症|临床优势]，[组织|开展]学术推广活动。',
      '[维护|开发]终端客户，完成销售指标和回款任务。',
      '收集市场和竞品信息，定期提交工作报告。',
    ],
    skills: ['医药销售', '客户管理', 'C1驾照', '药学知识'],
    majors: ['药学', '市场营销', '临床医学', '中药学'],
    education: [['associate', 6], ['bachelor', 4]], salary: [4500, 9000], headcount: [1, 5],
  },
  {
    titles: ['执业药师', '驻店药师', '药品质量管理员（GSP）'],
    industries: ['biomedicine'], weight: 1, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责药品[验收|养护]和质量管理，[执行|落实]GSP要求。',
      '审核处方，指导顾客合理用药。',
      '[做好|负责]近效期药品和不合格药品的管理。',
    ],
    skills: ['执业药师', 'GSP', '药学服务'],
    majors: ['药学', '中药学', '药品经营与管理'],
    education: [['associate', 5], ['bachelor', 5]], salary: [4000, 6500], headcount: [1, 2],
  },
  {
    titles: ['医疗器械装配工', '敷料生产操作工', '医用耗材包装工'],
    industries: ['biomedicine'], weight: 2, level: 'operator', family: 'production', isAccessible: true,
    core: [
      '按照作业指导书完成[医用敷料|一次性医疗耗材|康复辅具]的[装配|裁切|包装]。',
      '在洁净车间内作业，遵守[洁净区|无菌]操作规范。',
      '做好产品自检和[批号|标签]核对。',
    ],
    skills: ['洁净区操作', '包装', '医疗器械GMP'],
    majors: [],
    education: [['junior_high', 3], ['high_school', 4], ['secondary_vocational', 3]], salary: [3000, 4500], headcount: [3, 12],
  },
  // 新材料 --------------------------------------------------------------------------------------
  {
    titles: ['钛材加工操作工', '钛合金熔炼工', '钛材轧制工', '钛锻件操作工', '海绵钛生产操作工'],
    industries: ['new_materials'], weight: 5, level: 'operator', family: 'production', counties: ['532302'],
    core: [
      '负责[真空自耗电弧炉|电子束冷床炉|还原蒸馏炉]的操作，完成钛锭熔炼。',
      '按照工艺卡片完成钛材的[锻造|轧制|热处理]工序。',
      '做好钛及钛合金产品的[尺寸|表面质量]自检，发现问题及时上报。',
      '正确使用劳保用品，遵守高温作业安全规程。',
      '负责设备的日常点检和[交接班|生产]记录。',
    ],
    skills: ['钛合金', '钛材加工', '热处理', '天车操作', '安全生产'],
    majors: ['金属材料工程', '材料成型及控制工程', '冶金技术', '材料科学与工程'],
    education: [['high_school', 3], ['secondary_vocational', 4], ['associate', 3]], salary: [4000, 7000], headcount: [2, 10],
  },
  {
    titles: ['新材料研发工程师', '材料研发工程师', '钛合金研发工程师', '复合材料工程师', '材料工艺工程师'],
    industries: ['new_materials'], weight: 2, level: 'engineer', family: 'engineering',
    core: [
      '负责[钛合金|高性能复合材料|功能粉体材料]新产品的研发和工艺开发。',
      '制定试验方案，完成样品试制和性能[测试|表征]。',
      '跟踪新材料领域的技术动态，参与专利和科技项目申报。',
      '[配合|协助]生产部门解决产品质量和工艺问题。',
    ],
    skills: ['材料表征', 'SEM', 'XRD', '金相分析', '专利撰写', 'Origin'],
    majors: ['材料科学与工程', '金属材料工程', '高分子材料与工程', '无机非金属材料工程', '复合材料与工程'],
    education: [['master', 4], ['bachelor', 5], ['doctorate', 1]], salary: [6500, 12000], headcount: [1, 2],
  },
  {
    titles: ['材料检测员', '理化检测员', '金相检验员', '试验员'],
    industries: ['new_materials'], weight: 2, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责原材料和成品的[化学成分|力学性能|金相组织]检测。',
      '操作[光谱仪|万能试验机|硬度计]等检测设备，出具检测报告。',
      '负责检测设备的日常校准和维护保养。',
      '对不合格品进行标识、隔离并跟踪处理。',
    ],
    skills: ['光谱分析', '金相分析', '力学性能测试', '质检', 'ISO9001'],
    majors: ['材料科学与工程', '金属材料工程', '分析检验技术', '无损检测技术'],
    education: [['associate', 5], ['bachelor', 3], ['secondary_vocational', 2]], salary: [3800, 6000], headcount: [1, 3],
  },
  {
    titles: ['建材生产线操作工', '加气块生产操作工', '搅拌站操作员', '混凝土试验员', '中控操作员'],
    industries: ['new_materials'], weight: 3, level: 'operator', family: 'production',
    core: [
      '负责[生产线|搅拌站]的开停机操作和运行监控。',
      '按照配合比[准确|严格]控制原材料投放。',
      '做好设备的润滑、清洁和日常保养。',
      '配合试验室完成[混凝土|砌块]试块的取样和养护。',
    ],
    skills: ['中控操作', '安全生产', '设备保养', '混凝土试验'],
    majors: ['建筑材料工程技术', '无机非金属材料工程', '土木工程'],
    education: [['high_school', 3], ['secondary_vocational', 4], ['associate', 2], ['junior_high', 1]], salary: [3500, 6000], headcount: [2, 6],
  },
  {
    titles: ['复合材料成型工', '注塑操作工', '挤出机操作工'],
    industries: ['new_materials'], weight: 2, level: 'operator', family: 'production',
    core: [
      '负责[注塑机|挤出机|模压设备]的操作和[换模|调机]。',
      '按工艺参数生产[改性塑料|玻璃钢|碳纤维]制品，做好首件确认。',
      '对产品进行外观和尺寸自检，[区分|隔离]不良品。',
    ],
    skills: ['注塑', '调机', '复合材料', '质量自检'],
    majors: ['高分子材料与工程', '材料成型及控制工程', '模具设计与制造'],
    education: [['junior_high', 2], ['high_school', 4], ['secondary_vocational', 4]], salary: [3500, 5500], headcount: [2, 8],
  },
  // 先进装备制造 -------------------------------------------------------------------------------
  {
    titles: ['数控机床操作工', '数控车工', 'CNC操作工', '加工中心操作工', '数控铣工'],
    industries: ['advanced_manufacturing', 'new_materials'], weight: 5, level: 'operator', family: 'production',
    core: [
      '按图纸和工艺要求操作[数控车床|加工中心|数控铣床]完成零件加工。',
      '能[看懂|识读]机械图纸，会使用[游标卡尺|千分尺]等量具。',
      '负责首件自检和加工过程中的尺寸控制。',
      '做好机床的日常保养和[5S|6S]现场管理。',
      '能根据加工要求[调整|修改]简单程序和刀具补偿。',
    ],
    skills: ['CNC', '数控编程', 'FANUC', '机械制图', 'UG', '数控车床'],
    majors: ['数控技术', '机械制造及自动化', '模具设计与制造', '机械设计制造及其自动化'],
    education: [['secondary_vocational', 4], ['associate', 3], ['high_school', 2]], salary: [4000, 7500], headcount: [2, 8],
  },
  {
    titles: ['CNC编程员', '数控编程工程师', 'CNC编程技术员'],
    industries: ['advanced_manufacturing'], weight: 2, level: 'technician', family: 'engineering',
    core: [
      '根据[零件图纸|客户图纸]编制数控加工程序，确定加工工艺。',
      '使用[UG|Mastercam|PowerMill]进行三维建模和刀路编程。',
      '指导操作工完成首件调试，解决加工中的技术问题。',
      '[优化|改进]刀具和切削参数，缩短加工周期。',
    ],
    skills: ['CNC', 'UG', 'Mastercam', '数控编程', 'CAD'],
    majors: ['数控技术', '机械设计制造及其自动化', '模具设计与制造'],
    education: [['associate', 5], ['bachelor', 3]], salary: [5500, 9500], headcount: [1, 2],
  },
  {
    titles: ['电工', '维修电工', '高压电工', '设备电工', '值班电工', '低压电工'],
    industries: 'any', weight: 3, level: 'technician', family: 'maintenance',
    core: [
      '负责厂区[供配电系统|高低压配电室]的运行、巡检和维护。',
      '负责生产设备电气线路的安装、检修和故障处理。',
      '持有有效的[低压电工|高压电工]特种作业操作证。',
      '做好[电气设备|配电设备]的预防性试验和安全检查。',
      '填写[运行|值班]记录，[参与|配合]节能改造。',
    ],
    skills: ['电工证', '高压电工证', '低压电工', 'PLC', '电气维修', '变频器'],
    majors: ['电气自动化技术', '电气工程及其自动化', '机电一体化技术', '供用电技术'],
    education: [['secondary_vocational', 4], ['associate', 4], ['high_school', 2]], salary: [4000, 7000], headcount: [1, 3],
  },
  {
    titles: ['焊工', '电焊工', '氩弧焊工', '二保焊工'],
    industries: ['advanced_manufacturing', 'new_materials', 'green_chemicals'], weight: 3, level: 'operator', family: 'production',
    core: [
      '熟练掌握[氩弧焊|二氧化碳保护焊|手工电弧焊]，能独立完成[钢结构|设备|管道]焊接。',
      '能看懂焊接工艺卡和图纸。',
      '持有焊工特种作业操作证。',
      '做好焊接质量自检，配合探伤检验。',
    ],
    skills: ['焊工证', '氩弧焊', '二保焊', '识图'],
    majors: ['焊接技术与自动化', '机械制造及自动化'],
    education: [['junior_high', 2], ['high_school', 3], ['secondary_vocational', 4], ['associate', 1]], salary: [4500, 8000], headcount: [1, 5],
  },
  {
    titles: ['装配钳工', '钳工', '机械装配工', '设备装配工'],
    industries: ['advanced_manufacturing'], weight: 3, level: 'operator', family: 'production',
    core: [
      '按照装配图和工艺文件完成[成套设备|机械部件|减速机]的装配。',
      '负责零部件的[去毛刺|钻孔|攻丝]和配合尺寸的修配。',
      '[参与|配合]整机调试，记录装配和调试数据。',
    ],
    skills: ['钳工', '机械装配', '识图', '量具使用'],
    majors: ['机械制造及自动化', '机电一体化技术'],
    education: [['high_school', 3], ['secondary_vocational', 5], ['associate', 2]], salary: [3800, 6500], headcount: [2, 6],
  },
  {
    titles: ['机械设计工程师', '机械设计师', '结构设计工程师', '非标设备设计工程师'],
    industries: ['advanced_manufacturing'], weight: 2, level: 'engineer', family: 'engineering',
    core: [
      '负责[非标设备|成套装备|机械产品]的结构设计和选型计算。',
      '使用[SolidWorks|AutoCAD|UG]完成三维建模和二维工程图。',
      '编制BOM和技术文件，跟踪样机制造和装配调试。',
      '[参与|配合]客户技术交流，解决现场技术问题。',
    ],
    skills: ['SolidWorks', 'AutoCAD', 'CAD', '机械设计', 'UG', 'BOM'],
    majors: ['机械设计制造及其自动化', '机械电子工程', '机械工程', '过程装备与控制工程'],
    education: [['bachelor', 7], ['associate', 2], ['master', 1]], salary: [6000, 11000], headcount: [1, 2],
  },
  {
    titles: ['电气工程师', 'PLC工程师', '自动化工程师', '电气设计工程师'],
    industries: ['advanced_manufacturing', 'new_materials'], weight: 2, level: 'engineer', family: 'engineering',
    core: [
      '负责[自动化生产线|成套设备]的电气设计和PLC编程。',
      '调试和维护西门子、三菱等PLC及触摸屏程序。',
      '编制电气图纸和[调试|操作]说明书。',
      '到客户现场进行设备安装调试和售后服务。',
    ],
    skills: ['PLC', '西门子PLC', '电气设计', 'EPLAN', 'WinCC', 'AutoCAD'],
    majors: ['电气工程及其自动化', '自动化', '电气自动化技术', '机电一体化技术'],
    education: [['bachelor', 6], ['associate', 4]], salary: [6000, 11000], headcount: [1, 2],
  },
  {
    titles: ['工业机器人运维员', '机器人调试技术员', '自动化设备运维员'],
    industries: ['advanced_manufacturing'], weight: 1, level: 'technician', family: 'maintenance',
    core: [
      '负责[焊接机器人|搬运机器人|码垛机器人]的示教编程和日常运维。',
      '处理自动化产线的常见故障，[保证|确保]产线稳定运行。',
      '[参与|配合]新产线的安装调试和操作培训。',
    ],
    skills: ['工业机器人', 'ABB', 'FANUC', 'PLC', '示教编程'],
    majors: ['工业机器人技术', '机电一体化技术', '电气自动化技术'],
    education: [['associate', 6], ['secondary_vocational', 2], ['bachelor', 2]], salary: [4500, 8000], headcount: [1, 3],
  },
  {
    titles: ['电子装配工', 'SMT操作员', '线束装配工', '电子产品测试员'],
    industries: ['advanced_manufacturing'], weight: 3, level: 'operator', family: 'production', isAccessible: true,
    core: [
      '按作业指导书完成[电子元器件|线束|控制模块]的装配。',
      '操作[贴片机|回流焊]等设备，做好首件确认。',
      '完成产品[功能测试|外观检验]并记录。',
    ],
    skills: ['电子装配', 'SMT', '手工焊接', '5S'],
    majors: ['电子信息工程技术', '应用电子技术'],
    education: [['junior_high', 2], ['high_school', 3], ['secondary_vocational', 4], ['associate', 1]], salary: [3200, 5000], headcount: [3, 15],
  },
  {
    titles: ['光伏安装工', '储能系统调试员', '光伏运维技术员'],
    industries: ['advanced_manufacturing'], weight: 1, level: 'technician', family: 'maintenance',
    core: [
      '负责[分布式光伏|光伏支架|储能柜]的安装和接线。',
      '[参与|负责]光伏电站的巡检、清洗和故障处理。',
      '能适应[户外|高处]作业，持有电工证者优先。',
    ],
    skills: ['光伏', '储能', '电工证', '高处作业证'],
    majors: ['光伏工程技术', '电气自动化技术', '新能源科学与工程'],
    education: [['secondary_vocational', 4], ['associate', 4], ['high_school', 2]], salary: [4500, 7500], headcount: [2, 6],
  },
  {
    titles: ['质检员', '品质检验员', 'IPQC巡检员', '来料检验员（IQC）', '成品检验员'],
    industries: ['advanced_manufacturing', 'new_materials', 'green_chemicals'], weight: 3, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责[来料|过程|成品]检验，[准确|及时]记录检验结果。',
      '使用[三坐标|卡尺|千分尺]等检测工具进行尺寸检验。',
      '对不合格品进行[标识、隔离|评审]，跟踪纠正措施。',
      '统计分析质量数据，编制质量周报。',
    ],
    skills: ['质检', 'IQC', 'IPQC', 'SPC', '三坐标', 'ISO9001'],
    majors: ['质量管理工程', '机械制造及自动化', '材料科学与工程'],
    education: [['associate', 4], ['secondary_vocational', 3], ['bachelor', 3]], salary: [3800, 6000], headcount: [1, 3],
  },
  {
    titles: ['生产计划员', 'PMC专员', '物料计划员'],
    industries: ['advanced_manufacturing', 'new_materials', 'biomedicine'], weight: 1, level: 'office', family: 'office', isAccessible: true,
    core: [
      '根据订单和库存编制[月度|周]生产计划，跟踪计划达成。',
      '[协调|跟进]物料采购和到货，[保障|确保]生产连续。',
      '使用ERP系统维护BOM和生产订单。',
    ],
    skills: ['ERP', 'PMC', 'Excel', '生产计划'],
    majors: ['工业工程', '物流管理', '工商管理'],
    education: [['associate', 5], ['bachelor', 5]], salary: [4500, 7500], headcount: [1, 1],
  },
  {
    titles: ['设备维修工', '设备技术员', '机修工', '设备管理员'],
    industries: PRODUCTION_INDUSTRIES, weight: 3, level: 'technician', family: 'maintenance',
    core: [
      '负责{equip}的日常维护和故障排除。',
      '负责{equip}维护和[点检|巡检]，完善设备档案。',
      '参与设备的安装调试和[确认|验收]工作。',
      '[按计划|定期]做好设备预防性维护，降低故障停机时间。',
    ],
    skills: ['设备维修', '钳工', 'PLC', '电工证', '机电维修'],
    majors: ['机电一体化技术', '机械设计制造及其自动化', '电气自动化技术', '机械制造及自动化'],
    education: [['secondary_vocational', 3], ['associate', 4], ['high_school', 2]], salary: [4000, 6500], headcount: [1, 3],
  },
  {
    titles: ['生产主管', '车间主任', '班组长', '生产经理'],
    industries: PRODUCTION_INDUSTRIES, weight: 1, level: 'manager', family: 'management', hasIndustryMajors: true,
    core: [
      '负责{workshop}的生产组织和人员管理，完成生产计划。',
      '[落实|监督]安全生产和质量管理制度，[控制|降低]生产成本。',
      '[组织|开展]班组培训和绩效考核。',
      '[协调|对接]设备、质量、仓储等部门，解决生产中的问题。',
    ],
    skills: ['生产管理', '精益生产', '团队管理', '安全生产', 'Excel'],
    majors: ['工业工程', '工商管理'],
    education: [['associate', 5], ['bachelor', 4], ['secondary_vocational', 1]], salary: [6000, 12000], headcount: [1, 1],
  },
  {
    titles: ['包装工', '包装操作工', '后道包装工'],
    industries: ['biomedicine', 'green_food', 'green_chemicals', 'new_materials'], weight: 2, level: 'operator', family: 'production', isAccessible: true,
    core: [
      '负责{product}的[装箱|贴标|封口]和码垛。',
      '操作[封箱机|贴标机|打码机]，核对批号和生产日期。',
      '[清点|核对]包装材料，做好领用和退库登记。',
    ],
    skills: ['包装', '打码', '健康证'],
    majors: [],
    education: [['none', 2], ['junior_high', 5], ['high_school', 3]], salary: [2800, 4200], headcount: [3, 12],
  },
  // 绿色食品 ------------------------------------------------------------------------------------
  {
    titles: ['食品检验员', '食品化验员', '品控专员', '食品质检员', '微生物检验员（食品）'],
    industries: ['green_food'], weight: 4, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责原料、半成品和成品的[感官|理化|微生物]检验。',
      '按照食品安全国家标准开展检验，[出具|填写]检验报告。',
      '监督生产现场卫生和[HACCP|食品安全管理体系]执行情况。',
      '做好[留样|检验仪器]管理和检验记录归档。',
    ],
    skills: ['食品检验', '微生物检验', 'HACCP', '理化检验', '食品安全', 'ISO22000'],
    majors: ['食品质量与安全', '食品科学与工程', '食品检验检测技术', '食品营养与检测', '生物技术'],
    education: [['associate', 5], ['bachelor', 4], ['secondary_vocational', 1]], salary: [3500, 6000], headcount: [1, 3],
  },
  {
    titles: ['野生菌加工工', '野生菌分拣员', '松茸分级包装工', '食用菌加工操作工'],
    industries: ['green_food'], weight: 4, level: 'operator', family: 'production', isAccessible: true, counties: ['532324'],
    employment: [['seasonal', 6], ['full_time', 4]],
    core: [
      '负责[松茸|牛肝菌|鸡枞|干巴菌]等野生菌的分拣、分级和[清洗|修剪]。',
      '按照出口标准完成[速冻|保鲜|烘干]加工和包装。',
      '做好[冷库|保鲜库]出入库登记。',
      '保持加工场所清洁卫生，持有健康证。',
    ],
    skills: ['野生菌加工', '分拣', '健康证', '冷链'],
    majors: [],
    education: [['junior_high', 5], ['high_school', 3], ['none', 2]], salary: [3000, 4800], headcount: [5, 30],
  },
  {
    titles: ['食品生产操作工', '核桃加工操作工', '灌装线操作工', '糕点师', '酿酒工'],
    industries: ['green_food'], weight: 4, level: 'operator', family: 'production',
    core: [
      '按照工艺要求操作{equip}，完成{product}的生产。',
      '[执行|落实]食品安全操作规范，保持车间卫生。',
      '负责生产记录的填写和设备清洁。',
      '[配合|协助]品控人员做好过程检验。',
    ],
    skills: ['食品安全', '健康证', 'HACCP', '食品加工'],
    majors: ['食品加工技术', '食品科学与工程', '烹饪工艺与营养'],
    education: [['junior_high', 3], ['high_school', 4], ['secondary_vocational', 3]], salary: [3000, 4800], headcount: [3, 15],
  },
  {
    titles: ['食品研发员', '产品研发专员', '食品工艺工程师'],
    industries: ['green_food'], weight: 1, level: 'engineer', family: 'engineering',
    core: [
      '负责[核桃|野生菌|高原特色果蔬]类新产品的配方和工艺开发。',
      '[组织|完成]小试、中试和试产，编写产品标准。',
      '[跟踪|研究]市场需求，改进现有产品的口感和保质期。',
    ],
    skills: ['食品研发', '配方设计', '感官评价', '食品安全'],
    majors: ['食品科学与工程', '食品质量与安全', '食品生物技术'],
    education: [['bachelor', 6], ['master', 2], ['associate', 2]], salary: [5000, 9000], headcount: [1, 1],
  },
  {
    titles: ['制茶师', '茶叶加工工', '茶艺师'],
    industries: ['green_food'], weight: 1, level: 'operator', family: 'production',
    core: [
      '负责[鲜叶摊青|杀青揉捻|烘干提香]等制茶工序。',
      '根据鲜叶情况调整加工参数，保证茶叶品质稳定。',
      '[参与|负责]茶叶审评和拼配。',
    ],
    skills: ['制茶', '茶叶审评', '茶艺师证'],
    majors: ['茶学', '茶叶生产与加工技术', '园艺'],
    education: [['high_school', 3], ['secondary_vocational', 4], ['associate', 3]], salary: [3500, 6000], headcount: [1, 4],
  },
  {
    titles: ['种植技术员', '农业技术员', '基地技术员', '中药材种植技术员'],
    industries: ['green_food', 'biomedicine'], weight: 2, level: 'technician', family: 'agriculture',
    core: [
      '负责[基地|种植园]的种植技术指导和田间管理。',
      '[制定|落实]病虫害防治和水肥管理方案。',
      '推广[滇重楼|茯苓|核桃|冬早蔬菜]等品种的标准化种植技术。',
      '[统计|记录]产量和品质数据，编写技术总结。',
    ],
    skills: ['种植技术', '病虫害防治', '水肥一体化', '农药安全使用'],
    majors: ['农学', '园艺', '植物保护', '中药材生产与加工', '茶学'],
    education: [['associate', 5], ['bachelor', 4], ['secondary_vocational', 1]], salary: [4000, 6500], headcount: [1, 3],
  },
  {
    titles: ['养殖技术员', '畜牧技术员', '兽医'],
    industries: ['green_food'], weight: 1, level: 'technician', family: 'agriculture', counties: ['532329'],
    core: [
      '负责[壮鸡|生猪|肉牛]养殖的饲养管理和防疫工作。',
      '[制定|执行]免疫程序，做好疫病诊断和治疗。',
      '[指导|培训]养殖户科学养殖。',
    ],
    skills: ['畜禽养殖', '动物防疫', '兽医'],
    majors: ['畜牧兽医', '动物医学', '动物科学'],
    education: [['associate', 6], ['bachelor', 3], ['secondary_vocational', 1]], salary: [4000, 6500], headcount: [1, 2],
  },
  // 绿色化工 ------------------------------------------------------------------------------------
  {
    titles: ['化工操作工', '化工总控工', 'DCS操作员', '外操巡检工', '反应釜操作工'],
    industries: ['green_chemicals'], weight: 5, level: 'operator', family: 'production', counties: ['532302'],
    core: [
      '负责[生产装置|反应釜|精馏系统]的开停车和正常运行操作。',
      '通过DCS系统监控工艺参数，[及时调整|确保工艺指标稳定]。',
      '按时巡检，发现[跑冒滴漏|异常情况]及时处理并上报。',
      '严格执行安全操作规程和危险化学品管理制度。',
      '[认真|准确]填写操作记录和交接班记录。',
    ],
    skills: ['DCS', '化工总控工证', '危化品', '安全生产', '倒班'],
    majors: ['应用化工技术', '化学工程与工艺', '石油化工技术', '精细化工技术'],
    education: [['secondary_vocational', 4], ['associate', 4], ['high_school', 2]], salary: [4500, 7500], headcount: [2, 10],
  },
  {
    titles: ['化工工艺工程师', '工艺技术员', '化工工艺员'],
    industries: ['green_chemicals'], weight: 2, level: 'engineer', family: 'engineering',
    core: [
      '负责[生产装置|车间]工艺技术管理，编制和修订工艺操作规程。',
      '分析工艺数据，[提出|实施]节能降耗和工艺改进措施。',
      '[参与|负责]新项目的工艺设计审查和开车方案编制。',
      '[配合|参与]HAZOP分析和工艺安全管理。',
    ],
    skills: ['化工工艺', 'HAZOP', 'Aspen', 'AutoCAD', 'DCS'],
    majors: ['化学工程与工艺', '应用化学', '精细化工', '环境工程'],
    education: [['bachelor', 6], ['associate', 3], ['master', 1]], salary: [6000, 10000], headcount: [1, 2],
  },
  {
    titles: ['化验员', '分析检验员', '中控化验员'],
    industries: ['green_chemicals', 'new_materials'], weight: 3, level: 'technician', family: 'quality', isAccessible: true,
    core: [
      '负责原料、中间品和成品的[化学分析|仪器分析]。',
      '按照国家标准和企业标准完成[滴定|色谱|光谱]检测。',
      '[及时|准确]报送中控分析数据，指导生产调整。',
      '做好化验室试剂和[危险化学品|易制毒化学品]的管理。',
    ],
    skills: ['化学分析', '气相色谱', '滴定分析', '化验员', '危化品'],
    majors: ['分析检验技术', '应用化学', '化学', '工业分析技术'],
    education: [['associate', 5], ['secondary_vocational', 3], ['bachelor', 2]], salary: [3800, 5800], headcount: [1, 3],
  },
  {
    titles: ['安全员', '安全工程师', 'EHS专员', '安环专员'],
    industries: PRODUCTION_INDUSTRIES, weight: 1, level: 'technician', family: 'office', hasIndustryMajors: true,
    core: [
      '负责公司安全生产管理制度的[落实|监督执行]和隐患排查。',
      '组织员工开展安全教育培训和[应急演练|消防演练]。',
      '审核动火、受限空间等特殊作业票证。',
      '建立安全生产台账，配合安全生产标准化检查。',
    ],
    skills: ['安全员证', '注册安全工程师', '隐患排查', '应急管理', '安全生产标准化'],
    majors: ['安全工程', '化工安全技术', '安全技术与管理', '环境工程'],
    education: [['associate', 5], ['bachelor', 4]], salary: [4500, 8000], headcount: [1, 1],
  },
  {
    titles: ['环保专员', '污水处理操作工', '环保设施运维员'],
    industries: ['green_chemicals', 'modern_services'], weight: 2, level: 'technician', family: 'maintenance',
    core: [
      '负责[污水处理站|废气处理设施]的运行和日常维护。',
      '[监测|记录]排放数据，确保达标排放。',
      '[办理|协助办理]排污许可、环评验收等环保手续。',
    ],
    skills: ['污水处理', '环保', '在线监测', '排污许可'],
    majors: ['环境工程', '环境科学', '给排水科学与工程', '环境工程技术'],
    education: [['associate', 5], ['bachelor', 3], ['secondary_vocational', 2]], salary: [4000, 6500], headcount: [1, 2],
  },
  // 现代服务及通用岗位 --------------------------------------------------------------------------
  {
    titles: ['物流调度员', '运输调度', '配送调度员', '物流专员'],
    industries: ['modern_services', 'green_food', 'biomedicine'], weight: 3, level: 'office', family: 'logistics',
    core: [
      '负责[车辆|运输]调度和配送路线[安排|优化]，确保货物按时送达。',
      '跟踪在途货物，及时处理[异常情况|客户投诉]。',
      '[核对|整理]运单和运费，维护运输台账。',
      '使用[TMS|物流管理系统]录入和查询订单信息。',
    ],
    skills: ['物流调度', 'TMS', 'Excel', '物流管理', '沟通协调'],
    majors: ['现代物流管理', '物流管理', '交通运输', '供应链管理'],
    education: [['associate', 5], ['bachelor', 3], ['high_school', 2]], salary: [4000, 6500], headcount: [1, 2],
  },
  {
    titles: ['仓库管理员', '仓管员', '库管员', '仓储专员', '冷库管理员'],
    industries: 'any', weight: 3, level: 'office', family: 'logistics', isAccessible: true,
    core: [
      '负责物料和成品的[收发存|出入库]管理，确保账物相符。',
      '定期盘点，编制库存报表。',
      '执行先进先出原则，做好库区[5S|6S]管理。',
      '使用[ERP|WMS]系统处理出入库单据。',
    ],
    skills: ['仓库管理', 'ERP', 'WMS', 'Excel', '叉车证'],
    majors: ['现代物流管理', '物流管理', '工商管理'],
    education: [['high_school', 4], ['secondary_vocational', 3], ['associate', 3]], salary: [3300, 5000], headcount: [1, 2],
  },
  {
    titles: ['叉车司机', '叉车工', '叉车驾驶员'],
    industries: 'any', weight: 2, level: 'operator', family: 'logistics',
    core: [
      '持有效[叉车证|特种设备作业人员证（叉车）]，能熟练驾驶叉车。',
      '负责[原料|成品|货物]的装卸、搬运和码放。',
      '做好叉车的日常[检查|点检]和保养，确保安全行驶。',
      '配合仓管员完成[盘点|出入库]作业。',
    ],
    skills: ['叉车证', '叉车', '装卸', '安全驾驶'],
    majors: [],
    education: [['junior_high', 4], ['high_school', 4], ['secondary_vocational', 2]], salary: [3800, 6000], headcount: [1, 4],
  },
  {
    titles: ['货车司机', '配送司机', 'A2司机', '冷链车司机'],
    industries: ['modern_services', 'green_food', 'new_materials'], weight: 2, level: 'operator', family: 'logistics',
    core: [
      '负责公司货物的[长途运输|市内配送|省内运输]。',
      '[持有|具有]A2或B2驾驶证和道路运输从业资格证。',
      '做好车辆日常检查和保养，[按时|如期]完成配送任务。',
    ],
    skills: ['A2驾照', 'B2驾照', '道路运输从业资格证', '安全驾驶'],
    majors: [],
    education: [['junior_high', 5], ['high_school', 5]], salary: [5000, 8500], headcount: [1, 4],
  },
  {
    titles: ['电商运营', '电商运营专员', '网店运营', '天猫运营', '抖音电商运营', '电商运营主管'],
    industries: ['modern_services', 'green_food'], weight: 4, level: 'office', family: 'digital', isAccessible: true,
    core: [
      '负责公司[天猫|京东|拼多多|抖音]店铺的日常运营和[商品上架|活动策划]。',
      '策划执行店铺促销活动，提升店铺流量和转化率。',
      '分析[运营数据|销售数据]，优化产品结构和推广策略。',
      '推广[高原特色农产品|云南野生菌|核桃产品|彝族特色食品]，拓展线上销售渠道。',
    ],
    skills: ['电商运营', '淘宝运营', '抖音运营', '拼多多', '数据分析', 'Excel', 'PS'],
    majors: ['电子商务', '市场营销', '网络与新媒体', '国际经济与贸易'],
    education: [['associate', 6], ['bachelor', 4]], salary: [4000, 8000], headcount: [1, 3],
  },
  {
    titles: ['带货主播', '直播运营', '新媒体运营', '短视频运营'],
    industries: ['modern_services', 'green_food'], weight: 2, level: 'office', family: 'digital',
    core: [
      '负责[抖音|快手|视频号]直播间的[直播带货|运营和场控]。',
      '策划和拍摄短视频，[撰写|编辑]文案。',
      '[运营|维护]公司微信公众号和视频号，提升粉丝量。',
      '[参与|配合]楚雄州直播带岗和农产品推介活动。',
    ],
    skills: ['直播带货', '短视频剪辑', '剪映', '新媒体运营', '文案策划'],
    majors: ['网络与新媒体', '电子商务', '播音与主持艺术', '新闻学'],
    education: [['associate', 6], ['bachelor', 3], ['high_school', 1]], salary: [4000, 9000], headcount: [1, 2],
  },
  {
    titles: ['电商客服', '客服专员', '售后客服', '在线客服'],
    industries: ['modern_services', 'green_food'], weight: 3, level: 'office', family: 'office', isAccessible: true,
    employment: [['full_time', 8], ['part_time', 2]],
    core: [
      '通过[千牛|抖店|电话]等渠道解答客户咨询，跟进订单问题。',
      '处理售后退换货和投诉，[维护|提升]店铺评分。',
      '记录整理客户反馈，配合运营优化服务。',
    ],
    skills: ['客服', '普通话', 'Office', '打字快'],
    majors: ['电子商务', '市场营销'],
    education: [['high_school', 3], ['secondary_vocational', 3], ['associate', 4]], salary: [3000, 4500], headcount: [1, 5],
  },
  {
    titles: ['人力资源专员', '人事专员', '人力资源主管', '人事行政专员'],
    industries: 'any', weight: 3, level: 'office', family: 'office', isAccessible: true,
    core: [
      '负责[招聘需求|岗位需求]收集、简历筛选和面试安排。',
      '办理员工入职、离职、转正等手续，管理员工档案。',
      '[负责|协助]员工社保、公积金的[申报|缴纳]和考勤统计。',
      '参与校园招聘和[招聘会|人才交流会]，拓展招聘渠道。',
      '[核算|协助核算]员工工资和绩效，处理劳动关系问题。',
    ],
    skills: ['招聘', '人力资源', '薪酬核算', '社保公积金', '劳动法', 'Excel', '人力资源管理师'],
    majors: ['人力资源管理', '工商管理', '行政管理', '劳动与社会保障', '心理学'],
    education: [['bachelor', 5], ['associate', 5]], salary: [3800, 7000], headcount: [1, 1],
  },
  {
    titles: ['招聘专员', '招聘主管', '校园招聘专员'],
    industries: 'any', weight: 1.5, level: 'office', family: 'office', isAccessible: true,
    core: [
      '根据各部门用人需求制定招聘计划，[发布|更新]招聘信息。',
      '负责简历筛选、电话邀约和面试安排，跟进录用和入职。',
      '[组织|参与]校园招聘会和[春季大型现场招聘会|人才交流会]，维护院校关系。',
      '[建立|维护]人才库，统计分析招聘数据。',
    ],
    skills: ['招聘', '面试技巧', '人力资源', 'Excel', '沟通能力'],
    majors: ['人力资源管理', '工商管理', '心理学', '行政管理'],
    education: [['associate', 6], ['bachelor', 4]], salary: [3800, 6500], headcount: [1, 1],
  },
  {
    titles: ['薪酬绩效专员', '薪酬专员', '劳务派遣专员'],
    industries: ['modern_services', 'biomedicine', 'new_materials', 'advanced_manufacturing'], weight: 0.8, level: 'office', family: 'office', isAccessible: true,
    core: [
      '负责员工[考勤统计|工时核对]和月度工资核算。',
      '办理员工社保、公积金的增减员和[缴纳|申报]。',
      '[协助|参与]绩效考核方案的制定和实施，[整理|汇总]考核结果。',
      '[解答|处理]员工薪酬福利方面的咨询。',
    ],
    skills: ['薪酬核算', '社保公积金', '绩效管理', 'Excel', '劳动法'],
    majors: ['人力资源管理', '劳动与社会保障', '会计学'],
    education: [['associate', 5], ['bachelor', 5]], salary: [3800, 6500], headcount: [1, 1],
  },
  {
    titles: ['会计', '财务会计', '成本会计', '总账会计', '税务会计'],
    industries: 'any', weight: 3, level: 'office', family: 'office', isAccessible: true,
    core: [
      '负责公司日常账务处理，[编制|审核]记账凭证。',
      '编制月度、年度财务报表，完成纳税申报。',
      '负责成本核算和[费用|存货]分析，提供财务分析报告。',
      '[负责|参与]年度预算编制和[资金计划|费用控制]。',
      '配合[审计|税务检查]工作，整理保管会计档案。',
    ],
    skills: ['金蝶', '用友', '初级会计职称', '税务申报', 'Excel', '中级会计职称'],
    majors: ['会计学', '财务管理', '大数据与会计', '审计学'],
    education: [['associate', 5], ['bachelor', 5]], salary: [3800, 7000], headcount: [1, 1],
  },
  {
    titles: ['出纳', '出纳员'],
    industries: 'any', weight: 1, level: 'office', family: 'office', isAccessible: true,
    core: [
      '办理现金收付和银行结算业务，登记现金和银行存款日记账。',
      '[保管|管理]现金、票据和有关印章，做好[日清月结|月末对账]。',
      '[负责|协助]办理发票领购、报销单据审核等工作。',
    ],
    skills: ['出纳', '网银操作', 'Excel', '金蝶', '初级会计职称'],
    majors: ['会计学', '财务管理', '大数据与会计'],
    education: [['associate', 7], ['bachelor', 2], ['secondary_vocational', 1]], salary: [3000, 4800], headcount: [1, 1],
  },
  {
    titles: ['行政文员', '行政专员', '办公室文员', '行政助理', '综合办公室专员'],
    industries: 'any', weight: 3, level: 'office', family: 'office', isAccessible: true,
    core: [
      '负责[公文|文件]的起草、收发和归档。',
      '做好会议组织、会议记录和来访接待工作。',
      '管理办公用品[采购|领用]和固定资产登记。',
      '协助办理[证照|资质]年检和行政后勤事务。',
    ],
    skills: ['Office', 'Word', 'Excel', '公文写作', 'PPT'],
    majors: ['行政管理', '汉语言文学', '文秘', '工商管理'],
    education: [['associate', 6], ['bachelor', 3], ['secondary_vocational', 1]], salary: [3000, 5000], headcount: [1, 1],
  },
  {
    titles: ['销售代表', '销售经理', '客户经理', '区域销售经理', '业务员', '销售内勤', '大客户经理'],
    industries: 'any', weight: 4, level: 'office', family: 'sales',
    core: [
      '负责[区域|片区]市场开发和客户关系维护，完成销售目标。',
      '收集市场信息和竞争对手动态，[制定|执行]销售计划。',
      '[跟进|负责]合同签订、发货和回款。',
      '参加[展会|行业交流会|招商活动]，开拓新客户。',
      '向客户介绍{product}，提供技术咨询和售后服务。',
    ],
    skills: ['销售', '市场开拓', '客户管理', 'C1驾照', '商务谈判', 'CRM'],
    majors: ['市场营销', '工商管理', '国际经济与贸易'],
    education: [['associate', 6], ['bachelor', 3], ['high_school', 1]], salary: [4000, 9000], headcount: [1, 4],
  },
  {
    titles: ['Java开发工程师', 'Java后端开发工程师', '高级Java开发工程师'],
    industries: ['modern_services'], weight: 2, level: 'engineer', family: 'digital', isAccessible: true,
    core: [
      '负责[企业数字化平台|ERP系统|工业互联网平台]后端功能的设计与开发。',
      '使用Java、Spring Boot和MySQL完成[接口开发|业务模块开发]。',
      '参与系统需求分析、数据库设计和[性能优化|代码评审]。',
      '编写技术文档，配合测试完成[联调|上线部署]。',
    ],
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Linux', 'Git'],
    majors: ['计算机科学与技术', '软件工程', '网络工程', '软件技术', '数据科学与大数据技术'],
    education: [['bachelor', 6], ['associate', 4]], salary: [6000, 12000], headcount: [1, 3],
  },
  {
    titles: ['前端开发工程师', 'Web前端工程师', '小程序开发工程师'],
    industries: ['modern_services'], weight: 1, level: 'engineer', family: 'digital', isAccessible: true,
    core: [
      '负责[Web|微信小程序|移动端H5]页面的开发和维护。',
      '使用Vue或React框架实现交互功能，[保证|提升]页面性能。',
      '与后端工程师配合完成接口联调。',
    ],
    skills: ['Vue', 'JavaScript', 'TypeScript', 'HTML5', '微信小程序'],
    majors: ['计算机科学与技术', '软件工程', '软件技术', '数字媒体技术'],
    education: [['bachelor', 5], ['associate', 5]], salary: [5500, 10000], headcount: [1, 2],
  },
  {
    titles: ['网络管理员', 'IT运维专员', '信息管理员', '运维工程师'],
    industries: 'any', weight: 1, level: 'technician', family: 'digital', isAccessible: true,
    core: [
      '负责公司服务器、网络设备和办公电脑的日常运维。',
      '处理网络和系统故障，做好[数据备份|网络安全防护]。',
      '[维护|管理]ERP、OA等信息系统的账号和权限。',
    ],
    skills: ['Linux', '网络维护', 'Windows Server', '华为认证', 'Docker'],
    majors: ['计算机网络技术', '网络工程', '计算机科学与技术', '计算机应用技术'],
    education: [['associate', 6], ['bachelor', 4]], salary: [4500, 8000], headcount: [1, 1],
  },
  {
    titles: ['检测员', '环境检测员', '检验检测工程师', '采样员'],
    industries: ['modern_services'], weight: 2, level: 'technician', family: 'quality',
    core: [
      '负责[水质|土壤|食品|药品]样品的采集和检测。',
      '按照CMA资质要求规范检测流程，出具检测报告。',
      '[维护|校准]检测仪器，[参与|配合]实验室能力验证。',
    ],
    skills: ['CMA', '检验检测', '气相色谱', '原子吸收', '采样'],
    majors: ['环境工程', '分析检验技术', '食品质量与安全', '药学', '化学'],
    education: [['associate', 5], ['bachelor', 5]], salary: [4000, 7000], headcount: [1, 3],
  },
  {
    titles: ['项目申报专员', '知识产权专员', '科技咨询顾问'],
    industries: ['modern_services'], weight: 1, level: 'office', family: 'office', isAccessible: true,
    core: [
      '[负责|协助]企业申报[高新技术企业|科技型中小企业|专精特新]认定。',
      '撰写项目申报书和可行性研究报告。',
      '[办理|跟进]专利、商标申请和知识产权贯标。',
    ],
    skills: ['项目申报', '知识产权', '专利代理', '文案写作'],
    majors: ['知识产权', '法学', '工商管理', '汉语言文学'],
    education: [['bachelor', 7], ['associate', 3]], salary: [4000, 8000], headcount: [1, 2],
  },
  {
    titles: ['生产实习生', '研发实习生', '财务实习生', '电商运营实习生', '质量管理实习生', '管理培训生', '技术实习生'],
    industries: 'any', weight: 2, level: 'intern', family: 'office', isAccessible: true, hasIndustryMajors: true,
    employment: [['internship', 1]],
    core: [
      '[参与|协助]所在部门的日常工作，在导师指导下完成分配的任务。',
      '学习[岗位操作规程|产品知识和业务流程]，按时提交实习周报。',
      '实习期间提供[住宿和实习补贴|实习补贴和工作餐]，表现优秀者可留用。',
      '面向[2023届|2024届]高校毕业生，专业对口者优先。',
    ],
    skills: ['Office', '学习能力', '沟通能力'],
    majors: ['会计学', '市场营销'],
    education: [['associate', 5], ['bachelor', 5]], salary: [2000, 3500], headcount: [1, 6],
  },
  {
    titles: ['食堂厨师', '厨师', '帮厨'],
    industries: 'any', weight: 0.5, level: 'operator', family: 'service',
    core: [
      '负责员工食堂[早、中、晚餐|一日三餐]的制作。',
      '[制定|安排]每周菜谱，[做好|负责]食材验收和成本控制。',
      '[保持|负责]厨房清洁卫生，严格执行食品安全操作规范。',
    ],
    skills: ['健康证', '中式烹调', '厨师证'],
    majors: [],
    education: [['none', 2], ['junior_high', 5], ['high_school', 2], ['secondary_vocational', 1]], salary: [2800, 4500], headcount: [1, 2],
  },
  {
    titles: ['保洁员', '宿舍管理员'],
    industries: 'any', weight: 0.3, level: 'operator', family: 'service', isAccessible: true,
    core: [
      '负责[办公区|厂区公共区域|员工宿舍]的日常清洁。',
      '[做好|负责]垃圾分类和清运，保持环境整洁。',
      '[发现|遇到]设施损坏及时报修。',
    ],
    skills: ['保洁', '垃圾分类', '健康证'],
    majors: [],
    education: [['none', 4], ['junior_high', 5], ['high_school', 1]], salary: [2300, 3200], headcount: [1, 3],
  },
  {
    titles: ['保安', '门卫', '安保员'],
    industries: 'any', weight: 0.4, level: 'operator', family: 'service',
    core: [
      '[做好|负责]门岗值守、来访登记和车辆出入管理。',
      '按时巡查厂区，[做好|落实]防火、防盗等安全防范。',
      '[遇到|发现]突发情况及时报告并协助处置。',
    ],
    skills: ['保安员证', '消防设施操作', '安全巡查'],
    majors: [],
    education: [['junior_high', 5], ['high_school', 4], ['none', 1]], salary: [2600, 3800], headcount: [1, 3],
  },
];

// ---------------------------------------------------------------------------------------------
// Places and time

const ZONE_REGION = '532301';
/** 楚雄州's other counties and cities, roughly by how much work they post. */
const COUNTY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['532302', 5], ['532324', 2], ['532326', 2], ['532329', 2], ['532322', 1], ['532323', 1], ['532325', 1], ['532327', 1], ['532328', 1],
];
const SITE_NAMES: Record<string, string> = {
  '532302': '禄丰', '532322': '双柏', '532323': '牟定', '532324': '南华', '532325': '姚安', '532326': '大姚', '532327': '永仁', '532328': '元谋', '532329': '武定',
};

/** Postings per month of 2023: the spring hiring season after 春节, graduates in summer, autumn campus fairs. */
const MONTHS = new WeightedTable([5, 12, 13, 10, 9, 9, 8, 7, 9, 6, 7, 5].map((w, month) => [month, w] as const));
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function publicationTime(rng: Rng): Date {
  const month = MONTHS.pick(rng);
  const days = new Date(Date.UTC(2023, month + 1, 0)).getUTCDate();
  for (;;) {
    const day = rng.int(1, days);
    // Working hours in 楚雄 (UTC+8): 09:00–18:00 is 01:00–10:00 UTC.
    const date = new Date(Date.UTC(2023, month, day, rng.int(1, 9), rng.int(0, 59), rng.int(0, 59)));
    const weekday = new Date(date.getTime() + 8 * HOUR_MS).getUTCDay();
    if ((weekday !== 0 && weekday !== 6) || rng.chance(0.1)) return date;
  }
}

function shanghaiDate(date: Date): string {
  return new Date(date.getTime() + 8 * HOUR_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// One position

const EDUCATION_PHRASE: Record<EducationLevel, string> = {
  none: '',
  junior_high: '初中及以上学历',
  high_school: '高中及以上学历',
  secondary_vocational: '中专及以上学历',
  associate: '大专及以上学历',
  bachelor: '本科及以上学历',
  master: '硕士研究生及以上学历',
  doctorate: '博士研究生学历',
};
const EDUCATION_PAY: Record<EducationLevel, number> = {
  none: 0.95, junior_high: 0.95, high_school: 1, secondary_vocational: 1, associate: 1, bachelor: 1.08, master: 1.2, doctorate: 1.35,
};

function requirementSentence(rng: Rng, education: EducationLevel, majors: string[], experience: number): string | null {
  const parts: string[] = [];
  if (EDUCATION_PHRASE[education]) parts.push(EDUCATION_PHRASE[education]);
  if (majors.length > 0) parts.push(`${majors.join('、')}等相关专业`);
  if (experience > 0) parts.push(rng.pick([`${experience}年以上相关工作经验`, `有${experience}年以上同岗位经验`]));
  else if (rng.chance(0.3)) parts.push(rng.pick(['接受应届毕业生', '无经验可培训上岗']));
  if (parts.length === 0) return null;
  return `${rng.pick(['要求', '任职要求：', ''])}${parts.join('，')}。`;
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function salaryRange(rng: Rng, role: Role, education: EducationLevel, experience: number): [number | null, number | null] {
  if (rng.chance(0.04)) return [null, null];
  const factor = EDUCATION_PAY[education] * (1 + 0.03 * Math.min(experience, 8)) * (0.88 + 0.24 * rng.next());
  const step = rng.chance(0.7) ? 500 : 100;
  const min = Math.max(2000, roundTo(role.salary[0] * factor, step));
  if (rng.chance(0.03)) return [min, null];
  const max = Math.max(min + 500, roundTo(role.salary[1] * factor * (0.9 + 0.2 * rng.next()), step));
  return [min, Math.min(max, 20000)];
}

function experienceYears(rng: Rng, role: Role, education: EducationLevel): number {
  if (role.level === 'intern') return 0;
  if (rng.chance(0.35)) return 0;
  const most = role.level === 'manager' ? 8 : role.level === 'engineer' ? 5 : role.level === 'operator' ? 2 : 3;
  const least = role.level === 'manager' ? 3 : 1;
  return education === 'master' || education === 'doctorate' ? rng.int(0, 2) : rng.int(least, most);
}

function title(rng: Rng, role: Role, region: string): string {
  let text = rng.pick(role.titles);
  if (role.level === 'engineer' && rng.chance(0.15)) text = (rng.chance(0.5) ? '高级' : '助理') + text;
  if (role.level === 'operator' && rng.chance(0.1)) text += '（倒班）';
  else if (SITE_NAMES[region] && rng.chance(0.15)) text += `（${SITE_NAMES[region]}基地）`;
  else if ((role.level === 'engineer' || role.level === 'technician') && rng.chance(0.06)) text += '（2024届校招）';
  else if (rng.chance(0.04)) text += '（急招）';
  return text;
}

function duties(rng: Rng, role: Role, context: IndustryContext, requirement: string | null): string {
  // Role duties first in their natural order (an intern's allowance comes after the work), then the family's.
  const sentences = rng.subset(role.core, rng.int(2, 3)).map((s) => expand(rng, s, context));
  sentences.push(...rng.sample(FAMILIES[role.family], rng.int(1, 2)).map((s) => expand(rng, s, context)));
  if (requirement && rng.chance(0.45)) sentences.push(requirement);
  if (rng.chance(0.55)) sentences.push(expand(rng, rng.pick(GENERAL), context));
  const kept = sentences.slice(0, 6);
  // Some HR staff number their duties, most write them as one paragraph.
  return rng.chance(0.25) ? kept.map((s, i) => `${i + 1}. ${s}`).join('\n') : kept.join('');
}

function rolesFor(industry: Industry): WeightedTable<Role> {
  const isEnterprise = industry in CONTEXT && industry !== 'other';
  return new WeightedTable(
    ROLES.flatMap((role) => {
      if (role.industries === 'any') return [[role, isEnterprise && industry !== 'modern_services' ? role.weight * 0.5 : role.weight] as const];
      return role.industries.includes(industry as EnterpriseIndustry) ? [[role, role.weight] as const] : [];
    }),
  );
}

function defaultOrganisations(): DemoPositionOrganisation[] {
  return generateDemoOrganisations()
    .filter((org) => org.type === 'enterprise')
    .map((org) => ({ name: org.name, industry: org.industry, regionCode: org.regionCode }));
}

/**
 * `count` published positions of 2023, posted by `organisations` (by default the demo enterprises),
 * each organisation getting roles of its industry plus general ones (会计, 电工, 实习生 …).
 */
export function generateDemoPositions(
  count: number,
  seed: number = DEMO_POSITIONS_SEED,
  organisations: readonly DemoPositionOrganisation[] = defaultOrganisations(),
): DemoPosition[] {
  if (organisations.length === 0) throw new RangeError('positions need at least one organisation');
  const rng = new Rng(seed);
  // Busier enterprises post more: a fixed, seeded activity weight per organisation.
  const activity = new WeightedTable(organisations.map((_, i) => [i, 0.3 + rng.next() * rng.next() * 4] as const));
  const rolesByIndustry = new Map<Industry, WeightedTable<Role>>();
  const positions: DemoPosition[] = [];
  while (positions.length < count) {
    const orgIndex = activity.pick(rng);
    const org = organisations[orgIndex]!;
    let roles = rolesByIndustry.get(org.industry);
    if (!roles) {
      roles = rolesFor(org.industry);
      rolesByIndustry.set(org.industry, roles);
    }
    const role = roles.pick(rng);
    const context = CONTEXT[(org.industry in CONTEXT ? org.industry : 'other') as keyof typeof CONTEXT];

    const home = org.regionCode ?? ZONE_REGION;
    const region =
      role.counties && rng.chance(0.3)
        ? rng.pick(role.counties)
        : rng.chance(0.88)
          ? home
          : rng.chance(0.5)
            ? ZONE_REGION
            : rng.weighted(COUNTY_WEIGHTS);

    const education = rng.weighted(role.education);
    const isLowEducation = education === 'none' || education === 'junior_high' || education === 'high_school';
    const majorPool = role.hasIndustryMajors ? [...new Set([...role.majors, ...context.majors])] : role.majors;
    const majors = majorPool.length === 0 || (isLowEducation && rng.chance(0.8)) ? [] : rng.sample(majorPool, rng.int(1, 3));
    const experience = experienceYears(rng, role, education);
    const skills = rng.sample(role.skills, rng.int(2, Math.min(5, role.skills.length)));
    const [salaryMin, salaryMax] = salaryRange(rng, role, education, experience);
    const headcount = rng.int(role.headcount[0], role.headcount[1]);
    const isDisabilityFriendly = rng.chance(role.isAccessible ? 0.17 : 0.02);
    const accommodation = isDisabilityFriendly ? rng.sample(ACCOMMODATIONS, rng.int(1, 2)).join('') : null;
    const employmentType = role.employment ? rng.weighted(role.employment) : rng.chance(0.03) ? 'part_time' : 'full_time';

    const publishedAt = publicationTime(rng);
    const submittedAt = new Date(publishedAt.getTime() - rng.int(2, 72) * HOUR_MS);
    const createdAt = new Date(submittedAt.getTime() - rng.int(1, 240) * HOUR_MS);
    const closingOn = shanghaiDate(new Date(publishedAt.getTime() + rng.int(30, 90) * DAY_MS));

    positions.push({
      organisationIndex: orgIndex,
      organisationName: org.name,
      title: title(rng, role, region),
      duties: duties(rng, role, context, requirementSentence(rng, education, majors, experience)),
      headcount,
      filledCount: rng.chance(0.2) ? rng.int(0, headcount - 1) : 0,
      educationLevel: education,
      majors,
      skills,
      experienceYears: experience,
      regionCode: region,
      salaryMin,
      salaryMax,
      employmentType,
      isDisabilityFriendly,
      accommodation,
      closingOn,
      status: 'published',
      source: rng.chance(0.1) ? 'visit' : 'enterprise',
      createdAt,
      submittedAt,
      publishedAt,
      updatedAt: publishedAt,
    });
  }
  return positions;
}
