import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { zones } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';

/**
 * A message to a seeker: shown in the app (read/unread) and handed to the delivery provider (SMS,
 * WeChat; the built-in one writes to the log). The row is also the outbox operators read.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id').references(() => zones.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    /** The seeker's account when they have one; walk-ins without an account are reached by SMS only. */
    accountId: uuid('account_id').references(() => accounts.id),
    /** What happened, e.g. `recommended`, `application_status`: the catalogue key of the text. */
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    /** Provider that delivered it (`log`, `sms`, `wechat`), and how it went: pending, sent, failed, no_address. */
    provider: text('provider').notNull(),
    deliveryStatus: text('delivery_status').notNull().default('pending'),
    deliveryError: text('delivery_error'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_seeker_idx').on(t.seekerId, t.createdAt), index('notifications_zone_created_idx').on(t.zoneId, t.createdAt)],
);
