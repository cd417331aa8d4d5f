import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInUser } from '../support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const utcDay = (offsetDays: number) => new Date(Date.now() - offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('GET /users/metrics', () => {
  it('answers the dashboard numbers with 30 days of sign-ups, zeros included', async () => {
    const admin = await signedInUser(t, ['admin']);
    await createUser(t, { isEmailVerified: false });
    await createUser(t, { isActive: false });
    await createUser(t, { blockedAt: new Date() });
    await createUser(t, { lockedUntil: new Date(Date.now() + 600_000) });
    const old = await createUser(t);
    await t.db.execute(sql`update users set created_at = now() - interval '3 days' where id = ${old.user.id}`);
    const ancient = await createUser(t);
    await t.db.execute(sql`update users set created_at = now() - interval '400 days' where id = ${ancient.user.id}`);

    const res = await t.http().get('/users/metrics').set('Authorization', admin.auth).expect(200);
    const body = res.body;
    expect(Object.keys(body).sort()).toEqual([
      'activeLast24h', 'activeLast30d', 'activeLast7d', 'blocked', 'createdThisMonth', 'createdThisYear', 'generatedAt', 'inactive',
      'locked', 'signupsLast30Days', 'total', 'unverified',
    ]);
    // super admin + admin + 6 created
    expect(body.total).toBe(8);
    expect(body).toMatchObject({ unverified: 1, inactive: 1, blocked: 1, locked: 1 });
    expect(body.createdThisYear).toBeGreaterThanOrEqual(6);
    expect(body.createdThisYear).toBeLessThanOrEqual(7);
    // the admin and the super admin signed in: active now
    expect(body.activeLast24h).toBeGreaterThanOrEqual(1);
    expect(body.activeLast7d).toBeGreaterThanOrEqual(body.activeLast24h);
    expect(body.activeLast30d).toBeGreaterThanOrEqual(body.activeLast7d);

    expect(body.signupsLast30Days).toHaveLength(30);
    expect(body.signupsLast30Days[29].date).toBe(utcDay(0));
    expect(body.signupsLast30Days[0].date).toBe(utcDay(29));
    const byDate = Object.fromEntries(body.signupsLast30Days.map((d: { date: string; count: number }) => [d.date, d.count]));
    expect(byDate[utcDay(0)]).toBe(6);
    expect(byDate[utcDay(3)]).toBe(1);
    const sum = body.signupsLast30Days.reduce((n: number, d: { count: number }) => n + d.count, 0);
    expect(sum).toBe(7);
  });

  it.each([['viewer'], ['user'], ['moderator']] as const)('refuses %s', async (role) => {
    const caller = await signedInUser(t, [role]);
    await t.http().get('/users/metrics').set('Authorization', caller.auth).expect(403);
  });

  it('needs a sign-in', async () => {
    await t.http().get('/users/metrics').expect(401);
  });
});
