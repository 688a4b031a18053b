import type { Actor } from '../../platform/access';
import type { AppContext } from '../../platform/context';
import { decryptText } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { translate } from '../../platform/i18n/messages';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../positions/positions.codes';
import { getOwnSeeker } from '../talent/talent.access';
import { getSeekerByAccountId } from '../talent/talent.repository';
import type { DeliveryStatus, NotificationKind } from './notifications.codes';
import type { NotificationProvider } from './notifications.provider';
import * as repo from './notifications.repository';
import type { NotificationView, OutboxItem } from './notifications.schemas';

export type SeekerNotice = {
  seekerId: string;
  zoneId: string | null;
  accountId: string | null;
  kind: NotificationKind;
  params: Record<string, string | number>;
};

/**
 * Queues notices in the caller's transaction, so a seeker is told exactly when the change they
 * are told about commits; the dispatcher delivers them afterwards.
 */
export async function queueSeekerNotices(ctx: AppContext, tx: DbOrTx, notices: SeekerNotice[]): Promise<void> {
  await repo.insertNotifications(
    tx,
    notices.map((n) => ({ seekerId: n.seekerId, zoneId: n.zoneId, accountId: n.accountId, kind: n.kind, params: n.params, provider: ctx.config.notificationProvider })),
  );
}

/** The zh-CN text a provider sends (SMS and WeChat messages in China are Chinese). */
export function renderNotificationText(kind: NotificationKind, params: Record<string, string | number>): string {
  if (kind === 'application_status') {
    const status = String(params.status) as ApplicationStatus;
    return translate('zh-CN', 'notification.application_status', { ...params, statusLabel: APPLICATION_STATUS_LABELS[status]?.zh ?? status });
  }
  if (kind === 'fair_survey') return translate('zh-CN', 'notification.fair_survey', params);
  return translate('zh-CN', 'notification.recommended', params);
}

export type NotificationDispatcher = { flush: () => Promise<number>; stop: () => Promise<void> };

const BATCH = 100;

/**
 * Delivers queued notifications through the provider: polled on every instance, each row claimed
 * with SKIP LOCKED so it goes out once. A provider failure marks that row failed with the reason.
 */
export function createNotificationDispatcher(
  ctx: AppContext,
  provider: NotificationProvider,
  options: { pollMs?: number; onError?: (error: unknown) => void } = {},
): NotificationDispatcher {
  let running: Promise<number> = Promise.resolve(0);

  async function deliverBatch(): Promise<number> {
    return ctx.db.transaction(async (tx) => {
      const pending = await repo.claimPending(tx, BATCH);
      for (const n of pending) {
        const message = {
          notificationId: n.id,
          kind: n.kind as NotificationKind,
          phone: n.phoneEnc ? decryptText(ctx.keys, n.phoneEnc) : null,
          text: renderNotificationText(n.kind as NotificationKind, n.params),
        };
        if (!provider.canDeliver(message)) {
          await repo.setDelivery(tx, n.id, 'no_address', null);
          continue;
        }
        try {
          await provider.send(message);
          await repo.setDelivery(tx, n.id, 'sent', null);
        } catch (error) {
          await repo.setDelivery(tx, n.id, 'failed', error instanceof Error ? error.message.slice(0, 500) : String(error));
        }
      }
      return pending.length;
    });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await deliverBatch();
      total += n;
      if (n < BATCH) return total;
    }
  }

  /** One drain at a time per instance. */
  function flush(): Promise<number> {
    running = running.then(drain, drain);
    return running;
  }

  const timer = setInterval(() => {
    flush().catch((error: unknown) => options.onError?.(error));
  }, options.pollMs ?? 1000);
  timer.unref();
  return {
    flush,
    stop: async () => {
      clearInterval(timer);
      // Let a delivery in flight finish before the database closes.
      await running.catch(() => 0);
    },
  };
}

function toView(row: repo.NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    params: row.params,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findMyNotifications(
  ctx: AppContext,
  actor: Actor,
  page: { page: number; pageSize: number },
): Promise<{ items: NotificationView[]; total: number; unread: number; page: number; pageSize: number }> {
  const seeker = await getSeekerByAccountId(ctx.db, actor.accountId);
  if (!seeker) return { items: [], total: 0, unread: 0, page: page.page, pageSize: page.pageSize };
  const { rows, total, unread } = await repo.findSeekerNotifications(ctx.db, seeker.id, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return { items: rows.map(toView), total, unread, page: page.page, pageSize: page.pageSize };
}

export async function markMyNotificationsRead(ctx: AppContext, actor: Actor, ids: string[] | null): Promise<{ updated: number }> {
  const seeker = await getOwnSeeker(ctx, actor);
  return { updated: await repo.markRead(ctx.db, seeker.id, ids) };
}

export async function findOutbox(
  ctx: AppContext,
  zoneId: string,
  filters: { status?: DeliveryStatus | undefined },
  page: { page: number; pageSize: number },
): Promise<{ items: OutboxItem[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await repo.findOutbox(ctx.db, { zoneId, status: filters.status }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  return {
    items: rows.map((row) => ({
      ...toView(row),
      seekerId: row.seekerId,
      seekerName: row.seekerName,
      provider: row.provider,
      deliveryStatus: row.deliveryStatus as DeliveryStatus,
      deliveryError: row.deliveryError,
      text: renderNotificationText(row.kind as NotificationKind, row.params),
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
