import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';

/**
 * Every insert or update of a seeker, and every consent given or withdrawn, takes the next value
 * (database triggers, so no write path can forget): matching indexes on every instance catch up by
 * polling it.
 */
export const seekerChangeSeq = pgSequence('seeker_change_seq');

export type EducationEntry = { school: string; major: string | null; level: string; startOn: string | null; endOn: string | null };
export type ExperienceEntry = { employer: string; title: string; startOn: string | null; endOn: string | null; description: string | null };

/**
 * A job seeker's profile and résumé in the talent pool (人力资源蓄水池). National ID number and
 * phone are sealed (AES-256-GCM) and found through keyed hashes; disability information is
 * sensitive personal information, stored sealed and only with the seeker's consent.
 */
export const seekers = pgTable(
  'seekers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The seeker's own account, when they registered; null for walk-ins and imported résumés. */
    accountId: uuid('account_id').references(() => accounts.id),
    zoneId: uuid('zone_id').references(() => zones.id),
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date'),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: text('id_number_hash'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    email: text('email'),
    educationLevel: text('education_level'),
    school: text('school'),
    major: text('major'),
    graduationOn: date('graduation_on'),
    education: jsonb('education').$type<EducationEntry[]>().notNull().default([]),
    experience: jsonb('experience').$type<ExperienceEntry[]>().notNull().default([]),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    experienceYears: integer('experience_years').notNull().default(0),
    preferredRegions: jsonb('preferred_regions').$type<string[]>().notNull().default([]),
    expectedSalaryMin: integer('expected_salary_min'),
    expectedSalaryMax: integer('expected_salary_max'),
    availableFrom: date('available_from'),
    summary: text('summary'),
    /** Sealed JSON {hasDisability, category, accommodation}; written only under 'sensitive_disability' consent. */
    disabilityEnc: text('disability_enc'),
    /** self (registered), walk_in (created by an operator), import (résumé file), fair */
    source: text('source').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    /** Set when the seeker deleted their data: personal fields are gone, the row stays for anonymous counts. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** The seeker's choice (PIPL art. 24): false keeps them out of automated ranking and "recommended for you". */
    autoRecommend: boolean('auto_recommend').notNull().default(true),
    changeSeq: bigint('change_seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('seeker_change_seq')`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('seekers_account_key').on(t.accountId),
    uniqueIndex('seekers_id_number_hash_key').on(t.idNumberHash),
    uniqueIndex('seekers_phone_hash_key').on(t.phoneHash),
    index('seekers_zone_idx').on(t.zoneId, t.createdAt),
    uniqueIndex('seekers_change_seq_key').on(t.changeSeq),
  ],
);

/**
 * Consent per purpose (PIPL art. 14): `job_matching` (shown to enterprises and matched),
 * `share_with_organisation` (résumé shared with one named enterprise), `sensitive_disability`.
 * Withdrawal sets withdrawnAt; rows are never deleted, they are the record of consent.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    purpose: text('purpose').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    policyVersion: text('policy_version').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
  },
  (t) => [index('consents_seeker_idx').on(t.seekerId, t.purpose)],
);
