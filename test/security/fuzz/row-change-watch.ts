import { sql } from 'drizzle-orm';
import type { Database } from '../../../src/database/database.types.js';

/** Columns that move without any request asking (activity stamps, the mail dispatcher's bookkeeping). */
const VOLATILE_COLUMNS = ['last_activity', 'last_used_at', 'attempts', 'last_error', 'next_attempt_at', 'sent_at'];

type Rows = { rows: Array<Record<string, unknown>> };

/**
 * Counts every committed row change in every table of the public schema (tables added later
 * included), through triggers installed in the test's own database. An update that only moves
 * volatile columns does not count; a rolled-back change does not either (the counter rolls back
 * with it). Reading it is one cheap query, so it can run around every fuzzed request.
 */
export async function watchRowChanges(db: Database): Promise<() => Promise<number>> {
  const stripped = (row: string) => VOLATILE_COLUMNS.reduce((expr, column) => `${expr} - '${column}'`, `to_jsonb(${row})`);
  const statements = [
    'create schema if not exists fuzz_watch',
    'create table if not exists fuzz_watch.changes (id int primary key, n bigint not null)',
    'insert into fuzz_watch.changes values (1, 0) on conflict do nothing',
    `create or replace function fuzz_watch.count_change() returns trigger language plpgsql as $$
     begin
       if tg_op = 'UPDATE' and ${stripped('new')} = ${stripped('old')} then return null; end if;
       update fuzz_watch.changes set n = n + 1 where id = 1;
       return null;
     end $$`,
  ];
  for (const statement of statements) await db.execute(sql.raw(statement));
  const tables = ((await db.execute(sql`select tablename from pg_tables where schemaname = 'public'`)) as unknown as Rows).rows;
  for (const { tablename } of tables) {
    await db.execute(
      sql.raw(
        `create or replace trigger fuzz_watch after insert or update or delete on public."${String(tablename)}" for each row execute function fuzz_watch.count_change()`,
      ),
    );
  }
  return async () => Number(((await db.execute(sql`select n from fuzz_watch.changes where id = 1`)) as unknown as Rows).rows[0].n);
}
