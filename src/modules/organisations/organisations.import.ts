import type { Actor } from '../../platform/access';
import { type AuditSource, recordAuditMany } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type Locale, translate } from '../../platform/i18n/messages';
import { readSheet, writeSheet } from '../../platform/spreadsheet';
import * as repo from './organisations.repository';
import type { CreateOrganisationInput, ImportReport, OrganisationFilters } from './organisations.schemas';
import { organisationScopeOf, toOrganisationView } from './organisations.service';
import {
  EXPORT_COLUMNS,
  ORGANISATION_COLUMNS,
  organisationToSheetRow,
  type RowIssue,
  TEMPLATE_NOTES,
  validateOrganisationRow,
} from './organisations.spreadsheet';

export const MAX_IMPORT_ROWS = 5000;
const INSERT_CHUNK = 500;

/**
 * Validates every row; `commit` writes all of them in one transaction, or nothing when any row
 * is wrong (the report then names every bad row and column).
 */
export async function importOrganisations(
  ctx: AppContext,
  actor: Actor,
  file: Buffer,
  mode: 'preview' | 'commit',
  locale: Locale,
  source: AuditSource,
): Promise<ImportReport> {
  if (!actor.zoneId) throw new AppError('forbidden');
  const rows = await readSheet(file, ORGANISATION_COLUMNS, MAX_IMPORT_ROWS);
  const errors: RowIssue[] = [];
  const valid: { rowNumber: number; input: CreateOrganisationInput }[] = [];
  const firstRowOfCode = new Map<string, number>();
  const codeColumn = locale === 'en' ? 'Credit code' : '统一社会信用代码';
  for (const { rowNumber, values } of rows) {
    const { input, issues } = validateOrganisationRow(locale, rowNumber, values);
    errors.push(...issues);
    if (!input) continue;
    const earlier = firstRowOfCode.get(input.creditCode);
    if (earlier !== undefined) {
      errors.push({ row: rowNumber, column: codeColumn, message: translate(locale, 'import.duplicate_in_file', { row: earlier }) });
      continue;
    }
    firstRowOfCode.set(input.creditCode, rowNumber);
    valid.push({ rowNumber, input });
  }
  const taken = await repo.findCreditCodesTaken(ctx.db, [...firstRowOfCode.keys()]);
  for (const { rowNumber, input } of valid) {
    if (taken.has(input.creditCode)) errors.push({ row: rowNumber, column: codeColumn, message: translate(locale, 'credit_code.taken') });
  }
  errors.sort((a, b) => a.row - b.row);
  const validCount = valid.filter((v) => !taken.has(v.input.creditCode)).length;
  const report: ImportReport = { mode, rows: rows.length, valid: validCount, created: 0, errors };
  if (mode === 'preview') return report;
  if (errors.length) {
    throw new AppError('import_failed', { params: { count: errors.length }, details: { errors } });
  }
  const zoneId = actor.zoneId;
  const created = await ctx.db.transaction(async (tx) => {
    let count = 0;
    for (let i = 0; i < valid.length; i += INSERT_CHUNK) {
      const chunk = valid.slice(i, i + INSERT_CHUNK).map((v) => ({ ...v.input, zoneId }));
      const inserted = await repo.insertOrganisations(tx, chunk);
      await recordAuditMany(
        tx,
        source,
        inserted.map((row) => ({
          action: 'organisation.import',
          entityType: 'organisation',
          entityId: row.id,
          organisationId: row.id,
          after: toOrganisationView(row),
        })),
      );
      count += inserted.length;
    }
    return count;
  });
  return { ...report, created };
}

export function buildImportTemplate(): Promise<Buffer> {
  const example = {
    name: '云南示例生物科技有限公司',
    shortName: '示例生物',
    type: '企业',
    creditCode: '91532301MA6K8XQ11D',
    regionCode: '532301',
    address: '楚雄市高新区永安大道 88 号',
    industry: '生物医药',
    councilRole: '理事单位',
    joinedOn: '2023-03-15',
    isHighTech: '否',
    isTechSme: '是',
    contactName: '李明',
    contactPhone: '0878-3125678',
    contactEmail: 'hr@example.com',
    website: 'https://www.example.com',
    description: '中药饮片研发与生产',
  };
  return writeSheet('成员单位', ORGANISATION_COLUMNS, [example], TEMPLATE_NOTES);
}

/** Everything the actor may see that matches the filters, as one xlsx sheet. */
export async function exportOrganisations(
  ctx: AppContext,
  actor: Actor,
  filters: OrganisationFilters,
  locale: Locale,
  source: AuditSource,
): Promise<Buffer> {
  const { rows } = await repo.findOrganisations(ctx.db, organisationScopeOf(actor), filters, { offset: 0, limit: 100000 });
  await recordAuditMany(ctx.db, source, [
    { action: 'organisation.export', entityType: 'organisation', after: { filters, count: rows.length } },
  ]);
  return writeSheet(
    '成员单位',
    EXPORT_COLUMNS,
    rows.map((row) => organisationToSheetRow(row, locale)),
  );
}
