// The majors (专业) vocabulary of matching: the Chinese vocational (高职/中职, 2021 catalogue) and
// undergraduate (本科) majors that Qiao's seekers and positions name, grouped into discipline
// categories (专业类) and those into broad groups (专业大类/学科门类). Two majors fit as
//   exact          the same major, after normalisation and aliases (计算机 = 计算机科学与技术);
//   same_category  different majors of one category (护理 and 护理学, both 护理类);
//   related        categories of one group (药学类 and 护理类, 医药卫生), or a pair listed below
//                  that crosses groups (药学类 ↔ 化工技术类: pharmacy hires chemists and back);
//   unrelated      anything else. A major missing from the vocabulary only fits itself exactly.
// A position may also name a whole category (药学类): every major of it fits exactly.

type MajorGroup = { group: string; categories: readonly { category: string; majors: readonly string[] }[] };

const MAJOR_GROUPS: readonly MajorGroup[] = [
  {
    group: '医药卫生',
    categories: [
      { category: '药学类', majors: ['药学', '药物制剂', '药物分析', '药物化学', '临床药学', '药事管理', '药剂', '药品经营与管理', '药品服务与管理', '药物制剂技术', '药品质量与安全'] },
      { category: '中药学类', majors: ['中药学', '中药制药', '中药材生产与加工', '中药资源与开发', '中草药栽培与加工技术', '中药资源与开发技术'] },
      { category: '护理类', majors: ['护理', '护理学', '助产', '助产学'] },
      { category: '临床医学类', majors: ['临床医学', '口腔医学', '中医学', '预防医学', '全科医学', '中医'] },
      { category: '医学技术类', majors: ['医学检验技术', '康复治疗技术', '康复治疗学', '医学影像技术', '医学影像学', '卫生检验与检疫技术'] },
    ],
  },
  {
    group: '食品药品与粮食',
    categories: [
      { category: '药品制造类', majors: ['制药工程', '药品生产技术', '生物制药', '化学制药技术', '生物制药技术', '药品质量与安全技术', '制药设备应用技术'] },
      { category: '食品类', majors: ['食品科学与工程', '食品质量与安全', '食品检验检测技术', '食品营养与检测', '食品营养与健康', '食品加工技术', '食品生物技术', '粮食工程技术与管理', '酿酒技术'] },
    ],
  },
  {
    group: '生物与化工',
    categories: [
      { category: '化工技术类', majors: ['化学工程与工艺', '应用化工技术', '精细化工技术', '精细化工', '石油化工技术', '化工安全技术', '工业分析技术', '分析检验技术', '过程装备与控制工程', '化工装备技术', '高分子材料工程技术'] },
      { category: '生物技术类', majors: ['生物技术', '生物工程', '生物科学', '生物化工技术', '发酵工程'] },
    ],
  },
  {
    group: '理学',
    categories: [
      { category: '化学类', majors: ['化学', '应用化学', '化学生物学'] },
      { category: '数学类', majors: ['数学与应用数学', '信息与计算科学', '统计学', '应用统计学'] },
      { category: '物理学类', majors: ['物理学', '应用物理学'] },
      { category: '心理学类', majors: ['心理学', '应用心理学'] },
    ],
  },
  {
    group: '材料',
    categories: [
      { category: '材料类', majors: ['材料科学与工程', '金属材料工程', '无机非金属材料工程', '高分子材料与工程', '复合材料与工程', '新能源材料与器件', '建筑材料工程技术', '材料工程技术', '无损检测技术', '金属材料与热处理技术'] },
      { category: '冶金类', majors: ['冶金工程', '冶金技术', '有色冶金技术', '黑色冶金技术'] },
    ],
  },
  {
    group: '装备制造',
    categories: [
      { category: '机械类', majors: ['机械设计制造及其自动化', '机械制造及自动化', '机械工程', '机械设计与制造', '数控技术', '模具设计与制造', '材料成型及控制工程', '焊接技术与自动化', '焊接技术与工程', '焊接加工', '工业工程', '机械制造与自动化'] },
      { category: '机电与自动化类', majors: ['机电一体化技术', '机械电子工程', '工业机器人技术', '自动化', '智能制造工程', '电气自动化技术', '机电技术应用'] },
      { category: '电气类', majors: ['电气工程及其自动化', '供用电技术', '电工', '电气运行与控制', '新能源科学与工程', '光伏工程技术', '发电厂及电力系统', '电力系统自动化技术'] },
      { category: '汽车类', majors: ['汽车检测与维修技术', '汽车运用与维修', '汽车服务工程', '新能源汽车技术', '车辆工程'] },
    ],
  },
  {
    group: '电子与信息',
    categories: [
      { category: '计算机类', majors: ['计算机科学与技术', '软件工程', '软件技术', '网络工程', '计算机网络技术', '计算机应用技术', '数据科学与大数据技术', '大数据技术', '数字媒体技术', '人工智能', '信息管理与信息系统', '物联网工程'] },
      { category: '电子信息类', majors: ['电子信息工程', '电子信息工程技术', '应用电子技术', '通信工程', '电子科学与技术', '物联网应用技术'] },
    ],
  },
  {
    group: '财经商贸',
    categories: [
      { category: '财务会计类', majors: ['会计学', '财务管理', '大数据与会计', '审计学', '会计', '大数据与财务管理', '财政学', '金融学'] },
      { category: '工商管理类', majors: ['工商管理', '市场营销', '人力资源管理', '质量管理工程', '国际经济与贸易', '经济学', '经济与贸易'] },
      { category: '电子商务类', majors: ['电子商务', '网络营销与直播电商', '跨境电子商务', '移动商务'] },
      { category: '物流类', majors: ['物流管理', '现代物流管理', '供应链管理', '物流工程', '冷链物流技术与管理'] },
    ],
  },
  {
    group: '农林牧渔',
    categories: [
      { category: '农业类', majors: ['农学', '园艺', '植物保护', '茶学', '茶叶生产与加工技术', '种子科学与工程', '设施农业与装备', '作物生产与经营管理', '园艺技术', '茶树栽培与茶叶加工'] },
      { category: '林业类', majors: ['林学', '林业技术', '园林', '园林技术'] },
      { category: '畜牧业类', majors: ['动物医学', '动物科学', '畜牧兽医', '动物防疫与检疫', '水产养殖学'] },
    ],
  },
  {
    group: '教育与体育',
    categories: [
      { category: '教育类', majors: ['学前教育', '小学教育', '教育学', '特殊教育', '体育教育', '早期教育'] },
      { category: '中国语言文学类', majors: ['汉语言文学', '文秘', '秘书学', '汉语言', '汉语国际教育'] },
      { category: '外国语言文学类', majors: ['英语', '商务英语', '应用英语', '日语', '泰语', '缅甸语'] },
    ],
  },
  {
    group: '旅游',
    categories: [
      { category: '旅游类', majors: ['旅游管理', '酒店管理', '酒店管理与数字化运营', '导游', '会展经济与管理'] },
      { category: '餐饮类', majors: ['中式烹调', '烹饪工艺与营养', '中西面点', '餐饮管理', '中餐烹饪'] },
    ],
  },
  {
    group: '公共管理与法学',
    categories: [
      { category: '公共管理类', majors: ['行政管理', '劳动与社会保障', '公共事业管理', '社会工作'] },
      { category: '法学类', majors: ['法学', '知识产权', '法律事务'] },
    ],
  },
  {
    group: '新闻传播与艺术',
    categories: [
      { category: '新闻传播类', majors: ['新闻学', '网络与新媒体', '传播学', '广告学', '融媒体技术与运营'] },
      { category: '艺术类', majors: ['播音与主持艺术', '视觉传达设计', '环境设计', '音乐表演', '舞蹈表演', '美术学'] },
    ],
  },
  {
    group: '资源环境与安全',
    categories: [
      { category: '环境保护类', majors: ['环境工程', '环境科学', '环境工程技术', '环境监测技术', '给排水科学与工程'] },
      { category: '安全类', majors: ['安全工程', '安全技术与管理', '应急管理', '职业健康安全技术'] },
    ],
  },
  {
    group: '土木建筑与交通',
    categories: [
      { category: '土木类', majors: ['土木工程', '建筑工程技术', '工程造价', '工程管理', '建筑学'] },
      { category: '交通运输类', majors: ['交通运输', '交通工程', '道路桥梁工程技术'] },
    ],
  },
];

/** Other names of a major, old catalogue names and short forms, to the catalogue name. */
const MAJOR_ALIASES: Record<string, string> = {
  计算机: '计算机科学与技术',
  计算机科学: '计算机科学与技术',
  计算机专业: '计算机科学与技术',
  软件开发: '软件技术',
  机电一体化: '机电一体化技术',
  电气自动化: '电气自动化技术',
  工业机器人: '工业机器人技术',
  数控: '数控技术',
  数控技术应用: '数控技术',
  机械制造与自动化: '机械制造及自动化',
  机械设计制造: '机械设计制造及其自动化',
  电气工程: '电气工程及其自动化',
  药物制剂技术: '药物制剂',
  中药制药技术: '中药制药',
  食品营养与检验: '食品营养与检测',
  食品检测技术: '食品检验检测技术',
  会计电算化: '大数据与会计',
  财务会计: '会计',
  物流: '物流管理',
  电商: '电子商务',
  营销: '市场营销',
  人力资源: '人力资源管理',
  烹饪: '中式烹调',
  中餐烹饪与营养膳食: '中式烹调',
  汽车维修: '汽车运用与维修',
  焊接: '焊接加工',
  焊接技术应用: '焊接加工',
  文秘学: '文秘',
  中文: '汉语言文学',
  英语教育: '英语',
  幼儿教育: '学前教育',
  兽医: '动物医学',
  pharmacy: '药学',
  nursing: '护理学',
  'computer science': '计算机科学与技术',
};

/** Categories of different groups whose graduates commonly work in each other's jobs. */
const RELATED_CATEGORIES: readonly (readonly [string, string])[] = [
  ['药学类', '药品制造类'],
  ['中药学类', '药品制造类'],
  ['药学类', '化工技术类'],
  ['药品制造类', '化工技术类'],
  ['药学类', '化学类'],
  ['药品制造类', '生物技术类'],
  ['药学类', '生物技术类'],
  ['中药学类', '农业类'],
  ['医学技术类', '化学类'],
  ['化学类', '化工技术类'],
  ['化学类', '材料类'],
  ['化工技术类', '材料类'],
  ['化工技术类', '冶金类'],
  ['化工技术类', '环境保护类'],
  ['化工技术类', '安全类'],
  ['食品类', '生物技术类'],
  ['食品类', '农业类'],
  ['食品类', '化学类'],
  ['食品类', '药品制造类'],
  ['材料类', '机械类'],
  ['冶金类', '机械类'],
  ['计算机类', '电子商务类'],
  ['计算机类', '数学类'],
  ['计算机类', '机电与自动化类'],
  ['电子信息类', '机电与自动化类'],
  ['电子信息类', '电气类'],
  ['电子商务类', '新闻传播类'],
  ['工商管理类', '公共管理类'],
  ['工商管理类', '旅游类'],
  ['中国语言文学类', '新闻传播类'],
  ['中国语言文学类', '公共管理类'],
  ['外国语言文学类', '旅游类'],
  ['心理学类', '教育类'],
  ['物流类', '交通运输类'],
];

export type MajorFit = 'exact' | 'same_category' | 'related' | 'unrelated';

export type MajorInfo = {
  /** Normalised name: the catalogue name of a known major (or category), the normalised text otherwise. */
  key: string;
  /** Category label (药学类); null for a major missing from the vocabulary. */
  category: string | null;
  /** True when the name is a whole category (a position may ask for 药学类). */
  isCategory: boolean;
};

/** NFKC (full-width to half-width), lower case, no spaces, no trailing 专业: 护理 学 专业 → 护理学. */
export function normalizeMajor(name: string): string {
  const text = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return text.endsWith('专业') && text.length > 2 ? text.slice(0, -2) : text;
}

const CATEGORY_OF = new Map<string, string>();
const GROUP_OF_CATEGORY = new Map<string, string>();
for (const { group, categories } of MAJOR_GROUPS) {
  for (const { category, majors } of categories) {
    GROUP_OF_CATEGORY.set(category, group);
    for (const major of majors) CATEGORY_OF.set(normalizeMajor(major), category);
  }
}
const ALIASES = new Map(Object.entries(MAJOR_ALIASES).map(([alias, major]) => [normalizeMajor(alias), normalizeMajor(major)]));
const RELATED = new Set(RELATED_CATEGORIES.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** What the vocabulary knows of a major name. */
export function lookupMajor(name: string): MajorInfo {
  const normalized = normalizeMajor(name);
  const key = ALIASES.get(normalized) ?? normalized;
  if (GROUP_OF_CATEGORY.has(key)) return { key, category: key, isCategory: true };
  return { key, category: CATEGORY_OF.get(key) ?? null, isCategory: false };
}

/** How a held major fits a required major (or required category). */
export function majorFit(required: MajorInfo, held: MajorInfo): MajorFit {
  if (required.key === held.key) return 'exact';
  if (!required.category || !held.category) return 'unrelated';
  if (required.category === held.category) return required.isCategory ? 'exact' : 'same_category';
  const requiredGroup = GROUP_OF_CATEGORY.get(required.category);
  if (requiredGroup !== undefined && requiredGroup === GROUP_OF_CATEGORY.get(held.category)) return 'related';
  return RELATED.has(`${required.category}|${held.category}`) ? 'related' : 'unrelated';
}

/** The categories and groups of the vocabulary, for tests and for listing. */
export function majorCategories(): readonly { group: string; category: string; majors: readonly string[] }[] {
  return MAJOR_GROUPS.flatMap(({ group, categories }) => categories.map((c) => ({ group, ...c })));
}
