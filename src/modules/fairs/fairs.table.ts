import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';

/**
 * 招聘会: a campus fair (校园招聘会) at a school, a large on-site fair (春季大型现场招聘会) or a
 * special fair (专场, e.g. 残疾人专场 with `specialFocus` = 'disability').
 */
export const fairs = pgTable(
  'fairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** campus | onsite | special */
    kind: text('kind').notNull(),
    /** For special fairs: disability | veterans | rural_labour | women …; null otherwise. */
    specialFocus: text('special_focus'),
    title: text('title').notNull(),
    description: text('description'),
    venue: text('venue').notNull(),
    /** GB/T 2260 six-digit code of the venue */
    regionCode: text('region_code').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The organisation that hosts it (a school for a campus fair, the operator's service park otherwise). */
    hostOrganisationId: uuid('host_organisation_id').references(() => organisations.id),
    /** 协办单位 */
    coOrganiserIds: jsonb('co_organiser_ids').$type<string[]>().notNull().default([]),
    /** Booths the venue holds: approved booths never exceed it. */
    boothCapacity: integer('booth_capacity').notNull(),
    /** Seekers who may pre-register (tickets, walk-ins included); null = no limit. */
    seekerCapacity: integer('seeker_capacity'),
    /** Enterprises and seekers may register until then (default: the start). */
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    /** draft | published | cancelled (a published fair is "upcoming", "running" or "over" by its dates) */
    status: text('status').notNull().default('draft'),
    /** When the satisfaction survey went out; null until sent. */
    surveySentAt: timestamp('survey_sent_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('fairs_zone_starts_idx').on(t.zoneId, t.startsAt),
    check('fairs_dates_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('fairs_capacity_check', sql`${t.boothCapacity} > 0 and (${t.seekerCapacity} is null or ${t.seekerCapacity} > 0)`),
  ],
);

/** An enterprise's booth at a fair: registered, approved with a booth number by the operator (or rejected / withdrawn). */
export const fairBooths = pgTable(
  'fair_booths',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fairId: uuid('fair_id')
      .notNull()
      .references(() => fairs.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** pending | approved | rejected | withdrawn */
    status: text('status').notNull().default('pending'),
    /** e.g. "A12"; unique within the fair once assigned. */
    boothNumber: text('booth_number'),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    staffCount: integer('staff_count').notNull().default(2),
    note: text('note'),
    rejectReason: text('reject_reason'),
    /** Random token in the booth's QR code: a seeker who scans it records an intent with this enterprise. */
    qrToken: text('qr_token').notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fair_booths_fair_org_key').on(t.fairId, t.organisationId),
    uniqueIndex('fair_booths_number_key')
      .on(t.fairId, t.boothNumber)
      .where(sql`${t.boothNumber} is not null`),
    uniqueIndex('fair_booths_qr_token_key').on(t.qrToken),
    index('fair_booths_org_idx').on(t.organisationId),
  ],
);

/** The positions an enterprise brings to its booth. */
export const fairBoothPositions = pgTable(
  'fair_booth_positions',
  {
    boothId: uuid('booth_id')
      .notNull()
      .references(() => fairBooths.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.boothId, t.positionId] }), index('fair_booth_positions_position_idx').on(t.positionId)],
);

/**
 * A seeker's ticket for a fair: pre-registered on a phone or registered at the door (walk-in).
 * The ticket code is what the QR code holds and what staff type when a camera fails.
 */
export const fairRegistrations = pgTable(
  'fair_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fairId: uuid('fair_id')
      .notNull()
      .references(() => fairs.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    /** 8 characters from an unambiguous alphabet (no 0/O, 1/I), unique across fairs. */
    ticketCode: text('ticket_code').notNull(),
    /** pre (registered ahead) | walk_in (at the door) */
    source: text('source').notNull(),
    /** registered | cancelled */
    status: text('status').notNull().default('registered'),
    /** First accepted scan; later scans of the same ticket change nothing. */
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: uuid('checked_in_by').references(() => accounts.id),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fair_registrations_fair_seeker_key').on(t.fairId, t.seekerId),
    uniqueIndex('fair_registrations_ticket_key').on(t.ticketCode),
    index('fair_registrations_seeker_idx').on(t.seekerId),
  ],
);

/**
 * Every scan a check-in device sent, keyed by the id the device gave it, so a scan replayed after
 * the venue's network came back is recognised and changes nothing.
 */
export const fairCheckinScans = pgTable(
  'fair_checkin_scans',
  {
    /** Generated on the device when the ticket was scanned. */
    id: uuid('id').primaryKey(),
    fairId: uuid('fair_id')
      .notNull()
      .references(() => fairs.id),
    deviceId: text('device_id').notNull(),
    ticketCode: text('ticket_code').notNull(),
    registrationId: uuid('registration_id').references(() => fairRegistrations.id),
    /** checked_in (this scan checked the ticket in) | already_checked_in | unknown_ticket | cancelled | wrong_fair */
    outcome: text('outcome').notNull(),
    /** The device's clock when scanned (offline scans arrive later). */
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    accountId: uuid('account_id').references(() => accounts.id),
  },
  (t) => [index('fair_checkin_scans_fair_idx').on(t.fairId, t.receivedAt)],
);

/**
 * 初步就业意向: a seeker and an enterprise agreed at a booth on a position. The résumé is
 * collected only with the seeker's consent (snapshot kept here as the enterprise received it).
 */
export const fairIntents = pgTable(
  'fair_intents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fairId: uuid('fair_id')
      .notNull()
      .references(() => fairs.id),
    boothId: uuid('booth_id')
      .notNull()
      .references(() => fairBooths.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    registrationId: uuid('registration_id').references(() => fairRegistrations.id),
    /** strong | possible */
    level: text('level').notNull(),
    note: text('note'),
    /** booth_scan (staff scanned the ticket) | seeker_scan (the seeker scanned the booth) */
    source: text('source').notNull(),
    resumeSnapshot: jsonb('resume_snapshot'),
    resumeCollectedAt: timestamp('resume_collected_at', { withTimezone: true }),
    /** Sealed accommodation needs, shared at a special fair only under the seeker's consent. */
    accommodationEnc: text('accommodation_enc'),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    /** A retried save with the same key returns the first intent. */
    idempotencyKey: text('idempotency_key'),
    /** Operator's follow-up after the fair: null | contacted | interviewing | hired | closed */
    followUpStatus: text('follow_up_status'),
    followUpNote: text('follow_up_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fair_intents_fair_position_seeker_key').on(t.fairId, t.positionId, t.seekerId),
    uniqueIndex('fair_intents_idempotency_key').on(t.idempotencyKey),
    index('fair_intents_org_idx').on(t.organisationId, t.fairId),
    index('fair_intents_seeker_idx').on(t.seekerId),
    index('fair_intents_fair_created_idx').on(t.fairId, t.createdAt),
  ],
);

/** One answer to a fair's satisfaction survey per account (a seeker, or an enterprise's staff member). */
export const fairSurveyResponses = pgTable(
  'fair_survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fairId: uuid('fair_id')
      .notNull()
      .references(() => fairs.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** seeker | enterprise */
    respondentKind: text('respondent_kind').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** 1–5 */
    overall: smallint('overall').notNull(),
    /** 1–5: how well the positions / candidates fitted */
    matchQuality: smallint('match_quality').notNull(),
    wouldReturn: boolean('would_return').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fair_survey_responses_fair_account_key').on(t.fairId, t.accountId),
    check('fair_survey_scores_check', sql`${t.overall} between 1 and 5 and ${t.matchQuality} between 1 and 5`),
  ],
);
