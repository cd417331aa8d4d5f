import { arrayOverlaps, sql } from 'drizzle-orm';
import { USER_SEARCH_DOCUMENT, users } from '../../src/database/schema/index.js';
import { containsPattern } from '../../src/users/user.repository.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** On a large table, partial case-insensitive search is served by the pg_trgm GIN indexes. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.execute(sql`
    insert into users (email, first_name, last_name, phone_number, username, roles, is_email_verified)
    select 'u' || i || '@' || substr(md5(i::text), 1, 8) || '.example.com',
           initcap(substr(md5('f' || i), 1, 7)), initcap(substr(md5('l' || i), 1, 9)),
           '+1' || lpad(i::text, 10, '0'), 'member' || i,
           case when i % 50 = 0 then '{admin}'::text[] else '{user}'::text[] end, i % 3 <> 0
    from generate_series(1, 30000) as i`);
  await t.db.execute(sql`analyze users`);
});
afterAll(() => t.close());

async function plan(query: ReturnType<typeof sql>): Promise<string> {
  const result = (await t.db.execute(sql`explain ${query}`)) as unknown as { rows: unknown[] };
  return (result.rows as Array<Record<string, string>>).map((row) => Object.values(row)[0]).join('\n');
}

it('uses the trigram index for the search and its count', async () => {
  const search = sql`${USER_SEARCH_DOCUMENT} ilike ${containsPattern('Ab3f')}`;
  expect(await plan(sql`select id from users where ${search} order by created_at desc, id desc limit 10`)).toContain('users_search_trgm_idx');
  expect(await plan(sql`select count(*) from users where ${search}`)).toContain('users_search_trgm_idx');
});

it('uses the per-column trigram indexes for the column filters', async () => {
  expect(await plan(sql`select id from users where last_name ilike ${containsPattern('b7e2')} limit 10`)).toContain('users_last_name_trgm_idx');
  expect(await plan(sql`select id from users where email ilike ${containsPattern('9c1d')} limit 10`)).toContain('users_email_trgm_idx');
});

describe('listing by last name', () => {
  const byLastName = (roles: string[]) =>
    plan(sql`select id from users where ${arrayOverlaps(users.roles, roles)} and is_active = ${true} order by last_name asc, id asc limit 11 offset 190`);

  it('walks the admins-only index for the admins', async () => {
    expect(await byLastName(['admin'])).toContain('users_admins_by_last_name_idx');
  });

  it('walks the last-name index for a common role', async () => {
    expect(await byLastName(['user'])).toContain('users_last_name_idx');
  });

  it('estimates searches from a large sample of the search document', async () => {
    const result = (await t.db.execute(
      sql`select attstattarget from pg_attribute where attrelid = 'users_search_trgm_idx'::regclass and attnum = 1`,
    )) as unknown as { rows: Array<{ attstattarget: number }> };
    expect(Number(result.rows[0].attstattarget)).toBe(250);
  });
});
