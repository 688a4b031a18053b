import { index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { applications, positions } from '../positions/positions.table';
import { seekers } from '../talent/talent.table';
import type { FactorScore, MatchingWeights } from './engine/scoring';
import type { AllocationResult } from './matching.types';

/** The operator's scoring weights for a zone; every change is a new version, the highest is in force. */
export const matchingWeights = pgTable(
  'matching_weights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    version: integer('version').notNull(),
    weights: jsonb('weights').$type<MatchingWeights>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('matching_weights_zone_version_key').on(t.zoneId, t.version)],
);

/**
 * A recommendation (推荐) of a seeker to a position by a person. The candidate's progress lives on
 * the application it created (channel `recommendation`): interview, offer, hired or declined.
 * The score and its factors are kept as they were when the person decided.
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    score: real('score').notNull(),
    factors: jsonb('factors').$type<FactorScore[]>().notNull(),
    weightsVersion: integer('weights_version').notNull(),
    /** Set when the recommendation came from an approved batch allocation. */
    allocationId: uuid('allocation_id').references(() => allocations.id),
    note: text('note'),
    recommendedBy: uuid('recommended_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('recommendations_application_key').on(t.applicationId),
    index('recommendations_zone_created_idx').on(t.zoneId, t.createdAt),
    index('recommendations_position_idx').on(t.positionId),
    index('recommendations_seeker_idx').on(t.seekerId),
  ],
);

/** A seeker's liked (收藏) positions: with their applications, their preferences in a batch allocation. */
export const positionLikes = pgTable(
  'position_likes',
  {
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.seekerId, t.positionId] }), index('position_likes_position_idx').on(t.positionId)],
);

/**
 * A batch allocation (for a fair or a recommendation drive): the positions it covers, the stable
 * result computed from everyone's preferences, and — once a person approved it — the
 * recommendations it became. draft → approved | discarded.
 */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    title: text('title').notNull(),
    positionIds: jsonb('position_ids').$type<string[]>().notNull(),
    status: text('status').notNull().default('draft'),
    result: jsonb('result').$type<AllocationResult>().notNull(),
    weightsVersion: integer('weights_version').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    approvedBy: uuid('approved_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('allocations_zone_created_idx').on(t.zoneId, t.createdAt)],
);
