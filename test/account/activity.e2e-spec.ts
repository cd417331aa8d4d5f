import { ActivityService } from '../../src/activity/activity.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedInUser } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function seedActivity(userId: string, n: number, actorId?: string) {
  const activity = t.app.get(ActivityService);
  for (let i = 0; i < n; i++) {
    await activity.record({ userId, actorId, type: i % 2 ? 'profile_updated' : 'login', description: `entry ${i}`, metadata: { i }, client: { ip: '10.0.0.1', userAgent: 'jest' } });
  }
}

describe('GET /users/:id/activity', () => {
  it('lists my own activity with pagination and list headers', async () => {
    const me = await signedInUser(t, ['viewer']);
    await seedActivity(me.user.id, 7);
    const res = await t.http().get(`/users/${me.user.id}/activity?page=2&limit=3`).set('Authorization', me.auth).expect(200);
    // 7 seeded plus the sign-in the lead's auth service may record
    const total = res.body.pagination.total;
    expect(total).toBeGreaterThanOrEqual(7);
    expect(res.body.pagination).toEqual({ page: 2, limit: 3, total, totalPages: Math.ceil(total / 3), hasNext: true, hasPrev: true });
    expect(res.body.activities).toHaveLength(3);
    expect(Object.keys(res.body.activities[0]).sort()).toEqual(['actorId', 'createdAt', 'description', 'id', 'ip', 'metadata', 'type', 'userAgent']);
    expect(res.headers['x-total-count']).toBe(String(total));
    expect(res.headers['content-range']).toBe(`items 3-5/${total}`);
  });

  it('filters by type and time and defaults to 50 per page', async () => {
    const me = await signedInUser(t);
    await seedActivity(me.user.id, 6);
    const typed = await t.http().get(`/users/${me.user.id}/activity?type=profile_updated`).set('Authorization', me.auth).expect(200);
    expect(typed.body.activities).toHaveLength(3);
    expect(typed.body.pagination.limit).toBe(50);
    expect(typed.body.activities.every((a: { type: string }) => a.type === 'profile_updated')).toBe(true);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const none = await t.http().get(`/users/${me.user.id}/activity?from=${encodeURIComponent(future)}`).set('Authorization', me.auth).expect(200);
    expect(none.body.activities).toEqual([]);
    expect(none.headers['content-range']).toBe('items */0');
    const past = await t.http().get(`/users/${me.user.id}/activity?to=2000-01-01`).set('Authorization', me.auth).expect(200);
    expect(past.body.pagination.total).toBe(0);
  });

  it('refuses bad query values with 400', async () => {
    const me = await signedInUser(t);
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'page=0', 'page=-1', 'type=nope', 'from=yesterday', 'from=2030-01-01&to=2020-01-01', 'unknown=1']) {
      const res = await t.http().get(`/users/${me.user.id}/activity?${query}`).set('Authorization', me.auth);
      expect([query, res.status]).toEqual([query, 400]);
      expect(typeof res.body.message).toBe('string');
    }
  });

  it("lets admins read anyone's activity, and nobody else", async () => {
    const target = await signedInUser(t);
    await seedActivity(target.user.id, 2);
    const admin = await signedInUser(t, ['admin']);
    await t.http().get(`/users/${target.user.id}/activity`).set('Authorization', admin.auth).expect(200);
    for (const role of ['viewer', 'user', 'moderator'] as const) {
      const caller = await signedInUser(t, [role]);
      await t.http().get(`/users/${target.user.id}/activity`).set('Authorization', caller.auth).expect(403);
    }
    await t.http().get(`/users/${target.user.id}/activity`).expect(401);
    await t.http().get('/users/00000000-0000-4000-8000-000000000000/activity').set('Authorization', admin.auth).expect(404);
    await t.http().get('/users/not-a-uuid/activity').set('Authorization', admin.auth).expect(404);
  });
});

// Found by the fuzz suite: an ISO 8601 ordinal date passed validation and made an invalid Date (a 500).
it('refuses ISO 8601 forms that are not calendar dates with a 400', async () => {
  const me = await signedInUser(t);
  for (const from of ['1108004', '2026-W01-1', '2026123']) {
    const res = await t.http().get(`/users/${me.user.id}/activity?from=${from}`).set('Authorization', me.auth);
    expect(res.status).toBe(400);
  }
  await t.http().get(`/users/${me.user.id}/activity?from=2026-01-01&to=2026-12-31T23:59:59Z`).set('Authorization', me.auth).expect(200);
});
