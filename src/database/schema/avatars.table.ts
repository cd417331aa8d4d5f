import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea.js';
import { users } from './users.table.js';

/**
 * Avatar images live in PostgreSQL, so every instance can serve them without a shared disk.
 * `version` changes with every upload; it is the ETag and part of the public URL.
 */
export const avatars = pgTable('avatars', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  version: text('version').notNull(),
  contentType: text('content_type').notNull(),
  original: bytea('original').notNull(),
  medium: bytea('medium').notNull(),
  small: bytea('small').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type AvatarRow = typeof avatars.$inferSelect;
