import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { seekers } from '../talent/talent.table';

/** 公共实训基地: a public practical-training base with its stations (工位) and capacity. */
export const trainingBases = pgTable(
  'training_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
    /** GB/T 2260 six-digit code of where the base is */
    regionCode: text('region_code').notNull(),
    address: text('address'),
    majors: jsonb('majors').$type<string[]>().notNull().default([]),
    /** 工位: the stations bookings share; overlapping bookings never hold more than this. */
    stations: integer('stations').notNull(),
    /** Trainees the base takes at once. */
    capacity: integer('capacity').notNull(),
    /** Daily opening hours (Asia/Shanghai); their length is the base's hours per day. */
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
    status: text('status').notNull().default('operating'),
    /** 省级示范 */
    isProvincialDemonstrative: boolean('is_provincial_demonstrative').notNull().default(false),
    completedOn: date('completed_on'),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_bases_zone_idx').on(t.zoneId, t.status),
    check('training_bases_stations_check', sql`${t.stations} > 0 and ${t.capacity} > 0`),
    check('training_bases_hours_check', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

/** 共建单位: the schools, enterprises and others that built a base together. */
export const trainingBasePartners = pgTable(
  'training_base_partners',
  {
    baseId: uuid('base_id')
      .notNull()
      .references(() => trainingBases.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Order in which the partners are named (0 = lead builder). */
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.baseId, t.organisationId] }), index('training_base_partners_org_idx').on(t.organisationId)],
);

/**
 * A school's or enterprise's booking of stations at a base for one date and time range. The
 * capacity rule (overlapping confirmed bookings never hold more stations or trainees than the base
 * has) is checked in a transaction that first locks the base row.
 */
export const trainingBookings = pgTable(
  'training_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    baseId: uuid('base_id')
      .notNull()
      .references(() => trainingBases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    bookedOn: date('booked_on').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    stations: integer('stations').notNull(),
    trainees: integer('trainees').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').notNull().default('confirmed'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    /** Use as it happened: trainees who came and for how long. */
    attendedTrainees: integer('attended_trainees'),
    attendedMinutes: integer('attended_minutes'),
    useRecordedAt: timestamp('use_recorded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_bookings_base_day_idx').on(t.baseId, t.bookedOn).where(sql`${t.status} = 'confirmed'`),
    index('training_bookings_org_idx').on(t.organisationId, t.bookedOn),
    index('training_bookings_zone_idx').on(t.zoneId, t.bookedOn),
    check('training_bookings_range_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('training_bookings_size_check', sql`${t.stations} > 0 and ${t.trainees} > 0`),
  ],
);

/** A training programme such as 乡村人才培训 (rural talent training). */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id),
    /** Where it is held, when at one of the zone's bases. */
    baseId: uuid('base_id').references(() => trainingBases.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    capacity: integer('capacity').notNull(),
    totalHours: integer('total_hours').notNull(),
    requiredAttendancePercent: integer('required_attendance_percent').notNull().default(80),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_programmes_zone_idx').on(t.zoneId, t.startsOn), check('training_programmes_dates_check', sql`${t.endsOn} >= ${t.startsOn}`)],
);

/** One class of a programme; attendance is taken per session. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id, { onDelete: 'cascade' }),
    heldOn: date('held_on').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    topic: text('topic').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_programme_idx').on(t.programmeId, t.heldOn), check('training_sessions_range_check', sql`${t.endsAt} > ${t.startsAt}`)],
);

/**
 * A trainee on a programme: a job seeker of the talent pool (name read from the profile, so erasure
 * reaches it) or a named trainee who has no profile (e.g. a villager on rural talent training).
 */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    seekerId: uuid('seeker_id').references(() => seekers.id),
    traineeName: text('trainee_name'),
    /** Village, school or employer the trainee comes from. */
    affiliation: text('affiliation'),
    status: text('status').notNull().default('enrolled'),
    completedOn: date('completed_on'),
    /** Printed on the certificate and looked up by the public verify page. */
    certificateNo: text('certificate_no'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_enrolments_programme_idx').on(t.programmeId, t.status),
    uniqueIndex('training_enrolments_seeker_key').on(t.programmeId, t.seekerId).where(sql`${t.seekerId} is not null`),
    uniqueIndex('training_enrolments_certificate_key').on(t.certificateNo),
    check('training_enrolments_trainee_check', sql`(${t.seekerId} is null) <> (${t.traineeName} is null)`),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => trainingEnrolments.id),
    isPresent: boolean('is_present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.enrolmentId] }), index('training_attendance_enrolment_idx').on(t.enrolmentId)],
);

/** 技能竞赛: a skills competition with its categories (赛项). */
export const skillCompetitions = pgTable(
  'skill_competitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id),
    level: text('level').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    venue: text('venue'),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('skill_competitions_zone_idx').on(t.zoneId, t.heldOn)],
);

/** An entrant in one category: a seeker or student of the talent pool, or a named person, with their organisation. */
export const competitionEntrants = pgTable(
  'competition_entrants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    competitionId: uuid('competition_id')
      .notNull()
      .references(() => skillCompetitions.id),
    category: text('category').notNull(),
    seekerId: uuid('seeker_id').references(() => seekers.id),
    entrantName: text('entrant_name'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** Out of 100, two decimals; null until the result is in. */
    score: numeric('score', { precision: 5, scale: 2 }),
    award: text('award'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('competition_entrants_competition_idx').on(t.competitionId, t.category),
    uniqueIndex('competition_entrants_seeker_key').on(t.competitionId, t.category, t.seekerId).where(sql`${t.seekerId} is not null`),
    check('competition_entrants_person_check', sql`(${t.seekerId} is null) <> (${t.entrantName} is null)`),
  ],
);
