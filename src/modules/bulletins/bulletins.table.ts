import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { zones } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';

export type ContactPoint = { name: string; phone: string | null; address: string | null };

/** 招聘信息 第N期: a periodic recruitment bulletin compiled from published positions. */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    year: integer('year').notNull(),
    issueNo: integer('issue_no').notNull(),
    title: text('title').notNull(),
    introduction: text('introduction').notNull(),
    contactPoints: jsonb('contact_points').$type<ContactPoint[]>().notNull().default([]),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bulletins_issue_key').on(t.zoneId, t.year, t.issueNo), index('bulletins_published_idx').on(t.zoneId, t.publishedAt)],
);

export const bulletinPositions = pgTable(
  'bulletin_positions',
  {
    bulletinId: uuid('bulletin_id')
      .notNull()
      .references(() => bulletins.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bulletinId, t.positionId] }), index('bulletin_positions_position_idx').on(t.positionId)],
);
