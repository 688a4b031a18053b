// The skills vocabulary of matching: the names postings and résumés give one skill or certificate
// (PLC and 可编程控制器, CAD and AutoCAD, C1 and 驾驶证 C1) map to one canonical skill, compared
// after NFKC, lower case and without spaces. A held skill can imply others (a B2 licence allows
// driving C1 vehicles; 普通话二级甲等 is a 普通话 certificate), so a requirement of the broader
// skill is met by the narrower one, not the other way round. A skill missing from the vocabulary
// is its own canonical skill.

/** Each line: the canonical name first, then the other names it goes by. */
const SKILL_SYNONYMS: readonly (readonly string[])[] = [
  // Automation, electrical, machining
  ['PLC', '可编程控制器', 'PLC编程', '可编程逻辑控制器', 'PLC控制'],
  ['西门子PLC', 'Siemens PLC', 'S7-1200', 'S7-200'],
  ['AutoCAD', 'CAD', '计算机辅助设计', 'CAD制图', 'AutoCAD制图'],
  ['SolidWorks', 'SW', 'Solid Works'],
  ['UG', 'UG NX', 'NX', 'Unigraphics'],
  ['Mastercam', 'Master CAM'],
  ['EPLAN', 'EPLAN Electric P8'],
  ['WinCC', 'WinCC组态'],
  ['电工证', '低压电工证', '低压电工', '低压电工作业证', '电工操作证', '电工上岗证'],
  ['高压电工证', '高压电工', '高压电工作业证', '高压电工操作证'],
  ['电气识图', '电气图纸识读', '电气制图'],
  ['识图', '看图纸', '图纸识读'],
  ['机械制图', '制图'],
  ['电气安装', '电气设备安装'],
  ['电气维修', '电气设备维修', '电气故障排查'],
  ['设备维修', '设备维护', '设备维修保养', '机电维修'],
  ['设备保养', '设备日常保养'],
  ['变频器', '变频器调试', '变频调速'],
  ['数控编程', 'CNC', 'CNC编程', '数控加工', '数控编程加工'],
  ['数控车床', '数控车', '数控车床操作'],
  ['工业机器人', '工业机器人编程', '机器人编程', '工业机器人操作', '示教编程'],
  ['FANUC', '发那科'],
  ['ABB', 'ABB机器人'],
  ['视觉检测', '机器视觉'],
  ['焊工证', '电焊', '电焊工证', '焊工', '熔化焊接与热切割作业证'],
  ['二氧化碳保护焊', '二保焊', 'CO2保护焊', 'CO2气体保护焊'],
  ['氩弧焊', 'TIG焊'],
  ['钳工', '钳工证'],
  ['三坐标', '三坐标测量'],
  ['5S', '5S管理'],
  ['6S', '6S管理'],
  ['天车操作', '行车操作', '起重机操作', '桥式起重机操作'],
  ['高处作业证', '登高证', '高空作业证'],
  ['汽车维修', '汽车维修保养', '汽车修理'],
  ['故障诊断', '汽车故障诊断'],
  // Driving and logistics
  ['C1驾照', '驾驶证 C1', '驾驶证C1', 'C1', 'C1驾驶证', '驾照C1', '机动车驾驶证C1'],
  ['B2驾照', '驾驶证 B2', '驾驶证B2', 'B2', 'B2驾驶证'],
  ['A2驾照', '驾驶证 A2', '驾驶证A2', 'A2', 'A2驾驶证'],
  ['叉车证', '叉车', '叉车驾驶', '叉车操作证', '叉车司机证'],
  ['仓储管理', '仓库管理', '库存管理'],
  ['道路运输从业资格证', '从业资格证', '货运从业资格证'],
  // Pharmaceutical, chemical and laboratory
  ['GMP', '药品生产质量管理规范', 'GMP规范', '新版GMP'],
  ['医疗器械GMP', '医疗器械生产质量管理规范'],
  ['GSP', '药品经营质量管理规范'],
  ['HPLC', '高效液相色谱', '高效液相色谱仪', '液相色谱', '液相'],
  ['气相色谱', 'GC', '气相色谱仪', '气相'],
  ['原子吸收', '原子吸收光谱', 'AAS'],
  ['中国药典', '药典'],
  ['QC', '质量控制', '质检', '质量检验'],
  ['QA', '质量保证'],
  ['IQC', '来料检验'],
  ['IPQC', '制程检验'],
  ['ISO9001', 'ISO 9001', 'ISO9001质量管理体系'],
  ['质量体系', '质量管理体系'],
  ['化学分析', '化验分析', '化学检验'],
  ['仪器分析', '仪器分析技术'],
  ['药品检验', '药检', '药品质量检验'],
  ['中药鉴定', '中药材识别', '中药材鉴定', '中药鉴别'],
  ['中药炮制', '饮片炮制', '中药饮片炮制'],
  ['洁净区操作', '无菌操作'],
  ['洁净区管理'],
  ['DCS', 'DCS 操作', 'DCS操作', '中控操作', '集散控制系统'],
  ['化工总控工证', '化工总控工'],
  ['Aspen', 'Aspen Plus'],
  ['危化品', '危险化学品', '危险化学品安全作业'],
  ['执业药师', '执业药师资格', '执业药师证'],
  ['护士执业资格', '护士资格证', '护士执业证', '护士证'],
  ['执业医师资格', '执业医师', '执业医师证'],
  ['微生物检验', '微生物检测'],
  ['理化检验', '理化检测'],
  ['食品检验', '食品检测'],
  ['食品安全', '食品安全知识'],
  ['食品安全管理'],
  ['HACCP', '危害分析与关键控制点'],
  ['ISO22000', 'ISO 22000'],
  ['健康证', '食品从业人员健康证'],
  // Office, finance, business
  ['Office', 'Office 办公软件', 'Office办公软件', '办公软件', 'MS Office', 'WPS'],
  ['Word', 'MS Word'],
  ['Excel', '电子表格', 'MS Excel', 'Excel表格'],
  ['PPT', 'PowerPoint'],
  ['计算机二级', '全国计算机等级考试二级', 'NCRE二级', '计算机等级二级'],
  ['初级会计职称', '初级会计', '助理会计师', '初级会计师'],
  ['中级会计职称', '中级会计', '中级会计师'],
  ['用友', '用友软件', '用友财务软件'],
  ['用友 U8', '用友U8'],
  ['金蝶', '金蝶软件', '金蝶财务软件'],
  ['金蝶 KIS', '金蝶KIS'],
  ['税务申报', '纳税申报', '报税'],
  ['客户管理', '客户关系管理', 'CRM', '客户维护'],
  ['社保办理', '社保公积金', '社保公积金办理', '社保'],
  ['人力资源', '人力资源管理'],
  ['人力资源管理师', '企业人力资源管理师'],
  ['沟通能力', '沟通协调', '沟通协调能力'],
  ['电商运营', '网店运营', '电子商务运营', '店铺运营'],
  ['淘宝运营', '淘宝店铺运营'],
  ['拼多多', '拼多多运营'],
  ['抖音运营', '抖音'],
  ['直播带货', '直播', '直播销售'],
  ['短视频剪辑', '视频剪辑', '短视频制作'],
  ['剪映'],
  ['Photoshop', 'PS', 'Adobe Photoshop', 'PhotoShop修图'],
  ['公文写作', '公文撰写'],
  ['文案写作', '文案撰写'],
  ['普通话', '普通话证'],
  ['普通话二级甲等', '普通话二甲', '普通话二级甲'],
  ['普通话二级乙等', '普通话二乙', '普通话二级乙'],
  ['英语四级', 'CET-4', 'CET4', '大学英语四级'],
  ['英语六级', 'CET-6', 'CET6', '大学英语六级'],
  ['英语专业八级', '专八', 'TEM-8', 'TEM8'],
  ['教师资格证', '教师资格'],
  ['幼儿教师资格证', '幼师资格证', '幼儿园教师资格证'],
  ['中式烹调师', '厨师证', '中式烹调师证'],
  ['中式烹调', '中餐烹饪', '中式烹饪'],
  ['茶艺师', '茶艺师证'],
  ['育婴员证', '育婴师', '育婴员', '育婴师证'],
  ['保安员证', '保安证'],
  // Software
  ['Java', 'Java开发'],
  ['JavaScript', 'JS'],
  ['TypeScript', 'TS'],
  ['HTML/CSS', 'HTML', 'HTML5', 'CSS', 'CSS3', 'HTML5/CSS3'],
  ['Spring Boot', 'SpringBoot'],
  ['Vue', 'Vue.js', 'VueJS', 'Vue3'],
  ['MySQL', 'MySQL数据库'],
  ['Linux', 'Linux系统'],
  ['Windows Server', 'Windows服务器'],
];

/** Canonical skill → the canonical skills that holding it also gives. */
const SKILL_IMPLIES: Record<string, readonly string[]> = {
  西门子PLC: ['PLC'],
  高压电工证: ['电工证'],
  电气识图: ['识图'],
  机械制图: ['识图'],
  B2驾照: ['C1驾照'],
  A2驾照: ['B2驾照', 'C1驾照'],
  二氧化碳保护焊: ['焊工证'],
  '6S': ['5S'],
  IQC: ['QC'],
  IPQC: ['QC'],
  ISO9001: ['质量体系'],
  洁净区管理: ['洁净区操作'],
  医疗器械GMP: ['质量体系'],
  中式烹调师: ['中式烹调'],
  '用友 U8': ['用友'],
  '金蝶 KIS': ['金蝶'],
  中级会计职称: ['初级会计职称'],
  人力资源管理师: ['人力资源'],
  淘宝运营: ['电商运营'],
  拼多多: ['电商运营'],
  抖音运营: ['短视频剪辑'],
  剪映: ['短视频剪辑'],
  普通话二级甲等: ['普通话'],
  普通话二级乙等: ['普通话'],
  英语六级: ['英语四级'],
  英语专业八级: ['英语四级'],
  幼儿教师资格证: ['教师资格证'],
  'Spring Boot': ['Java'],
  TypeScript: ['JavaScript'],
  Excel: ['Office'],
  Word: ['Office'],
  PPT: ['Office'],
};

/** NFKC (full-width to half-width), lower case, without spaces: ＣＡＤ, cad and C A D are one name. */
export function normalizeSkill(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** A skill as matching compares it: `key` decides equality, `label` is what an explanation shows. */
export type CanonicalSkill = { key: string; label: string };

const CANONICAL = new Map<string, CanonicalSkill>();
for (const [label, ...others] of SKILL_SYNONYMS) {
  if (label === undefined) continue;
  const skill = { key: normalizeSkill(label), label };
  for (const name of [label, ...others]) CANONICAL.set(normalizeSkill(name), skill);
}
const IMPLIED = new Map<string, string[]>();
for (const [skill, implied] of Object.entries(SKILL_IMPLIES)) {
  IMPLIED.set(
    normalizeSkill(skill),
    implied.map((name) => normalizeSkill(name)),
  );
}

/**
 * The canonical skill of a name; a name missing from the vocabulary is its own, labelled as
 * written (NFKC, trimmed), so an unknown skill only matches the same name.
 */
export function canonicalSkill(name: string): CanonicalSkill {
  const key = normalizeSkill(name);
  return CANONICAL.get(key) ?? { key, label: name.normalize('NFKC').trim() };
}

/** The distinct canonical skills a posting requires, in the posting's order; empty names dropped. */
export function requiredSkills(names: readonly string[]): CanonicalSkill[] {
  const seen = new Set<string>();
  const skills: CanonicalSkill[] = [];
  for (const name of names) {
    const skill = canonicalSkill(name);
    if (skill.key === '' || seen.has(skill.key)) continue;
    seen.add(skill.key);
    skills.push(skill);
  }
  return skills;
}

/** The canonical skills a seeker holds: the listed ones and every skill they imply, each once. */
export function heldSkills(names: readonly string[]): CanonicalSkill[] {
  const held = new Map<string, CanonicalSkill>();
  const pending = requiredSkills(names);
  while (pending.length > 0) {
    const skill = pending.pop()!;
    if (held.has(skill.key)) continue;
    held.set(skill.key, skill);
    for (const key of IMPLIED.get(skill.key) ?? []) {
      const implied = CANONICAL.get(key);
      if (implied && !held.has(key)) pending.push(implied);
    }
  }
  return [...held.values()];
}
