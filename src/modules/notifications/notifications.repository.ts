import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { seekers } from '../talent/talent.table';
import type { DeliveryStatus } from './notifications.codes';
import { notifications } from './notifications.table';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

export async function insertNotifications(db: DbOrTx, rows: NewNotificationRow[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(notifications).values(rows).returning();
}

export async function findSeekerNotifications(
  db: DbOrTx,
  seekerId: string,
  page: { offset: number; limit: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const where = eq(notifications.seekerId, seekerId);
  const [rows, totals, unread] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(where, isNull(notifications.readAt))),
  ]);
  return { rows, total: totals[0]?.n ?? 0, unread: unread[0]?.n ?? 0 };
}

/** Marks the seeker's notifications read (all, or the given ones); returns how many changed. */
export async function markRead(db: DbOrTx, seekerId: string, ids: string[] | null): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.seekerId, seekerId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export type PendingNotification = NotificationRow & { phoneEnc: string | null };

/**
 * Claims up to `limit` undelivered notifications for this instance: rows another instance is
 * delivering right now are skipped, so no message goes out twice.
 */
export async function claimPending(db: DbOrTx, limit: number): Promise<PendingNotification[]> {
  const rows = await db
    .select({ notification: notifications, phoneEnc: seekers.phoneEnc })
    .from(notifications)
    .innerJoin(seekers, eq(seekers.id, notifications.seekerId))
    .where(eq(notifications.deliveryStatus, 'pending'))
    .orderBy(notifications.createdAt)
    .limit(limit)
    .for('update', { of: notifications, skipLocked: true });
  return rows.map((r) => ({ ...r.notification, phoneEnc: r.phoneEnc }));
}

export async function setDelivery(db: DbOrTx, id: string, status: DeliveryStatus, error: string | null): Promise<void> {
  await db.update(notifications).set({ deliveryStatus: status, deliveryError: error }).where(eq(notifications.id, id));
}

export type OutboxRow = NotificationRow & { seekerName: string };

export async function findOutbox(
  db: DbOrTx,
  query: { zoneId: string; status?: DeliveryStatus | undefined },
  page: { offset: number; limit: number },
): Promise<{ rows: OutboxRow[]; total: number }> {
  const where = and(eq(notifications.zoneId, query.zoneId), query.status ? eq(notifications.deliveryStatus, query.status) : undefined);
  const [rows, totals] = await Promise.all([
    db
      .select({ notification: notifications, seekerName: seekers.name })
      .from(notifications)
      .innerJoin(seekers, eq(seekers.id, notifications.seekerId))
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.notification, seekerName: r.seekerName })), total: totals[0]?.n ?? 0 };
}

/** Erasure: the seeker's messages go with their data. */
export async function deleteSeekerNotifications(db: DbOrTx, seekerId: string): Promise<number> {
  const rows = await db.delete(notifications).where(eq(notifications.seekerId, seekerId)).returning({ id: notifications.id });
  return rows.length;
}

