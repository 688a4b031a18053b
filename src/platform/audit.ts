import type { FastifyRequest } from 'fastify';
import type { Actor } from './access';
import { auditLog } from './audit.table';
import type { DbOrTx } from './db';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  organisationId?: string | null;
};

export type AuditSource = {
  actor: Pick<Actor, 'accountId' | 'username' | 'zoneId'> | null;
  ip: string | null;
  /** Shown when there is no signed-in actor, e.g. `system`, `cli` or the login name tried. */
  label?: string;
};

export function auditSourceOf(request: FastifyRequest): AuditSource {
  return { actor: request.actor, ip: request.ip };
}

export const SYSTEM_SOURCE: AuditSource = { actor: null, ip: null, label: 'system' };

/** Writes one audit entry; call it with the transaction that makes the change so both land or neither. */
export async function recordAudit(db: DbOrTx, source: AuditSource, entry: AuditEntry): Promise<void> {
  await recordAuditMany(db, source, [entry]);
}

/** Many entries in one multi-row insert, for bulk changes such as imports. */
export async function recordAuditMany(db: DbOrTx, source: AuditSource, entries: AuditEntry[]): Promise<void> {
  await recordAuditEach(
    db,
    entries.map((entry) => ({ source, entry })),
  );
}

/** Entries of different requests in one multi-row insert, for writers that batch requests together. */
export async function recordAuditEach(db: DbOrTx, items: { source: AuditSource; entry: AuditEntry }[]): Promise<void> {
  if (items.length === 0) return;
  await db.insert(auditLog).values(
    items.map(({ source, entry }) => ({
      actorAccountId: source.actor?.accountId ?? null,
      actorLabel: source.actor?.username ?? source.label ?? 'anonymous',
      zoneId: source.actor?.zoneId ?? null,
      organisationId: entry.organisationId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: source.ip,
    })),
  );
}

/** The fields of `after` that differ from `before`, so an update's entry says what changed. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
