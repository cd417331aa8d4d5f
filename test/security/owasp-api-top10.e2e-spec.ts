import { eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenService } from '../../src/auth/token.service.js';
import { ROLE_PERMISSIONS } from '../../src/common/policy/permissions.js';
import { ROLES } from '../../src/common/policy/roles.js';
import { users } from '../../src/database/schema/index.js';
import { createUser, signIn, signedInSuperAdmin, unique } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { liveOpenApi, routesWithOperations } from './fuzz/route-inventory.js';
import { userWithTokens } from './security-support.js';

/**
 * OWASP API Security Top 10 (2023), one describe per category that applies to this service.
 * API7 (SSRF) is asserted as an absence: the service never fetches a URL a client gives it.
 * API10 (Unsafe Consumption of APIs) does not apply: the service consumes no third-party API;
 * its only outbound traffic is mail to the configured SMTP server, whose answers it does not trust
 * or store beyond an error text.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: 'true' });
});
afterAll(() => t.close());

const rowOf = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0];
const signUpBody = (extra: Record<string, unknown> = {}) => {
  const n = unique();
  return {
    firstName: 'Ada',
    lastName: 'Owasp',
    email: `owasp${n}@example.com`,
    phoneNumber: `+1444${n.padStart(7, '0').slice(-7)}`,
    password: 'correct horse battery staple',
    age: 33,
    ...extra,
  };
};

describe('API1:2023 Broken Object Level Authorization', () => {
  it("a user cannot read, change, deactivate or delete another user's record by id, nor see their activity or sessions", async () => {
    const mallory = await userWithTokens(t, ['user']);
    const victim = await userWithTokens(t, ['user']);
    const before = await rowOf(victim.user.id);
    const attempts = [
      t.http().get(`/users/${victim.user.id}`),
      t.http().put(`/users/${victim.user.id}`).send({ firstName: 'Pwned' }),
      t.http().patch(`/users/${victim.user.id}`).send({ firstName: 'Pwned' }),
      t.http().post(`/users/${victim.user.id}/deactivate`),
      t.http().delete(`/users/${victim.user.id}`),
      t.http().get(`/users/${victim.user.id}/activity`),
      t.http().get(`/users/${victim.user.id}/sessions`),
    ];
    for (const attempt of attempts) {
      const res = await attempt.set('Authorization', mallory.auth);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'INSUFFICIENT_PERMISSIONS' });
    }
    expect(await rowOf(victim.user.id)).toEqual(before);
  });

  it("a user cannot end another user's session through their own sessions endpoint", async () => {
    const mallory = await userWithTokens(t, ['user']);
    const victim = await userWithTokens(t, ['user']);
    const victimSessions = await t.http().get('/users/me/sessions').set('Authorization', victim.auth).expect(200);
    const sessionId = (victimSessions.body as Array<{ id: string }>)[0].id;
    await t.http().delete(`/users/me/sessions/${sessionId}`).set('Authorization', mallory.auth).expect(404);
    await t.http().get('/users/me').set('Authorization', victim.auth).expect(200);
  });
});

describe('API2:2023 Broken Authentication', () => {
  it("refuses a validly signed access token whose user is not the owner of the session it names", async () => {
    const mallory = await userWithTokens(t, ['user']);
    const victim = await createUser(t, { roles: ['admin'] });
    const sessionId = (JSON.parse(Buffer.from(mallory.accessToken.split('.')[1], 'base64url').toString()) as { sid?: string; sessionId?: string });
    const sid = sessionId.sid ?? sessionId.sessionId;
    expect(sid).toEqual(expect.any(String));
    const forged = t.app.get(TokenService).pair(victim.user.id, sid as string, 'irrelevant').accessToken;
    const res = await t.http().get('/users/me').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
  });

  it('takes the access token from the Authorization header only, never from the query string or a cookie', async () => {
    const me = await userWithTokens(t, ['user']);
    await t.http().get(`/users/me?access_token=${me.accessToken}`).expect(401);
    await t.http().get(`/users/me?token=${me.accessToken}`).expect(401);
    await t.http().get('/users/me').set('Cookie', `access_token=${me.accessToken}; Authorization=Bearer ${me.accessToken}`).expect(401);
    await t.http().get('/users/me').set('Authorization', me.accessToken).expect(401);
  });

  it('spreads password guessing over many IPs in vain: the account locks, and a lock is no oracle', async () => {
    const { user, password } = await createUser(t);
    for (let i = 0; i < 10; i++) {
      await t.http().post('/auth/signin').set('X-Forwarded-For', `192.0.2.${i + 1}`).send({ email: user.email, password: `guess ${i}` }).expect(401);
    }
    const right = await t.http().post('/auth/signin').set('X-Forwarded-For', '192.0.2.99').send({ email: user.email, password });
    expect(right.status).toBe(401);
    expect(right.body.code).toBe('ACCOUNT_LOCKED');
  });
});

describe('API3:2023 Broken Object Property Level Authorization', () => {
  it('sign-up cannot set roles, verification, activity or ids (mass assignment)', async () => {
    const body = signUpBody();
    const res = await t
      .http()
      .post('/auth/signup')
      .send({ ...body, roles: ['super_admin'], isEmailVerified: true, isActive: true, id: '00000000-0000-0000-0000-000000000001', passwordHash: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_ERROR' });
    expect(await t.db.select().from(users).where(eq(users.email, body.email))).toEqual([]);
  });

  it('a user editing their own profile cannot promote, verify or reactivate themselves', async () => {
    const me = await userWithTokens(t, ['user'], { isEmailVerified: true });
    for (const method of ['put', 'patch'] as const) {
      await t.http()[method]('/users/me').set('Authorization', me.auth).send({ roles: ['super_admin'], isEmailVerified: false, failedSignIns: 0, lockedUntil: null });
      const row = await rowOf(me.user.id);
      expect(row.roles).toEqual(['user']);
      expect(row.isEmailVerified).toBe(true);
    }
  });

  it('no answer about users exposes a hash, a code or lockout internals, whoever asks', async () => {
    const admin = await userWithTokens(t, ['admin']);
    const superAdmin = await signedInSuperAdmin(t);
    const target = await createUser(t);
    const answers = [
      await t.http().get('/users?limit=100').set('Authorization', admin.auth),
      await t.http().get(`/users/${target.user.id}`).set('Authorization', admin.auth),
      await t.http().get('/users/admins').set('Authorization', superAdmin.auth),
      await t.http().get('/users/me').set('Authorization', admin.auth),
      await t.http().post('/auth/signin').send({ email: target.user.email, password: target.password }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expectNoSecrets(res.body);
      expect(JSON.stringify(res.body)).not.toMatch(/"(failedSignIns|failed_sign_ins|lockedUntil|tokenHash)"/);
    }
  });
});

describe('API4:2023 Unrestricted Resource Consumption', () => {
  it('caps page sizes and search terms instead of reading the whole table', async () => {
    const admin = await userWithTokens(t, ['admin']);
    const huge = await t.http().get('/users?limit=1000000').set('Authorization', admin.auth);
    if (huge.status === 200) expect((huge.body.data ?? huge.body.users ?? huge.body).length).toBeLessThanOrEqual(100);
    else expect(huge.body).toMatchObject({ statusCode: 400 });
    await t.http().get(`/users?search=${'a'.repeat(5_000)}`).set('Authorization', admin.auth).expect(400);
    await t.http().get('/users?page=99999999999').set('Authorization', admin.auth).expect(400);
  });

  it('answers quickly to a 90 KB password (no unbounded hashing), to deeply nested JSON, broken Unicode and NUL characters', async () => {
    const started = Date.now();
    const long = await t.http().post('/auth/signin').send({ email: 'nobody@example.com', password: 'p'.repeat(90_000) });
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    const nested = `{"email":${'['.repeat(20_000)}${']'.repeat(20_000)},"password":"x"}`;
    const deep = await t.http().post('/auth/signin').set('Content-Type', 'application/json').send(nested);
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
    // A lone surrogate made validator.js's isEmail throw (a 500) before it was refused up front.
    const broken = await t.http().post('/auth/request-password-reset').set('Content-Type', 'application/json').send('{"email":"\\ud800@example.com"}');
    expect(broken.status).toBe(400);
    // A NUL in a filter reached PostgreSQL, which refused the query (a 500).
    const admin = await userWithTokens(t, ['super_admin']);
    for (const url of ['/users?email=%00', '/users?search=a%00b']) {
      const res = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { authorization: admin.auth } });
      expect(res.statusCode).toBe(400);
    }
    await t.http().post('/auth/signup').send(signUpBody({ firstName: 'Nul\u0000' })).expect(400);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

});

describe('API5:2023 Broken Function Level Authorization', () => {
  // Derived from the policy table, so a role granted or losing a permission is checked as it stands.
  const FUNCTIONS = [
    { permission: 'admins:manage', call: (a: TestApp) => a.http().post('/users/admins').send({}) },
    { permission: 'users:delete', call: (a: TestApp) => a.http().delete('/users/00000000-0000-0000-0000-000000000000') },
    { permission: 'users:update', call: (a: TestApp) => a.http().post('/users/00000000-0000-0000-0000-000000000000/unlock') },
    { permission: 'users:create', call: (a: TestApp) => a.http().post('/users').send({}) },
    { permission: 'metrics:read', call: (a: TestApp) => a.http().get('/users/metrics') },
    { permission: 'stats:read', call: (a: TestApp) => a.http().get('/users/stats') },
    { permission: 'verification:manage', call: (a: TestApp) => a.http().get('/users/verification-requests') },
  ] as const;

  it('every role lacking a permission is refused its functions with 403, every role holding it gets past the check', async () => {
    for (const role of ROLES.filter((r) => r !== 'super_admin')) {
      const caller = await userWithTokens(t, [role]);
      for (const fn of FUNCTIONS) {
        const res = await fn.call(t).set('Authorization', caller.auth);
        const allowed = ROLE_PERMISSIONS[role].includes(fn.permission);
        if (allowed) expect([401, 403]).not.toContain(res.status);
        else expect(res.status).toBe(403);
      }
    }
  });

  it('a method-override header does not turn a read into a delete', async () => {
    const mallory = await userWithTokens(t, ['user']);
    for (const header of ['X-HTTP-Method-Override', 'X-HTTP-Method', 'X-Method-Override']) {
      await t.http().get(`/users/${mallory.user.id}`).set(header, 'DELETE').set('Authorization', mallory.auth).expect(200);
      await t.http().post('/users/me').set(header, 'PUT').set('Authorization', mallory.auth).send({ roles: ['admin'] }).expect(404);
    }
    expect((await rowOf(mallory.user.id)).roles).toEqual(['user']);
  });
});

describe('API6:2023 Unrestricted Access to Sensitive Business Flows', () => {
  it('squatting an email at sign-up gains nothing: no sign-in without the code, and the owner takes the account back', async () => {
    const body = signUpBody();
    await t.http().post('/auth/signup').send(body).expect(200);
    const squatter = await t.http().post('/auth/signin').send({ email: body.email, password: body.password }).expect(401);
    expect(squatter.body.code).toBe('EMAIL_NOT_VERIFIED');

    await t.http().post('/auth/forgot-password').send({ email: body.email }).expect(200);
    const otp = await t.lastCode(body.email, 'Your password reset code');
    await t.http().post('/auth/verify-password-reset').send({ email: body.email, otp, newPassword: 'the real owner passphrase' }).expect(200);
    await t.http().post('/auth/signin').send({ email: body.email, password: body.password }).expect(401);
  });

});

describe('API7:2023 Server Side Request Forgery', () => {
  it('stores a URL a client gives (avatarUrl) as text and never fetches it', async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/latest/meta-data`;
      const me = await userWithTokens(t, ['user']);
      await t.http().patch('/users/me').set('Authorization', me.auth).send({ avatarUrl: url });
      await t.http().get('/users/me').set('Authorization', me.auth).expect(200);
      await t.http().post('/auth/signup').send(signUpBody({ avatarUrl: url }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('API8:2023 Security Misconfiguration', () => {
  it('unknown routes and methods answer in the error shape, with no framework banner', async () => {
    for (const res of [await t.http().get('/nope'), await t.http().trace('/users'), await t.http().get('/users/../../etc/passwd')]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toMatchObject({ statusCode: res.status, message: expect.any(String) });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

});

describe('API9:2023 Improper Inventory Management', () => {
  it('every route the app serves is in the checked-in openapi.json, and openapi.json documents no route the app lacks', async () => {
    const live = routesWithOperations(t.app, await liveOpenApi(t.app)).map((r) => `${r.method} ${r.path}`).sort();
    const published = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, object> };
    const documented = Object.entries(published.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`)).sort();
    expect(live).toEqual(documented);
  });

  it('no shadow API under a version or prefix answers', async () => {
    const admin = await userWithTokens(t, ['admin']);
    for (const prefix of ['/v1', '/v2', '/api', '/api/v1', '/internal', '/old']) {
      const res = await t.http().get(`${prefix}/users`).set('Authorization', admin.auth);
      expect(res.status).toBe(404);
    }
  });
});

// Apps of their own, last: Passport keeps one 'jwt' strategy per process, so once a second app
// boots, the first app's guard authenticates through the second app's (later closed) database.
describe('API4:2023 Unrestricted Resource Consumption (an app with a tight limit)', () => {
  it('limits the requests of one client', async () => {
    const limited = await createTestApp({ RATE_LIMIT_DEFAULT_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.http().get('/auth/check')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('API6:2023 Unrestricted Access to Sensitive Business Flows (an app with a tight limit)', () => {
  it('mass sign-ups and reset mails from one client are cut off', async () => {
    const limited = await createTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: '3' });
    try {
      const signUps: number[] = [];
      for (let i = 0; i < 5; i++) signUps.push((await limited.http().post('/auth/signup').send(signUpBody())).status);
      expect(signUps).toEqual([200, 200, 200, 429, 429]);
      const resets: number[] = [];
      for (let i = 0; i < 5; i++) resets.push((await limited.http().post('/auth/forgot-password').send({ email: `victim${unique()}@example.com` })).status);
      expect(resets.filter((s) => s === 429)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});

describe('API8:2023 Security Misconfiguration (a production app)', () => {
  it('in production: no API docs, no public metrics, no internals in errors', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', BCRYPT_COST: '10' });
    try {
      await prod.http().get('/docs-json').expect(404);
      await prod.http().get('/docs').expect(404);
      await prod.http().get('/metrics').expect(404);
      const bad = await prod.http().post('/auth/signin').set('Content-Type', 'application/json').send('{"email":');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).not.toMatch(/at .+\.(js|ts):\d+|node_modules|SyntaxError/);
    } finally {
      await prod.close();
    }
  });
});
