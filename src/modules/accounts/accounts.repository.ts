import { and, asc, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { organisations } from '../organisations/organisations.table';
import { accounts, sessions } from './accounts.table';

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export async function findAccountByLogin(
  db: DbOrTx,
  by: { username: string; email: string; phoneHash: string | null },
): Promise<AccountRow | undefined> {
  const conditions = [eq(accounts.username, by.username), eq(accounts.email, by.email)];
  if (by.phoneHash) conditions.push(eq(accounts.phoneHash, by.phoneHash));
  const rows = await db.select().from(accounts).where(or(...conditions)).limit(1);
  return rows[0];
}

export async function getAccountById(db: DbOrTx, id: string): Promise<AccountRow | undefined> {
  const rows = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return rows[0];
}

export async function getAccountWithOrganisation(
  db: DbOrTx,
  id: string,
): Promise<{ account: AccountRow; organisationName: string | null } | undefined> {
  const rows = await db
    .select({ account: accounts, organisationName: organisations.name })
    .from(accounts)
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.id, id))
    .limit(1);
  return rows[0];
}

export async function findAccountsOfOrganisation(db: DbOrTx, organisationId: string): Promise<AccountRow[]> {
  return db.select().from(accounts).where(eq(accounts.organisationId, organisationId)).orderBy(asc(accounts.username));
}

/** Which of the unique keys are already taken by another account. */
export async function findTakenKeys(
  db: DbOrTx,
  keys: { username?: string; email?: string | null; phoneHash?: string | null },
  exceptId?: string,
): Promise<{ username: boolean; email: boolean; phone: boolean }> {
  const conditions = [];
  if (keys.username) conditions.push(eq(accounts.username, keys.username));
  if (keys.email) conditions.push(eq(accounts.email, keys.email));
  if (keys.phoneHash) conditions.push(eq(accounts.phoneHash, keys.phoneHash));
  if (conditions.length === 0) return { username: false, email: false, phone: false };
  const where = exceptId ? and(or(...conditions), ne(accounts.id, exceptId)) : or(...conditions);
  const rows = await db
    .select({ username: accounts.username, email: accounts.email, phoneHash: accounts.phoneHash })
    .from(accounts)
    .where(where);
  return {
    username: rows.some((r) => keys.username !== undefined && r.username === keys.username),
    email: rows.some((r) => !!keys.email && r.email === keys.email),
    phone: rows.some((r) => !!keys.phoneHash && r.phoneHash === keys.phoneHash),
  };
}

export async function insertAccount(db: DbOrTx, row: NewAccountRow): Promise<AccountRow> {
  const [created] = await db.insert(accounts).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateAccount(db: DbOrTx, id: string, patch: Partial<NewAccountRow>): Promise<AccountRow> {
  const [updated] = await db
    .update(accounts)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(accounts.id, id))
    .returning();
  if (!updated) throw new Error('update matched no row');
  return updated;
}

/** Counts a failed sign-in atomically and locks the account when the limit is reached. */
export async function recordFailedLogin(
  db: DbOrTx,
  id: string,
  limit: number,
  lockUntil: Date,
): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
  const [row] = await db
    .update(accounts)
    .set({
      failedLogins: sql`case when ${accounts.failedLogins} + 1 >= ${limit} then 0 else ${accounts.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${accounts.failedLogins} + 1 >= ${limit} then ${lockUntil.toISOString()}::timestamptz else ${accounts.lockedUntil} end`,
    })
    .where(eq(accounts.id, id))
    .returning({ failedLogins: accounts.failedLogins, lockedUntil: accounts.lockedUntil });
  return row ?? { failedLogins: 0, lockedUntil: null };
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function getSession(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const rows = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return rows[0];
}

/** A session with its account in one round trip: every signed-in request reads both. */
export async function getSessionWithAccount(db: DbOrTx, id: string): Promise<{ session: SessionRow; account: AccountRow | null } | undefined> {
  const rows = await db.select({ session: sessions, account: accounts }).from(sessions).leftJoin(accounts, eq(accounts.id, sessions.accountId)).where(eq(sessions.id, id)).limit(1);
  return rows[0];
}

export async function touchSession(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function updateSessionRestriction(db: DbOrTx, id: string, restriction: string | null): Promise<void> {
  await db.update(sessions).set({ restriction }).where(eq(sessions.id, id));
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfAccount(db: DbOrTx, accountId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptSessionId ? and(eq(sessions.accountId, accountId), ne(sessions.id, exceptSessionId)) : eq(sessions.accountId, accountId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleCutoff: Date): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)));
}
