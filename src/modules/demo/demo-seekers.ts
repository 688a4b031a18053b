import { idNumberCheckChar } from '../../platform/id-number';
import type { ConsultationTopic } from '../consultations/consultations.codes';
import type { EducationLevel } from '../positions/positions.codes';
import type { ConsentPurpose, DisabilityCategory } from '../talent/talent.codes';
import type { EducationEntry, ExperienceEntry } from '../talent/talent.table';
import { Rng } from './random';

// Demo job seekers of the Chuxiong High-tech Zone talent pool and the career consultations of a
// year. Pure and seeded: the same options always give the same records. Schools are real
// institutions of Yunnan (the article names several); every person, ID number, phone number,
// e-mail address and employer is invented. ID numbers carry correct GB 11643 check characters.

export const DEMO_SEEKERS_SEED = 20230601;
export const DEMO_CONSULTATIONS_SEED = 20230702;
/** The article's "700余" distinct seekers consulted in 2023 (700–799): the value the demo uses. */
export const DEMO_SEEKERS_CONSULTED_2023 = 736;
export const DEMO_CONSULTATIONS_2023 = 1034;

export type DemoSeeker = {
  key: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  phone: string;
  email: string | null;
  educationLevel: EducationLevel;
  school: string | null;
  major: string | null;
  graduationOn: string | null;
  education: EducationEntry[];
  experience: ExperienceEntry[];
  skills: string[];
  experienceYears: number;
  preferredRegions: string[];
  expectedSalaryMin: number;
  expectedSalaryMax: number;
  availableFrom: string | null;
  summary: string | null;
  /** How the résumé reached the pool: captured at a fair, imported from a fair's file, or a walk-in. */
  source: 'fair' | 'import' | 'walk_in';
  /** Consents the seeker gave; `sensitive_disability` exactly when `disability` is set. */
  consents: Exclude<ConsentPurpose, 'share_with_organisation'>[];
  disability: { hasDisability: true; category: DisabilityCategory; accommodation: string } | null;
};

export type DemoConsultation = {
  /** Index into the seekers the consultations are generated for. */
  seekerIndex: number;
  heldOn: string;
  topic: ConsultationTopic;
  notes: string;
  followUpOn: string | null;
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Names: Han and Yi surnames of Chuxiong, weighted roughly as they occur in the prefecture.

const SURNAMES: readonly (readonly [string, number])[] = [
  ['李', 11], ['杨', 8], ['张', 7], ['王', 5], ['罗', 5], ['普', 4], ['陈', 4], ['刘', 4], ['赵', 3], ['杞', 2.5],
  ['周', 2], ['何', 2], ['鲁', 2], ['段', 2], ['马', 2], ['朱', 2], ['黄', 2], ['苏', 1.5], ['施', 1.5], ['胡', 1.5],
  ['高', 1.5], ['吴', 1.5], ['毕', 1], ['者', 1], ['起', 1], ['自', 1], ['字', 1], ['徐', 1], ['孙', 1], ['钱', 1],
  ['许', 1], ['尹', 1], ['彭', 1], ['方', 1], ['邓', 1], ['郭', 1], ['龙', 1], ['熊', 1], ['余', 1], ['夏', 0.5],
  ['沈', 0.5], ['鲍', 0.5], ['唐', 0.8], ['番', 0.5], ['常', 0.5],
];

const GIVEN_MALE_OLDER = ['国', '建', '平', '军', '华', '明', '勇', '强', '林', '荣', '兴', '德', '光', '成', '金', '永', '正', '春', '学', '忠'];
const GIVEN_MALE_YOUNGER = ['杰', '俊', '涛', '浩', '宇', '磊', '鹏', '超', '峰', '云', '龙', '博', '文', '晨', '子', '轩', '凯', '航', '睿', '阳'];
const GIVEN_FEMALE_OLDER = ['丽', '芳', '燕', '红', '秀', '英', '梅', '兰', '琴', '萍', '霞', '桂', '凤', '玲', '娟', '艳', '春', '珍', '琼', '敏'];
const GIVEN_FEMALE_YOUNGER = ['婷', '静', '雪', '佳', '欣', '雨', '琳', '颖', '倩', '洁', '媛', '思', '梦', '瑶', '露', '月', '晓', '慧', '怡', '悦'];

function personName(rng: Rng, gender: 'male' | 'female', birthYear: number): string {
  const isYounger = birthYear >= 1990;
  const primary =
    gender === 'male' ? (isYounger ? GIVEN_MALE_YOUNGER : GIVEN_MALE_OLDER) : isYounger ? GIVEN_FEMALE_YOUNGER : GIVEN_FEMALE_OLDER;
  const secondary = gender === 'male' ? [...GIVEN_MALE_OLDER, ...GIVEN_MALE_YOUNGER] : [...GIVEN_FEMALE_OLDER, ...GIVEN_FEMALE_YOUNGER];
  const surname = rng.weighted(SURNAMES);
  if (rng.chance(0.22)) return surname + rng.pick(primary);
  const first = rng.pick(rng.chance(0.7) ? primary : secondary);
  let second = rng.pick(secondary);
  while (second === first) second = rng.pick(secondary);
  return surname + first + second;
}

// ---------------------------------------------------------------------------------------------
// Places: 楚雄彝族自治州 counties. ID numbers keep the code of first registration, so people
// born before 2021 in 禄丰 carry the old county code 532331, not today's 532302.

const ID_REGIONS: readonly (readonly [string, number])[] = [
  ['532301', 30], ['532331', 10], ['532322', 5], ['532323', 6], ['532324', 7], ['532325', 5],
  ['532326', 8], ['532327', 4], ['532328', 6], ['532329', 7],
];
const PREFERRED_REGIONS: readonly (readonly [string, number])[] = [
  ['532301', 40], ['532300', 12], ['532302', 8], ['532324', 4], ['532326', 3], ['532328', 3], ['532329', 3],
  ['532323', 2], ['532325', 2], ['532322', 2], ['532327', 1], ['530100', 4],
];
const COUNTY_SCHOOL_PREFIXES = ['楚雄', '禄丰', '双柏', '牟定', '南华', '姚安', '大姚', '永仁', '元谋', '武定'];
const TOWNS = ['东瓜镇', '吕合镇', '子午镇', '紫溪镇', '苍岭镇', '妥甸镇', '共和镇', '龙川镇', '金山镇', '光禄镇', '黄瓜园镇', '狮山镇', '近城镇', '中屯镇'];

// ---------------------------------------------------------------------------------------------
// Schools, majors and the skills that go with them

const MAJOR_SKILLS: Record<string, readonly string[]> = {
  药学: ['药品检验', 'HPLC', 'GMP', '药事管理', '药物分析'],
  中药学: ['中药鉴定', '中药炮制', 'GMP', '中药调剂'],
  药品生产技术: ['GMP', '制剂工艺', '设备操作', '洁净区管理'],
  护理: ['护士执业资格', '静脉输液', '急救护理', '健康宣教'],
  护理学: ['护士执业资格', '重症护理', '急救护理'],
  医学检验技术: ['临床检验', '生化分析', '微生物检验'],
  临床医学: ['临床诊疗', '执业医师资格', '病历书写'],
  康复治疗技术: ['康复评定', '运动疗法', '物理治疗'],
  化学: ['化学分析', 'HPLC', '实验室管理', '仪器分析'],
  应用化工技术: ['化工操作', 'DCS 操作', '安全生产', '化验分析'],
  化学工程与工艺: ['化工工艺', 'Aspen Plus', '安全生产', 'AutoCAD'],
  材料科学与工程: ['材料检测', 'XRD', 'SEM', 'Origin'],
  冶金工程: ['冶金工艺', '质量控制', '安全生产'],
  机电一体化技术: ['PLC', '电工证', 'AutoCAD', '设备维修'],
  电气自动化技术: ['PLC', '电工证', '变频器调试', '电气识图'],
  工业机器人技术: ['工业机器人编程', 'PLC', '视觉检测'],
  数控技术: ['数控编程', '数控车床', 'AutoCAD', 'Mastercam'],
  机械设计制造及其自动化: ['SolidWorks', 'AutoCAD', '机械设计', '公差配合'],
  汽车检测与维修技术: ['汽车维修', '故障诊断', '驾驶证 C1'],
  食品科学与工程: ['食品检验', 'HACCP', '食品安全管理', '微生物检验'],
  食品检验检测技术: ['食品检验', '微生物检验', '理化检验'],
  农学: ['作物栽培', '农技推广', '植保'],
  园艺: ['园艺栽培', '温室管理', '花卉种植'],
  茶学: ['茶叶加工', '茶艺师', '茶叶审评'],
  动物医学: ['动物诊疗', '畜牧兽医', '疫病防控'],
  计算机科学与技术: ['Java', 'MySQL', 'Linux', 'Python'],
  软件技术: ['Java', 'Vue', 'MySQL', 'HTML/CSS'],
  电子商务: ['网店运营', '直播带货', 'Photoshop', '短视频剪辑'],
  财务管理: ['初级会计职称', '用友 U8', 'Excel', '税务申报'],
  大数据与会计: ['初级会计职称', '金蝶 KIS', 'Excel'],
  市场营销: ['市场调研', '客户管理', '商务谈判'],
  人力资源管理: ['招聘', '薪酬核算', '劳动法', '社保办理'],
  物流管理: ['仓储管理', 'WMS', '叉车证'],
  汉语言文学: ['公文写作', '普通话二级甲等', '新媒体写作'],
  英语: ['英语专业八级', '翻译', '英语教学'],
  学前教育: ['幼儿教师资格证', '钢琴', '儿童心理'],
  旅游管理: ['导游证', '酒店管理', '英语口语'],
  数学与应用数学: ['数学建模', '教师资格证', 'Python'],
  电工: ['低压电工证', '电气安装', '电气识图'],
  焊接加工: ['焊工证', '氩弧焊', '二氧化碳保护焊'],
  汽车运用与维修: ['汽车维修', '驾驶证 C1'],
  中式烹调: ['中式烹调师', '食品安全'],
  药剂: ['药品调剂', '药品营销', 'GSP'],
};

type School = { name: string; levels: readonly EducationLevel[]; majors: readonly string[]; weight: number };

const SCHOOLS: readonly School[] = [
  { name: '楚雄师范学院', levels: ['bachelor'], majors: ['化学', '计算机科学与技术', '汉语言文学', '英语', '学前教育', '财务管理', '旅游管理', '数学与应用数学'], weight: 14 },
  { name: '大理大学', levels: ['bachelor', 'master'], majors: ['药学', '临床医学', '护理学', '化学', '计算机科学与技术'], weight: 6 },
  { name: '云南农业大学', levels: ['bachelor', 'master'], majors: ['食品科学与工程', '农学', '园艺', '茶学', '动物医学'], weight: 5 },
  { name: '昆明理工大学', levels: ['bachelor', 'master'], majors: ['材料科学与工程', '冶金工程', '化学工程与工艺', '机械设计制造及其自动化'], weight: 5 },
  { name: '云南中医药大学', levels: ['bachelor', 'master'], majors: ['中药学', '药学'], weight: 3 },
  { name: '云南大学', levels: ['bachelor', 'master', 'doctorate'], majors: ['化学', '计算机科学与技术', '市场营销'], weight: 2 },
  { name: '云南财经大学', levels: ['bachelor'], majors: ['财务管理', '市场营销', '人力资源管理', '物流管理'], weight: 3 },
  { name: '楚雄医药高等专科学校', levels: ['associate'], majors: ['护理', '药学', '中药学', '医学检验技术', '康复治疗技术', '药品生产技术'], weight: 14 },
  { name: '昆明工业职业技术学院', levels: ['associate'], majors: ['机电一体化技术', '电气自动化技术', '工业机器人技术', '数控技术', '汽车检测与维修技术', '应用化工技术'], weight: 9 },
  { name: '云南农业职业技术学院', levels: ['associate'], majors: ['食品检验检测技术', '园艺', '电子商务'], weight: 4 },
  { name: '云南紫溪职业技术学院', levels: ['associate'], majors: ['电子商务', '大数据与会计', '学前教育', '软件技术'], weight: 5 },
  { name: '楚雄鹿城技工学校', levels: ['secondary_vocational'], majors: ['电工', '焊接加工', '汽车运用与维修', '中式烹调'], weight: 6 },
  { name: '楚雄博仁卫生职业学校', levels: ['secondary_vocational'], majors: ['护理', '药剂'], weight: 4 },
];

/** Share of each level among the pool's seekers. */
const LEVELS: readonly (readonly [EducationLevel, number])[] = [
  ['junior_high', 7], ['high_school', 9], ['secondary_vocational', 14], ['associate', 32], ['bachelor', 32], ['master', 5], ['doctorate', 1],
];
/** Typical age at graduation, and the first year of the level's programme relative to it. */
const GRADUATION_AGE: Record<EducationLevel, number> = {
  none: 15, junior_high: 15, high_school: 18, secondary_vocational: 18, associate: 21, bachelor: 22, master: 25, doctorate: 28,
};
const PROGRAMME_YEARS: Record<EducationLevel, number> = {
  none: 3, junior_high: 3, high_school: 3, secondary_vocational: 3, associate: 3, bachelor: 4, master: 3, doctorate: 4,
};
/** Monthly salary expectations in 楚雄 (yuan), by level: the floor's range before experience. */
const SALARY_FLOOR: Record<EducationLevel, readonly [number, number]> = {
  none: [2500, 3000], junior_high: [2500, 3500], high_school: [2800, 4000], secondary_vocational: [3000, 4500],
  associate: [3500, 5000], bachelor: [4000, 6500], master: [6000, 9000], doctorate: [8000, 12000],
};
/** The latest year a seeker in the 2023 pool graduated (next summer's graduates already look for work). */
const LAST_GRADUATION_YEAR = 2024;

// ---------------------------------------------------------------------------------------------
// Work experience

const EMPLOYER_PLACES = ['楚雄', '鹿城', '彝州', '紫溪', '禄丰', '元谋', '南华', '云岭'];
const EMPLOYER_WORDS = ['恒达', '鑫源', '华康', '瑞丰', '金沙', '绿源', '兴宇', '博远', '晨光', '德润', '汇通', '益康', '腾越', '永盛'];

type Domain = 'pharma' | 'health' | 'chemicals' | 'manufacturing' | 'food' | 'it' | 'business' | 'education' | 'service' | 'general';

const DOMAIN_OF_MAJOR: Record<string, Domain> = {
  药学: 'pharma', 中药学: 'pharma', 药品生产技术: 'pharma', 药剂: 'pharma',
  护理: 'health', 护理学: 'health', 医学检验技术: 'health', 临床医学: 'health', 康复治疗技术: 'health',
  化学: 'chemicals', 应用化工技术: 'chemicals', 化学工程与工艺: 'chemicals', 材料科学与工程: 'chemicals', 冶金工程: 'chemicals',
  机电一体化技术: 'manufacturing', 电气自动化技术: 'manufacturing', 工业机器人技术: 'manufacturing', 数控技术: 'manufacturing',
  机械设计制造及其自动化: 'manufacturing', 汽车检测与维修技术: 'manufacturing', 电工: 'manufacturing', 焊接加工: 'manufacturing',
  汽车运用与维修: 'manufacturing',
  食品科学与工程: 'food', 食品检验检测技术: 'food', 农学: 'food', 园艺: 'food', 茶学: 'food', 动物医学: 'food',
  计算机科学与技术: 'it', 软件技术: 'it', 数学与应用数学: 'it',
  电子商务: 'business', 财务管理: 'business', 大数据与会计: 'business', 市场营销: 'business', 人力资源管理: 'business', 物流管理: 'business',
  汉语言文学: 'education', 英语: 'education', 学前教育: 'education',
  旅游管理: 'service', 中式烹调: 'service',
};

const EMPLOYER_KINDS: Record<Domain, readonly string[]> = {
  pharma: ['药业有限公司', '医药有限公司', '生物科技有限公司', '大药房连锁有限公司'],
  health: ['医院', '康复医院', '口腔诊所', '社区卫生服务中心'],
  chemicals: ['化工有限公司', '新材料有限公司', '检测技术有限公司'],
  manufacturing: ['机械制造有限公司', '电气设备有限公司', '汽车销售服务有限公司', '建材有限公司'],
  food: ['食品有限公司', '农业科技有限公司', '茶业有限公司', '生态农业开发有限公司'],
  it: ['信息技术有限公司', '网络科技有限公司', '电子科技有限公司'],
  business: ['商贸有限公司', '物流有限公司', '财务咨询有限公司', '电子商务有限公司'],
  education: ['教育咨询有限公司', '幼儿园', '文化传媒有限公司'],
  service: ['酒店管理有限公司', '餐饮管理有限公司', '旅行社有限公司'],
  general: ['商贸有限公司', '物流有限公司', '餐饮管理有限公司', '物业服务有限公司', '建筑劳务有限公司'],
};

/** Job titles with a duty that fits each. */
const ROLES: Record<Domain, readonly (readonly [string, string])[]> = {
  pharma: [
    ['QC 检验员', '负责原辅料及成品的理化检验'],
    ['QA 专员', '参与 GMP 文件编写与自检'],
    ['制剂操作工', '负责制药设备的日常操作与清洁'],
    ['药品销售代表', '负责县区医院及药店的客户维护'],
    ['药店店员', '负责处方药调配与用药咨询'],
  ],
  health: [
    ['护士', '负责病区日常护理与健康宣教'],
    ['检验技师', '负责临床标本检验与报告'],
    ['康复治疗师', '负责康复训练方案的执行'],
  ],
  chemicals: [
    ['化验员', '负责生产过程的取样与化验'],
    ['化工操作工', '负责装置巡检与 DCS 操作'],
    ['工艺技术员', '负责工艺参数记录与异常处理'],
    ['安全员', '负责车间安全生产检查'],
  ],
  manufacturing: [
    ['设备维修电工', '负责生产线设备的维护保养与电气故障排查'],
    ['数控操作工', '负责数控设备编程与加工'],
    ['焊工', '负责钢结构件焊接'],
    ['汽车维修工', '负责车辆保养与故障诊断'],
    ['生产班组长', '负责班组生产计划与人员安排'],
  ],
  food: [
    ['食品检验员', '负责产品出厂检验'],
    ['生产操作工', '负责生产线操作与卫生管理'],
    ['农业技术员', '负责种植基地的技术指导'],
  ],
  it: [
    ['Java 开发工程师', '负责业务系统的开发与维护'],
    ['运维工程师', '负责服务器与网络运维'],
    ['前端开发工程师', '参与小程序与网页开发'],
  ],
  business: [
    ['会计', '负责日常账务处理与纳税申报'],
    ['销售专员', '负责客户开发与维护'],
    ['人事专员', '负责招聘与员工社保办理'],
    ['仓库管理员', '负责仓库出入库管理'],
    ['电商运营', '负责网店日常运营与直播'],
  ],
  education: [
    ['幼儿教师', '负责幼儿班级日常教学'],
    ['培训讲师', '负责职业技能培训授课'],
    ['文案编辑', '负责公众号内容编写'],
  ],
  service: [
    ['前台接待', '负责前台接待与客房预订'],
    ['厨师', '负责后厨菜品制作'],
    ['导游', '负责旅游团队接待'],
  ],
  general: [
    ['普工', '负责流水线装配与包装'],
    ['仓储搬运工', '负责货物分拣与装卸'],
    ['外卖配送员', '负责区域配送'],
    ['收银员', '负责门店收银与理货'],
    ['保安', '负责园区门岗与巡逻'],
  ],
};

// ---------------------------------------------------------------------------------------------
// Phones, e-mail and ID numbers

const MOBILE_PREFIXES: readonly (readonly [string, number])[] = [
  ['139', 8], ['138', 6], ['137', 3], ['136', 3], ['135', 4], ['134', 2], ['150', 4], ['151', 4], ['152', 3], ['157', 3],
  ['158', 4], ['159', 4], ['182', 3], ['183', 3], ['187', 4], ['188', 3], ['198', 2], ['130', 2], ['131', 2], ['132', 2],
  ['155', 2], ['156', 2], ['185', 2], ['186', 2], ['133', 2], ['153', 2], ['180', 2], ['181', 2], ['189', 3], ['199', 2],
];

/** Numbers the demo accounts and tests use, never handed to a generated seeker. */
const RESERVED_PHONES = new Set(['13987812345', '13987812399', '13808781234', '13508781111']);

function birthDateOf(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  return isoOf(year, month, rng.int(1, daysInMonth(year, month)));
}

/** A GB 11643 number: county of first registration, birth date, sequence (odd 17th digit: male), check character. */
function idNumberOf(rng: Rng, region: string, birthDate: string, gender: 'male' | 'female'): string {
  const parity = gender === 'male' ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]);
  const body = `${region}${birthDate.replace(/-/g, '')}${rng.digits(2)}${parity}`;
  return body + idNumberCheckChar(body);
}

// ---------------------------------------------------------------------------------------------
// Disability (sensitive; only with consent)

const DISABILITIES: readonly (readonly [DisabilityCategory, number])[] = [
  ['physical', 40], ['hearing', 20], ['visual', 15], ['speech', 8], ['intellectual', 7], ['mental', 5], ['multiple', 5],
];
const ACCOMMODATIONS: Record<DisabilityCategory, readonly string[]> = {
  physical: ['需要无障碍通道和电梯', '不宜长时间站立，需要坐姿岗位', '需要无障碍卫生间'],
  hearing: ['面试时需要文字沟通或手语翻译', '工作中以微信文字沟通为主'],
  visual: ['需要读屏软件', '需要大字体显示器和良好照明'],
  speech: ['以书面方式沟通', '面试时允许书面作答'],
  intellectual: ['需要就业辅导员陪同适应岗位', '岗位任务需简单、固定'],
  mental: ['需要稳定的工作时间', '需要定期复诊的请假安排'],
  multiple: ['需要无障碍通道和文字沟通', '需要就业辅导员协助'],
};

const LEVEL_ZH: Record<EducationLevel, string> = {
  none: '', junior_high: '初中', high_school: '高中', secondary_vocational: '中专', associate: '大专', bachelor: '本科', master: '硕士研究生', doctorate: '博士研究生',
};

// ---------------------------------------------------------------------------------------------

function educationOf(rng: Rng, level: EducationLevel, birthYear: number): { school: string | null; major: string | null; entries: EducationEntry[]; graduationYear: number } {
  const graduationYear = Math.min(birthYear + GRADUATION_AGE[level] + rng.int(0, 1), LAST_GRADUATION_YEAR);
  const span = (lvl: EducationLevel, endYear: number) => ({
    startOn: isoOf(endYear - PROGRAMME_YEARS[lvl], 9, 1),
    endOn: isoOf(endYear, rng.pick([6, 7]), 1),
  });
  if (level === 'junior_high' || level === 'high_school' || level === 'none') {
    const county = rng.pick(COUNTY_SCHOOL_PREFIXES);
    const school = level === 'high_school' ? `${county}${rng.pick(['第一中学', '第二中学', '民族中学', '县第一中学'])}`.replace('楚雄县', '楚雄') : `${rng.pick(TOWNS)}中学`;
    return { school, major: null, entries: [{ school, major: null, level, ...span(level, graduationYear) }], graduationYear };
  }
  const candidates = SCHOOLS.filter((s) => s.levels.includes(level));
  const school = rng.weighted(candidates.map((s) => [s, s.weight] as const));
  const major = rng.pick(school.majors);
  const entries: EducationEntry[] = [{ school: school.name, major, level, ...span(level, graduationYear) }];
  if (level === 'master' || level === 'doctorate') {
    // The degree before: a bachelor's in the same field, often at a provincial university.
    const bachelorYear = graduationYear - PROGRAMME_YEARS[level];
    const earlier = rng.chance(0.5) ? school : rng.pick(SCHOOLS.filter((s) => s.levels.includes('bachelor') && s.majors.includes(major)));
    entries.push({ school: earlier.name, major, level: 'bachelor', ...span('bachelor', bachelorYear) });
  } else if (level === 'bachelor' && rng.chance(0.12)) {
    // 专升本: an associate degree first.
    const associate = rng.pick(SCHOOLS.filter((s) => s.levels.includes('associate')));
    entries.push({ school: associate.name, major: rng.pick(associate.majors), level: 'associate', ...span('associate', graduationYear - 2) });
  }
  return { school: school.name, major, entries, graduationYear };
}

function experienceOf(rng: Rng, domain: Domain, fromYear: number, years: number): ExperienceEntry[] {
  if (years <= 0) return [];
  const jobs = Math.min(years >= 6 ? rng.int(1, 3) : years >= 2 ? rng.int(1, 2) : 1, years);
  const inner = Array.from({ length: years - 1 }, (_, k) => fromYear + 1 + k);
  const boundaries = [fromYear, ...rng.sample(inner, jobs - 1).sort((a, b) => a - b), fromYear + years];
  const entries: ExperienceEntry[] = [];
  // Jobs follow each other: each starts in the month after (or soon after) the previous one ended.
  let year = fromYear;
  let month = rng.int(7, 9);
  for (let i = 0; i < jobs; i += 1) {
    const stopYear = boundaries[i + 1] as number;
    const endMonth = rng.int(1, 12);
    const isCurrent = i === jobs - 1 && rng.chance(0.3);
    const kindDomain = rng.chance(0.8) ? domain : 'general';
    const [title, duty] = rng.pick(ROLES[kindDomain]);
    entries.push({
      employer: `${rng.pick(EMPLOYER_PLACES)}${rng.pick(EMPLOYER_WORDS)}${rng.pick(EMPLOYER_KINDS[kindDomain])}`,
      title,
      startOn: isoOf(year, month, 1),
      endOn: isCurrent ? null : isoOf(stopYear, endMonth, 1),
      description: duty,
    });
    year = stopYear;
    month = Math.min(12, endMonth + rng.int(0, 2));
  }
  // Newest first, as a résumé lists them.
  return entries.reverse();
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Deterministic seekers with résumés, valid ID numbers and invented mobile numbers, all distinct. */
export function generateDemoSeekers(options: { count: number; seed?: number }): DemoSeeker[] {
  const rng = new Rng(options.seed ?? DEMO_SEEKERS_SEED);
  const phones = new Set<string>(RESERVED_PHONES);
  const ids = new Set<string>();
  const seekers: DemoSeeker[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const level = rng.weighted(LEVELS);
    const latestBirth = Math.min(2004, LAST_GRADUATION_YEAR - GRADUATION_AGE[level]);
    // Most seekers are recent graduates; older workers come to walk-in desks and fairs too.
    const birthYear = rng.weighted(
      Array.from({ length: latestBirth - 1975 + 1 }, (_, k) => {
        const year = 1975 + k;
        return [year, year >= latestBirth - 2 ? 10 : year >= latestBirth - 6 ? 4 : year >= 1990 ? 1.5 : 1] as const;
      }),
    );
    const gender = rng.chance(0.48) ? 'female' : 'male';
    const birthDate = birthDateOf(rng, birthYear);
    let idNumber = idNumberOf(rng, rng.weighted(ID_REGIONS), birthDate, gender);
    while (ids.has(idNumber)) idNumber = idNumberOf(rng, idNumber.slice(0, 6), birthDate, gender);
    ids.add(idNumber);
    let phone = '';
    while (phone === '' || phones.has(phone)) phone = rng.weighted(MOBILE_PREFIXES) + rng.digits(8);
    phones.add(phone);

    const { school, major, entries, graduationYear } = educationOf(rng, level, birthYear);
    const domain: Domain = major ? (DOMAIN_OF_MAJOR[major] ?? 'general') : 'general';
    const experienceYears = Math.max(0, Math.min(2023 - graduationYear - rng.int(0, 1), 30));
    const experience = experienceOf(rng, domain, graduationYear, experienceYears);
    const majorSkills = major ? (MAJOR_SKILLS[major] ?? []) : [];
    const skills = rng.sample(majorSkills, Math.min(majorSkills.length, rng.int(2, 4)));
    if (rng.chance(0.35)) skills.push(rng.pick(['驾驶证 C1', '计算机二级', 'Office 办公软件', '普通话二级乙等', '英语四级']));
    if (level === 'junior_high' || level === 'high_school') skills.push(rng.pick(['叉车证', '驾驶证 C1', '收银', '电焊', '育婴员证']));

    const [floorLow, floorHigh] = SALARY_FLOOR[level];
    const expectedSalaryMin = roundTo(rng.int(floorLow, floorHigh) + Math.min(experienceYears, 10) * 150, 500);
    const expectedSalaryMax = expectedSalaryMin + 500 * rng.int(1, 5);
    const regionCount = rng.chance(0.4) ? 2 : 1;
    const preferredRegions: string[] = [];
    while (preferredRegions.length < regionCount) {
      const code = rng.weighted(PREFERRED_REGIONS);
      if (!preferredRegions.includes(code)) preferredRegions.push(code);
    }
    const hasDisability = rng.chance(0.025);
    const category = hasDisability ? rng.weighted(DISABILITIES) : null;
    const consents: DemoSeeker['consents'] = [];
    if (hasDisability || rng.chance(0.75)) consents.push('job_matching');
    if (hasDisability) consents.push('sensitive_disability');
    const wishes = major
      ? ['希望留在楚雄工作', '愿意到高新区企业发展', '希望从事本专业相关工作', '可接受倒班']
      : ['希望留在楚雄工作', '服从岗位安排', '能吃苦耐劳', '可接受倒班'];
    const background = major ? `${major}专业${LEVEL_ZH[level]}毕业` : `${LEVEL_ZH[level]}学历`;
    const summary = rng.chance(0.7)
      ? `${background}，${experienceYears > 0 ? `${experienceYears} 年工作经验` : '应届求职'}${skills.length ? `，技能：${skills.slice(0, 3).join('、')}` : ''}；${rng.pick(wishes)}。`
      : null;
    seekers.push({
      key: `seeker-${pad(i + 1, 4)}`,
      name: personName(rng, gender, birthYear),
      gender,
      birthDate,
      idNumber,
      phone,
      email: rng.chance(0.35) ? `${rng.int(1, 9)}${rng.digits(rng.int(7, 9))}@${rng.weighted([['qq.com', 6], ['163.com', 2], ['126.com', 1]] as const)}` : null,
      educationLevel: level,
      school,
      major,
      graduationOn: entries[0]?.endOn ?? null,
      education: entries,
      experience,
      skills: [...new Set(skills)],
      experienceYears,
      preferredRegions,
      expectedSalaryMin,
      expectedSalaryMax,
      availableFrom: rng.chance(0.6) ? isoOf(rng.pick([2023, 2024]), rng.int(1, 12), 1) : null,
      summary,
      source: rng.weighted([['fair', 45], ['import', 30], ['walk_in', 25]] as const),
      consents,
      disability: category ? { hasDisability: true, category, accommodation: rng.pick(ACCOMMODATIONS[category]) } : null,
    });
  }
  return seekers;
}

// ---------------------------------------------------------------------------------------------
// Consultations (职业指导/咨询)

const TOPICS: readonly (readonly [ConsultationTopic, number])[] = [
  ['job_search', 30], ['career_planning', 25], ['policy', 20], ['skills_training', 12], ['entrepreneurship', 8], ['other', 5],
];

const NOTES: Record<ConsultationTopic, readonly string[]> = {
  career_planning: [
    '分析个人优势与短板，建议先在园区生物医药企业积累经验',
    '建议结合专业方向考取相关职业资格证书',
    '讨论留楚就业与昆明就业的利弊，建议关注高新区重点企业',
    '毕业去向尚不明确，已做职业兴趣测评并解读结果',
  ],
  job_search: [
    '协助修改简历，突出实习经历',
    '模拟面试一次，建议加强自我介绍与岗位匹配说明',
    '推荐投递园区企业质检、生产类岗位',
    '讲解招聘会参会准备与现场沟通技巧',
    '介绍网络直播带岗的报名与投递方式',
  ],
  policy: [
    '咨询高校毕业生一次性求职创业补贴申领条件',
    '咨询灵活就业人员社会保险补贴政策',
    '了解就业见习岗位及见习补贴',
    '咨询人事档案转递与报到手续',
    '咨询残疾人就业扶持政策',
  ],
  skills_training: [
    '推荐参加电工职业技能培训',
    '推荐报名公共实训基地药品检验实训',
    '介绍农村劳动力转移就业技能培训班',
    '推荐参加育婴员、养老护理员培训',
  ],
  entrepreneurship: [
    '咨询创业担保贷款申请流程',
    '讲解返乡创业扶持政策和场地补贴',
    '介绍创业培训（SYB）报名方式',
  ],
  other: ['咨询职业资格证书查询方式', '咨询劳动合同签订注意事项', '咨询人才公寓申请条件'],
};

/** Relative weight of each month: graduation season and the spring fairs are busy, Spring Festival and October quiet. */
const MONTH_WEIGHTS = [0.6, 0.5, 1.2, 1.2, 1.3, 1.4, 1.1, 0.8, 1.0, 0.7, 1.0, 0.8] as const;

/** Public holidays of 2023 when the service desk was closed (other years: weekends only). */
const HOLIDAYS_2023 = new Set([
  '2023-01-02', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-01-27', '2023-04-05', '2023-05-01', '2023-05-02',
  '2023-05-03', '2023-06-22', '2023-06-23', '2023-09-29', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06',
]);

function workingDays(year: number): { date: string; weight: number }[] {
  const days: { date: string; weight: number }[] = [];
  for (let month = 1; month <= 12; month += 1) {
    for (let day = 1; day <= daysInMonth(year, month); day += 1) {
      const date = isoOf(year, month, day);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6 || HOLIDAYS_2023.has(date)) continue;
      days.push({ date, weight: MONTH_WEIGHTS[month - 1] ?? 1 });
    }
  }
  return days;
}

/**
 * Consultations over one year: exactly `distinctSeekers` of the first `seekerCount` seekers come at
 * least once, and `total` consultations in all (repeat visits go to seekers already counted).
 * Held on working days, weighted by season; some with a follow-up date.
 */
export function generateDemoConsultations(options: {
  seekerCount: number;
  distinctSeekers?: number;
  total?: number;
  year?: number;
  seed?: number;
}): DemoConsultation[] {
  const distinct = options.distinctSeekers ?? DEMO_SEEKERS_CONSULTED_2023;
  const total = options.total ?? DEMO_CONSULTATIONS_2023;
  const year = options.year ?? 2023;
  if (distinct > options.seekerCount) throw new RangeError(`cannot consult ${distinct} distinct seekers out of ${options.seekerCount}`);
  if (total < distinct) throw new RangeError(`${total} consultations cannot reach ${distinct} distinct seekers`);
  const rng = new Rng(options.seed ?? DEMO_CONSULTATIONS_SEED);
  const chosen = rng.sample(
    Array.from({ length: options.seekerCount }, (_, i) => i),
    distinct,
  );
  const visits = new Map<number, number>(chosen.map((i) => [i, 1]));
  for (let extra = total - distinct; extra > 0; extra -= 1) {
    const seeker = chosen[Math.floor(rng.next() * Math.min(chosen.length, Math.max(1, Math.ceil(distinct / 3))))] as number;
    visits.set(seeker, (visits.get(seeker) ?? 0) + 1);
  }
  const days = workingDays(year);
  const dayEntries = days.map((d) => [d.date, d.weight] as const);
  const consultations: DemoConsultation[] = [];
  for (const seekerIndex of chosen) {
    const count = visits.get(seekerIndex) ?? 1;
    const drawn = new Set<string>();
    while (drawn.size < count) drawn.add(rng.weighted(dayEntries));
    const dates = [...drawn].sort();
    dates.forEach((heldOn, visit) => {
      // A first visit is about direction or finding work; later ones follow up on training, policy, or applications.
      const topic = visit === 0 && rng.chance(0.6) ? rng.pick(['career_planning', 'job_search'] as const) : rng.weighted(TOPICS);
      const hasFollowUp = rng.chance(0.35);
      consultations.push({
        seekerIndex,
        heldOn,
        topic,
        notes: rng.pick(NOTES[topic]),
        followUpOn: hasFollowUp ? addDays(heldOn, rng.pick([7, 14, 14, 21, 30])) : null,
      });
    });
  }
  return consultations.sort((a, b) => (a.heldOn === b.heldOn ? a.seekerIndex - b.seekerIndex : a.heldOn < b.heldOn ? -1 : 1));
}
