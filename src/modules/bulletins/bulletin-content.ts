import { EDUCATION_LABELS_ZH, type EducationLevel } from '../positions/positions.codes';
import { regionName, regionPath } from '../organisations/regions';

// Pure helpers shared by the bulletin's web view, PDF and poster: labels, grouping, URLs.

/** 招聘信息 第N期 */
export function issueLabel(issueNo: number): string {
  return `招聘信息 第${issueNo}期`;
}

/** The zone's everyday short name: 楚雄高新技术产业开发区 → 楚雄高新区. */
export function shortZoneName(zoneName: string): string {
  return zoneName.replace(/高新技术产业开发区$/, '高新区').replace(/经济技术开发区$/, '经开区');
}

/** 楚雄高新区人力资源服务平台招聘信息（2023年第1期） */
export function defaultBulletinTitle(zoneName: string, year: number, issueNo: number): string {
  return `${shortZoneName(zoneName)}人力资源服务平台招聘信息（${year}年第${issueNo}期）`;
}

/** Monthly salary in yuan as a reader expects it: 4000–6000元/月, 4000元/月起, 面议. */
export function salaryText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `${min}元/月` : `${min}–${max}元/月`;
  if (min !== null) return `${min}元/月起`;
  if (max !== null) return `最高${max}元/月`;
  return '面议';
}

export function educationLabel(level: string): string {
  return EDUCATION_LABELS_ZH[level as EducationLevel] ?? level;
}

/** The workplace's own level (楚雄市), or the code itself when it is not a known region. */
export function shortRegionName(code: string): string {
  const path = regionPath(code)?.filter((n) => n !== '市辖区' && n !== '县');
  return path?.[path.length - 1] ?? code;
}

export function fullRegionName(code: string): string {
  return regionName(code) ?? code;
}

/** The first sentences of the duties, cut at a sentence end when one is near, for print and previews. */
export function summariseDuties(duties: string, maxChars = 80): string {
  const flat = duties.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= maxChars) return flat;
  const head = chars.slice(0, maxChars).join('');
  const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';'));
  if (cut >= maxChars / 2) return head.slice(0, cut + 1);
  return `${head}…`;
}

/**
 * Puts every enterprise's positions together, enterprises in the order of their first position
 * and positions in the order given, so the operator's order survives the grouping.
 */
export function groupByEnterprise<T extends { organisationId: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.organisationId);
    if (group) group.push(item);
    else groups.set(item.organisationId, [item]);
  }
  return [...groups.values()];
}

/** The portal's mobile page of a position, where a seeker applies. */
export function positionApplyUrl(baseUrl: string, positionId: string): string {
  return `${baseUrl}/positions/${positionId}`;
}

/** The portal's page of a bulletin issue. */
export function bulletinPortalUrl(baseUrl: string, bulletinId: string): string {
  return `${baseUrl}/bulletins/${bulletinId}`;
}

/** 2023年1月10日, in the zone's time (Asia/Shanghai). */
export function chineseDate(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}
