import { and, count, desc, eq, gte, ilike, isNull, lt, or, type SQL } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.table';
import type { DbOrTx } from '../../platform/db';
import type { AuditFilters } from './audit.schemas';

export type AuditRow = typeof auditLog.$inferSelect;

export async function findAuditEntries(
  db: DbOrTx,
  zoneId: string,
  filters: AuditFilters,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  // Entries without a zone (anonymous sign-in attempts, seekers) are security events every operator must see.
  const conditions: (SQL | undefined)[] = [or(eq(auditLog.zoneId, zoneId), isNull(auditLog.zoneId))];
  if (filters.action) conditions.push(ilike(auditLog.action, `${filters.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.actor) conditions.push(eq(auditLog.actorLabel, filters.actor));
  if (filters.organisationId) conditions.push(eq(auditLog.organisationId, filters.organisationId));
  if (filters.from) conditions.push(gte(auditLog.at, new Date(filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, new Date(filters.to)));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
