import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.table.js';

export const CODE_PURPOSES = ['email_verification', 'password_reset'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

/**
 * Six-digit codes for email verification and password reset, stored as a keyed hash. The hash is
 * unique, so a code entered without an email still names exactly one user.
 */
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<CodePurpose>().notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('one_time_codes_code_hash_key').on(t.codeHash),
    uniqueIndex('one_time_codes_user_purpose_key').on(t.userId, t.purpose),
    index('one_time_codes_expires_at_idx').on(t.expiresAt),
  ],
);

export type OneTimeCodeRow = typeof oneTimeCodes.$inferSelect;
