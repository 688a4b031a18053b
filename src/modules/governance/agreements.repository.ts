import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import type { GovernanceScope } from './governance.access';
import type { AgreementStatus } from './governance.codes';
import { agreementDocuments, agreementParties, agreements } from './governance.table';
import { escapeLike, qualified as q } from './governance.sql';
import type { AgreementFilters } from './agreements.schemas';

export type AgreementRow = typeof agreements.$inferSelect;
export type PartyRow = { agreementId: string; id: string; name: string; type: string; industry: string };
export type DocumentMeta = Omit<typeof agreementDocuments.$inferSelect, 'content' | 'uploadedBy'>;

/** The status people see: stored draft/active/terminated, with active agreements past their end read as expired. */
export function agreementStatusCondition(status: AgreementStatus, today: string): SQL | undefined {
  switch (status) {
    case 'expired':
      return and(eq(agreements.status, 'active'), lt(agreements.endOn, today));
    case 'active':
      return and(eq(agreements.status, 'active'), or(isNull(agreements.endOn), gte(agreements.endOn, today)));
    case 'draft':
    case 'terminated':
      return eq(agreements.status, status);
  }
}

function partyCondition(organisationId: string): SQL {
  return sql`exists (select 1 from ${agreementParties} where ${q(agreementParties.agreementId)} = ${q(agreements.id)} and ${q(agreementParties.organisationId)} = ${organisationId})`;
}

function scopeConditions(scope: GovernanceScope): SQL[] {
  const conditions: SQL[] = [eq(agreements.zoneId, scope.zoneId)];
  if (scope.organisationId) conditions.push(partyCondition(scope.organisationId));
  return conditions;
}

export async function findAgreements(
  db: DbOrTx,
  scope: GovernanceScope,
  filters: AgreementFilters,
  today: string,
  page: { offset: number; limit: number },
): Promise<{ rows: AgreementRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = scopeConditions(scope);
  if (filters.status) conditions.push(agreementStatusCondition(filters.status, today));
  if (filters.type) conditions.push(eq(agreements.type, filters.type));
  if (filters.organisationId) conditions.push(partyCondition(filters.organisationId));
  if (filters.partyType) {
    conditions.push(
      sql`exists (select 1 from ${agreementParties} join ${organisations} on ${q(organisations.id)} = ${q(agreementParties.organisationId)}
        where ${q(agreementParties.agreementId)} = ${q(agreements.id)} and ${q(organisations.type)} = ${filters.partyType})`,
    );
  }
  if (filters.q) conditions.push(or(ilike(agreements.title, escapeLike(filters.q)), ilike(agreements.scope, escapeLike(filters.q))));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select().from(agreements).where(where).orderBy(sql`${agreements.signedOn} desc nulls first`, desc(agreements.createdAt)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(agreements).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Agreements in force whose term ends from `from` to `until`, soonest first. */
export async function findRenewals(
  db: DbOrTx,
  scope: GovernanceScope,
  from: string,
  until: string,
  page: { offset: number; limit: number },
): Promise<{ rows: AgreementRow[]; total: number }> {
  const where = and(...scopeConditions(scope), eq(agreements.status, 'active'), gte(agreements.endOn, from), lte(agreements.endOn, until));
  const [rows, totals] = await Promise.all([
    db.select().from(agreements).where(where).orderBy(asc(agreements.endOn), asc(agreements.title)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(agreements).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getAgreement(db: DbOrTx, scope: GovernanceScope, id: string): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), ...scopeConditions(scope)))
    .limit(1);
  return row;
}

export async function findParties(db: DbOrTx, agreementIds: string[]): Promise<PartyRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .select({ agreementId: agreementParties.agreementId, id: organisations.id, name: organisations.name, type: organisations.type, industry: organisations.industry })
    .from(agreementParties)
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(inArray(agreementParties.agreementId, agreementIds))
    .orderBy(asc(agreementParties.sortOrder));
}

export async function findDocumentMeta(db: DbOrTx, agreementIds: string[]): Promise<DocumentMeta[]> {
  if (agreementIds.length === 0) return [];
  return db
    .select({
      agreementId: agreementDocuments.agreementId,
      fileName: agreementDocuments.fileName,
      contentType: agreementDocuments.contentType,
      byteSize: agreementDocuments.byteSize,
      sha256: agreementDocuments.sha256,
      uploadedAt: agreementDocuments.uploadedAt,
    })
    .from(agreementDocuments)
    .where(inArray(agreementDocuments.agreementId, agreementIds));
}

export async function insertAgreement(db: DbOrTx, row: typeof agreements.$inferInsert): Promise<AgreementRow> {
  const [created] = await db.insert(agreements).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateAgreementIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<typeof agreements.$inferInsert>,
): Promise<AgreementRow | undefined> {
  const [row] = await db
    .update(agreements)
    .set({ ...patch, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
    .where(and(eq(agreements.id, id), eq(agreements.version, version)))
    .returning();
  return row;
}

export async function replaceParties(db: DbOrTx, agreementId: string, organisationIds: readonly string[]): Promise<void> {
  await db.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  if (organisationIds.length) {
    await db.insert(agreementParties).values(organisationIds.map((organisationId, sortOrder) => ({ agreementId, organisationId, sortOrder })));
  }
}

/** Stores the signed copy, replacing the one before. */
export async function upsertDocument(db: DbOrTx, row: typeof agreementDocuments.$inferInsert): Promise<void> {
  const { agreementId: _key, ...fields } = row;
  await db.insert(agreementDocuments).values(row).onConflictDoUpdate({ target: agreementDocuments.agreementId, set: fields });
}

export async function getDocument(db: DbOrTx, agreementId: string): Promise<typeof agreementDocuments.$inferSelect | undefined> {
  const [row] = await db.select().from(agreementDocuments).where(eq(agreementDocuments.agreementId, agreementId)).limit(1);
  return row;
}

/** Distinct schools party to a strategic cooperation agreement in force at some time in [from, to]. */
export async function countAgreementSchools(db: DbOrTx, zoneId: string, from: string, to: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${agreementParties.organisationId})::int` })
    .from(agreements)
    .innerJoin(agreementParties, eq(agreementParties.agreementId, agreements.id))
    .innerJoin(organisations, eq(organisations.id, agreementParties.organisationId))
    .where(
      and(
        eq(agreements.zoneId, zoneId),
        eq(agreements.type, 'strategic_cooperation'),
        ne(agreements.status, 'draft'),
        eq(organisations.type, 'school'),
        lte(agreements.signedOn, to),
        or(isNull(agreements.endOn), gte(agreements.endOn, from)),
        or(isNull(agreements.terminatedOn), gte(agreements.terminatedOn, from)),
      ),
    );
  return row?.n ?? 0;
}
