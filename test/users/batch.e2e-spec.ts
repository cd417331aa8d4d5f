import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, type TestUser } from '../support/factories.js';
import { UserRepository } from '../../src/users/user.repository.js';
import { expectMatchesSchema } from '../support/openapi-contract.js';

let t: TestApp;
let root: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  root = await signedInSuperAdmin(t);
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

const batch = (caller: TestUser, body: object) => t.http().post('/users/batch').set('Authorization', caller.auth).send(body);
const findUser = (id: string) => t.app.get(UserRepository).findById(id);

async function activityOf(userId: string, type: string) {
  const res = await t.http().get(`/users/${userId}/activity?type=${type}`).set('Authorization', root.auth).expect(200);
  return res.body.activities as Array<{ type: string; actorId: string | null; description: string; metadata: Record<string, unknown> }>;
}

describe('POST /users/batch', () => {
  it('answers per distinct id in request order: known ids done, unknown and malformed ids 404', async () => {
    const a = await signedInUser(t);
    const b = await createUser(t);
    const unknown = randomUUID();
    const res = await batch(admin, { action: 'deactivate', ids: [a.user.id, unknown, 'not-a-uuid', b.user.id, a.user.id, a.user.id.toUpperCase()] }).expect(200);
    expect(res.body).toEqual({
      action: 'deactivate',
      results: [
        { id: a.user.id, status: 'ok', statusCode: 200, message: 'User deactivated successfully' },
        { id: unknown, status: 'error', statusCode: 404, message: 'User not found', code: 'USER_NOT_FOUND' },
        { id: 'not-a-uuid', status: 'error', statusCode: 404, message: 'User not found', code: 'USER_NOT_FOUND' },
        { id: b.user.id, status: 'ok', statusCode: 200, message: 'User deactivated successfully' },
      ],
      succeeded: 2,
      failed: 2,
    });
    expectMatchesSchema('post', '/users/batch', 200, res.body);
    expect((await findUser(a.user.id))?.isActive).toBe(false);
    expect((await findUser(b.user.id))?.isActive).toBe(false);
    // Same effects as the single-user route: the deactivated user's tokens stop working at once.
    await t.http().get('/users/me').set('Authorization', a.auth).expect(401);

    const entries = await activityOf(a.user.id, 'deactivated');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ type: 'deactivated', actorId: admin.user.id });

    const back = await batch(admin, { action: 'activate', ids: [a.user.id, b.user.id] }).expect(200);
    expect(back.body).toMatchObject({ succeeded: 2, failed: 0 });
    expect((await findUser(a.user.id))?.isActive).toBe(true);
    expect(await activityOf(b.user.id, 'activated')).toEqual([expect.objectContaining({ actorId: admin.user.id })]);
  });

  it('refuses, per item, an admin touching admins and super admins, and still does the rest', async () => {
    const otherAdmin = await createUser(t, { roles: ['admin'] });
    const plain = await createUser(t);
    const res = await batch(admin, { action: 'delete', ids: [otherAdmin.user.id, root.user.id, plain.user.id] }).expect(200);
    expect(res.body.results.map((r: { statusCode: number; code?: string }) => [r.statusCode, r.code])).toEqual([
      [403, 'INSUFFICIENT_PERMISSIONS'],
      [403, 'INSUFFICIENT_PERMISSIONS'],
      [200, undefined],
    ]);
    expect(res.body.results[0].message).toBe('Admins cannot modify, deactivate or delete admins or super admins');
    expect(await findUser(otherAdmin.user.id)).toBeDefined();
    expect(await findUser(plain.user.id)).toBeUndefined();
    // The deleted user's log went with them; the acting admin's own log keeps the deletion.
    const deletions = await activityOf(admin.user.id, 'user_deleted');
    expect(deletions).toEqual([expect.objectContaining({ description: `Deleted user ${plain.user.id}`, metadata: { userId: plain.user.id, roles: ['user'] } })]);
  });

  it('never removes the last active super admin (409 for that item only)', async () => {
    const second = await createUser(t, { roles: ['super_admin'] });
    const res = await batch(root, { action: 'deactivate', ids: [second.user.id, root.user.id] }).expect(200);
    expect(res.body.results).toEqual([
      expect.objectContaining({ id: second.user.id, status: 'ok', statusCode: 200 }),
      { id: root.user.id, status: 'error', statusCode: 409, code: 'LAST_SUPER_ADMIN', message: expect.stringContaining('last active super admin') },
    ]);
    const del = await batch(root, { action: 'delete', ids: [root.user.id] }).expect(200);
    expect(del.body).toMatchObject({ succeeded: 0, failed: 1, results: [{ statusCode: 409, code: 'LAST_SUPER_ADMIN' }] });
    expect((await findUser(root.user.id))?.isActive).toBe(true);
    await t.http().get('/users/me').set('Authorization', root.auth).expect(200);
  });

  it('lets a super admin delete themself while another super admin remains', async () => {
    const leaving = await signedInUser(t, ['super_admin']);
    const res = await batch(leaving, { action: 'delete', ids: [leaving.user.id] }).expect(200);
    expect(res.body).toMatchObject({ succeeded: 1, failed: 0 });
    expect(await findUser(leaving.user.id)).toBeUndefined();
  });

  it.each([
    ['101 ids', { action: 'delete', ids: Array.from({ length: 101 }, () => randomUUID()) }, 'ids must hold at most 100 ids'],
    ['no ids', { action: 'delete', ids: [] }, 'ids must not be empty'],
    ['ids not an array', { action: 'delete', ids: 'abc' }, 'ids must be an array of user ids'],
    ['ids that are not strings', { action: 'delete', ids: [1, 2] }, 'ids must hold strings'],
    ['an unknown action', { action: 'block', ids: [randomUUID()] }, 'action must be one of activate, deactivate, delete'],
    ['no action', { ids: [randomUUID()] }, 'action must be one of activate, deactivate, delete'],
    ['an unknown property', { action: 'delete', ids: [randomUUID()], force: true }, 'force is not allowed'],
  ])('answers 400 for %s', async (_case, body, message) => {
    const res = await batch(admin, body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_ERROR' });
    expect(res.body.message).toContain(message);
  });

  it('accepts exactly 100 ids', async () => {
    const res = await batch(admin, { action: 'activate', ids: Array.from({ length: 100 }, () => randomUUID()) }).expect(200);
    expect(res.body).toMatchObject({ succeeded: 0, failed: 100 });
  });

  it('is for admins and super admins only', async () => {
    const target = await createUser(t);
    for (const role of ['viewer', 'user', 'moderator'] as const) {
      const caller = await signedInUser(t, [role]);
      await batch(caller, { action: 'deactivate', ids: [target.user.id] }).expect(403);
    }
    expect((await findUser(target.user.id))?.isActive).toBe(true);
  });
});

describe('POST /users/batch rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ RATE_LIMIT_USERS_UPDATE_PER_MINUTE: '2' });
  });
  afterAll(() => limited.close());

  it('counts one request per batch, in a bucket of its own sized by the update limit', async () => {
    const caller = await signedInUser(limited, ['admin']);
    const send = () => limited.http().post('/users/batch').set('Authorization', caller.auth).send({ action: 'activate', ids: [randomUUID(), randomUUID()] });
    await send().expect(200);
    await send().expect(200);
    const res = await send().expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    // Single-user updates keep their own bucket.
    await limited.http().patch(`/users/${randomUUID()}`).set('Authorization', caller.auth).send({ firstName: 'X' }).expect(404);
  });
});
