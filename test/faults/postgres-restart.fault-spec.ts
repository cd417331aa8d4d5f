import { SUPER_ADMIN } from '../support/test-app.js';
import { call, json, type Outcome, type ServiceProcess, startService } from './service-process.js';
import { createThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster.js';

/**
 * PostgreSQL restarted, then stopped for a while, under load, on a cluster of the test's own:
 * the built server (a child process) never crashes, answers 503 with Retry-After at once while
 * the database is away, resumes by itself, and loses no write it acknowledged.
 */
const WORKERS = 4;
const CONNECT_TIMEOUT_MS = 1_000;

let cluster: ThrowawayCluster | undefined;
let service: ServiceProcess | undefined;

beforeAll(async () => {
  cluster = await createThrowawayCluster();
  await cluster.query('postgres', 'create database users_api');
  service = await startService({
    DATABASE_URL: cluster.url('users_api'),
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DATABASE_STATEMENT_TIMEOUT_MS: '5000',
  });
}, 120_000);

afterAll(async () => {
  service?.child.kill('SIGTERM');
  await service?.exited;
  cluster?.drop();
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('survives a restart and an outage under load, answering 503 quickly, and keeps every acknowledged write', async () => {
  const { url } = service as ServiceProcess;
  const db = cluster as ThrowawayCluster;
  const signIn = await call(`${url}/auth/signin`, json(SUPER_ADMIN));
  expect(signIn.status).toBe(200);
  const auth = `Bearer ${(signIn.body as { accessToken: string }).accessToken}`;

  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  let running = true;
  let n = 0;
  const worker = async (w: number) => {
    while (running) {
      const i = n++;
      const email = `load-${w}-${i}@example.com`;
      const created = await call(
        `${url}/users`,
        json({ email, firstName: 'Load', lastName: `W${w}`, phoneNumber: `+1777${String(i).padStart(7, '0')}`, age: 30, password: 'a perfectly fine passphrase' }, auth),
      );
      outcomes.push(created);
      if (created.status === 201) acknowledged.push(email);
      outcomes.push(await call(`${url}/users?limit=5`, { headers: { authorization: auth } }));
      if (created.status === 'refused') await sleep(50);
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));

  await sleep(1_500);
  const restartStarted = Date.now();
  db.restart();
  const restartMs = Date.now() - restartStarted;
  await sleep(1_000);

  db.stop();
  const outageStart = Date.now();
  await sleep(3_000);
  const outageEnd = Date.now();
  db.start();
  const backAt = Date.now();

  // Resumes by itself: no restart of the service, just requests.
  let resumedAfterMs = -1;
  while (Date.now() - backAt < 20_000) {
    const recent = outcomes.filter((o) => o.at >= backAt && o.status === 201);
    if (recent.length > 0) {
      resumedAfterMs = recent[0].at + recent[0].ms - backAt;
      break;
    }
    await sleep(100);
  }
  await sleep(1_000);
  running = false;
  await load;

  // Never crashed.
  expect(service?.child.exitCode).toBeNull();
  // Never a 500, never a hang: every answer is a success, a 503 in the error shape with Retry-After, or a 409/4xx of the app.
  const statuses = outcomes.map((o) => o.status);
  expect(statuses.filter((s) => s === 'timeout' || s === 'refused' || s === 500)).toEqual([]);
  const unavailable = outcomes.filter((o) => o.status === 503);
  expect(unavailable.length).toBeGreaterThan(0);
  for (const o of unavailable) {
    expect(o.body).toMatchObject({ statusCode: 503, message: expect.any(String), code: expect.any(String) });
    expect(Number(o.retryAfter)).toBeGreaterThan(0);
  }
  // While the database was down, every answer was a quick 503 (no waiting on the pool).
  const duringOutage = outcomes.filter((o) => o.at >= outageStart + 200 && o.at + o.ms <= outageEnd);
  expect(duringOutage.length).toBeGreaterThan(0);
  expect(new Set(duringOutage.map((o) => o.status))).toEqual(new Set([503]));
  // Quick: most within the pool's connection timeout; none anywhere near a hang (the client gives up at 10 s).
  const latencies = unavailable.map((o) => o.ms).sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)];
  const slowest503 = latencies[latencies.length - 1];
  expect(p95).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
  expect(slowest503).toBeLessThan(5_000);
  expect(resumedAfterMs).toBeGreaterThanOrEqual(0);

  // Every write that was acknowledged is there.
  const rows = await db.query('users_api', 'select email from users where email = any($1)', [acknowledged]);
  expect(rows.map((r) => r.email).sort()).toEqual([...acknowledged].sort());

  const count = (s: Outcome['status']) => statuses.filter((x) => x === s).length;
  process.stdout.write(
    `postgres restart: ${outcomes.length} requests, ${count(201)} writes acknowledged (all found), ${count(200)} reads, ${unavailable.length} x 503 ` +
      `(p95 ${p95} ms, slowest ${slowest503} ms), 0 x 500; restart took ${restartMs} ms, outage 3000 ms, resumed ${resumedAfterMs} ms after start\n`,
  );
}, 180_000);
