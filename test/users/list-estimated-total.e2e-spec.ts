import { sql } from 'drizzle-orm';
import { EXACT_COUNT_LIMIT } from '../../src/users/user.repository.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedInUser, type TestUser } from '../support/factories.js';

/** Past EXACT_COUNT_LIMIT matches, `total` is the planner's estimate and says so. */
let t: TestApp;
let moderator: TestUser;
const MANY = 3 * EXACT_COUNT_LIMIT;
beforeAll(async () => {
  t = await createTestApp();
  moderator = await signedInUser(t, ['moderator']);
  await t.db.execute(sql`
    insert into users (email, first_name, last_name, roles, is_email_verified)
    select 'many' || i || '@estimate.example.com', 'Many', 'Estimated', '{user}'::text[], true
    from generate_series(1, ${MANY}) as i`);
  await t.db.execute(sql`analyze users`);
});
afterAll(() => t.close());

const list = (query: string) => t.http().get(`/users?${query}`).set('Authorization', moderator.auth).expect(200);

describe('GET /users with a large number of matches', () => {
  it('answers an estimated total, flagged, with an unknown length in Content-Range', async () => {
    const res = await list('lastName=Estimated&limit=10');
    expect(res.body.users).toHaveLength(10);
    expect(res.body.pagination).toMatchObject({ page: 1, limit: 10, hasNext: true, hasPrev: false, totalEstimated: true });
    expect(res.body.pagination.total).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(res.body.pagination.totalPages).toBe(Math.ceil(res.body.pagination.total / 10));
    expect(res.headers['x-total-count']).toBe(String(res.body.pagination.total));
    expect(res.headers['content-range']).toBe('items 0-9/*');
  });

  it('knows whether a next page exists from the rows themselves, even past the estimate', async () => {
    const last = await list(`lastName=Estimated&limit=100&page=${MANY / 100}`);
    expect(last.body.users).toHaveLength(100);
    expect(last.body.pagination.hasNext).toBe(false);
    expect(last.body.pagination.total).toBeGreaterThanOrEqual(MANY);
    expect(last.headers['content-range']).toBe(`items ${MANY - 100}-${MANY - 1}/*`);
  });

  it('still counts exactly when few rows match, in the same large table', async () => {
    const res = await list('email=many17@estimate');
    expect(res.body.pagination).toEqual({ page: 1, limit: 10, total: 1, totalPages: 1, hasNext: false, hasPrev: false });
    expect(res.headers['content-range']).toBe('items 0-0/1');
  });
});
