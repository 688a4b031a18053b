import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';

/** 网络直播带岗: a live-streamed recruitment session; the video runs on an external platform at `streamUrl`. */
export const liveSessions = pgTable(
  'live_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** Host organisation (an enterprise or school); null when the operator's service park hosts. */
    hostOrganisationId: uuid('host_organisation_id').references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description'),
    /** https URL of the stream (embedded when the platform allows, linked otherwise). */
    streamUrl: text('stream_url').notNull(),
    /** The host's name as shown to viewers (主播). */
    presenter: text('presenter'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** scheduled | live | ended | cancelled */
    status: text('status').notNull().default('scheduled'),
    /** The run-sheet item on air now; null between items and outside the session. */
    onAirItemId: uuid('on_air_item_id'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Most viewers at once across instances, kept when the session ends. */
    peakViewers: integer('peak_viewers').notNull().default(0),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('live_sessions_zone_starts_idx').on(t.zoneId, t.startsAt), check('live_sessions_dates_check', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** 串词单: the featured positions of a session in order, with when each went on and off air. */
export const liveRunSheetItems = pgTable(
  'live_run_sheet_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    sortOrder: integer('sort_order').notNull(),
    /** What the presenter says about it (talking points). */
    notes: text('notes'),
    /** First time on air, and last time taken off air. */
    onAirAt: timestamp('on_air_at', { withTimezone: true }),
    offAirAt: timestamp('off_air_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('live_run_sheet_items_session_position_key').on(t.sessionId, t.positionId), index('live_run_sheet_items_session_idx').on(t.sessionId, t.sortOrder)],
);

/**
 * Every real-time event of a session, in order. The id is the SSE event id: a viewer that
 * reconnects with Last-Event-ID is sent the events after it. Counters are not stored (they are
 * sent as they change).
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id, { onDelete: 'cascade' }),
    /** status | on_air | off_air | question | answer | question_hidden */
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('live_events_session_idx').on(t.sessionId, t.id)],
);

/** A viewer's question; the host answers on air (marked) or in text, or hides it. */
export const liveQuestions = pgTable(
  'live_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Name shown with the question (masked, e.g. 普**). */
    askerName: text('asker_name').notNull(),
    /** The position on air when it was asked. */
    positionId: uuid('position_id').references(() => positions.id),
    text: text('text').notNull(),
    /** open | answered_on_air | answered_text | hidden */
    status: text('status').notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => accounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('live_questions_session_idx').on(t.sessionId, t.createdAt), uniqueIndex('live_questions_idempotency_key').on(t.idempotencyKey)],
);

/** Applications made during a session (channel 'live'): the session's per-position counts and hires come from here. */
export const liveApplications = pgTable(
  'live_applications',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    /** The run-sheet item on air when the seeker applied (null if applied from the list). */
    itemId: uuid('item_id').references(() => liveRunSheetItems.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('live_applications_session_idx').on(t.sessionId, t.positionId)],
);
