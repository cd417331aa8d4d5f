import { securityHeaders } from '../../src/common/http/security-headers.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { userWithTokens } from './security-support.js';

const ORIGIN = 'https://dashboard.example.com';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: `${ORIGIN},https://admin.example.com`, RATE_LIMIT_AUTH_PER_MINUTE: '1000' });
});
afterAll(() => t.close());

const expectErrorShape = (body: unknown, status: number) =>
  expect(body).toEqual(expect.objectContaining({ message: expect.any(String), statusCode: status }));

describe('security headers (helmet)', () => {
  it('sets them on every answer', async () => {
    const res = await t.http().get('/auth/check').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('are helmet\'s full set for our options, computed once at boot', async () => {
    const res = await t.http().get('/auth/check').expect(200);
    const expected = securityHeaders();
    expect(Object.keys(expected)).toHaveLength(12);
    for (const [name, value] of Object.entries(expected)) expect(res.headers[name]).toBe(value);
  });

  it('on errors too', async () => {
    const res = await t.http().get('/no/such/route').expect(404);
    expectErrorShape(res.body, 404);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('CORS', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])('allows a %s preflight from an allowed origin, with credentials', async (method) => {
    const res = await t
      .http()
      .options('/users/00000000-0000-4000-8000-000000000000')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-refresh-token');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-allow-methods']).toContain(method);
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toEqual(expect.stringContaining('authorization'));
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toEqual(expect.stringContaining('x-refresh-token'));
  });

  it('gives nothing to an origin off the allowlist', async () => {
    const res = await t.http().options('/users').set('Origin', 'https://evil.example.net').set('Access-Control-Request-Method', 'DELETE');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await t.http().get('/auth/check').set('Origin', 'https://evil.example.net');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('exposes the paging and rate-limit headers to the browser', async () => {
    const admin = await userWithTokens(t, ['admin']);
    const res = await t.http().get('/users').set('Origin', ORIGIN).set('Authorization', admin.auth).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = (res.headers['access-control-expose-headers'] ?? '').toLowerCase();
    for (const header of ['content-range', 'x-total-count', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expect(exposed).toContain(header);
    }
  });
});

describe('request bodies', () => {
  it('refuses JSON over 100 KB with 413 in the error shape', async () => {
    const res = await t
      .http()
      .post('/auth/signin')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(101 * 1024) }));
    expect(res.status).toBe(413);
    expectErrorShape(res.body, 413);
  });

  it.each([
    ['__proto__', '{"email":"a@example.com","password":"pw","__proto__":{"isAdmin":true}}'],
    ['constructor', '{"email":"a@example.com","password":"pw","constructor":{"prototype":{"isAdmin":true}}}'],
  ])('refuses a %s key with 400', async (_key, body) => {
    const res = await t.http().post('/auth/signin').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 400);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses malformed JSON with 400 and other content types with 415', async () => {
    const bad = await t.http().post('/auth/signin').set('Content-Type', 'application/json').send('{"email":');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body, 400);
    const text = await t.http().post('/auth/signin').set('Content-Type', 'text/plain').send('email=a');
    expect(text.status).toBe(415);
    expectErrorShape(text.body, 415);
  });
});

describe('Cache-Control: no-store on every auth answer', () => {
  it.each([
    ['a success', () => t.http().get('/auth/check'), 200],
    ['a 401', () => t.http().post('/auth/signin').send({ email: 'nobody@example.com', password: 'whatever it is' }), 401],
    ['a 400', () => t.http().post('/auth/signup').send({}), 400],
    ['a 404 under /auth', () => t.http().get('/auth/nothing-here'), 404],
  ] as const)('on %s', async (_label, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('on a 429', async () => {
    const strict = await createTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: '1' });
    try {
      await strict.http().post('/auth/resend-verification').send({ email: 'a@example.com' }).expect(200);
      const res = await strict.http().post('/auth/resend-verification').send({ email: 'a@example.com' }).expect(429);
      expect(res.headers['cache-control']).toBe('no-store');
    } finally {
      await strict.close();
    }
  });
});

describe('server timeouts', () => {
  it('are set on the HTTP server', () => {
    const server = t.app.getHttpServer() as { requestTimeout: number; keepAliveTimeout: number; headersTimeout: number };
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.keepAliveTimeout).toBeGreaterThan(0);
    const fastify = t.app.getHttpAdapter().getInstance();
    expect(fastify.initialConfig.connectionTimeout).toBeGreaterThan(0);
  });
});
