import type { Response } from 'supertest';
import { makeImage } from '../account/images.js';
import { controllerRoutes } from '../support/app-routes.js';
import { createUser, signedInSuperAdmin, signedInUser, signIn, unique, type TestUser } from '../support/factories.js';
import { OpenApiContract, type OpenApiDocument } from '../support/openapi-contract.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The OpenAPI contract, operation by operation: every operation the live `/docs-json` documents is
 * called, and every answer must have a documented status and fit its schema. Operations are read
 * from the document, so a newly documented route is checked at once: it fails here, by name, until
 * it documents a success schema and SCENARIOS below exercise its success (a generic unauthenticated
 * or empty-body call already exercises its typical error).
 */
const METRICS_TOKEN = 'contract-metrics-token-long-enough';
const NOBODY = '00000000-0000-0000-0000-000000000000';

let t: TestApp;
let contract: OpenApiContract;
let root: TestUser;
let admin: TestUser;
/** Operation key (`GET /users/{id}`) → statuses answered during the run. */
const answered = new Map<string, Set<number>>();

/** Awaits a request, checks its answer against the contract, and records which operation it exercised. */
async function call(request: PromiseLike<Response>): Promise<Response> {
  const res = await request;
  const req = (res as unknown as { req: { method: string; path: string } }).req;
  const key = contract.check({
    method: req.method,
    path: req.path,
    status: res.status,
    contentType: res.headers['content-type'],
    body: res.type.startsWith('text/') ? res.text : res.body,
  });
  if (!answered.has(key)) answered.set(key, new Set());
  answered.get(key)?.add(res.status);
  return res;
}

const http = () => t.http();
const as = (user: TestUser) => ({
  get: (path: string) => http().get(path).set('Authorization', user.auth),
  post: (path: string) => http().post(path).set('Authorization', user.auth),
  put: (path: string) => http().put(path).set('Authorization', user.auth),
  patch: (path: string) => http().patch(path).set('Authorization', user.auth),
  delete: (path: string) => http().delete(path).set('Authorization', user.auth),
});
const newPerson = () => {
  const n = unique();
  return { firstName: 'Jane', lastName: 'Doe', email: `contract${n}@example.com`, phoneNumber: `+1555${n.padStart(7, '0').slice(-7)}`, age: 28 };
};
const PASSWORD = 'correct horse battery';

/** Success answers (and the specific errors worth showing) of every documented operation, by area. */
const SCENARIOS: Record<string, () => Promise<void>> = {
  async auth() {
    const person = { ...newPerson(), password: PASSWORD };
    await call(http().post('/auth/signup').send(person));
    await call(http().post('/auth/signup').send(person)); // 409
    await call(http().post('/auth/resend-verification').send({ email: person.email }));
    await call(http().post('/auth/verify-email').send({ otp: '000000' })); // 400
    await call(http().post('/auth/verify-email').send({ otp: await t.lastCode(person.email, 'Your verification code') }));
    await call(http().post('/auth/signin').send({ email: person.email, password: 'not the password' })); // 401
    const signin = await call(http().post('/auth/signin').send({ email: person.email, password: PASSWORD }));
    const rotated = await call(http().post('/auth/refresh-token').send({ refreshToken: signin.body.refreshToken }));
    const again = await call(http().post('/auth/refresh').set('x-refresh-token', rotated.body.refreshToken));
    await call(http().post('/auth/refresh').send({ refreshToken: 'not-a-token' })); // 401
    await call(http().post('/auth/logout').send({ refreshToken: again.body.refreshToken }));
    await call(http().get('/auth/check').set('Authorization', `Bearer ${again.body.accessToken}`));
    const other = await signIn(t, person.email, PASSWORD);
    await call(http().post('/auth/logout-all').set('Authorization', `Bearer ${other.accessToken}`));

    for (const [request, reset] of [
      ['/auth/request-password-reset', '/auth/verify-password-reset'],
      ['/auth/forgot-password', '/auth/reset-password'],
    ]) {
      await call(http().post(request).send({ email: person.email }));
      const otp = await t.lastCode(person.email, 'Your password reset code');
      await call(http().post(reset).send({ otp, newPassword: `${PASSWORD} ${unique()}` }));
    }
  },

  async operations() {
    await call(http().get('/health'));
    await call(http().get('/health/ready'));
    await call(http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`));
  },

  async users() {
    await call(as(admin).get('/users?search=jane&roles[]=user&isActive=true&sortBy=lastName&sortOrder=asc&page=1&limit=10'));
    await call(as(admin).get('/users?limit=0')); // 400
    const created = await call(as(admin).post('/users').send({ ...newPerson(), password: PASSWORD }));
    await call(as(admin).post('/users').send({ ...newPerson(), email: created.body.email })); // 409
    const id = created.body.id as string;
    await call(as(admin).get(`/users/${id}`));
    await call(as(admin).get(`/users/${NOBODY}`)); // 404
    await call(as(admin).put(`/users/${id}`).send({ lastName: 'Smith', isEmailVerified: true }));
    await call(as(admin).patch(`/users/${id}`).send({ description: 'Updated description' }));
    await call(as(admin).patch(`/users/${root.user.id}`).send({ description: 'x' })); // 403, an admin on a super admin
    await call(as(admin).post(`/users/${id}/deactivate`));
    await call(as(admin).post(`/users/${id}/activate`));
    await call(as(admin).post(`/users/${id}/unlock`));
    await call(as(admin).get(`/users/${id}/activity?type=user_updated`));
    await call(as(admin).get(`/users/${id}/activity?from=2030-01-01&to=2020-01-01`)); // 400
    await call(as(admin).get('/users/stats'));
    await call(as(admin).get('/users/metrics'));
    const viewer = await signedInUser(t, ['viewer']);
    await call(as(viewer).get('/users/stats')); // 403
    await call(as(admin).delete(`/users/${id}`));
    await call(as(admin).delete(`/users/${id}`)); // 404
  },

  async account() {
    const me = await signedInUser(t, ['user']);
    await call(as(me).get('/users/me'));
    await call(as(me).put('/users/me').send({ firstName: 'Jane', profile: { bio: 'Software developer' } }));
    await call(as(me).patch('/users/me').send({ preferences: { theme: 'dark' } }));
    await call(as(me).patch('/users/me').send({ email: admin.email })); // 409
    const second = await signIn(t, me.email, me.password);
    const sessions = await call(as(me).get('/users/me/sessions'));
    const otherSession = (sessions.body as Array<{ id: string; current: boolean }>).find((s) => !s.current);
    await call(as(me).delete(`/users/me/sessions/${otherSession?.id}`));
    await call(as(me).delete(`/users/me/sessions/${NOBODY}`)); // 404
    await call(as(me).put('/users/me/password').send({ currentPassword: 'not my password', newPassword: `${PASSWORD} 2` })); // 400
    await call(as(me).put('/users/me/password').send({ currentPassword: me.password, newPassword: `${PASSWORD} 2` }));

    const image = await makeImage('png', 320, 200);
    const uploaded = await call(as(me).post('/users/me/avatar').attach('avatar', image, { filename: 'me.png', contentType: 'image/png' }));
    await call(as(me).post('/users/me/avatar').send({ avatar: 'not a file' })); // 415
    const avatarPath = new URL(uploaded.body.avatar as string).pathname;
    const file = await call(http().get(avatarPath).buffer(true));
    await call(http().get(avatarPath).set('If-None-Match', file.headers.etag as string)); // 304
    await call(as(me).delete('/users/me/avatar'));

    const target = await signedInUser(t, ['user']);
    const theirs = await call(as(admin).get(`/users/${target.user.id}/sessions`));
    await call(as(admin).get(`/users/${NOBODY}/sessions`)); // 404
    await call(as(admin).delete(`/users/${target.user.id}/sessions/${theirs.body[0].id}`));
    void second;
  },

  async admins() {
    await call(as(root).get('/users/admins'));
    await call(as(admin).get('/users/admins')); // 403
    const created = await call(as(root).post('/users/admins').send({ ...newPerson(), password: PASSWORD, roles: ['admin'] }));
    await call(as(root).post('/users/admins').send({ ...newPerson(), password: PASSWORD, roles: ['user'] })); // 400
    const id = created.body.admin.id as string;
    await call(as(root).post(`/users/admins/${id}/block`));
    await call(as(root).post(`/users/admins/${id}/unblock`));
    const plain = await createUser(t);
    await call(as(root).post(`/users/admins/${plain.user.id}/block`)); // 400, not an admin
    await call(as(root).post(`/users/admins/${NOBODY}/unblock`)); // 404
    await call(as(root).delete(`/users/admins/${id}`));
  },

  async verificationRequests() {
    const person = { ...newPerson(), password: PASSWORD };
    await call(http().post('/auth/signup').send(person));
    const user = await createUser(t);
    await call(as(admin).get('/users/verification-requests?page=1&perPage=10&sort=["createdOn","DESC"]'));
    await call(as(admin).get('/users/verification-requests?sort=[1')); // 400
    await call(as(admin).post('/users/verification-requests/resend-email').send({ emails: [person.email] }));
    await call(as(admin).post('/users/verification-requests/resend-email').send({ emails: ['nobody@example.com'] })); // 404
    await call(as(admin).post('/users/verification-requests/new-request-code').send({ userReqList: [{ userId: user.user.id, request_type_code: 'RPWR' }] }));
  },

  async invitations() {
    const email = `invitee${unique()}@example.com`;
    const invited = await call(as(admin).post('/users/invite').send({ email, firstName: 'Ada', lastName: 'Lovelace', roles: ['user'] }));
    await call(as(admin).post('/users/invite').send({ email, firstName: 'Ada', lastName: 'Lovelace' })); // 409
    await call(as(admin).get('/users/invitations?status=pending'));
    await call(as(admin).post(`/users/invitations/${invited.body.id}/resend`));
    const token = /invitation token is ([A-Za-z0-9_-]{43})\b/.exec(await t.lastMail(email, 'You are invited'))?.[1];
    await call(http().post('/auth/accept-invitation').send({ token: 'x'.repeat(43), password: PASSWORD })); // 400
    await call(http().post('/auth/accept-invitation').send({ token, password: PASSWORD }));
    const other = await call(as(admin).post('/users/invite').send({ email: `invitee${unique()}@example.com`, firstName: 'Bob', lastName: 'Smith' }));
    await call(as(admin).delete(`/users/invitations/${other.body.id}`));
    await call(as(admin).delete(`/users/invitations/${NOBODY}`)); // 404
  },

  async dataRights() {
    const me = await signedInUser(t, ['user']);
    await call(as(me).get('/users/me/export'));
    await call(as(admin).get('/users/export?format=csv&roles=user'));
    await call(as(admin).get('/users/export?format=xml')); // 400
    await call(as(me).delete('/users/me').send({ password: 'not my password' })); // 400
    await call(as(me).delete('/users/me').send({ password: me.password }));
  },

  async batch() {
    const one = await createUser(t);
    const two = await createUser(t);
    await call(as(admin).post('/users/batch').send({ ids: [one.user.id, NOBODY], action: 'deactivate' }));
    await call(as(admin).post('/users/batch').send({ ids: [two.user.id], action: 'explode' })); // 400
  },
};

/** A concrete path for a template: `{id}`-like parameters get an unknown UUID, `{file}` a file name. */
const concrete = (template: string) => template.replace(/\{file\}/g, 'missing.webp').replace(/\{[^}]+\}/g, NOBODY);

describe('OpenAPI contract', () => {
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN });
    contract = new OpenApiContract((await t.http().get('/docs-json').expect(200)).body as OpenApiDocument);
    root = await signedInSuperAdmin(t);
    admin = await signedInUser(t, ['admin']);
  });
  afterAll(() => t.close());

  it('documents every route of the running application', () => {
    const documented = new Set(contract.operations().map((op) => `${op.method.toUpperCase()} ${op.path}`));
    const missing = controllerRoutes(t.app)
      .filter((route) => !documented.has(`${route.method.toUpperCase()} ${route.path}`))
      .map((route) => `${route.method.toUpperCase()} ${route.path} (${route.handler})`);
    expect(missing).toEqual([]);
  });

  it('gives every operation a success response with a schema, and errors in the shared error shape', () => {
    expect(contract.documentationProblems()).toEqual([]);
  });

  it('names the operations whose documentation or answers fall short', () => {
    const doctored = structuredClone(contract.document);
    delete doctored.paths['/users/{id}'].get.responses?.['200'].content;
    (doctored.paths['/users/stats'].get.responses ?? {})['403'] = { content: { 'application/json': { schema: { type: 'object' } } } };
    const incomplete = new OpenApiContract(doctored);
    expect(incomplete.documentationProblems()).toEqual([
      expect.stringMatching(/^GET \/users\/\{id\} → 200 documents no response schema/),
      'GET /users/stats → 403 is not documented as the shared error schema',
    ]);
    expect(incomplete.coverageProblems(new Map([['GET /users/{id}', new Set([404])]]))).toEqual(
      expect.arrayContaining(['GET /users/{id}: no success exercised', 'GET /users/stats: no success exercised', 'GET /users/stats: no error exercised']),
    );
    expect(() => contract.check({ method: 'GET', path: `/users/${NOBODY}`, status: 418, body: {} })).toThrow(
      /^GET \/users\/\{id\} answered 418, which its OpenAPI description does not list/,
    );
    expect(() => contract.check({ method: 'GET', path: '/users/stats', status: 200, contentType: 'application/json', body: { totalUsers: 1 } })).toThrow(
      /GET \/users\/stats → 200 does not match/,
    );
    expect(() => contract.check({ method: 'GET', path: '/no-such-route', status: 200, body: {} })).toThrow(/no path matching \/no-such-route/);
  });

  it.each(Object.keys(SCENARIOS))('answers as documented: %s', async (area) => {
    await SCENARIOS[area]();
  });

  it('answers a typical error as documented on every operation: no credentials, or an empty body', async () => {
    for (const { method, path } of contract.operations()) {
      const request = http()[method as 'get'](concrete(path));
      await call(['post', 'put', 'patch'].includes(method) ? request.send({}) : request);
    }
  });

  it('has exercised a success, and an error where errors are documented, of every operation', () => {
    // A missing success means SCENARIOS above lacks a call for that operation.
    expect(contract.coverageProblems(answered)).toEqual([]);
  });
});
