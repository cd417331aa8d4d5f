import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** Drizzle over either driver (node-postgres or PGlite): repositories see one type. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export const DATABASE = Symbol('DATABASE');
export const DATABASE_CLIENT = Symbol('DATABASE_CLIENT');

export interface DatabaseClient {
  readonly driver: 'postgres' | 'pglite';
  readonly db: Database;
  /** Runs the checked-in migrations, once across concurrently starting instances. */
  migrate(): Promise<void>;
  ping(): Promise<void>;
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}
