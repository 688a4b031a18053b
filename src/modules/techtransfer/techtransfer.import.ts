import type { Actor } from '../../platform/access';
import { type AuditSource, recordAuditMany } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { type Locale, translate } from '../../platform/i18n/messages';
import { readSheet, writeSheet } from '../../platform/spreadsheet';
import { viewerOf } from './techtransfer.access';
import * as repo from './techtransfer.repository';
import { initialStatusEvents } from './techtransfer.rules';
import type { CreateContractInput, CreatePatentInput, ImportReport } from './techtransfer.schemas';
import {
  CONTRACT_COLUMNS,
  CONTRACT_READ_COLUMNS,
  CONTRACT_TEMPLATE_NOTES,
  type NamedOrganisation,
  PATENT_COLUMNS,
  PATENT_READ_COLUMNS,
  PATENT_TEMPLATE_NOTES,
  type RowIssue,
  validateContractRow,
  validatePatentRow,
} from './techtransfer.spreadsheet';
import { withUniqueFields } from './techtransfer.errors';

// Bulk import of patents and technology contracts from the registries' Excel exports: every row
// is validated and reported (preview); commit writes all rows in one transaction, or nothing.

export const MAX_IMPORT_ROWS = 5000;
const AUDIT_CHUNK = 500;

type Mode = 'preview' | 'commit';

function columnHeader(locale: Locale, columns: typeof PATENT_COLUMNS, key: string): string {
  const column = columns.find((c) => c.key === key);
  return column ? (locale === 'en' ? column.headerEn : column.header) : key;
}

function finish(report: ImportReport, errors: RowIssue[]): void {
  errors.sort((a, b) => a.row - b.row);
  if (report.mode === 'commit' && errors.length) throw new AppError('import_failed', { params: { count: errors.length }, details: { errors } });
}

async function zoneOrganisations(ctx: AppContext, zoneId: string): Promise<{ all: NamedOrganisation[]; byId: Map<string, string> }> {
  const all = await repo.findZoneOrganisations(ctx.db, zoneId);
  return { all, byId: new Map(all.map((o) => [o.id, o.name])) };
}

export async function importPatents(ctx: AppContext, actor: Actor, file: Buffer, mode: Mode, locale: Locale, source: AuditSource): Promise<ImportReport> {
  const viewer = await viewerOf(ctx, actor);
  const rows = await readSheet(file, PATENT_READ_COLUMNS, MAX_IMPORT_ROWS);
  const orgs = await zoneOrganisations(ctx, viewer.zoneId);
  const today = todayInChina();
  const errors: RowIssue[] = [];
  const valid: { rowNumber: number; input: CreatePatentInput }[] = [];
  const firstRowOf = new Map<string, number>();
  const numberColumn = columnHeader(locale, PATENT_COLUMNS, 'applicationNumber');
  for (const { rowNumber, values } of rows) {
    const { input, issues } = validatePatentRow(locale, rowNumber, values, orgs.all, today);
    errors.push(...issues);
    if (!input) continue;
    const earlier = firstRowOf.get(input.applicationNumber);
    if (earlier !== undefined) {
      errors.push({ row: rowNumber, column: numberColumn, message: translate(locale, 'techtransfer_import.patent_duplicate_in_file', { row: earlier }) });
      continue;
    }
    firstRowOf.set(input.applicationNumber, rowNumber);
    valid.push({ rowNumber, input });
  }
  const taken = await repo.findTakenApplicationNumbers(ctx.db, viewer.zoneId, [...firstRowOf.keys()]);
  for (const { rowNumber, input } of valid) {
    if (taken.has(input.applicationNumber)) errors.push({ row: rowNumber, column: numberColumn, message: translate(locale, 'patent_number.taken') });
  }
  const writable = valid.filter((v) => !taken.has(v.input.applicationNumber));
  const report: ImportReport = { mode, rows: rows.length, valid: writable.length, created: 0, errors };
  finish(report, errors);
  if (mode === 'preview') return report;
  // A number registered by someone else since the check above makes the whole commit a conflict.
  const created = await withUniqueFields(ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertPatents(
      tx,
      writable.map(({ input }) => {
        const events = initialStatusEvents(input);
        const last = events[events.length - 1] ?? { status: input.legalStatus, effectiveOn: input.filedOn };
        return {
          patent: {
            zoneId: viewer.zoneId,
            applicationNumber: input.applicationNumber,
            type: input.type,
            title: input.title,
            inventors: input.inventors,
            filedOn: input.filedOn,
            grantedOn: input.grantedOn ?? null,
            legalStatus: last.status,
            legalStatusOn: last.effectiveOn,
            createdBy: viewer.accountId,
          },
          owners: input.owners.map((o) => (o.organisationId ? { organisationId: o.organisationId, name: orgs.byId.get(o.organisationId) ?? '' } : { organisationId: null, name: o.name ?? '' })),
          events: events.map((e) => ({ ...e, recordedBy: viewer.accountId })),
        };
      }),
    );
    for (let i = 0; i < inserted.length; i += AUDIT_CHUNK) {
      await recordAuditMany(
        tx,
        source,
        inserted.slice(i, i + AUDIT_CHUNK).map((row) => ({
          action: 'patent.import',
          entityType: 'patent',
          entityId: row.id,
          after: { applicationNumber: row.applicationNumber, type: row.type, title: row.title, legalStatus: row.legalStatus },
        })),
      );
    }
    return inserted.length;
  }), {});
  return { ...report, created };
}

export async function importContracts(ctx: AppContext, actor: Actor, file: Buffer, mode: Mode, locale: Locale, source: AuditSource): Promise<ImportReport> {
  const viewer = await viewerOf(ctx, actor);
  const rows = await readSheet(file, CONTRACT_READ_COLUMNS, MAX_IMPORT_ROWS);
  const orgs = await zoneOrganisations(ctx, viewer.zoneId);
  const today = todayInChina();
  const errors: RowIssue[] = [];
  const valid: { rowNumber: number; input: CreateContractInput }[] = [];
  const firstRowOf = new Map<string, number>();
  const numberColumn = columnHeader(locale, CONTRACT_COLUMNS, 'contractNumber');
  for (const { rowNumber, values } of rows) {
    const { input, issues } = validateContractRow(locale, rowNumber, values, orgs.all, today);
    errors.push(...issues);
    if (!input) continue;
    const earlier = firstRowOf.get(input.contractNumber);
    if (earlier !== undefined) {
      errors.push({ row: rowNumber, column: numberColumn, message: translate(locale, 'techtransfer_import.contract_duplicate_in_file', { row: earlier }) });
      continue;
    }
    firstRowOf.set(input.contractNumber, rowNumber);
    valid.push({ rowNumber, input });
  }
  const taken = await repo.findTakenContractNumbers(ctx.db, viewer.zoneId, [...firstRowOf.keys()]);
  for (const { rowNumber, input } of valid) {
    if (taken.has(input.contractNumber)) errors.push({ row: rowNumber, column: numberColumn, message: translate(locale, 'tech_contract.number_taken') });
  }
  const writable = valid.filter((v) => !taken.has(v.input.contractNumber));
  const report: ImportReport = { mode, rows: rows.length, valid: writable.length, created: 0, errors };
  finish(report, errors);
  if (mode === 'preview') return report;
  const party = (p: { organisationId?: string | null | undefined; name?: string | null | undefined }) =>
    p.organisationId ? { id: p.organisationId, name: orgs.byId.get(p.organisationId) ?? '' } : { id: null, name: p.name ?? '' };
  const created = await withUniqueFields(ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertContracts(
      tx,
      writable.map(({ input }) => {
        const seller = party(input.seller);
        const buyer = party(input.buyer);
        return {
          zoneId: viewer.zoneId,
          contractNumber: input.contractNumber,
          title: input.title,
          type: input.type,
          sellerOrganisationId: seller.id,
          sellerName: seller.name,
          buyerOrganisationId: buyer.id,
          buyerName: buyer.name,
          amountFen: input.amount,
          signedOn: input.signedOn ?? null,
          registeredOn: input.registeredOn,
          registry: input.registry,
          createdBy: viewer.accountId,
        };
      }),
    );
    for (let i = 0; i < inserted.length; i += AUDIT_CHUNK) {
      await recordAuditMany(
        tx,
        source,
        inserted.slice(i, i + AUDIT_CHUNK).map((row) => ({
          action: 'tech_contract.import',
          entityType: 'tech_contract',
          entityId: row.id,
          after: { contractNumber: row.contractNumber, type: row.type, amountFen: row.amountFen, registeredOn: row.registeredOn },
        })),
      );
    }
    return inserted.length;
  }), {});
  return { ...report, created };
}

export function buildPatentTemplate(): Promise<Buffer> {
  return writeSheet(
    '专利',
    PATENT_COLUMNS,
    [
      {
        applicationNumber: '202310123459.X',
        type: '发明',
        title: '一种彝药复方制剂的制备方法',
        owners: '楚雄医药高等专科学校；云南华派药业有限公司',
        inventors: '李明、张华',
        filedOn: '2023-03-15',
        grantedOn: null,
        legalStatus: '审中',
        legalStatusOn: null,
      },
    ],
    PATENT_TEMPLATE_NOTES,
  );
}

export function buildContractTemplate(): Promise<Buffer> {
  return writeSheet(
    '技术合同',
    CONTRACT_COLUMNS,
    [
      {
        contractNumber: '2023532301000123',
        title: '核桃乳稳定性工艺优化技术开发',
        type: '技术开发',
        seller: '楚雄州绿色食品产业研究所',
        buyer: '云南摩尔农庄生物科技开发有限公司',
        amount: '12.3万元',
        signedOn: '2023-05-10',
        registeredOn: '2023-05-20',
        registry: '楚雄州技术市场管理办公室',
      },
    ],
    CONTRACT_TEMPLATE_NOTES,
  );
}
