import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let moderator: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  moderator = await signedInUser(t, ['moderator']);
  admin = await signedInUser(t, ['admin']);
  for (let i = 0; i < 3; i++) await createUser(t, { firstName: 'Fieldy' });
});
afterAll(() => t.close());

describe('?fields= on user answers', () => {
  it('GET /users keeps only the named fields of each user (id always), pagination untouched', async () => {
    const res = await t.http().get('/users?fields=email,firstName&search=Fieldy&limit=2').set('Authorization', moderator.auth).expect(200);
    expect(res.body.users).toHaveLength(2);
    for (const user of res.body.users) expect(Object.keys(user)).toEqual(['id', 'email', 'firstName']);
    expect(res.body.pagination).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2, hasNext: true, hasPrev: false });
    expect(res.headers['x-total-count']).toBe('3');
  });

  it('accepts fields=a&fields=b and ignores order and repeats', async () => {
    const res = await t.http().get('/users?fields=lastName&fields=email,email&search=Fieldy').set('Authorization', moderator.auth).expect(200);
    for (const user of res.body.users) expect(Object.keys(user)).toEqual(['id', 'email', 'lastName']);
  });

  it('GET /users/:id and GET /users/me select too', async () => {
    const { user } = await createUser(t);
    const one = await t.http().get(`/users/${user.id}?fields=email,status,profile`).set('Authorization', moderator.auth).expect(200);
    expect(one.body).toEqual({ id: user.id, email: user.email, status: 'active', profile: expect.objectContaining({ bio: null }) });
    const me = await t.http().get('/users/me?fields=id,permissions').set('Authorization', moderator.auth).expect(200);
    expect(me.body).toEqual({ id: moderator.user.id, permissions: expect.arrayContaining(['users:read']) });
  });

  it('PUT /users/:id answers with the selection as well', async () => {
    const { user } = await createUser(t);
    const res = await t.http().put(`/users/${user.id}?fields=firstName`).set('Authorization', admin.auth).send({ firstName: 'Picked' }).expect(200);
    expect(res.body).toEqual({ id: user.id, firstName: 'Picked' });
  });

  it('GET /users/admins (a bare array) selects per admin and carries an ETag', async () => {
    const root = await signedInSuperAdmin(t);
    const res = await t.http().get('/users/admins?fields=email,isSuperAdmin').set('Authorization', root.auth).expect(200);
    expect(res.body).toEqual(expect.arrayContaining([{ id: root.user.id, email: root.email, isSuperAdmin: true }]));
    for (const item of res.body) expect(Object.keys(item)).toEqual(['id', 'email', 'isSuperAdmin']);
    await t.http().get('/users/admins?fields=email,isSuperAdmin').set('Authorization', root.auth).set('If-None-Match', res.headers.etag).expect(304);
    await t.http().get('/users/admins?fields=permissions').set('Authorization', root.auth).expect(400);
  });

  it.each([
    ['/users?fields=email,password', '"password"'],
    ['/users?fields=nope', '"nope"'],
    ['/users/me?fields=passwordHash', '"passwordHash"'],
  ])('answers 400 naming an unknown field: %s', async (path, named) => {
    const res = await t.http().get(path).set('Authorization', moderator.auth).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_ERROR', errors: [{ field: 'fields' }] });
    expect(res.body.message).toContain(named);
  });

  it('answers 400 for an empty selection, and /users/:id rejects permissions (only /users/me has them)', async () => {
    await t.http().get('/users?fields=').set('Authorization', moderator.auth).expect(400);
    await t.http().get(`/users/${moderator.user.id}?fields=permissions`).set('Authorization', moderator.auth).expect(400);
  });

  it('checks the selection after the caller (401 first) and before any write', async () => {
    const { user } = await createUser(t, { firstName: 'Untouched' });
    await t.http().put(`/users/${user.id}?fields=shoeSize`).send({ firstName: 'Changed' }).expect(401);
    const refused = await t.http().put(`/users/${user.id}?fields=shoeSize`).set('Authorization', admin.auth).send({ firstName: 'Changed' }).expect(400);
    expect(refused.body).toMatchObject({ message: expect.stringContaining('"shoeSize"'), statusCode: 400 });
    const current = await t.http().get(`/users/${user.id}`).set('Authorization', admin.auth).expect(200);
    expect(current.body.firstName).toBe('Untouched');
  });

  it('still rejects unknown list parameters next to fields', async () => {
    const res = await t.http().get('/users?fields=email&colour=red').set('Authorization', moderator.auth).expect(400);
    expect(res.body.message).toContain('colour');
  });
});
