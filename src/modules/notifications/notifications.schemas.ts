import { z } from 'zod';
import { pageQuery, pageResult } from '../../platform/validation';
import { DELIVERY_STATUSES, NOTIFICATION_KINDS } from './notifications.codes';

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const myNotificationPage = pageResult(notificationSchema).extend({ unread: z.number().int() });

export const markReadBody = z.object({ ids: z.array(z.uuid()).min(1).max(500).optional() }).strict();

export const outboxItemSchema = notificationSchema.extend({
  seekerId: z.uuid(),
  seekerName: z.string(),
  provider: z.string(),
  deliveryStatus: z.enum(DELIVERY_STATUSES),
  deliveryError: z.string().nullable(),
  /** The text as the provider sent it. */
  text: z.string(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
export const outboxPage = pageResult(outboxItemSchema);
export const outboxQuery = pageQuery.extend({ status: z.enum(DELIVERY_STATUSES).optional() });
