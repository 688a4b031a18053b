import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../accounts/accounts.table';
import { organisations, zones } from '../organisations/organisations.table';
import { positions } from '../positions/positions.table';
import { techChallenges } from '../techtransfer/techtransfer.table';

/** PostgreSQL bytea; node-postgres gives a Buffer, PGlite a Uint8Array, both come out as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * One term of an organisation on the council (理事会): its role from a start date to an end date
 * (open while it lasts). The organisation's `council_role` is the role of its term in force.
 */
export const councilTerms = pgTable(
  'council_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    startOn: date('start_on').notNull(),
    endOn: date('end_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('council_terms_zone_idx').on(t.zoneId, t.startOn),
    index('council_terms_org_idx').on(t.organisationId, t.startOn),
    check('council_terms_dates_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
  ],
);

/** 年会, 校企人才供需见面会, 座谈会: agenda before, minutes after. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    type: text('type').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    venue: text('venue'),
    agenda: text('agenda'),
    minutes: text('minutes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => accounts.id),
    ...timestamps,
  },
  (t) => [index('meetings_zone_held_idx').on(t.zoneId, t.heldOn)],
);

/** Who attended: an organisation, a person, or a person of an organisation. */
export const meetingAttendees = pgTable(
  'meeting_attendees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    personName: text('person_name'),
    post: text('post'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('meeting_attendees_meeting_idx').on(t.meetingId, t.sortOrder),
    index('meeting_attendees_org_idx').on(t.organisationId),
    check('meeting_attendees_who_check', sql`${t.organisationId} is not null or ${t.personName} is not null`),
  ],
);

/** A resolution (决议) of a meeting, owned by an organisation or a person, followed to its done date. */
export const meetingResolutions = pgTable(
  'meeting_resolutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    content: text('content').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    ownerName: text('owner_name'),
    dueOn: date('due_on'),
    doneOn: date('done_on'),
    progressNote: text('progress_note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('meeting_resolutions_meeting_idx').on(t.meetingId),
    index('meeting_resolutions_zone_due_idx').on(t.zoneId, t.dueOn),
    index('meeting_resolutions_owner_idx').on(t.ownerOrganisationId),
    check('meeting_resolutions_owner_check', sql`${t.ownerOrganisationId} is not null or ${t.ownerName} is not null`),
  ],
);

/**
 * 战略合作协议 and other agreements. Stored status is draft, active or terminated; an active
 * agreement past its end date reads as expired.
 */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    title: text('title').notNull(),
    type: text('type').notNull(),
    scope: text('scope').notNull(),
    signedOn: date('signed_on'),
    endOn: date('end_on'),
    status: text('status').notNull().default('draft'),
    terminatedOn: date('terminated_on'),
    terminationReason: text('termination_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => accounts.id),
    ...timestamps,
  },
  (t) => [index('agreements_zone_status_idx').on(t.zoneId, t.status, t.endOn)],
);

export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organisationId] }), index('agreement_parties_org_idx').on(t.organisationId)],
);

/**
 * The signed copy of an agreement, in the database rather than on disk: instances are stateless
 * and share nothing but PostgreSQL, the file is written in the same transaction as its audit
 * entry, and backups of the database hold it. Kept apart from `agreements` so lists never read it.
 */
export const agreementDocuments = pgTable('agreement_documents', {
  agreementId: uuid('agreement_id')
    .primaryKey()
    .references(() => agreements.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => accounts.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 双向挂职/兼职: a person of one organisation holding a post in another for a term. */
export const dualAppointments = pgTable(
  'dual_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    personName: text('person_name').notNull(),
    /** The person's post at home, e.g. 副校长. */
    homePost: text('home_post'),
    homeOrganisationId: uuid('home_organisation_id')
      .notNull()
      .references(() => organisations.id),
    hostOrganisationId: uuid('host_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The post held at the host, e.g. 科技副总, 兼职教师. */
    post: text('post').notNull(),
    direction: text('direction').notNull(),
    startOn: date('start_on').notNull(),
    endOn: date('end_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('dual_appointments_zone_idx').on(t.zoneId, t.startOn),
    index('dual_appointments_home_idx').on(t.homeOrganisationId),
    index('dual_appointments_host_idx').on(t.hostOrganisationId),
    check('dual_appointments_dates_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
  ],
);

/** What came of an appointment: a course taught, a project, a problem solved. */
export const appointmentOutcomes = pgTable(
  'appointment_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => dualAppointments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    detail: text('detail'),
    occurredOn: date('occurred_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_outcomes_appointment_idx').on(t.appointmentId, t.occurredOn)],
);

/** 走访 and 座谈 logs: the hiring demand and technical pain points collected. */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    /** Who went (operator and government staff), as names. */
    visitors: jsonb('visitors').$type<string[]>().notNull().default([]),
    hiringDemand: text('hiring_demand'),
    painPoints: text('pain_points'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => accounts.id),
    ...timestamps,
  },
  (t) => [index('visits_zone_held_idx').on(t.zoneId, t.heldOn)],
);

export const visitOrganisations = pgTable(
  'visit_organisations',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.organisationId] }), index('visit_organisations_org_idx').on(t.organisationId)],
);

/** Positions recorded from the demand a visit collected. */
export const visitPositions = pgTable(
  'visit_positions',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.positionId] }), index('visit_positions_position_idx').on(t.positionId)],
);

/** Technical challenges (揭榜挂帅, technology-transfer module) a visit's pain points led to. */
export const visitChallenges = pgTable(
  'visit_challenges',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => techChallenges.id),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.challengeId] }), index('visit_challenges_challenge_idx').on(t.challengeId)],
);

/** 人才工作示范项目, e.g. filed with the provincial talent-work leading group. */
export const demonstrationProjects = pgTable(
  'demonstration_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    title: text('title').notNull(),
    /** What it concentrates on, e.g. 技术研究, 技能竞赛, 乡村人才培训. */
    focus: text('focus'),
    description: text('description'),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
    /** 备案机关 and the filing date. */
    filingBody: text('filing_body'),
    filedOn: date('filed_on'),
    startOn: date('start_on').notNull(),
    endOn: date('end_on'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('demonstration_projects_zone_idx').on(t.zoneId, t.startOn),
    check('demonstration_projects_dates_check', sql`${t.endOn} is null or ${t.endOn} >= ${t.startOn}`),
  ],
);

export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => demonstrationProjects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('project_milestones_project_idx').on(t.projectId, t.dueOn)],
);

/** 核心产品清单: the zone's industries' core products and who makes them. */
export const coreProducts = pgTable(
  'core_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    industry: text('industry').notNull(),
    product: text('product').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    description: text('description'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('core_products_zone_industry_idx').on(t.zoneId, t.industry), index('core_products_org_idx').on(t.organisationId)],
);

/** 技术需求清单: what enterprises need solved, optionally followed as a technical challenge. */
export const technologyNeeds = pgTable(
  'technology_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    industry: text('industry').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    description: text('description'),
    status: text('status').notNull().default('open'),
    /** The technical challenge (揭榜挂帅) it was posted as. */
    challengeId: uuid('challenge_id').references(() => techChallenges.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('technology_needs_zone_industry_idx').on(t.zoneId, t.industry, t.status), index('technology_needs_org_idx').on(t.organisationId)],
);
