import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, unique, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
let root: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  root = await signedInSuperAdmin(t);
});
afterAll(() => t.close());

const adminBody = (extra: Record<string, unknown> = {}): Record<string, unknown> => {
  const n = unique();
  return {
    firstName: 'Jane',
    lastName: 'Admin',
    email: `jane.admin${n}@example.com`,
    password: 'securePassword123',
    phoneNumber: `+1444${n.padStart(7, '0').slice(-7)}`,
    age: 30,
    description: 'New system administrator',
    ...extra,
  };
};

describe('/users/admins', () => {
  it('creates an admin exactly as seed 000 answers', async () => {
    const body = adminBody({ roles: ['admin'] });
    const res = await t.http().post('/users/admins').set('Authorization', root.auth).send(body).expect(200);
    expect(res.body).toMatchObject({
      message: 'Admin created successfully',
      admin: {
        email: body.email,
        firstName: 'Jane',
        lastName: 'Admin',
        age: 30,
        phoneNumber: body.phoneNumber,
        avatarUrl: null,
        description: 'New system administrator',
        roles: ['admin'],
        isEmailVerified: true,
        isActive: true,
        lastActivity: null,
        isAdmin: true,
        isSuperAdmin: false,
      },
    });
    expectNoSecrets(res.body);
    await t.http().post('/auth/signin').send({ email: body.email, password: body.password }).expect(200);
  });

  it('defaults roles to admin, requires password, phone and age, answers 409 on conflicts', async () => {
    const { roles: _roles, ...body } = adminBody();
    const created = await t.http().post('/users/admins').set('Authorization', root.auth).send(body).expect(200);
    expect(created.body.admin.roles).toEqual(['admin']);
    for (const missing of ['password', 'phoneNumber', 'age']) {
      const partial: Record<string, unknown> = adminBody();
      delete partial[missing];
      const res = await t.http().post('/users/admins').set('Authorization', root.auth).send(partial).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(missing);
    }
    const email = await t.http().post('/users/admins').set('Authorization', root.auth).send(adminBody({ email: body.email })).expect(409);
    expect(email.body.message).toBe('Email already in use');
    const phone = await t.http().post('/users/admins').set('Authorization', root.auth).send(adminBody({ phoneNumber: body.phoneNumber })).expect(409);
    expect(phone.body.message).toBe('Phone number already in use');
  });

  it('lists admins and super admins as a plain array with isAdmin and isSuperAdmin', async () => {
    await createUser(t, { roles: ['admin'] });
    await createUser(t, { roles: ['moderator'] });
    const res = await t.http().get('/users/admins').set('Authorization', root.auth).expect(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.every((a: { roles: string[] }) => a.roles.some((r) => r === 'admin' || r === 'super_admin'))).toBe(true);
    const me = res.body.find((a: { id: string }) => a.id === root.user.id);
    expect(me).toMatchObject({ isAdmin: true, isSuperAdmin: true });
    expectNoSecrets(res.body);
  });

  it('deletes an admin, with the seed-000 errors', async () => {
    const admin = await createUser(t, { roles: ['admin'] });
    const user = await createUser(t);
    const superAdmin = await createUser(t, { roles: ['super_admin'] });
    expect((await t.http().delete(`/users/admins/${admin.user.id}`).set('Authorization', root.auth).expect(200)).body).toEqual({ message: 'Admin deleted successfully' });
    expect((await t.http().delete(`/users/admins/${admin.user.id}`).set('Authorization', root.auth).expect(404)).body).toMatchObject({ message: 'Admin not found', statusCode: 404 });
    expect((await t.http().delete('/users/admins/nope').set('Authorization', root.auth).expect(404)).body.message).toBe('Admin not found');
    expect((await t.http().delete(`/users/admins/${user.user.id}`).set('Authorization', root.auth).expect(400)).body).toMatchObject({ message: 'User is not an admin', statusCode: 400 });
    expect((await t.http().delete(`/users/admins/${superAdmin.user.id}`).set('Authorization', root.auth).expect(400)).body).toMatchObject({ message: 'Cannot delete super admin', statusCode: 400 });
  });

  it('blocks and unblocks an admin; a blocked admin is refused at once', async () => {
    const admin = await signedInUser(t, ['admin']);
    await t.http().get('/users').set('Authorization', admin.auth).expect(200);
    expect((await t.http().post(`/users/admins/${admin.user.id}/block`).set('Authorization', root.auth).expect(200)).body).toEqual({ message: 'Admin blocked successfully' });
    const refused = await t.http().get('/users').set('Authorization', admin.auth).expect(401);
    expect(refused.body).toMatchObject({ code: 'ACCOUNT_BLOCKED' });
    await t.http().post('/auth/signin').send({ email: admin.email, password: admin.password }).expect(401);
    const shown = await t.http().get(`/users/${admin.user.id}`).set('Authorization', root.auth).expect(200);
    expect(shown.body.status).toBe('blocked');

    expect((await t.http().post(`/users/admins/${admin.user.id}/unblock`).set('Authorization', root.auth).expect(200)).body).toEqual({ message: 'Admin unblocked successfully' });
    await t.http().post('/auth/signin').send({ email: admin.email, password: admin.password }).expect(200);

    const user = await createUser(t);
    const superAdmin = await createUser(t, { roles: ['super_admin'] });
    expect((await t.http().post(`/users/admins/${user.user.id}/block`).set('Authorization', root.auth).expect(400)).body.message).toBe('User is not an admin');
    expect((await t.http().post(`/users/admins/${superAdmin.user.id}/block`).set('Authorization', root.auth).expect(400)).body.message).toBe('Cannot block super admin');
    expect((await t.http().post(`/users/admins/${user.user.id}/unblock`).set('Authorization', root.auth).expect(400)).body.message).toBe('User is not an admin');
    expect((await t.http().post('/users/admins/00000000-0000-0000-0000-000000000000/unblock').set('Authorization', root.auth).expect(404)).body.message).toBe('Admin not found');
  });

  it('is for super admins only', async () => {
    const admin = await signedInUser(t, ['admin']);
    await t.http().get('/users/admins').set('Authorization', admin.auth).expect(403);
    await t.http().post('/users/admins').set('Authorization', admin.auth).send(adminBody()).expect(403);
  });
});

describe('GET /users/stats', () => {
  it('counts users, active, verified, and every role (0 where none), for moderators and above', async () => {
    const moderator = await signedInUser(t, ['moderator']);
    await createUser(t, { isActive: false, isEmailVerified: false, roles: ['viewer'] });
    const res = await t.http().get('/users/stats').set('Authorization', moderator.auth).expect(200);
    expect(Object.keys(res.body.usersByRole).sort()).toEqual(['admin', 'moderator', 'super_admin', 'user', 'viewer']);
    expect(res.body.totalUsers).toBeGreaterThan(res.body.activeUsers);
    expect(res.body.totalUsers).toBeGreaterThan(res.body.verifiedUsers);
    expect(res.body.usersByRole.viewer).toBeGreaterThanOrEqual(1);
    expect(res.body.usersByRole.super_admin).toBeGreaterThanOrEqual(1);
    const user = await signedInUser(t);
    await t.http().get('/users/stats').set('Authorization', user.auth).expect(403);
  });
});
