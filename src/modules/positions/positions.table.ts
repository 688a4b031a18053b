import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';

/** Every insert or update of a position takes the next value, so search indexes on every instance catch up by polling. */
export const positionChangeSeq = pgSequence('position_change_seq');

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    duties: text('duties').notNull(),
    headcount: integer('headcount').notNull(),
    filledCount: integer('filled_count').notNull().default(0),
    educationLevel: text('education_level').notNull(),
    majors: jsonb('majors').$type<string[]>().notNull().default([]),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    experienceYears: integer('experience_years').notNull().default(0),
    /** GB/T 2260 six-digit code of the workplace */
    regionCode: text('region_code').notNull(),
    /** Yuan per month */
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    employmentType: text('employment_type').notNull(),
    isDisabilityFriendly: boolean('is_disability_friendly').notNull().default(false),
    accommodation: text('accommodation'),
    closingOn: date('closing_on'),
    status: text('status').notNull().default('draft'),
    returnReason: text('return_reason'),
    /** `enterprise` when its own staff posted it; `visit` when an operator recorded it on an enterprise visit (走访). */
    source: text('source').notNull().default('enterprise'),
    createdBy: uuid('created_by').references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => accounts.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    changeSeq: bigint('change_seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('position_change_seq')`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_org_status_idx').on(t.organisationId, t.status),
    index('positions_zone_status_idx').on(t.zoneId, t.status, t.publishedAt),
    uniqueIndex('positions_change_seq_key').on(t.changeSeq),
  ],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull().default('applied'),
    /** The résumé as the enterprise received it. */
    resumeSnapshot: jsonb('resume_snapshot').notNull(),
    coverNote: text('cover_note'),
    declineReason: text('decline_reason'),
    /** Where it came from: portal, live (直播带岗), fair, recommendation. */
    channel: text('channel').notNull().default('portal'),
    /** A retried request with the same key returns the first application instead of making a second. */
    idempotencyKey: text('idempotency_key'),
    /** The enterprise's own order of preference among this position's candidates (1 = first), used by batch allocation. */
    employerRank: integer('employer_rank'),
    /** When the status last changed, and when the seeker was hired: the periods of the pipeline counts. */
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    hiredAt: timestamp('hired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_position_seeker_key').on(t.positionId, t.seekerId),
    uniqueIndex('applications_idempotency_key').on(t.idempotencyKey),
    index('applications_org_status_idx').on(t.organisationId, t.status),
    index('applications_seeker_idx').on(t.seekerId),
    index('applications_hired_idx').on(t.hiredAt),
  ],
);
