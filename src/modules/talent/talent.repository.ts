import { and, count, desc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { consents, seekers } from './talent.table';

export type SeekerRow = typeof seekers.$inferSelect;
export type NewSeekerRow = typeof seekers.$inferInsert;
export type ConsentRow = typeof consents.$inferSelect;
export type ConsentWithOrganisation = ConsentRow & { organisationName: string | null };

/** A list query: zone, plain-text search, or an exact personal key already turned into its hash. */
export type SeekerQuery = {
  zoneId: string;
  text?: string | undefined;
  phoneHash?: string | undefined;
  idNumberHash?: string | undefined;
  educationLevel?: string | undefined;
  source?: string | undefined;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function seekerConditions(query: SeekerQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(seekers.zoneId, query.zoneId), isNull(seekers.erasedAt)];
  if (query.phoneHash) conditions.push(eq(seekers.phoneHash, query.phoneHash));
  if (query.idNumberHash) conditions.push(eq(seekers.idNumberHash, query.idNumberHash));
  if (query.text) {
    const pattern = `%${escapeLike(query.text)}%`;
    conditions.push(
      or(
        ilike(seekers.name, pattern),
        ilike(seekers.school, pattern),
        ilike(seekers.major, pattern),
        sql`${seekers.skills}::text ilike ${pattern}`,
      ),
    );
  }
  if (query.educationLevel) conditions.push(eq(seekers.educationLevel, query.educationLevel));
  if (query.source) conditions.push(eq(seekers.source, query.source));
  return and(...conditions);
}

export async function findSeekers(
  db: DbOrTx,
  query: SeekerQuery,
  page: { offset: number; limit: number },
): Promise<{ rows: SeekerRow[]; total: number }> {
  const where = seekerConditions(query);
  const [rows, totals] = await Promise.all([
    db.select().from(seekers).where(where).orderBy(desc(seekers.createdAt), desc(seekers.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(seekers).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function getSeekerById(db: DbOrTx, id: string): Promise<SeekerRow | undefined> {
  const rows = await db.select().from(seekers).where(eq(seekers.id, id)).limit(1);
  return rows[0];
}

export async function getSeekerByAccountId(db: DbOrTx, accountId: string): Promise<SeekerRow | undefined> {
  const rows = await db.select().from(seekers).where(eq(seekers.accountId, accountId)).limit(1);
  return rows[0];
}

/** Which of the de-duplication keys another profile already holds. */
export async function findTakenPersonalKeys(
  db: DbOrTx,
  keys: { idNumberHash: string | null; phoneHash: string | null },
  exceptId?: string,
): Promise<{ idNumber: boolean; phone: boolean }> {
  const matches: SQL[] = [];
  if (keys.idNumberHash) matches.push(eq(seekers.idNumberHash, keys.idNumberHash));
  if (keys.phoneHash) matches.push(eq(seekers.phoneHash, keys.phoneHash));
  if (matches.length === 0) return { idNumber: false, phone: false };
  const rows = await db
    .select({ idNumberHash: seekers.idNumberHash, phoneHash: seekers.phoneHash })
    .from(seekers)
    .where(and(or(...matches), exceptId ? ne(seekers.id, exceptId) : undefined));
  return {
    idNumber: rows.some((r) => keys.idNumberHash !== null && r.idNumberHash === keys.idNumberHash),
    phone: rows.some((r) => keys.phoneHash !== null && r.phoneHash === keys.phoneHash),
  };
}

/**
 * The unique index a failed write ran into (through any wrapping of the driver's error), or null
 * when the error is not a unique violation. Two saves racing past the de-duplication check meet here.
 */
export function violatedUniqueIndex(error: unknown): string | null {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}

export async function insertSeeker(db: DbOrTx, row: NewSeekerRow): Promise<SeekerRow> {
  const [created] = await db.insert(seekers).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** Updates only when the stored version still matches, so two editors cannot overwrite each other. */
export async function updateSeekerIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<NewSeekerRow>,
): Promise<SeekerRow | undefined> {
  const [row] = await db
    .update(seekers)
    .set({ ...patch, version: sql`${seekers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(seekers.id, id), eq(seekers.version, version)))
    .returning();
  return row;
}

// ---------------------------------------------------------------------------------------------
// Consents

export async function findConsentsOfSeeker(db: DbOrTx, seekerId: string): Promise<ConsentWithOrganisation[]> {
  const rows = await db
    .select({ consent: consents, organisationName: organisations.name })
    .from(consents)
    .leftJoin(organisations, eq(organisations.id, consents.organisationId))
    .where(eq(consents.seekerId, seekerId))
    .orderBy(desc(consents.grantedAt), desc(consents.id));
  return rows.map((r) => ({ ...r.consent, organisationName: r.organisationName }));
}

export async function getConsentOfSeeker(db: DbOrTx, seekerId: string, consentId: string): Promise<ConsentWithOrganisation | undefined> {
  const rows = await db
    .select({ consent: consents, organisationName: organisations.name })
    .from(consents)
    .leftJoin(organisations, eq(organisations.id, consents.organisationId))
    .where(and(eq(consents.id, consentId), eq(consents.seekerId, seekerId)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.consent, organisationName: row.organisationName } : undefined;
}

export async function findActiveConsent(
  db: DbOrTx,
  seekerId: string,
  purpose: string,
  organisationId: string | null,
): Promise<ConsentRow | undefined> {
  const rows = await db
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.seekerId, seekerId),
        eq(consents.purpose, purpose),
        isNull(consents.withdrawnAt),
        organisationId ? eq(consents.organisationId, organisationId) : isNull(consents.organisationId),
      ),
    )
    .limit(1);
  return rows[0];
}

export async function insertConsent(db: DbOrTx, row: typeof consents.$inferInsert): Promise<ConsentRow> {
  const [created] = await db.insert(consents).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/** Withdraws the given consents (or every active one of the seeker); returns those it withdrew. */
export async function withdrawConsents(db: DbOrTx, seekerId: string, at: Date, consentIds?: string[]): Promise<ConsentRow[]> {
  return db
    .update(consents)
    .set({ withdrawnAt: at })
    .where(and(eq(consents.seekerId, seekerId), isNull(consents.withdrawnAt), consentIds ? inArray(consents.id, consentIds) : undefined))
    .returning();
}

/**
 * Whether an organisation may see a seeker's résumé: an active job-matching consent (enterprises
 * only), an active consent to share with this organisation, or an application to one of its
 * positions. Erased profiles are visible to nobody.
 */
export async function isSeekerVisibleToOrganisation(db: DbOrTx, seekerId: string, organisationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: seekers.id })
    .from(seekers)
    .where(
      and(
        eq(seekers.id, seekerId),
        isNull(seekers.erasedAt),
        or(
          sql`exists (select 1 from ${consents} where ${consents.seekerId} = ${seekers.id} and ${consents.withdrawnAt} is null and (
            (${consents.purpose} = 'job_matching' and exists (select 1 from ${organisations} where ${organisations.id} = ${organisationId} and ${organisations.type} = 'enterprise'))
            or (${consents.purpose} = 'share_with_organisation' and ${consents.organisationId} = ${organisationId})))`,
          sql`exists (select 1 from ${applications} where ${applications.seekerId} = ${seekers.id} and ${applications.organisationId} = ${organisationId})`,
        ),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// The seeker's applications (read for their data export, scrubbed on erasure)

export async function findApplicationsOfSeeker(db: DbOrTx, seekerId: string) {
  return db
    .select({
      id: applications.id,
      positionId: applications.positionId,
      positionTitle: positions.title,
      organisationName: organisations.name,
      status: applications.status,
      channel: applications.channel,
      coverNote: applications.coverNote,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(positions, eq(positions.id, applications.positionId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .where(eq(applications.seekerId, seekerId))
    .orderBy(desc(applications.createdAt));
}

/** Erasure keeps each application (for anonymous counts) but not the résumé or notes it carried. */
export async function scrubApplicationsOfSeeker(db: DbOrTx, seekerId: string): Promise<number> {
  const rows = await db
    .update(applications)
    .set({ resumeSnapshot: {}, coverNote: null, declineReason: null, updatedAt: new Date() })
    .where(eq(applications.seekerId, seekerId))
    .returning({ id: applications.id });
  return rows.length;
}
