// A fair's intents as xlsx: every row to those who run the fair, an enterprise's own rows to it.
import type { Actor } from '../../platform/access';
import { type AuditSource, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Locale } from '../../platform/i18n/messages';
import { type SheetColumn, writeSheet } from '../../platform/spreadsheet';
import { EDUCATION_LABELS_ZH, type EducationLevel } from '../positions/positions.codes';
import type { FollowUpStatus, IntentLevel } from './fairs.codes';
import { getVisibleFair } from './fairs.scope';
import * as repo from './intents.repository';
import type { IntentFilters } from './intents.schemas';
import { intentQueryOf } from './intents.service';
import { audienceOf, toIntentView } from './intents.views';

const MAX_EXPORT_ROWS = 50_000;

const COLUMNS: readonly SheetColumn[] = [
  { key: 'boothNumber', header: '展位号', headerEn: 'Booth', width: 10 },
  { key: 'organisation', header: '企业', headerEn: 'Enterprise', width: 32 },
  { key: 'position', header: '岗位', headerEn: 'Position', width: 24 },
  { key: 'seekerName', header: '姓名', headerEn: 'Name', width: 12 },
  { key: 'education', header: '学历', headerEn: 'Education', width: 12 },
  { key: 'school', header: '学校', headerEn: 'School', width: 24 },
  { key: 'major', header: '专业', headerEn: 'Major', width: 18 },
  { key: 'phone', header: '手机号', headerEn: 'Mobile', width: 14 },
  { key: 'level', header: '意向程度', headerEn: 'Level', width: 10 },
  { key: 'note', header: '备注', headerEn: 'Note', width: 30 },
  { key: 'source', header: '登记方式', headerEn: 'Recorded by', width: 12 },
  { key: 'resume', header: '已收简历', headerEn: 'Résumé collected', width: 10 },
  { key: 'followUp', header: '跟进状态', headerEn: 'Follow-up', width: 10 },
  { key: 'createdAt', header: '登记时间', headerEn: 'Recorded at', width: 18 },
];

const LEVEL_LABELS: Record<IntentLevel, { zh: string; en: string }> = { strong: { zh: '强烈', en: 'Strong' }, possible: { zh: '一般', en: 'Possible' } };
const SOURCE_LABELS: Record<string, { zh: string; en: string }> = {
  booth_scan: { zh: '展位扫码', en: 'Booth staff' },
  seeker_scan: { zh: '求职者扫码', en: 'Seeker' },
};
const FOLLOW_UP_LABELS: Record<FollowUpStatus, { zh: string; en: string }> = {
  contacted: { zh: '已联系', en: 'Contacted' },
  interviewing: { zh: '面试中', en: 'Interviewing' },
  hired: { zh: '已录用', en: 'Hired' },
  closed: { zh: '已关闭', en: 'Closed' },
};

function label(locale: Locale, labels: { zh: string; en: string } | undefined, fallback: string): string {
  if (!labels) return fallback;
  return locale === 'en' ? labels.en : labels.zh;
}

/** China time, as people at the fair read it. */
function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export async function exportIntents(ctx: AppContext, actor: Actor, fairId: string, filters: IntentFilters, locale: Locale, source: AuditSource): Promise<Buffer> {
  if (actor.role === 'government') throw new AppError('forbidden');
  const fair = await getVisibleFair(ctx.db, actor, fairId);
  const query = intentQueryOf(actor, fair, filters);
  const { rows } = await repo.findIntents(ctx.db, query, { offset: 0, limit: MAX_EXPORT_ROWS });
  await recordAudit(ctx.db, source, {
    action: 'fair_intent.export',
    entityType: 'fair',
    entityId: fair.id,
    organisationId: query.organisationId ?? null,
    after: { filters, count: rows.length },
  });
  const sheetRows = rows.map((row) => {
    const i = toIntentView(ctx.keys, row, audienceOf(actor, row.intent));
    return {
      boothNumber: i.booth.boothNumber,
      organisation: i.organisation.name,
      position: i.position.title,
      seekerName: i.seeker.name,
      education: i.seeker.educationLevel ? (locale === 'en' ? i.seeker.educationLevel : (EDUCATION_LABELS_ZH[i.seeker.educationLevel as EducationLevel] ?? i.seeker.educationLevel)) : null,
      school: i.seeker.school,
      major: i.seeker.major,
      phone: i.seeker.phoneMasked,
      level: label(locale, LEVEL_LABELS[i.level], i.level),
      note: i.note,
      source: label(locale, SOURCE_LABELS[i.source], i.source),
      resume: i.resumeCollected ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否',
      followUp: i.followUpStatus ? label(locale, FOLLOW_UP_LABELS[i.followUpStatus], i.followUpStatus) : null,
      createdAt: chinaTime(i.createdAt),
    };
  });
  const columns = locale === 'en' ? COLUMNS.map((c) => ({ ...c, header: c.headerEn })) : COLUMNS;
  return writeSheet(locale === 'en' ? 'Intents' : '初步就业意向', columns, sheetRows);
}
