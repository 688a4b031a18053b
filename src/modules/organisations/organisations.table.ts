import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A zone (园区) is the unit operators and government officers work in; a province holds many. */
export const zones = pgTable('zones', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type').notNull(),
    /** 统一社会信用代码 (GB 32100) */
    creditCode: text('credit_code').notNull(),
    /** GB/T 2260 six-digit administrative division code */
    regionCode: text('region_code').notNull(),
    address: text('address'),
    industry: text('industry').notNull(),
    /** 理事会 role; null when the organisation is not a council member */
    councilRole: text('council_role'),
    joinedOn: date('joined_on'),
    isHighTech: boolean('is_high_tech').notNull().default(false),
    isTechSme: boolean('is_tech_sme').notNull().default(false),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    website: text('website'),
    description: text('description'),
    isActive: boolean('is_active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_credit_code_key').on(t.creditCode),
    index('organisations_zone_type_idx').on(t.zoneId, t.type),
    index('organisations_name_idx').on(t.name),
    index('organisations_council_idx').on(t.zoneId, t.joinedOn).where(sql`${t.councilRole} is not null`),
  ],
);
