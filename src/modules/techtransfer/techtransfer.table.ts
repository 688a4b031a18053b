import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';

// Technology transfer (科技成果转化). Money is whole fen in bigint columns (exact below 2^53 fen,
// about 900 亿元 per amount). Every editable record carries a version for optimistic locking.

/** A patent or patent application of the zone (专利). */
export const patents = pgTable(
  'patents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** 申请号, canonical: 202310123459.X (since 2003) or 98112345.7 (before) */
    applicationNumber: text('application_number').notNull(),
    /** invention | utility_model | design */
    type: text('type').notNull(),
    title: text('title').notNull(),
    inventors: jsonb('inventors').$type<string[]>().notNull().default([]),
    filedOn: date('filed_on').notNull(),
    grantedOn: date('granted_on'),
    /** The latest event of patent_status_events: pending | valid | lapsed */
    legalStatus: text('legal_status').notNull(),
    legalStatusOn: date('legal_status_on').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patents_zone_number_key').on(t.zoneId, t.applicationNumber),
    index('patents_zone_granted_idx').on(t.zoneId, t.grantedOn),
    index('patents_zone_type_status_idx').on(t.zoneId, t.type, t.legalStatus),
  ],
);

/** 专利权人 (申请人 before grant): organisations of the zone, or others by name; at least one of the zone. */
export const patentOwners = pgTable(
  'patent_owners',
  {
    patentId: uuid('patent_id')
      .notNull()
      .references(() => patents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** The organisation's name when the owner was recorded, or the name of an owner outside the zone. */
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.patentId, t.position] }), index('patent_owners_organisation_idx').on(t.organisationId)],
);

/** The legal-status history of a patent: filed, granted, lapsed, restored. "As at" figures read it. */
export const patentStatusEvents = pgTable(
  'patent_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patentId: uuid('patent_id')
      .notNull()
      .references(() => patents.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … in the order the events happened: orders events of the same day. */
    seq: integer('seq').notNull(),
    status: text('status').notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('patent_status_events_patent_seq_key').on(t.patentId, t.seq), index('patent_status_events_patent_idx').on(t.patentId, t.effectiveOn)],
);

/** 专利转让/许可: a transfer moves the patent to the buyer, a licence lets the licensee use it. */
export const patentTransfers = pgTable(
  'patent_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    patentId: uuid('patent_id')
      .notNull()
      .references(() => patents.id),
    /** transfer | licence */
    kind: text('kind').notNull(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    contractOn: date('contract_on').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patent_transfers_zone_date_idx').on(t.zoneId, t.contractOn),
    index('patent_transfers_patent_idx').on(t.patentId),
    index('patent_transfers_from_idx').on(t.fromOrganisationId),
    index('patent_transfers_to_idx').on(t.toOrganisationId),
  ],
);

/** 技术合同登记: a technology contract registered with a registry (技术合同登记机构). */
export const techContracts = pgTable(
  'tech_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** 合同登记编号 */
    contractNumber: text('contract_number').notNull(),
    title: text('title').notNull(),
    /** development | transfer | consulting | service */
    type: text('type').notNull(),
    /** 卖方 (the technology side) and 买方: an organisation of the zone, or a name from the registry. */
    sellerOrganisationId: uuid('seller_organisation_id').references(() => organisations.id),
    sellerName: text('seller_name').notNull(),
    buyerOrganisationId: uuid('buyer_organisation_id').references(() => organisations.id),
    buyerName: text('buyer_name').notNull(),
    /** 合同成交额 */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    signedOn: date('signed_on'),
    registeredOn: date('registered_on').notNull(),
    /** 登记机构 */
    registry: text('registry').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tech_contracts_zone_number_key').on(t.zoneId, t.contractNumber),
    index('tech_contracts_zone_registered_idx').on(t.zoneId, t.registeredOn),
    index('tech_contracts_seller_idx').on(t.sellerOrganisationId),
    index('tech_contracts_buyer_idx').on(t.buyerOrganisationId),
  ],
);

/** 科技成果登记 */
export const achievementRegistrations = pgTable(
  'achievement_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    /** 登记号 */
    registrationNumber: text('registration_number').notNull(),
    title: text('title').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    registeredOn: date('registered_on').notNull(),
    /** 评价水平 */
    level: text('level').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('achievement_registrations_zone_number_key').on(t.zoneId, t.registrationNumber),
    index('achievement_registrations_zone_date_idx').on(t.zoneId, t.registeredOn),
    index('achievement_registrations_org_idx').on(t.organisationId),
  ],
);

/** 科研助理岗位: one research-assistant post an organisation developed; counted in the year of developedOn. */
export const raPositions = pgTable(
  'ra_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    /** The research project or platform the post supports. */
    project: text('project'),
    developedOn: date('developed_on').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ra_positions_zone_date_idx').on(t.zoneId, t.developedOn), index('ra_positions_org_date_idx').on(t.organisationId, t.developedOn)],
);

/** Yearly research-assistant targets the operator sets: one for the zone, optionally one per organisation. */
export const raTargets = pgTable(
  'ra_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    year: integer('year').notNull(),
    /** Null: the zone's own target. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    target: integer('target').notNull(),
    updatedBy: uuid('updated_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Two partial indexes: a plain unique index would let many null-organisation rows through.
    uniqueIndex('ra_targets_zone_year_key').on(t.zoneId, t.year).where(sql`${t.organisationId} is null`),
    uniqueIndex('ra_targets_zone_year_org_key').on(t.zoneId, t.year, t.organisationId).where(sql`${t.organisationId} is not null`),
  ],
);

/** 企业技术需求 (揭榜挂帅): a technical challenge an enterprise posts for schools and institutes to take on. */
export const techChallenges = pgTable(
  'tech_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    industry: text('industry').notNull(),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    /** Last day proposals are taken. */
    deadline: date('deadline').notNull(),
    status: text('status').notNull().default('draft'),
    /** The technology contract the award led to (status contracted). */
    contractId: uuid('contract_id').references(() => techContracts.id),
    /** Why the operator returned an award, or why the challenge was cancelled. */
    statusReason: text('status_reason'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tech_challenges_zone_status_idx').on(t.zoneId, t.status),
    index('tech_challenges_org_idx').on(t.organisationId),
    uniqueIndex('tech_challenges_contract_key').on(t.contractId),
  ],
);

/** A school's or institute's answer to a challenge (揭榜方案). */
export const challengeProposals = pgTable(
  'challenge_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => techChallenges.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    approach: text('approach').notNull(),
    quotedFen: bigint('quoted_fen', { mode: 'number' }).notNull(),
    durationMonths: integer('duration_months').notNull(),
    status: text('status').notNull().default('submitted'),
    createdBy: uuid('created_by').references(() => accounts.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live proposal per organisation and challenge, even when two requests race.
    uniqueIndex('challenge_proposals_live_key').on(t.challengeId, t.organisationId).where(sql`${t.status} <> 'withdrawn'`),
    // At most one chosen proposal per challenge.
    uniqueIndex('challenge_proposals_chosen_key').on(t.challengeId).where(sql`${t.status} in ('selected', 'awarded')`),
    index('challenge_proposals_org_idx').on(t.organisationId),
  ],
);
