import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../organisations/credit-code';
import { Rng } from './random';

// Demo organisations of the Chuxiong High-tech Zone consortium, 2023. Pure and seeded: the same
// seed always yields the same list, so demo records elsewhere can refer to organisations by key.
// The real names are the ones the source article mentions; every other name, person, number,
// address and domain is invented.

export type DemoOrganisation = {
  key: string;
  name: string;
  shortName: string | null;
  type: 'enterprise' | 'school' | 'institute' | 'association' | 'bank' | 'government' | 'operator';
  creditCode: string;
  regionCode: string;
  address: string | null;
  industry:
    | 'biomedicine'
    | 'new_materials'
    | 'advanced_manufacturing'
    | 'green_food'
    | 'green_chemicals'
    | 'modern_services'
    | 'education'
    | 'finance'
    | 'public_administration'
    | 'other';
  councilRole: 'chair' | 'vice_chair' | 'secretary_general' | 'executive_member' | 'member' | null;
  joinedOn: string | null;
  isHighTech: boolean;
  isTechSme: boolean;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  website: string | null;
  description: string | null;
};

type Industry = DemoOrganisation['industry'];
type CouncilRole = NonNullable<DemoOrganisation['councilRole']>;
type EnterpriseIndustry = Exclude<Industry, 'education' | 'finance' | 'public_administration' | 'other'>;

export const DEMO_ORGANISATIONS_SEED = 20230425;

// Figures from the article; generated enterprises make up whatever the fixed list leaves over.
const COUNCIL_MEMBERS = 248;
const HIGH_TECH_ENTERPRISES = 48;
const TECH_SMES = 136;
const NON_MEMBER_ENTERPRISES = 30;
const EXECUTIVE_MEMBERS = 20;

const ZONE_REGION = '532301';

/** Exactly `count` items, drawn without replacement with probability proportional to weight. */
function sampleWeighted<T>(rng: Rng, items: readonly T[], count: number, weight: (item: T) => number): Set<T> {
  if (items.length < count) throw new RangeError(`cannot draw ${count} from ${items.length}`);
  // Efraimidis–Spirakis: the smallest exponential keys scaled by weight win.
  const keyed = items.map((item) => ({ item, key: -Math.log(1 - rng.next()) / weight(item) }));
  keyed.sort((a, b) => a.key - b.key);
  return new Set(keyed.slice(0, count).map((k) => k.item));
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码

/** Registration authority + organisation type (GB 32100 chars 1–2). */
type Registrant =
  | '91' // 市场监管: company
  | '11' // 机构编制: 机关
  | '12' // 机构编制: 事业单位
  | '51' // 民政: 社会团体
  | '52'; // 民政: 民办非企业单位 (private schools, private research institutes)

/** How chars 9–17 look: a pre-2015 numeric 组织机构代码, or the newer MA… / MJ… series. */
type CodeStyle = 'legacy' | 'market' | 'social';

const LEGACY_CODE_PREFIXES = ['21', '29', '43', '55', '56', '58', '66', '67', '68', '69', '71', '73', '76', '77', '78', '79'];
const MARKET_CODE_PREFIXES = ['MA6K', 'MA6N', 'MA6P', 'MA6Q', 'MA6R', 'MA7B', 'MAC3', 'MAC8'];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of the 8-character organisation code body. */
function organisationCodeCheck(body: string): string {
  let sum = 0;
  [...body].forEach((ch, i) => {
    const value = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_CODE_WEIGHTS[i] ?? 0);
  });
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function organisationCode(rng: Rng, style: CodeStyle): string {
  let body: string;
  if (style === 'legacy') body = rng.pick(LEGACY_CODE_PREFIXES) + rng.digits(6);
  else if (style === 'social') body = 'MJ' + rng.digits(6);
  else {
    body = rng.pick(MARKET_CODE_PREFIXES);
    while (body.length < 8) body += rng.pick([...CREDIT_CODE_ALPHABET]);
  }
  return body + organisationCodeCheck(body);
}

function creditCode(rng: Rng, used: Set<string>, registrant: Registrant, region: string, style: CodeStyle): string {
  for (;;) {
    const first17 = registrant + region + organisationCode(rng, style);
    const code = first17 + creditCodeCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// People, phones, dates

const SURNAMES: readonly (readonly [string, number])[] = [
  ['李', 10], ['杨', 8], ['王', 7], ['张', 7], ['刘', 5], ['陈', 5], ['赵', 4], ['黄', 3], ['周', 3],
  ['吴', 3], ['罗', 3], ['段', 2], ['普', 2], ['施', 2], ['马', 2], ['朱', 2], ['胡', 2], ['郭', 2],
  ['何', 2], ['高', 2], ['徐', 2], ['孙', 2], ['尹', 2], ['邓', 2], ['谢', 2], ['杞', 1], ['鲁', 1],
  ['字', 1], ['者', 1], ['起', 1], ['苏', 1], ['董', 1], ['彭', 1], ['毕', 1], ['沈', 1], ['龙', 1],
  ['余', 1], ['方', 1], ['汤', 1], ['钱', 1],
];
const GIVEN_TWO = [
  '晓燕', '丽娟', '海涛', '建华', '春梅', '秀芬', '俊杰', '文斌', '雪梅', '永红', '金凤', '红梅', '建波',
  '云飞', '丽萍', '晓东', '艳萍', '玉梅', '明辉', '立新', '国华', '思远', '文静', '婷婷', '雨欣', '晓丽',
  '慧敏', '佳琪', '天宇', '浩然', '梦瑶', '江涛', '绍华', '正清', '德明', '兴国', '琼芬', '丽琼', '秀兰',
  '志明', '家兴', '锦华', '光明', '桂芬', '学文', '润华', '自强', '朝荣', '应华', '玉芝', '会芬',
  '建英', '少华', '绍云', '世伟', '顺兴', '子杰', '晓芳', '凤英',
];
const GIVEN_ONE = ['伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '华', '平', '刚', '琳', '婷', '斌', '浩', '鹏', '辉', '倩', '蕾', '燕', '波', '宁', '瑜', '琼'];
// Combinations that would read as a well-known person.
const FAMOUS_NAMES = new Set([
  '李强', '李鹏', '李刚', '李娜', '李宁', '李斌', '李华', '李静', '李勇', '刘洋', '刘涛', '王刚', '黄磊', '周涛',
  '朱军', '张杰', '胡军', '郭涛', '杨洋', '马丽', '张勇', '周杰', '邓超', '陈强', '吴刚', '王强', '张华', '刘强',
  '高明', '马超', '李明辉', '杨丽萍', '王光明', '刘晓丽',
]);

function personName(rng: Rng): string {
  for (;;) {
    const name = rng.weighted(SURNAMES) + (rng.chance(0.7) ? rng.pick(GIVEN_TWO) : rng.pick(GIVEN_ONE));
    if (!FAMOUS_NAMES.has(name)) return name;
  }
}

const MOBILE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '152', '158', '159', '187', '188', '182', '183', '133', '153', '180', '189', '177', '130', '131', '155', '156', '185', '186', '199'];

function landline(rng: Rng, region: string): string {
  if (region.startsWith('5301')) return `0871-6${rng.int(3, 8)}${rng.digits(6)}`; // 昆明: 8-digit numbers
  if (region.startsWith('5329')) return `0872-2${rng.digits(6)}`; // 大理
  return `0878-${rng.pick(['3', '3', '3', '6'])}${rng.digits(6)}`; // 楚雄州
}

function phone(rng: Rng, region: string, mobileShare: number): string {
  return rng.chance(mobileShare) ? rng.pick(MOBILE_PREFIXES) + rng.digits(8) : landline(rng, region);
}

const DAY_MS = 86_400_000;

function randomDate(rng: Rng, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
  return new Date(start + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

// Most members came in with the consortium's preparation (2022) and founding (2023); a few had
// cooperated with the zone's schools since earlier years.
const JOIN_YEARS: readonly (readonly [number, number])[] = [
  [2018, 3], [2019, 4], [2020, 6], [2021, 15], [2022, 30], [2023, 42],
];

function memberJoinDate(rng: Rng): string {
  const year = rng.weighted(JOIN_YEARS);
  return randomDate(rng, `${year}-01-01`, `${year}-12-31`);
}

// ---------------------------------------------------------------------------------------------
// Enterprise names

type Counties = Record<string, { name: string; short: string; pinyin: string }>;
const COUNTIES: Counties = {
  '532302': { name: '禄丰市', short: '禄丰', pinyin: 'lf' },
  '532322': { name: '双柏县', short: '双柏', pinyin: 'sb' },
  '532323': { name: '牟定县', short: '牟定', pinyin: 'md' },
  '532324': { name: '南华县', short: '南华', pinyin: 'nh' },
  '532325': { name: '姚安县', short: '姚安', pinyin: 'ya' },
  '532326': { name: '大姚县', short: '大姚', pinyin: 'dy' },
  '532327': { name: '永仁县', short: '永仁', pinyin: 'yr' },
  '532328': { name: '元谋县', short: '元谋', pinyin: 'ym' },
  '532329': { name: '武定县', short: '武定', pinyin: 'wd' },
};
const COUNTY_CODES = Object.keys(COUNTIES);

/** The industry part of a registered name, e.g. 中药饮片 in 楚雄某某中药饮片有限公司. */
type Phrase = {
  text: string;
  /** used in the short name when `text` is long */
  short?: string;
  /** domain-name fragment */
  tag: string;
  activities: readonly string[];
  /** counties where this line of business concentrates (禄丰 titanium, 南华 wild mushrooms …) */
  counties?: readonly string[];
};

const PHRASES: Record<EnterpriseIndustry, readonly Phrase[]> = {
  biomedicine: [
    { text: '生物科技', short: '生物', tag: 'bio', activities: ['植物提取物和天然药物原料的研发与生产', '生物活性成分提取及其在保健食品中的应用开发', '药用植物有效成分的提取纯化'] },
    { text: '医药', tag: 'yy', activities: ['中成药的研发、生产和销售', '药品批发和医药冷链配送'] },
    { text: '药业', tag: 'pharm', activities: ['片剂、胶囊剂、颗粒剂等中成药制剂的生产', '彝族医药传统方剂的二次开发与生产'] },
    { text: '制药', tag: 'pharm', activities: ['化学药制剂和中成药的生产销售', '原料药及医药中间体的生产'] },
    { text: '中药饮片', tag: 'zyyp', activities: ['中药饮片的炮制加工与销售', '道地药材的产地初加工和饮片生产'] },
    { text: '医疗器械', tag: 'med', activities: ['医用敷料和一次性医疗耗材的生产', '康复辅助器具及医用耗材的研发生产'] },
    { text: '生物医药科技', short: '生物医药', tag: 'biomed', activities: ['创新中药和民族药的研发及技术转让', '药物制剂新技术的研发与技术服务'] },
    { text: '中药材开发', short: '药材', tag: 'zyc', activities: ['滇重楼、茯苓等中药材的规范化种植与初加工', '中药材种苗繁育和标准化种植基地建设'], counties: ['532322', '532325', '532329'] },
  ],
  new_materials: [
    { text: '新材料', tag: 'ncl', activities: ['钛合金及钛材深加工产品的研发生产', '高性能复合材料的研发与生产', '功能性粉体材料的研发生产'] },
    { text: '钛业', tag: 'ti', activities: ['海绵钛及钛材的生产与销售', '钛及钛合金铸锻件的加工'], counties: ['532302'] },
    { text: '新型建材', tag: 'jc', activities: ['新型墙体材料和装配式建筑构件的生产', '蒸压加气混凝土砌块的生产销售'] },
    { text: '建材', tag: 'jc', activities: ['商品混凝土和预拌砂浆的生产供应', '石材加工和建筑装饰材料销售'] },
    { text: '环保建材', tag: 'hbjc', activities: ['以工业固废为原料的环保建材生产', '磷石膏、钛石膏综合利用建材产品的生产'] },
    { text: '复合材料', tag: 'fhcl', activities: ['玻璃钢及碳纤维复合材料制品的生产'] },
    { text: '金属材料', tag: 'jscl', activities: ['铜、铝合金型材的加工与销售', '有色金属材料的精深加工'], counties: ['532302'] },
    { text: '高分子材料', short: '高分子', tag: 'gfz', activities: ['改性塑料和高分子管材的研发生产'] },
  ],
  advanced_manufacturing: [
    { text: '机械制造', short: '机械', tag: 'jx', activities: ['农业机械及非标设备的设计制造', '矿山机械配件的加工制造'] },
    { text: '装备制造', short: '装备', tag: 'zb', activities: ['冶金成套装备的设计、制造和安装', '食品加工成套设备的研发与制造'] },
    { text: '电子科技', short: '电子', tag: 'dz', activities: ['电子元器件及线路板的组装加工', '智能控制模块和传感器的研发生产'] },
    { text: '智能装备', tag: 'zn', activities: ['工业机器人集成和自动化生产线的研发制造'] },
    { text: '汽车零部件', short: '汽配', tag: 'qp', activities: ['汽车线束和底盘零部件的生产'] },
    { text: '电气设备', short: '电气', tag: 'dq', activities: ['高低压成套开关设备和箱式变电站的生产'] },
    { text: '精密机械', tag: 'jm', activities: ['精密零部件的数控加工和模具制造'] },
    { text: '新能源科技', short: '新能源', tag: 'xny', activities: ['光伏支架及储能设备的生产与安装', '锂电池储能系统的集成制造'] },
    { text: '光电科技', short: '光电', tag: 'gd', activities: ['LED照明和光电显示产品的研发生产'] },
    { text: '机电设备', short: '机电', tag: 'jd', activities: ['泵阀及机电设备的制造与维修'] },
  ],
  green_food: [
    { text: '食品', tag: 'food', activities: ['彝族特色糕点、火腿等地方风味食品的生产', '休闲食品和方便食品的生产加工'] },
    { text: '农业科技', short: '农科', tag: 'agri', activities: ['高原特色农产品种植技术的研发与推广', '优质种苗繁育及设施农业'] },
    { text: '食用菌开发', short: '菌业', tag: 'jun', activities: ['野生菌的收购、保鲜加工与出口', '松茸、牛肝菌等野生菌的精深加工'], counties: ['532324'] },
    { text: '核桃开发', short: '核桃', tag: 'ht', activities: ['核桃的收购加工及核桃油、核桃乳等产品的生产'], counties: ['532326', '532325'] },
    { text: '茶业', tag: 'tea', activities: ['高山生态茶的种植、加工与销售'] },
    { text: '农业开发', short: '农业', tag: 'nykf', activities: ['冬早蔬菜的种植和冷链销售', '特色水果的种植与销售'], counties: ['532328', '532327'] },
    { text: '酒业', tag: 'jiu', activities: ['彝族传统小锅酒和果酒的酿造销售'] },
    { text: '调味品', tag: 'twp', activities: ['腐乳、豆豉等传统调味品的生产'], counties: ['532323'] },
    { text: '食品科技', short: '食品', tag: 'spkj', activities: ['菌类和核桃类休闲食品的研发生产'] },
    { text: '畜牧', tag: 'xm', activities: ['武定壮鸡等地方特色畜禽的养殖与加工'], counties: ['532329'] },
  ],
  green_chemicals: [
    { text: '化工', tag: 'hg', activities: ['工业副产石膏的综合利用', '钛白粉副产物的综合利用'], counties: ['532302'] },
    { text: '精细化工', tag: 'jxhg', activities: ['植物源精细化学品的研发生产', '水处理剂等精细化学品的生产'] },
    { text: '化工科技', short: '化工', tag: 'hgkj', activities: ['生物基溶剂和环保型助剂的研发'] },
    { text: '环保科技', short: '环保', tag: 'hb', activities: ['工业废水处理和危险废物资源化利用'] },
    { text: '日用化工', short: '日化', tag: 'rh', activities: ['植物精油及日化用品的生产'] },
    { text: '生物化工', tag: 'shg', activities: ['生物发酵产品和有机肥料的生产'] },
    { text: '林产化工', short: '林化', tag: 'lh', activities: ['松香、松节油等林产化工产品的加工'], counties: ['532322'] },
  ],
  modern_services: [
    { text: '物流', tag: 'wl', activities: ['公路货运、仓储和城市配送服务'] },
    { text: '供应链管理', short: '供应链', tag: 'scm', activities: ['医药及工业品的供应链管理服务'] },
    { text: '信息技术', tag: 'it', activities: ['软件开发和信息系统集成服务'] },
    { text: '电子商务', short: '电商', tag: 'ec', activities: ['高原特色农产品的网络销售和直播带货'] },
    { text: '人力资源服务', short: '人力资源', tag: 'hr', activities: ['劳务派遣、人才招聘和灵活用工服务'] },
    { text: '网络科技', short: '网络', tag: 'net', activities: ['网站建设、新媒体运营和网络推广'] },
    { text: '检测技术', short: '检测', tag: 'jc', activities: ['食品、药品和环境的第三方检验检测'] },
    { text: '冷链物流', tag: 'cold', activities: ['农产品和药品的冷链仓储与运输'] },
    { text: '企业管理咨询', short: '咨询', tag: 'zx', activities: ['企业管理、知识产权代理和科技项目申报咨询'] },
    { text: '数字科技', short: '数科', tag: 'sz', activities: ['工业互联网平台和企业数字化改造服务'] },
  ],
};

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

// Plausible 字号 (trade names). Brands of well-known companies are left out on purpose.
const GENERAL_BRANDS = words(`
鑫源 恒达 宏泰 瑞丰 金鹏 博远 云岭 滇峰 彝山 紫溪 鹿城 龙川 哀牢 金沙 盛源 正和 德润 同德 信诚 凯瑞
泰和 永昌 安泰 中诚 鼎盛 聚源 明德 丰源 兴滇 滇宏 远航 汇通 通达 骏达 昊天 晟泰 锦程 众联 众鑫 融达
天泽 润泽 泽宇 恒丰 春华 嘉和 群力 新桥 海诚 宏鑫 惠民 祥瑞 福瑞 鸿运 远恒 志诚 精诚 宏远 鑫盛 恒信
瑞祥 金诚 天宏 盛达 嘉信 正源 德信 凯达 立达 泰丰 永盛 万源 安达 中瑞 鼎鑫 聚丰 明远 佳源 远达 通源
骏丰 昊宇 晟达 锦华 众诚 润丰 泽源 恒润 春晖 嘉瑞 合众 群星 新宇 宏昌 华盛 惠丰 利达 福源 志远 滇中
峨碌 查姆 梅葛 云川 滇润 彝韵 金碧 子午 九龙 东升 云开 云帆 云瑞 云鼎 云泰 滇辉 滇源 滇兴 林海
高原 华辰 宇恒 宏宇 泰宇 景瑞 鸿泰 鸿瑞 鸿盛 鸿鑫 永鑫 兴盛 兴泰 兴隆 隆盛 昌盛 昌达 达盛 盛昌 盛和
和盛 和泰 和瑞 祥和 祥泰 福泰 福达 安盛 佳信 佳瑞 嘉盛 嘉泰 嘉鑫 鼎泰 鼎丰 鼎源 鼎诚 聚鑫 聚力 聚诚
众恒 合盛 合泰 合信 立恒 立鑫 立诚 诚达 信和 信泰 德泰 德盛 德丰 德源 厚德 明泰 明瑞 昊源 昊达 晟鑫
晟源 锦泰 锦瑞 锦源 润华 华恒 华瑞 天佑 天鸿 宏润 宏盛 金泰 金源 金丰 丰达 丰泰 泰源 泰瑞 远通 通泰
通瑞 汇鑫 汇达 融泰 融盛 博泰 博达 博源 博信 凯源 凯泰 卓信 卓达 卓瑞 卓源 科信 科源 科泰 精达 中鑫
新源 新达 新鑫 海泰 海瑞 益源 万盛 万鑫 利源 利恒 惠泰 惠源 九鼎 四方 百川 百汇 长青 长兴 青松 松茂
翠峰 青峰 云峰 峰源
`);
const INDUSTRY_BRANDS: Record<EnterpriseIndustry, readonly string[]> = {
  biomedicine: words('百草 本草 济生 康源 益康 滇康 彝康 厚朴 仁心 康泽 仁济 杏林 岐黄 青囊 本元 康盛 瑞草 灵源'),
  new_materials: words('磐石 坚石 金石 恒固 强固'),
  advanced_manufacturing: words('精工 锐达 创力 智远 精锐'),
  green_food: words('嘉禾 青禾 佳禾 金穗 天禾 金禾 丰禾 山野 彝家 彝乡 林下 谷丰 绿野 田园 山珍 森源 滇味'),
  green_chemicals: words('清源 碧源 绿洲 净源 蓝天'),
  modern_services: words('畅达 顺远 捷通 易达 速达'),
};

// Syllables for the invented e-mail and web domains.
const PINYIN: Record<string, string> = Object.fromEntries(
  `鑫xin 源yuan 恒heng 达da 宏hong 泰tai 瑞rui 丰feng 金jin 鹏peng 博bo 远yuan 云yun 岭ling 滇dian 峰feng
  彝yi 山shan 紫zi 溪xi 鹿lu 城cheng 龙long 川chuan 哀ai 牢lao 沙sha 盛sheng 正zheng 和he 德de 润run 同tong
  信xin 诚cheng 凯kai 永yong 昌chang 安an 中zhong 鼎ding 聚ju 明ming 兴xing 航hang 汇hui 通tong 骏jun 昊hao
  天tian 晟sheng 锦jin 程cheng 众zhong 联lian 融rong 泽ze 宇yu 春chun 华hua 嘉jia 群qun 力li 新xin 桥qiao 海hai
  惠hui 民min 祥xiang 福fu 运yun 志zhi 精jing 万wan 佳jia 星xing 利li 峨e 碌lu 查zha 姆mu 梅mei 葛ge
  韵yun 碧bi 子zi 午wu 九jiu 东dong 升sheng 开kai 帆fan 辉hui 林lin 高gao 原yuan 辰chen 景jing 鸿hong 隆long
  厚hou 佑you 卓zhuo 科ke 益yi 四si 方fang 百bai 长chang 青qing 松song 茂mao 翠cui 草cao 本ben 济ji 生sheng
  康kang 朴pu 仁ren 心xin 杏xing 岐qi 黄huang 囊nang 元yuan 灵ling 磐pan 石shi 坚jian 固gu 强qiang 工gong 锐rui
  创chuang 智zhi 禾he 穗sui 野ye 家jia 乡xiang 下xia 谷gu 绿lv 田tian 园yuan 珍zhen 森sen 立li 晖hui 合he 味wei 清qing 洲zhou 净jing 蓝lan 畅chang 顺shun 捷jie 易yi 速su`
    .split(/\s+/)
    .filter(Boolean)
    .map((entry) => [entry.slice(0, 1), entry.slice(1)]),
);

function toPinyin(brand: string): string {
  return [...brand]
    .map((ch) => {
      const syllable = PINYIN[ch];
      if (!syllable) throw new RangeError(`no pinyin for ${ch}`);
      return syllable;
    })
    .join('');
}

// Checked up front so a brand missing from the pinyin table fails on import, not only for some seeds.
for (const brand of [...GENERAL_BRANDS, ...Object.values(INDUSTRY_BRANDS).flat()]) toPinyin(brand);

/** Industry-specific 字号 (百草, 金穗 …) some of the time, otherwise a general one. */
function pickBrand(rng: Rng, industry: EnterpriseIndustry): string {
  return rng.pick(rng.chance(0.3) ? INDUSTRY_BRANDS[industry] : GENERAL_BRANDS);
}

const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['有限公司', 75],
  ['有限责任公司', 12],
  ['股份有限公司', 13],
];

type NameParts = { name: string; shortName: string; domainStem: string };

function enterpriseName(rng: Rng, brand: string, phrase: Phrase, region: string): NameParts {
  const county = COUNTIES[region];
  const form = rng.weighted(LEGAL_FORMS);
  const body = brand + phrase.text;
  const py = toPinyin(brand);
  const style = county
    ? rng.weighted([['county', 6], ['yunnan', 3], ['chuxiong', 1]] as const)
    : rng.weighted([['yunnan', 45], ['chuxiong', 35], ['prefecture', 8], ['bracketed', 12]] as const);
  const name =
    style === 'county' && county
      ? county.short + body + form
      : style === 'yunnan'
        ? '云南' + body + form
        : style === 'chuxiong'
          ? '楚雄' + body + form
          : style === 'prefecture'
            ? '楚雄州' + body + form
            : `${brand}（楚雄）${phrase.text}${form}`;
  const regionPy = style === 'county' && county ? county.pinyin : style === 'yunnan' ? 'yn' : 'cx';
  const domainStem = rng.pick([py + phrase.tag, regionPy + py, py + regionPy]);
  return { name, shortName: brand + (phrase.short ?? phrase.text), domainStem };
}

// ---------------------------------------------------------------------------------------------
// Addresses

const ZONE_ROADS = ['永安大道', '阳光大道', '兴业路', '创新路', '科技路', '园区大道', '富民路', '发展路', '振兴路', '开源路', '龙川路', '苍岭大道', '经开路', '工业大道', '彝海路', '紫溪路', '福源路', '智造路', '产业大道', '东盛路'];
const CITY_ROADS = ['鹿城南路', '鹿城北路', '鹿城西路', '鹿城东路', '龙江路', '永安路', '兴雄路', '团结路', '福塔路', '太阳历大道'];
const COUNTY_ROADS = ['人民路', '建设路', '兴业路', '城南路', '民族路', '环城路'];

function enterpriseAddress(rng: Rng, region: string, industry: EnterpriseIndustry): string {
  const n = rng.int(1, 399);
  const county = COUNTIES[region];
  if (county) {
    return industry !== 'modern_services' && rng.chance(0.6)
      ? `${county.name}工业园区${rng.pick(COUNTY_ROADS)}${n}号`
      : `${county.name}${rng.pick(COUNTY_ROADS)}${n}号`;
  }
  if (industry === 'modern_services' && rng.chance(0.5)) {
    return `楚雄市${rng.pick(CITY_ROADS)}${n}号${rng.chance(0.5) ? `${rng.int(2, 18)}楼` : ''}`;
  }
  const road = rng.pick(ZONE_ROADS);
  return rng.weighted([
    [`楚雄市高新区${road}${n}号`, 6],
    [`云南省楚雄彝族自治州楚雄市高新区${road}${n}号`, 2],
    [`楚雄市高新区${road}${n}号标准厂房${rng.int(1, 24)}栋`, 2],
  ] as const);
}

// ---------------------------------------------------------------------------------------------
// Descriptions

const LEADS = ['主要从事', '公司主要从事', '专注于', '主营', '企业主要从事'];
const HIGH_TECH_NOTES = [
  '系国家高新技术企业，建有州级企业技术中心。',
  '系国家高新技术企业，拥有多项发明专利。',
  '公司为国家高新技术企业，与省内高校共建研发平台。',
  '国家高新技术企业，设有院士（专家）工作站。',
];
const TECH_SME_NOTES = ['已入库国家科技型中小企业。', '是科技型中小企业，研发投入逐年增长。', '入选国家科技型中小企业，拥有实用新型专利多项。'];

function enterpriseDescription(
  rng: Rng,
  industry: EnterpriseIndustry,
  phrase: Phrase,
  isHighTech: boolean,
  isTechSme: boolean,
): string {
  const first = `${rng.pick(LEADS)}${rng.pick(phrase.activities)}。`;
  if (isHighTech) return first + rng.pick(HIGH_TECH_NOTES);
  if (isTechSme && rng.chance(0.6)) return first + rng.pick(TECH_SME_NOTES);
  if (!rng.chance(0.5)) return first;
  const notes =
    industry === 'modern_services'
      ? [`现有员工${rng.int(2, 30) * 10}余人。`, '服务网点覆盖楚雄州各县市。', '与区内院校合作开展订单式人才培养。']
      : [
          `现有员工${rng.int(3, 60) * 10}余人。`,
          `产品销往全国${rng.int(10, 28)}个省区市。`,
          '已通过ISO 9001质量管理体系认证。',
          '常年面向园区及周边招聘一线技术工人。',
          '与区内院校合作开展订单式人才培养。',
        ];
  return first + rng.pick(notes);
}

// ---------------------------------------------------------------------------------------------
// The fixed organisations: the article's real names plus invented schools, institutes,
// associations, banks and government bodies.

type FixedSpec = {
  key: string;
  name: string;
  shortName: string | null;
  type: DemoOrganisation['type'];
  industry: Industry;
  regionCode: string;
  /** region in the credit code; higher-level bodies register with the prefecture or province */
  registeredIn: string;
  registrant: Registrant;
  codeStyle: CodeStyle;
  address: string | null;
  website: string | null;
  /** domain for an invented contact mailbox; null for real organisations */
  mailDomain: string | null;
  description: string;
  role: CouncilRole | null;
  joinedBetween?: readonly [string, string];
  isHighTech?: boolean;
  isTechSme?: boolean;
};

const FIXED: readonly FixedSpec[] = [
  {
    key: 'gov-zone', name: '楚雄高新技术产业开发区管理委员会', shortName: '楚雄高新区管委会', type: 'government',
    industry: 'public_administration', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '11', codeStyle: 'legacy',
    address: '楚雄市高新区永安大道', website: null, mailDomain: null, role: null,
    description: '楚雄国家高新技术产业开发区的管理机构，负责园区规划建设、产业发展、招商引资和人才服务等工作。',
  },
  {
    key: 'gov-hr', name: '楚雄州人力资源和社会保障局', shortName: '州人社局', type: 'government',
    industry: 'public_administration', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '11', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null, role: null,
    description: '州人民政府主管人力资源和社会保障工作的部门，负责就业促进、职业能力建设和人才服务等工作。',
  },
  {
    key: 'gov-edu', name: '楚雄州教育体育局', shortName: '州教育体育局', type: 'government',
    industry: 'public_administration', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '11', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null, role: null,
    description: '州人民政府主管教育和体育工作的部门，牵头推进楚雄高新区市域产教联合体建设。',
  },
  {
    // Set up in July 2023 per the article, so it joins the council after that.
    key: 'operator', name: '楚雄高新区人力资源产业园运营管理有限公司', shortName: '高新区人力资源产业园', type: 'operator',
    industry: 'modern_services', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'market',
    address: '楚雄市高新区永安大道88号人力资源产业园', website: 'www.cxgxhrpark.com', mailDomain: 'cxgxhrpark.com',
    role: 'secretary_general', joinedBetween: ['2023-08-01', '2023-09-30'],
    description: '国有控股、民营参股的人力资源服务企业，负责高新区人力资源产业园和产教联合体的实体化运营，提供招聘对接、职业指导和校企合作服务。',
  },
  // Schools. The chair is the zone's own medical college: biomedicine is the zone's leading industry.
  {
    key: 'chuxiong-med', name: '楚雄医药高等专科学校', shortName: '楚雄医专', type: 'school',
    industry: 'education', regionCode: ZONE_REGION, registeredIn: '530000', registrant: '12', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null,
    role: 'chair', joinedBetween: ['2021-09-01', '2021-12-31'],
    description: '公办医药类高等专科学校，开设医学、药学、护理、医学检验等专业，与园区医药企业开展人才培养和技术合作。',
  },
  {
    key: 'dali', name: '大理大学', shortName: null, type: 'school',
    industry: 'education', regionCode: '532901', registeredIn: '530000', registrant: '12', codeStyle: 'legacy',
    address: '云南省大理白族自治州大理市', website: 'www.dali.edu.cn', mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2022-01-01', '2022-06-30'],
    description: '云南省属综合性本科院校，在医学、药学、农学等学科与园区企业开展科研合作和毕业生就业对接。',
  },
  {
    key: 'chuxiong-normal', name: '楚雄师范学院', shortName: '楚雄师院', type: 'school',
    industry: 'education', regionCode: ZONE_REGION, registeredIn: '530000', registrant: '12', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: 'www.cxtc.edu.cn', mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2021-09-01', '2022-03-31'],
    description: '楚雄州内的公办本科院校，面向园区企业输送化学、计算机、经济管理等专业毕业生并开展横向课题合作。',
  },
  {
    key: 'kunming-industrial', name: '昆明工业职业技术学院', shortName: '昆明工业职院', type: 'school',
    industry: 'education', regionCode: '530181', registeredIn: '530000', registrant: '12', codeStyle: 'legacy',
    address: '云南省昆明市安宁市', website: null, mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2022-03-01', '2022-09-30'],
    description: '公办高等职业院校，开设机械制造、冶金、智能控制等工科专业，与园区企业合作开展订单培养和实习实训。',
  },
  {
    key: 'zixi-vocational', name: '云南紫溪职业技术学院', shortName: '紫溪职院', type: 'school',
    industry: 'education', regionCode: ZONE_REGION, registeredIn: '530000', registrant: '52', codeStyle: 'social',
    address: '楚雄市鹿城东路216号', website: 'www.zxvtc.edu.cn', mailDomain: 'zxvtc.edu.cn',
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '民办高等职业院校，开设药品生产技术、智能制造、电子商务等专业，在园区企业设有校外实训基地。',
  },
  {
    key: 'lucheng-technical', name: '楚雄鹿城技工学校', shortName: '鹿城技校', type: 'school',
    industry: 'education', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '52', codeStyle: 'social',
    address: '楚雄市高新区兴业路56号', website: null, mailDomain: 'lcjgxx.cn',
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '以焊接、数控加工、电工为主要专业的技工学校，承担园区企业职工技能培训和等级认定。',
  },
  {
    key: 'boren-health', name: '楚雄博仁卫生职业学校', shortName: '博仁卫校', type: 'school',
    industry: 'education', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '52', codeStyle: 'social',
    address: '楚雄市鹿城西路132号', website: null, mailDomain: 'cxbrwx.cn',
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '民办中等卫生职业学校，开设护理、药剂、康复技术等专业，为园区医药企业培养一线技能人员。',
  },
  // Research institutes.
  {
    key: 'inst-1', name: '楚雄高新区生物医药产业技术研究院', shortName: '生物医药研究院', type: 'institute',
    industry: 'biomedicine', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '52', codeStyle: 'social',
    address: '楚雄市高新区创新路18号', website: 'www.cxbmri.cn', mailDomain: 'cxbmri.cn',
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '面向园区医药企业的新型研发机构，开展彝药新药研发、质量标准研究和中试服务。',
  },
  {
    key: 'inst-2', name: '云南苍岭新材料研究院有限公司', shortName: '苍岭新材料研究院', type: 'institute',
    industry: 'new_materials', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'market',
    address: '楚雄市高新区科技路26号', website: 'www.clncl.com.cn', mailDomain: 'clncl.com.cn',
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '从事钛合金、功能粉体等新材料的应用研究和检测评价，为企业提供技术开发和成果转化服务。',
  },
  {
    key: 'inst-3', name: '楚雄州绿色食品产业研究所', shortName: null, type: 'institute',
    industry: 'green_food', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '12', codeStyle: 'legacy',
    address: '楚雄市鹿城北路77号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-01-01', '2023-06-30'],
    description: '州属公益类科研事业单位，研究野生菌保鲜、核桃精深加工和彝族特色食品工艺。',
  },
  {
    key: 'inst-4', name: '楚雄高新区先进制造技术服务中心', shortName: null, type: 'institute',
    industry: 'advanced_manufacturing', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '12', codeStyle: 'legacy',
    address: '楚雄市高新区智造路9号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-06-01', '2023-06-30'],
    description: '为园区制造企业提供工艺改进、设备检测和数字化改造咨询的技术服务机构。',
  },
  // Industry associations.
  {
    key: 'assoc-1', name: '楚雄高新区生物医药产业协会', shortName: '医药产业协会', type: 'association',
    industry: 'biomedicine', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '51', codeStyle: 'social',
    address: '楚雄市高新区创新路18号', website: null, mailDomain: null,
    role: 'executive_member', joinedBetween: ['2022-01-01', '2023-04-30'],
    description: '由园区医药企业自愿组成的行业组织，组织企业开展标准制定、人才交流和市场推介。',
  },
  {
    key: 'assoc-2', name: '楚雄州绿色食品加工协会', shortName: null, type: 'association',
    industry: 'green_food', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '51', codeStyle: 'social',
    address: '楚雄市鹿城南路305号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-01-01', '2023-06-30'],
    description: '服务野生菌、核桃等特色食品加工企业的行业协会，开展质量培训和品牌推广。',
  },
  {
    key: 'assoc-3', name: '楚雄高新区企业家协会', shortName: null, type: 'association',
    industry: 'other', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '51', codeStyle: 'social',
    address: '楚雄市高新区永安大道88号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-01-01', '2023-06-30'],
    description: '园区企业经营者的联谊和服务组织，组织政策宣讲、企业走访和经验交流活动。',
  },
  {
    key: 'assoc-4', name: '楚雄州人力资源服务业协会', shortName: null, type: 'association',
    industry: 'modern_services', regionCode: ZONE_REGION, registeredIn: '532300', registrant: '51', codeStyle: 'social',
    address: '楚雄市兴雄路41号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-06-01', '2023-06-30'],
    description: '全州人力资源服务机构的行业组织，推动行业规范经营和从业人员培训。',
  },
  {
    key: 'assoc-5', name: '楚雄高新区新材料产业协会', shortName: null, type: 'association',
    industry: 'new_materials', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '51', codeStyle: 'social',
    address: '楚雄市高新区科技路26号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2022-06-01', '2023-06-30'],
    description: '由钛材、新型建材等新材料企业组成的行业协会，组织技术交流和产业链对接。',
  },
  // Partner banks for the innovation-index loans (branch names invented).
  {
    key: 'bank-1', name: '中国农业银行股份有限公司楚雄高新区支行', shortName: '农行楚雄高新区支行', type: 'bank',
    industry: 'finance', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'legacy',
    address: '楚雄市高新区阳光大道102号', website: 'www.abchina.com', mailDomain: null,
    role: 'executive_member', joinedBetween: ['2022-06-01', '2023-04-30'],
    description: '为园区企业提供对公结算、科技金融和创新指数贷等信贷服务。',
  },
  {
    key: 'bank-2', name: '中国建设银行股份有限公司楚雄开发区支行', shortName: '建行楚雄开发区支行', type: 'bank',
    industry: 'finance', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'legacy',
    address: '楚雄市高新区永安大道210号', website: 'www.ccb.com', mailDomain: null,
    role: 'executive_member', joinedBetween: ['2022-06-01', '2023-04-30'],
    description: '面向科技型企业开展知识产权质押融资和创新指数贷业务。',
  },
  {
    key: 'bank-3', name: '富滇银行股份有限公司楚雄高新区支行', shortName: '富滇银行高新区支行', type: 'bank',
    industry: 'finance', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'market',
    address: '楚雄市高新区兴业路8号', website: null, mailDomain: null,
    role: 'member', joinedBetween: ['2023-01-01', '2023-10-31'],
    description: '为园区中小企业提供流动资金贷款和科技信贷产品。',
  },
  {
    key: 'bank-4', name: '中国邮政储蓄银行股份有限公司楚雄市高新区支行', shortName: '邮储银行高新区支行', type: 'bank',
    industry: 'finance', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'market',
    address: '楚雄市高新区发展路33号', website: 'www.psbc.com', mailDomain: null,
    role: 'member', joinedBetween: ['2023-01-01', '2023-10-31'],
    description: '为园区小微企业和个体工商户提供普惠金融服务。',
  },
  // Enterprises the article names.
  {
    key: 'huapai', name: '云南华派药业有限公司', shortName: '华派药业', type: 'enterprise',
    industry: 'biomedicine', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2021-10-01', '2022-06-30'], isHighTech: true, isTechSme: false,
    description: '医药制造企业，集药品研发、生产和销售于一体。',
  },
  {
    key: 'hechuang', name: '楚雄和创药业有限公司', shortName: '和创药业', type: 'enterprise',
    industry: 'biomedicine', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'market',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2021-10-01', '2022-06-30'], isHighTech: true, isTechSme: true,
    description: '园区重点医药企业，主要从事药品的研发、生产与销售。',
  },
  {
    key: 'moer', name: '云南摩尔农庄生物科技开发有限公司', shortName: '摩尔农庄', type: 'enterprise',
    industry: 'green_food', regionCode: ZONE_REGION, registeredIn: ZONE_REGION, registrant: '91', codeStyle: 'legacy',
    address: '云南省楚雄彝族自治州楚雄市', website: null, mailDomain: null,
    role: 'vice_chair', joinedBetween: ['2021-10-01', '2022-06-30'], isHighTech: true, isTechSme: false,
    description: '以核桃为主要原料的绿色食品企业，从事核桃基地建设和核桃系列产品的加工销售。',
  },
];

// ---------------------------------------------------------------------------------------------
// Generated enterprises

/** Share of generated enterprises per industry: the three main industries are heavier. */
const INDUSTRY_SHARES: readonly (readonly [EnterpriseIndustry, number])[] = [
  ['biomedicine', 24],
  ['new_materials', 18],
  ['advanced_manufacturing', 20],
  ['green_food', 15],
  ['green_chemicals', 8],
  ['modern_services', 15],
];
const HIGH_TECH_WEIGHT: Record<EnterpriseIndustry, number> = {
  biomedicine: 5, new_materials: 4, advanced_manufacturing: 4, green_food: 1, green_chemicals: 1.5, modern_services: 0.4,
};
const TECH_SME_WEIGHT: Record<EnterpriseIndustry, number> = {
  biomedicine: 3, new_materials: 3, advanced_manufacturing: 3, green_food: 2, green_chemicals: 2, modern_services: 1.5,
};

type Draft = {
  org: DemoOrganisation;
  industry: EnterpriseIndustry;
  phrase: Phrase;
  domainStem: string;
};

/** Whole-number industry quotas summing to `total` (largest remainder). */
function industryQuotas(total: number): [EnterpriseIndustry, number][] {
  const sum = INDUSTRY_SHARES.reduce((s, [, w]) => s + w, 0);
  const raw = INDUSTRY_SHARES.map(([industry, w]) => ({ industry, exact: (total * w) / sum }));
  const quotas = raw.map((r) => ({ industry: r.industry, n: Math.floor(r.exact), rest: r.exact - Math.floor(r.exact) }));
  let missing = total - quotas.reduce((s, q) => s + q.n, 0);
  for (const q of [...quotas].sort((a, b) => b.rest - a.rest)) {
    if (missing-- <= 0) break;
    q.n += 1;
  }
  return quotas.map((q) => [q.industry, q.n]);
}

function uniqueDomain(rng: Rng, stem: string, usedDomains: Set<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const base = attempt === 0 ? stem : `${stem}${rng.int(1, 99)}`;
    const domain = `${base}.${rng.pick(['com', 'com', 'com.cn', 'cn'])}`;
    if (!usedDomains.has(domain)) {
      usedDomains.add(domain);
      return domain;
    }
  }
}

const MAILBOXES: readonly (readonly [string, number])[] = [
  ['hr', 6], ['zhaopin', 3], ['rlzy', 2], ['office', 2], ['admin', 1], ['info', 1], ['rsb', 1],
];

function generateEnterprises(rng: Rng, count: number, usedCodes: Set<string>, usedNames: Set<string>): Draft[] {
  const usedBrands = new Set<string>();
  const drafts: Draft[] = [];
  const industries = industryQuotas(count).flatMap(([industry, n]) => Array<EnterpriseIndustry>(n).fill(industry));
  for (const industry of industries) {
    const phrase = rng.pick(PHRASES[industry]);
    const region =
      phrase.counties && rng.chance(0.5)
        ? rng.pick(phrase.counties)
        : rng.chance(0.08)
          ? rng.pick(COUNTY_CODES)
          : ZONE_REGION;
    let parts: NameParts;
    let brand: string;
    do {
      brand = pickBrand(rng, industry);
      parts = enterpriseName(rng, brand, phrase, region);
    } while (usedBrands.has(brand) || usedNames.has(parts.name));
    usedBrands.add(brand);
    usedNames.add(parts.name);
    const key = `ent-${String(drafts.length + 1).padStart(3, '0')}`;
    drafts.push({
      industry,
      phrase,
      domainStem: parts.domainStem,
      org: {
        key,
        name: parts.name,
        shortName: rng.chance(0.75) ? parts.shortName : null,
        type: 'enterprise',
        // Companies registered before the 2015 reform kept their old organisation code.
        creditCode: creditCode(rng, usedCodes, '91', region, rng.chance(0.35) ? 'legacy' : 'market'),
        regionCode: region,
        address: enterpriseAddress(rng, region, industry),
        industry,
        councilRole: null,
        joinedOn: null,
        isHighTech: false,
        isTechSme: false,
        contactName: personName(rng),
        contactPhone: phone(rng, region, 0.4),
        contactEmail: null,
        website: null,
        description: null,
      },
    });
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------

export function generateDemoOrganisations(seed: number = DEMO_ORGANISATIONS_SEED): DemoOrganisation[] {
  const rng = new Rng(seed);
  const usedCodes = new Set<string>();
  const usedNames = new Set(FIXED.map((f) => f.name));
  const usedDomains = new Set(FIXED.flatMap((f) => (f.mailDomain ? [f.mailDomain] : [])));

  const fixed: DemoOrganisation[] = FIXED.map((spec) => ({
    key: spec.key,
    name: spec.name,
    shortName: spec.shortName,
    type: spec.type,
    creditCode: creditCode(rng, usedCodes, spec.registrant, spec.registeredIn, spec.codeStyle),
    regionCode: spec.regionCode,
    address: spec.address,
    industry: spec.industry,
    councilRole: spec.role,
    joinedOn: spec.role && spec.joinedBetween ? randomDate(rng, spec.joinedBetween[0], spec.joinedBetween[1]) : null,
    isHighTech: spec.isHighTech ?? false,
    isTechSme: spec.isTechSme ?? false,
    contactName: personName(rng),
    contactPhone: phone(rng, spec.regionCode, 0.15),
    contactEmail: spec.mailDomain ? `${rng.weighted(MAILBOXES)}@${spec.mailDomain}` : null,
    website: spec.website,
    description: spec.description,
  }));

  const fixedMembers = fixed.filter((o) => o.councilRole !== null).length;
  const generatedCount = COUNCIL_MEMBERS - fixedMembers + NON_MEMBER_ENTERPRISES;
  const drafts = generateEnterprises(rng, generatedCount, usedCodes, usedNames);

  const fixedEnterprises = fixed.filter((o) => o.type === 'enterprise');
  const highTech = sampleWeighted(
    rng,
    drafts,
    HIGH_TECH_ENTERPRISES - fixedEnterprises.filter((o) => o.isHighTech).length,
    (d) => HIGH_TECH_WEIGHT[d.industry],
  );
  // Many high-tech firms are also registered tech SMEs, so they are more likely to be drawn.
  const techSme = sampleWeighted(
    rng,
    drafts,
    TECH_SMES - fixedEnterprises.filter((o) => o.isTechSme).length,
    (d) => TECH_SME_WEIGHT[d.industry] * (highTech.has(d) ? 2 : 1),
  );
  for (const d of drafts) {
    d.org.isHighTech = highTech.has(d);
    d.org.isTechSme = techSme.has(d);
  }

  const nonMembers = sampleWeighted(rng, drafts, NON_MEMBER_ENTERPRISES, (d) => (d.org.isHighTech ? 0.3 : 1));
  const members = drafts.filter((d) => !nonMembers.has(d));
  const fixedExecutives = fixed.filter((o) => o.councilRole === 'executive_member').length;
  const executives = sampleWeighted(rng, members, EXECUTIVE_MEMBERS - fixedExecutives, (d) =>
    (d.org.isHighTech ? 10 : 1) * (d.industry === 'green_food' || d.industry === 'modern_services' ? 0.5 : 1),
  );

  for (const d of drafts) {
    const org = d.org;
    if (!nonMembers.has(d)) {
      org.councilRole = executives.has(d) ? 'executive_member' : 'member';
      org.joinedOn = executives.has(d) ? randomDate(rng, '2021-06-01', '2023-04-30') : memberJoinDate(rng);
    }
    const hasDomain = rng.chance(org.isHighTech ? 0.95 : 0.8);
    const domain = hasDomain ? uniqueDomain(rng, d.domainStem, usedDomains) : null;
    org.contactEmail = domain ? `${rng.weighted(MAILBOXES)}@${domain}` : null;
    org.website = domain && rng.chance(org.isHighTech ? 0.7 : 0.35) ? `www.${domain}` : null;
    org.description = enterpriseDescription(rng, d.industry, d.phrase, org.isHighTech, org.isTechSme);
  }

  return [...fixed, ...drafts.map((d) => d.org)];
}
