import fc from 'fast-check';
import type { Role } from '../../src/common/policy/roles.js';
import { UserRepository } from '../../src/users/user.repository.js';
import { createUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { watchRowChanges } from './fuzz/row-change-watch.js';
import { requestFor, type FuzzRequest } from './fuzz/request-arbitraries.js';
import { liveOpenApi, routesWithOperations, type OpenApiDocument, type Route } from './fuzz/route-inventory.js';
import { userWithTokens } from './security-support.js';

/**
 * Property-based fuzzing of every route of the running app: path, query, headers and body
 * generated from the route's OpenAPI operation (plausible values to get past validation, wild
 * ones to break it), sent in-process by callers of every role. For every case: never a 5xx; every
 * 4xx in the error shape; and a rejected request changes no row of any table (counted by triggers).
 * FUZZ_RUNS (default 200) sets the cases per route; FUZZ_SEED replays a failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/**
 * Refusals that must write: a wrong code counts against the code (void after three), a failed
 * sign-in counts toward the lockout. Those answers alone may change rows.
 */
const BOOKKEEPING_CODES = new Set(['INVALID_CODE', 'TOO_MANY_ATTEMPTS', 'CODE_EXPIRED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
const CALLER_ROLES: Array<Role | 'anonymous'> = ['anonymous', 'viewer', 'user', 'moderator', 'admin', 'super_admin'];

let t: TestApp;
let document: OpenApiDocument;
let routes: Route[];
let rowChanges: () => Promise<number>;
const figures = new Map<string, Record<string, number>>();

beforeAll(async () => {
  t = await createTestApp();
  document = await liveOpenApi(t.app);
  routes = routesWithOperations(t.app, document);
  rowChanges = await watchRowChanges(t.db);
});
afterAll(async () => {
  const total = [...figures.values()].reduce((sum, statuses) => sum + Object.values(statuses).reduce((a, b) => a + b, 0), 0);
  const fiveHundreds = [...figures.values()].reduce((sum, s) => sum + Object.entries(s).filter(([code]) => code.startsWith('5')).reduce((a, [, n]) => a + n, 0), 0);
  process.stdout.write(`fuzz (${process.env.DATABASE_URL ? 'postgres' : 'pglite'}): ${figures.size} routes, ${total} cases, ${fiveHundreds} 5xx\n`);
  await t?.close();
});

it('finds the routes of the running app, each documented so that its inputs can be generated', () => {
  expect(routes.length).toBeGreaterThan(40);
  const undocumented = routes.filter((route) => !route.operation).map((r) => `${r.method.toUpperCase()} ${r.path}`);
  expect(undocumented).toEqual([]);
});

it('counts a real write, and not a volatile stamp', async () => {
  const start = await rowChanges();
  const { user } = await createUser(t);
  expect(await rowChanges()).toBe(start + 1);
  await t.app.get(UserRepository).touchLastActivity(user.id);
  expect(await rowChanges()).toBe(start + 1);
});

async function send(request: FuzzRequest, auth: string | undefined, method: string) {
  const headers: Record<string, string> = { ...request.headers };
  if (auth) headers.authorization = auth;
  if (request.body?.contentType) headers['content-type'] = request.body.contentType;
  return t.app.getHttpAdapter().getInstance().inject({
    method: method.toUpperCase() as 'GET',
    url: request.url,
    headers,
    ...(request.body ? { payload: request.body.payload } : {}),
  });
}

function describeCase(route: Route, request: FuzzRequest, status: number, body: string) {
  return `${route.method.toUpperCase()} ${request.url} as ${CALLER_ROLES[request.caller]} ${JSON.stringify(request.body)} -> ${status} ${body.slice(0, 300)}`;
}

describe('every route, fuzzed', () => {
  // One test per route, named after it, so a failure says where; the list comes from the app itself.
  const cases = () => routes;
  it.each(Array.from({ length: 80 }, (_, i) => i))('route #%i', async (index) => {
    const route = cases()[index];
    if (!route) return;
    // Fresh callers per route: a fuzzed logout or deactivation must not starve the next route.
    const callers = await Promise.all(
      CALLER_ROLES.map(async (role) => (role === 'anonymous' ? undefined : await userWithTokens(t, [role]))),
    );
    const target = await createUser(t);
    const knownIds = [target.user.id, ...callers.flatMap((c) => (c ? [c.user.id] : []))];
    const statuses: Record<string, number> = {};
    figures.set(`${route.method.toUpperCase()} ${route.path}`, statuses);
    let before = await rowChanges();

    await fc.assert(
      fc.asyncProperty(requestFor(route, document, knownIds, CALLER_ROLES.length), async (request) => {
        const res = await send(request, callers[request.caller]?.auth, route.method);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        const where = describeCase(route, request, res.statusCode, res.payload);
        if (res.statusCode >= 500) throw new Error(`5xx: ${where}`);
        const after = await rowChanges();
        if (res.statusCode >= 400) {
          const body = res.json() as Record<string, unknown>;
          const shaped =
            typeof body.message === 'string' &&
            body.statusCode === res.statusCode &&
            (body.code === undefined || typeof body.code === 'string') &&
            (body.errors === undefined || Array.isArray(body.errors));
          if (!shaped) throw new Error(`not the error shape: ${where}`);
          if (after !== before && !BOOKKEEPING_CODES.has(String(body.code))) {
            throw new Error(`rejected request changed ${after - before} rows: ${where}`);
          }
        }
        before = after;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });

  it('covered every route', () => {
    expect(routes.length).toBeLessThanOrEqual(80);
    expect([...figures.keys()].sort()).toEqual(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
  });
});
