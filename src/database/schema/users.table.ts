import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { StoredPreferences, UserProfile } from '../../users/user-profile.types.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** The expression the search index covers; list queries must use exactly this text to hit it. */
export const USER_SEARCH_DOCUMENT = sql.raw(
  `(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(phone_number, '') || ' ' || coalesce(username, ''))`,
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    username: text('username'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    age: integer('age'),
    phoneNumber: text('phone_number'),
    avatarUrl: text('avatar_url'),
    description: text('description'),
    roles: text('roles').array().notNull().default(sql`'{user}'::text[]`),
    passwordHash: text('password_hash'),
    isEmailVerified: boolean('is_email_verified').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    blockedAt: timestamp('blocked_at', { withTimezone: true, mode: 'date' }),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    profile: jsonb('profile').$type<UserProfile>().notNull().default({}),
    preferences: jsonb('preferences').$type<StoredPreferences>().notNull().default({}),
    lastActivity: timestamp('last_activity', { withTimezone: true, mode: 'date' }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_key').using('btree', sql`lower(${t.email})`),
    uniqueIndex('users_username_lower_key').using('btree', sql`lower(${t.username})`),
    uniqueIndex('users_phone_number_key').on(t.phoneNumber),
    // Ascending, so that a backward scan gives `created_at desc, id desc` (the default sort) exactly:
    // an index declared `desc nulls last` does not match `order by ... desc` and went unused.
    index('users_created_at_idx').on(t.createdAt, t.id),
    index('users_roles_idx').using('gin', t.roles),
    // `sortBy=lastName`: walking this index stops after a page for every role but the rarest ones.
    index('users_last_name_idx').on(t.lastName, t.id),
    // Admins (about 1% of users) by name, an admin dashboard's own listing: too rare for a walk of
    // the index above (50 ms at a million users), too many to sort on every request (20 ms).
    index('users_admins_by_last_name_idx').on(t.lastName, t.id).where(sql`${t.roles} && '{admin}'::text[]`),
    index('users_search_trgm_idx').using('gin', sql`${USER_SEARCH_DOCUMENT} gin_trgm_ops`),
    index('users_first_name_trgm_idx').using('gin', sql`${t.firstName} gin_trgm_ops`),
    index('users_last_name_trgm_idx').using('gin', sql`${t.lastName} gin_trgm_ops`),
    index('users_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
    index('users_phone_number_trgm_idx').using('gin', sql`${t.phoneNumber} gin_trgm_ops`),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
