import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../platform/access';
import { type AuditSource, changedFields, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { todayInChina } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import type { Industry, OrganisationType } from '../organisations/organisations.codes';
import { governanceScopeOf, loadZoneOrganisations, operatorZoneOf, withoutBookkeeping } from './governance.access';
import { AGREEMENT_DOCUMENT_MAX_BYTES, type AgreementDocumentType, type AgreementType } from './governance.codes';
import { addDays, agreementStatus, checkAgreementRules, daysBetween, documentFileName, sniffDocumentType } from './governance.rules';
import * as repo from './agreements.repository';
import type { AgreementRow, DocumentMeta, PartyRow } from './agreements.repository';
import type { AgreementFilters, AgreementView, CreateAgreementInput, UpdateAgreementInput } from './agreements.schemas';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

function toAgreementView(row: AgreementRow, parties: PartyRow[], document: DocumentMeta | undefined, today: string): AgreementView {
  const status = agreementStatus(row, today);
  return {
    id: row.id,
    title: row.title,
    type: row.type as AgreementType,
    scope: row.scope,
    signedOn: row.signedOn,
    endOn: row.endOn,
    status,
    daysToEnd: status === 'active' && row.endOn ? daysBetween(today, row.endOn) : null,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
    parties: parties.map((p) => ({ id: p.id, name: p.name, type: p.type as OrganisationType, industry: p.industry as Industry })),
    document: document
      ? {
          fileName: document.fileName,
          contentType: document.contentType as AgreementDocumentType,
          byteSize: document.byteSize,
          sha256: document.sha256,
          uploadedAt: document.uploadedAt.toISOString(),
        }
      : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Views of many agreements with their parties and document details, in two queries. */
async function toAgreementViews(ctx: AppContext, rows: AgreementRow[]): Promise<AgreementView[]> {
  const ids = rows.map((r) => r.id);
  const [parties, documents] = await Promise.all([repo.findParties(ctx.db, ids), repo.findDocumentMeta(ctx.db, ids)]);
  const today = todayInChina();
  return rows.map((row) =>
    toAgreementView(
      row,
      parties.filter((p) => p.agreementId === row.id),
      documents.find((d) => d.agreementId === row.id),
      today,
    ),
  );
}

function auditView(row: { title: string; type: string; scope: string; signedOn: string | null; endOn: string | null; status: string; terminatedOn: string | null; terminationReason: string | null }) {
  return {
    title: row.title,
    type: row.type,
    scope: row.scope,
    signedOn: row.signedOn,
    endOn: row.endOn,
    status: row.status,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
  };
}

async function getVisibleAgreement(ctx: AppContext, actor: Actor, id: string): Promise<AgreementRow> {
  const row = await repo.getAgreement(ctx.db, governanceScopeOf(actor), id);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getAgreement(ctx: AppContext, actor: Actor, id: string): Promise<AgreementView> {
  const [view] = await toAgreementViews(ctx, [await getVisibleAgreement(ctx, actor, id)]);
  if (!view) throw new AppError('not_found');
  return view;
}

export async function findAgreements(ctx: AppContext, actor: Actor, filters: AgreementFilters, page: { page: number; pageSize: number }): Promise<Page<AgreementView>> {
  const { rows, total } = await repo.findAgreements(ctx.db, governanceScopeOf(actor), filters, todayInChina(), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: await toAgreementViews(ctx, rows), total, page: page.page, pageSize: page.pageSize };
}

/** 到期提醒: agreements in force ending within `withinDays` from today. */
export async function findRenewals(ctx: AppContext, actor: Actor, withinDays: number, page: { page: number; pageSize: number }): Promise<Page<AgreementView>> {
  const today = todayInChina();
  const { rows, total } = await repo.findRenewals(ctx.db, governanceScopeOf(actor), today, addDays(today, withinDays), {
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return { items: await toAgreementViews(ctx, rows), total, page: page.page, pageSize: page.pageSize };
}

export async function createAgreement(ctx: AppContext, actor: Actor, input: CreateAgreementInput, source: AuditSource): Promise<AgreementView> {
  const zoneId = operatorZoneOf(actor);
  const record = {
    title: input.title,
    type: input.type,
    scope: input.scope,
    signedOn: input.signedOn ?? null,
    endOn: input.endOn ?? null,
    status: input.status,
    terminatedOn: null,
    terminationReason: null,
  };
  const issues = checkAgreementRules({ ...record, partyIds: input.partyIds }, null, todayInChina());
  issues.push(...(await loadZoneOrganisations(ctx.db, zoneId, input.partyIds.map((id, i) => ({ id, path: `partyIds.${i}` })))).issues);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertAgreement(tx, { ...record, zoneId, createdBy: actor.accountId });
    await repo.replaceParties(tx, row.id, input.partyIds);
    await recordAudit(tx, source, { action: 'agreement.create', entityType: 'agreement', entityId: row.id, after: { ...auditView(row), partyIds: input.partyIds } });
    return row.id;
  });
  return getAgreement(ctx, actor, id);
}

export async function updateAgreement(ctx: AppContext, actor: Actor, id: string, input: UpdateAgreementInput, source: AuditSource): Promise<AgreementView> {
  const zoneId = operatorZoneOf(actor);
  const current = await getVisibleAgreement(ctx, actor, id);
  const { version, partyIds, ...patch } = input;
  const currentPartyIds = (await repo.findParties(ctx.db, [id])).map((p) => p.id);
  const next = auditView({
    title: patch.title ?? current.title,
    type: patch.type ?? current.type,
    scope: patch.scope ?? current.scope,
    signedOn: patch.signedOn === undefined ? current.signedOn : patch.signedOn,
    endOn: patch.endOn === undefined ? current.endOn : patch.endOn,
    status: patch.status ?? current.status,
    terminatedOn: patch.terminatedOn === undefined ? current.terminatedOn : patch.terminatedOn,
    terminationReason: patch.terminationReason === undefined ? current.terminationReason : patch.terminationReason,
  });
  const nextParties = partyIds ?? currentPartyIds;
  const issues = checkAgreementRules({ ...next, partyIds: nextParties }, current.status, todayInChina());
  if (partyIds) issues.push(...(await loadZoneOrganisations(ctx.db, zoneId, partyIds.map((pid, i) => ({ id: pid, path: `partyIds.${i}` })))).issues);
  if (issues.length) throw new AppError('validation_failed', { fields: issues });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateAgreementIfVersion(tx, id, version, next);
    if (!row) throw new AppError('stale_version');
    const diff: { before: Record<string, unknown>; after: Record<string, unknown> } = changedFields(auditView(current), next);
    if (partyIds && JSON.stringify(partyIds) !== JSON.stringify(currentPartyIds)) {
      await repo.replaceParties(tx, id, partyIds);
      diff.before.partyIds = currentPartyIds;
      diff.after.partyIds = partyIds;
    }
    const action = next.status !== current.status ? `agreement.${next.status === 'active' ? 'activate' : 'terminate'}` : 'agreement.update';
    await recordAudit(tx, source, { action, entityType: 'agreement', entityId: id, ...withoutBookkeeping(diff) });
  });
  return getAgreement(ctx, actor, id);
}

/**
 * Reads an upload into memory up to the limit. A declared length over the limit is refused before
 * a byte is read; a body that turns out longer is cut off at the limit. Either way the error names
 * the limit, under the `file` field.
 */
export async function readDocumentUpload(body: Readable, declaredLength: number | undefined): Promise<Buffer> {
  const tooLarge = () =>
    new AppError('payload_too_large', {
      fields: [{ path: 'file', message: 'agreement.document_too_large', params: { max: AGREEMENT_DOCUMENT_MAX_BYTES / 1024 / 1024 } }],
    });
  if (declaredLength !== undefined && declaredLength > AGREEMENT_DOCUMENT_MAX_BYTES) {
    body.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += data.length;
    if (size > AGREEMENT_DOCUMENT_MAX_BYTES) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(data);
  }
  return Buffer.concat(chunks);
}

/** Stores the signed copy of an agreement (replacing any before it); its type is read from the file itself. */
export async function uploadAgreementDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
  file: Buffer,
  uploadedName: string | null | undefined,
  source: AuditSource,
): Promise<AgreementView> {
  operatorZoneOf(actor);
  const agreement = await getVisibleAgreement(ctx, actor, id);
  if (file.length === 0) throw new AppError('validation_failed', { fields: [{ path: 'file', message: 'agreement.document_required' }] });
  const contentType = sniffDocumentType(file);
  if (!contentType) throw new AppError('unsupported_media_type', { fields: [{ path: 'file', message: 'agreement.document_type' }] });
  const fileName = documentFileName(uploadedName, contentType, agreement.title);
  const sha256 = createHash('sha256').update(file).digest('hex');
  await ctx.db.transaction(async (tx) => {
    const [before] = await repo.findDocumentMeta(tx, [id]);
    await repo.upsertDocument(tx, { agreementId: id, fileName, contentType, byteSize: file.length, sha256, content: file, uploadedBy: actor.accountId, uploadedAt: new Date() });
    await recordAudit(tx, source, {
      action: 'agreement.document_upload',
      entityType: 'agreement',
      entityId: id,
      before: before ? { fileName: before.fileName, byteSize: before.byteSize, sha256: before.sha256 } : null,
      after: { fileName, contentType, byteSize: file.length, sha256 },
    });
  });
  return getAgreement(ctx, actor, id);
}

/** The stored file, for the parties and the zone's staff; there being none is "not found". */
export async function getAgreementDocument(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; contentType: string; content: Buffer; sha256: string }> {
  await getVisibleAgreement(ctx, actor, id);
  const document = await repo.getDocument(ctx.db, id);
  if (!document) throw new AppError('not_found');
  return { fileName: document.fileName, contentType: document.contentType, content: document.content, sha256: document.sha256 };
}
