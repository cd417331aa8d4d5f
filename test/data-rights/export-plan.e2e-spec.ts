import { sql } from 'drizzle-orm';
import { UserRepository } from '../../src/users/user.repository.js';
import { parseUserListQuery } from '../../src/users/user-list.query.js';
import { EXPORT_BATCH_SIZE } from '../../src/data-rights/users-export.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** On a large table, every batch of the admin export is an index range scan, never a full sort. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.execute(sql`
    insert into users (email, first_name, last_name, roles, created_at)
    select 'plan' || i || '@example.com', 'Plan', 'User' || i, '{user}'::text[], now() - make_interval(secs => i)
    from generate_series(1, 30000) as i`);
  await t.db.execute(sql`analyze users`);
});
afterAll(() => t.close());

async function planOf(order: 'asc' | 'desc', after?: { createdAt: string; id: string }): Promise<string> {
  const query = t.app.get(UserRepository).batchAfterQuery(parseUserListQuery({ sortOrder: order }), after, EXPORT_BATCH_SIZE);
  const result = (await t.db.execute(sql`explain ${query.getSQL()}`)) as unknown as { rows: Array<Record<string, string>> };
  return result.rows.map((row) => Object.values(row)[0]).join('\n');
}

it.each(['desc', 'asc'] as const)('reads the %s batches from users_created_at_idx without sorting', async (order) => {
  const middle = { createdAt: new Date(Date.now() - 15_000 * 1000).toISOString(), id: '80000000-0000-0000-0000-000000000000' };
  for (const plan of [await planOf(order), await planOf(order, middle)]) {
    expect(plan).toContain('users_created_at_idx');
    expect(plan).not.toMatch(/\bSort\b/);
  }
});
