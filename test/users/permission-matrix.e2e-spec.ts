import type { Role } from '../../src/common/policy/roles.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser } from '../support/factories.js';

/**
 * Who may call what: every role against every protected endpoint, kept as a snapshot so that any
 * change of permissions shows up in review. Requests are built to fail after the permission check
 * (unknown ids, empty bodies), so a status other than 401/403 means "allowed".
 */
const NOBODY = '00000000-0000-0000-0000-000000000000';
const ENDPOINTS: Array<[method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, body?: object]> = [
  ['get', '/users/me'],
  ['put', '/users/me', { nickname: 'x' }],
  ['patch', '/users/me', { nickname: 'x' }],
  ['get', '/users'],
  ['post', '/users', {}],
  ['get', '/users/stats'],
  ['get', `/users/${NOBODY}`],
  ['put', `/users/${NOBODY}`, {}],
  ['patch', `/users/${NOBODY}`, {}],
  ['post', `/users/${NOBODY}/deactivate`],
  ['post', `/users/${NOBODY}/activate`],
  ['delete', `/users/${NOBODY}`],
  ['post', '/users/batch', { ids: [NOBODY], action: 'delete' }],
  ['get', '/users/admins'],
  ['post', '/users/admins', {}],
  ['delete', `/users/admins/${NOBODY}`],
  ['post', `/users/admins/${NOBODY}/block`],
  ['post', `/users/admins/${NOBODY}/unblock`],
  ['get', '/users/me/export'],
  ['get', '/users/export'],
  ['post', '/users/invite', {}],
  ['get', '/users/invitations'],
  ['delete', `/users/invitations/${NOBODY}`],
  ['post', `/users/invitations/${NOBODY}/resend`],
  // Last: it would end the caller's account if the body were right (here it lacks the password).
  ['delete', '/users/me', {}],
  ['post', '/auth/logout-all'],
];

const ROLES: Array<Role | 'anonymous'> = ['anonymous', 'viewer', 'user', 'moderator', 'admin', 'super_admin'];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('role x endpoint matrix', async () => {
  const matrix: Record<string, Record<string, string>> = {};
  for (const [method, path, body] of ENDPOINTS) {
    const row: Record<string, string> = {};
    for (const role of ROLES) {
      // A fresh caller per cell: some calls (logout-all) end the caller's own session.
      const auth =
        role === 'anonymous' ? undefined : role === 'super_admin' ? (await signedInSuperAdmin(t)).auth : (await signedInUser(t, [role])).auth;
      const request = t.http()[method](path);
      if (auth) request.set('Authorization', auth);
      const res = body ? await request.send(body) : await request;
      expect(res.status).toBeLessThan(500);
      row[role] = res.status === 401 || res.status === 403 ? `denied ${res.status}` : `allowed ${res.status}`;
    }
    matrix[`${method.toUpperCase()} ${path.replace(NOBODY, ':id')}`] = row;
  }
  expect(matrix).toMatchSnapshot();
});

it('a user always reaches their own record by id', async () => {
  for (const role of ['viewer', 'user'] as const) {
    const caller = await signedInUser(t, [role]);
    await t.http().get(`/users/${caller.user.id}`).set('Authorization', caller.auth).expect(200);
    const other = await createUser(t);
    await t.http().get(`/users/${other.user.id}`).set('Authorization', caller.auth).expect(403);
  }
});
