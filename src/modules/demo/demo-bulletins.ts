import { defaultBulletinTitle, groupByEnterprise } from '../bulletins/bulletin-content';
import type { ContactPoint } from '../bulletins/bulletins.table';

// The demo zone's recruitment bulletins of 2023: 24 issues (the article's figure), two a month,
// compiled from the demo positions. Pure and deterministic: the same positions always give the
// same issues. Addresses and telephone numbers are invented.

export type DemoBulletinPosition = {
  id: string;
  organisationId: string;
  /** When the position was published; it is listed only in issues that come out after that. */
  publishedAt: Date;
  /** Mentioned in the introduction's totals when given. */
  headcount?: number;
};

export type DemoBulletin = {
  year: number;
  issueNo: number;
  title: string;
  introduction: string;
  contactPoints: ContactPoint[];
  publishedAt: Date;
  /** Grouped by enterprise, in the order the bulletin shows them. */
  positionIds: string[];
};

export const DEMO_BULLETIN_YEAR = 2023;
export const DEMO_BULLETINS_PER_YEAR = 24;
/** Enough for a readable PDF of a few pages. */
const MAX_POSITIONS_PER_ISSUE = 30;
/** A still-open position is advertised again when an issue would otherwise be thin. */
const MIN_POSITIONS_PER_ISSUE = 6;
const ZONE_NAME = '楚雄高新技术产业开发区';

/** Issue days: the 10th and the 25th of every month, 09:00 in Chuxiong (01:00 UTC). */
export function demoIssueDates(year = DEMO_BULLETIN_YEAR): Date[] {
  return Array.from({ length: DEMO_BULLETINS_PER_YEAR }, (_, i) => new Date(Date.UTC(year, Math.floor(i / 2), i % 2 === 0 ? 10 : 25, 1)));
}

// What each month's issues lead with: the hiring calendar of a Chinese county-level zone.
const MONTH_OPENINGS: readonly [string, string][] = [
  ['新春将至，园区企业陆续启动节后用工计划。', '春节临近，为帮助返乡人员就近就业，现发布园区企业节后岗位。'],
  ['“春风行动”正在开展，园区企业节后复工复产用工需求旺盛。', '为做好节后返岗复工服务，平台汇总了园区企业近期急需岗位。'],
  ['春季招聘季已经到来，园区重点企业集中发布一批技术和生产岗位。', '春季大型现场招聘会前夕，现将园区企业最新用工需求提前发布。'],
  ['园区生物医药、新材料企业扩产在即，技术工人和研发人员需求增加。', '为服务园区企业二季度生产经营，现发布本期用工需求。'],
  ['高校毕业生就业服务专项行动启动，园区企业为2023届毕业生提供一批见习和就业岗位。', '毕业季临近，欢迎楚雄师范学院、楚雄医药高等专科学校等院校毕业生踊跃报名。'],
  ['毕业季到来，园区企业面向高校毕业生继续开放招聘。', '为促进高校毕业生和离校未就业青年尽早就业，现发布本期岗位信息。'],
  ['暑期到来，园区企业面向毕业生、返乡青年开放一批岗位。', '园区企业下半年生产任务饱满，现集中发布生产一线和技术岗位。'],
  ['为服务园区企业下半年用工，平台持续收集发布企业岗位需求。', '“百日千万招聘专项行动”持续开展，现发布园区企业本期用工需求。'],
  ['金秋招聘月活动启动，园区企业集中释放一批岗位。', '金秋时节，园区重点企业扩大招聘规模，欢迎求职者报名。'],
  ['国庆节后，园区企业四季度用工需求陆续发布。', '为保障园区企业四季度生产用工，现发布本期岗位信息。'],
  ['园区企业为冲刺全年目标，急需一批生产和技术人员。', '为服务2024届高校毕业生提前求职，园区企业已陆续开放校园招聘岗位。'],
  ['岁末年初，园区企业提前储备明年用工。', '为帮助务工人员就近就业、稳岗过冬，现发布本期园区企业岗位。'],
];

const CLOSINGS = [
  '有意者请扫描岗位二维码在线申请，或携带本人身份证、学历证书到人力资源服务产业园现场咨询登记。',
  '求职者可通过扫描岗位二维码在线投递简历，平台工作人员将及时与企业对接并反馈结果。',
  '欢迎广大求职者关注平台每期招聘信息，扫码申请心仪岗位；残疾人求职者可优先咨询无障碍岗位。',
];

const CONTACT_POINTS: readonly ContactPoint[] = [
  { name: '楚雄高新区人力资源服务产业园', phone: '0878-3122016', address: '楚雄高新区创新创业服务中心一楼服务大厅' },
  { name: '楚雄高新区人才服务中心', phone: '0878-3125508', address: '楚雄高新区管委会政务服务中心二楼' },
  { name: '楚雄市公共就业服务中心高新区服务站', phone: '0878-3126173', address: '楚雄高新区永安路综合服务楼' },
];

function introduction(index: number, enterpriseCount: number, positionCount: number, headcount: number | null): string {
  const month = Math.floor(index / 2);
  const opening = MONTH_OPENINGS[month]?.[index % 2] ?? '';
  const size = headcount === null ? `${enterpriseCount}家企业的${positionCount}个岗位` : `${enterpriseCount}家企业的${positionCount}个岗位，计划招聘${headcount}人`;
  return `${opening}本期汇集园区${size}，涵盖生物医药、新材料、先进装备制造、绿色食品等产业。\n${CLOSINGS[index % CLOSINGS.length] ?? ''}`;
}

/**
 * 24 issues for the year. Each issue lists the positions published since the previous one; a
 * thin issue is topped up with earlier positions (re-advertised, oldest first), and positions
 * published after the last issue are left out.
 */
export function generateDemoBulletins(
  positions: readonly DemoBulletinPosition[],
  options: { year?: number; zoneName?: string } = {},
): DemoBulletin[] {
  const year = options.year ?? DEMO_BULLETIN_YEAR;
  const zoneName = options.zoneName ?? ZONE_NAME;
  const sorted = [...positions].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id.localeCompare(b.id));
  const listedCount = new Map<string, number>();
  let next = 0;
  return demoIssueDates(year).map((publishedAt, index) => {
    const fresh: DemoBulletinPosition[] = [];
    while (next < sorted.length && (sorted[next] as DemoBulletinPosition).publishedAt <= publishedAt) {
      fresh.push(sorted[next] as DemoBulletinPosition);
      next += 1;
    }
    // Newly published first; the overflow of a busy fortnight waits for the next issue.
    const chosen = fresh.slice(0, MAX_POSITIONS_PER_ISSUE);
    next -= fresh.length - chosen.length;
    if (chosen.length < MIN_POSITIONS_PER_ISSUE) {
      const taken = new Set(chosen.map((p) => p.id));
      const earlier = sorted
        .slice(0, next)
        .filter((p) => !taken.has(p.id))
        .sort((a, b) => (listedCount.get(a.id) ?? 0) - (listedCount.get(b.id) ?? 0));
      chosen.push(...earlier.slice(0, MIN_POSITIONS_PER_ISSUE - chosen.length));
    }
    if (chosen.length === 0) throw new RangeError(`no demo position is published by ${publishedAt.toISOString()}, the day of issue ${index + 1}`);
    for (const p of chosen) listedCount.set(p.id, (listedCount.get(p.id) ?? 0) + 1);
    const grouped = groupByEnterprise(chosen);
    const headcount = chosen.every((p) => p.headcount !== undefined) ? chosen.reduce((sum, p) => sum + (p.headcount ?? 0), 0) : null;
    return {
      year,
      issueNo: index + 1,
      title: defaultBulletinTitle(zoneName, year, index + 1),
      introduction: introduction(index, grouped.length, chosen.length, headcount),
      // The park's hall in every issue, with one of the other two desks in turn.
      contactPoints: [CONTACT_POINTS[0], CONTACT_POINTS[1 + (index % 2)]].filter((c): c is ContactPoint => c !== undefined),
      publishedAt,
      positionIds: grouped.flat().map((p) => p.id),
    };
  });
}
