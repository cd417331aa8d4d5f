import { eq } from 'drizzle-orm';
import { users } from '../../src/database/schema/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const STRONG_TAG = /^"[\w-]+\.[\w-]+"$/;

describe('ETag and If-None-Match', () => {
  it('GET /users/:id answers 304 without a body while the ETag is current, 200 once the user changed', async () => {
    const { user } = await createUser(t);
    const first = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(STRONG_TAG);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const again = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', etag).expect(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(etag);
    await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', `"other", W/${etag}`).expect(304);
    await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', '*').expect(304);

    await t.http().post(`/users/${user.id}/deactivate`).set('Authorization', admin.auth).expect(200);
    const changed = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', etag).expect(200);
    expect(changed.body.isActive).toBe(false);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('changes the ETag when only a derived field changes (status after a lock expires)', async () => {
    const { user } = await createUser(t, { lockedUntil: new Date(Date.now() + 60_000) });
    const locked = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    expect(locked.body.status).toBe('locked');
    await t.db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, user.id));
    const unlocked = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', locked.headers.etag).expect(200);
    expect(unlocked.body.status).toBe('active');
  });

  it('changes the ETag with the lastActivity stamp (GET) and with ?fields=', async () => {
    const { user } = await createUser(t);
    const before = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    await t.db.update(users).set({ lastActivity: new Date() }).where(eq(users.id, user.id));
    await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).set('If-None-Match', before.headers.etag).expect(200);
    const selected = await t.http().get(`/users/${user.id}?fields=email`).set('Authorization', admin.auth).expect(200);
    const full = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    expect(selected.headers.etag).not.toBe(full.headers.etag);
    await t.http().get(`/users/${user.id}?fields=email`).set('Authorization', admin.auth).set('If-None-Match', full.headers.etag).expect(200);
    await t.http().get(`/users/${user.id}?fields=email`).set('Authorization', admin.auth).set('If-None-Match', selected.headers.etag).expect(304);
  });

  it('GET /users/me and GET /users carry ETags and answer 304', async () => {
    const me = await signedInUser(t, ['moderator']);
    const first = await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    await t.http().get('/users/me').set('Authorization', me.auth).set('If-None-Match', first.headers.etag).expect(304);

    const list = await t.http().get('/users?limit=5').set('Authorization', me.auth).expect(200);
    expect(list.headers.etag).toMatch(STRONG_TAG);
    const cached = await t.http().get('/users?limit=5').set('Authorization', me.auth).set('If-None-Match', list.headers.etag).expect(304);
    expect(cached.headers['x-total-count']).toBe(list.headers['x-total-count']);
    await createUser(t);
    await t.http().get('/users?limit=5').set('Authorization', me.auth).set('If-None-Match', list.headers.etag).expect(200);
  });

  it("changes a list's ETag when one listed user's lastActivity is stamped, and sends JSON", async () => {
    const moderator = await signedInUser(t, ['moderator']);
    const { user } = await createUser(t, { firstName: 'Stamped' });
    const list = await t.http().get('/users?search=Stamped').set('Authorization', moderator.auth).expect(200);
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(list.body.users.map((u: { id: string }) => u.id)).toEqual([user.id]);
    await t.db.update(users).set({ lastActivity: new Date() }).where(eq(users.id, user.id));
    const after = await t.http().get('/users?search=Stamped').set('Authorization', moderator.auth).set('If-None-Match', list.headers.etag).expect(200);
    expect(after.body.users[0].lastActivity).not.toBeNull();
  });
});

describe('If-Match on PUT and PATCH', () => {
  it('PUT /users/:id with a stale ETag answers 412 and changes nothing', async () => {
    const { user } = await createUser(t, { firstName: 'Before' });
    const read = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    await t.http().patch(`/users/${user.id}`).set('Authorization', admin.auth).send({ lastName: 'Meanwhile' }).expect(200);

    const res = await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', read.headers.etag).send({ firstName: 'Late' }).expect(412);
    expect(res.body).toEqual({
      message: expect.stringContaining('If-Match'),
      statusCode: 412,
      code: 'PRECONDITION_FAILED',
    });
    const now = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    expect(now.body).toMatchObject({ firstName: 'Before', lastName: 'Meanwhile' });
  });

  it('a current ETag passes (also one read through ?fields= or before a lastActivity stamp), and the answer carries the new one', async () => {
    const { user } = await createUser(t);
    const read = await t.http().get(`/users/${user.id}?fields=email`).set('Authorization', admin.auth).expect(200);
    await t.db.update(users).set({ lastActivity: new Date() }).where(eq(users.id, user.id));
    const res = await t.http().patch(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', read.headers.etag).send({ firstName: 'Fresh' }).expect(200);
    expect(res.body.firstName).toBe('Fresh');
    const chained = await t.http().patch(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', res.headers.etag).send({ firstName: 'Again' }).expect(200);
    expect(chained.body.firstName).toBe('Again');
    await t.http().patch(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', res.headers.etag).send({ firstName: 'Stale' }).expect(412);
  });

  it('If-Match: * passes when the user exists; unknown users stay 404; weak or malformed tags never match', async () => {
    const { user } = await createUser(t);
    await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', '*').send({ age: 41 }).expect(200);
    await t.http().put('/users/00000000-0000-0000-0000-000000000000').set('Authorization', admin.auth).set('If-Match', '*').send({ age: 41 }).expect(404);
    const read = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', `W/${read.headers.etag}`).send({ age: 42 }).expect(412);
    await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', 'not-a-tag').send({ age: 42 }).expect(412);
    await t.http().put(`/users/${user.id}`).set('Authorization', admin.auth).set('If-Match', `"x", ${read.headers.etag}`).send({ age: 42 }).expect(200);
  });

  it('PUT /users/me honours If-Match against the /users/me representation', async () => {
    const me = await signedInUser(t);
    const read = await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
    const ok = await t.http().put('/users/me').set('Authorization', me.auth).set('If-Match', read.headers.etag).send({ firstName: 'Mine' }).expect(200);
    expect(ok.headers.etag).not.toBe(read.headers.etag);
    await t.http().patch('/users/me').set('Authorization', me.auth).set('If-Match', read.headers.etag).send({ firstName: 'Stale' }).expect(412);
    const after = await t.http().get('/users/me').set('Authorization', me.auth).set('If-None-Match', ok.headers.etag).expect(304);
    expect(after.headers.etag).toBe(ok.headers.etag);
  });

  it('two parallel PUTs with the same If-Match: exactly one succeeds', async () => {
    for (const target of ['admin', 'me'] as const) {
      const me = await signedInUser(t);
      const path = target === 'me' ? '/users/me' : `/users/${me.user.id}`;
      const auth = target === 'me' ? me.auth : admin.auth;
      const read = await t.http().get(path).set('Authorization', auth).expect(200);
      const results = await Promise.all(
        ['One', 'Two', 'Three'].map((name) => t.http().put(path).set('Authorization', auth).set('If-Match', read.headers.etag).send({ firstName: name })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
      const winner = results.find((r) => r.status === 200)!;
      const now = await t.http().get(path).set('Authorization', auth).expect(200);
      expect(now.body.firstName).toBe(winner.body.firstName);
    }
  });
});
