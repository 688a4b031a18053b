import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { zones } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';

/** 职业指导/咨询: one conversation of a counsellor with a job seeker. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    counsellorId: uuid('counsellor_id')
      .notNull()
      .references(() => accounts.id),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    notes: text('notes'),
    followUpOn: date('follow_up_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultations_zone_held_idx').on(t.zoneId, t.heldOn), index('consultations_seeker_idx').on(t.seekerId, t.heldOn)],
);
