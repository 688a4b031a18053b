import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, zones } from '../organisations/organisations.table';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    email: text('email'),
    /** Mobile number, AES-256-GCM sealed; looked up through phoneHash. */
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    zoneId: uuid('zone_id').references(() => zones.id),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    totpSecretEnc: text('totp_secret_enc'),
    isTotpEnabled: boolean('is_totp_enabled').notNull().default(false),
    /** The last accepted TOTP time step: a code is accepted once, never replayed. */
    totpLastStep: integer('totp_last_step'),
    isActive: boolean('is_active').notNull().default(true),
    /** Version of the privacy policy a self-registered account accepted, and when. */
    privacyPolicyVersion: text('privacy_policy_version'),
    privacyAcceptedAt: timestamp('privacy_accepted_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_username_key').on(t.username),
    uniqueIndex('accounts_email_key').on(t.email),
    uniqueIndex('accounts_phone_hash_key').on(t.phoneHash),
    index('accounts_organisation_idx').on(t.organisationId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** Hash of the cookie token: a database leak does not hand out live sessions. */
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    /** Set while the account must first enrol TOTP or change its password. */
    restriction: text('restriction'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);
