import { randomUUID } from 'node:crypto';
import { LOCKOUT_THRESHOLD } from '../../src/auth/auth.service.js';
import { createUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'a-metrics-token-long-enough';

/** The value of one sample line, e.g. `http_requests_total{method="GET",route="/health",status_code="200"}`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((label) => l.includes(label)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers Prometheus text with request counts and latency by route pattern and status', async () => {
    await t.http().get('/health').expect(200);
    await t.http().get('/health').expect(200);
    const id = randomUUID();
    await t.http().get(`/users/${id}`).expect(401);
    await t.http().get(`/no-such-route-${id}`).expect(404);

    const res = await t.http().get('/metrics').expect(200).expect('content-type', /text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(sample(text, 'http_requests_total', { method: 'GET', route: '/health', status_code: '200' })).toBe(2);
    expect(sample(text, 'http_requests_total', { route: '/users/:id', status_code: '401' })).toBe(1);
    expect(sample(text, 'http_requests_total', { route: 'unmatched', status_code: '404' })).toBe(1);
    expect(text).not.toContain(id);
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/health', status_code: '200' })).toBe(2);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*le="0\.005"[^}]*route="\/health"/);
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('reports pool usage, process metrics and the auth and rate-limit counters', async () => {
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(sample(text, 'db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'db_pool_connections', { state: 'waiting' })).toBe(0);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'auth_sign_in_failures_total')).toBe(0);
    expect(sample(text, 'auth_lockouts_total')).toBe(0);
    expect(text).toContain('# TYPE rate_limit_rejections_total counter');
  });

  it('counts refused sign-ins and lockouts from the sign-in path', async () => {
    const before = (await t.http().get('/metrics').expect(200)).text;
    const failures = sample(before, 'auth_sign_in_failures_total') ?? 0;
    const lockouts = sample(before, 'auth_lockouts_total') ?? 0;

    const { user, password } = await createUser(t);
    await t.http().post('/auth/signin').send({ email: `nobody-${randomUUID()}@example.com`, password }).expect(401);
    await t.http().post('/auth/signin').send({ email: user.email, password }).expect(200);
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) {
      await t.http().post('/auth/signin').send({ email: user.email, password: `wrong ${i}` }).expect(401);
    }
    const afterFailures = (await t.http().get('/metrics').expect(200)).text;
    // The unknown email and every wrong password, not the success.
    expect(sample(afterFailures, 'auth_sign_in_failures_total')).toBe(failures + LOCKOUT_THRESHOLD);
    expect(sample(afterFailures, 'auth_lockouts_total')).toBe(lockouts);

    const locking = await t.http().post('/auth/signin').send({ email: user.email, password: 'wrong again' }).expect(401);
    expect(locking.body.code).toBe('ACCOUNT_LOCKED');
    // While locked the password is not judged: no further failure, no second lockout.
    await t.http().post('/auth/signin').send({ email: user.email, password }).expect(401);
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(sample(text, 'auth_sign_in_failures_total')).toBe(failures + LOCKOUT_THRESHOLD + 1);
    expect(sample(text, 'auth_lockouts_total')).toBe(lockouts + 1);
  });

  it('is public outside production when METRICS_TOKEN is unset, ignoring a junk token', async () => {
    await t.http().get('/metrics').set('Authorization', 'Bearer undefined').expect(200);
  });
});

describe('/metrics rate-limit rejections', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A key prefix of its own, so that counters shared in Redis (CI) cannot mix with other runs.
    t = await createTestApp({ RATE_LIMIT_DEFAULT_PER_MINUTE: '3', REDIS_KEY_PREFIX: `ops-metrics-${randomUUID()}:` });
  });
  afterAll(() => t.close());

  it('counts 429 answers by route', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.http().get('/auth/check')).status);
    expect(statuses).toContain(429);
    const rejected = statuses.filter((s) => s === 429).length;
    const text = (await t.http().get('/metrics').expect(200)).text;
    expect(sample(text, 'rate_limit_rejections_total', { route: '/auth/check' })).toBe(rejected);
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN });
  });
  afterAll(() => t.close());

  it('needs the token as a Bearer credential', async () => {
    const none = await t.http().get('/metrics').expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, code: 'AUTHENTICATION_REQUIRED' });
    const wrong = await t.http().get('/metrics').set('Authorization', 'Bearer not-the-metrics-token').expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'INVALID_TOKEN' });
    const ok = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(ok.text).toContain('http_requests_total');
  });
});

describe('/metrics in production', () => {
  it('is absent without METRICS_TOKEN, protected with it', async () => {
    const off = await createTestApp({ NODE_ENV: 'production', BCRYPT_COST: '10' });
    try {
      await off.http().get('/metrics').expect(404);
    } finally {
      await off.close();
    }
    const on = await createTestApp({ NODE_ENV: 'production', BCRYPT_COST: '10', METRICS_TOKEN });
    try {
      await on.http().get('/metrics').expect(401);
      await on.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    } finally {
      await on.close();
    }
  });
});
