#!/usr/bin/env node
// npm run bench [-- --quick] : the service against a bare Fastify + pg floor, side by side.
// See bench/README.md for what it does and the options.
import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES, ROLES_LIST_CRITERIA, SEARCH_TERMS } from './lib/cases.mjs';
import { explainStatements } from './lib/explain.mjs';
import { databaseUrl, dropDatabase, existingUsers, Fixtures, recreateDatabase } from './lib/fixtures.mjs';
import { bcryptComparesPerSecond } from './lib/hashing.mjs';
import { memoryOf, run, sampleMemory, startServer } from './lib/processes.mjs';
import { EXACT_COUNT_LIMIT, listStatements, SQL } from './floor/queries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    users: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    repeat: { type: 'string' },
    connections: { type: 'string' },
    cases: { type: 'string' },
    'keep-db': { type: 'boolean', default: false },
    'reuse-db': { type: 'boolean', default: false },
    'min-ratio': { type: 'string' },
    output: { type: 'string' },
  },
});

const quick = args.quick;
const env = process.env;
const settings = {
  users: Number(args.users ?? (quick ? 10_000 : (env.BENCH_USERS ?? 100_000))),
  connections: Number(args.connections ?? 50),
  warmupSeconds: Number(args.warmup ?? (quick ? 1 : 3)),
  durationSeconds: Number(args.duration ?? (quick ? 3 : 10)),
  repetitions: Number(args.repeat ?? (quick ? 1 : 3)),
  bcryptCost: Number(env.BENCH_BCRYPT_COST ?? 10),
  minRatio: Number(args['min-ratio'] ?? 0.6),
};
const server = env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const dbName = env.BENCH_DATABASE ?? 'users_api_bench';
const url = databaseUrl(server, dbName);
const SERVICE_PORT = Number(env.BENCH_SERVICE_PORT ?? 3100);
const FLOOR_PORT = Number(env.BENCH_FLOOR_PORT ?? 3101);
const JWT_SECRET = 'bench-access-secret-0123456789-0123456789-abcdef';
const CODE_SECRET = 'bench-code-secret-0123456789-0123456789-abcdefgh';
const FAKE_PASSWORD = 'fake-user-passphrase';
const selected = args.cases ? CASES.filter((c) => args.cases.split(',').includes(c.key)) : CASES;

const log = (line = '') => process.stdout.write(`${line}\n`);
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-');

/** Every RATE_LIMIT_* the service knows (read from .env.example), set out of reach. */
function generousRateLimits() {
  const text = existsSync(`${ROOT}/.env.example`) ? readFileSync(`${ROOT}/.env.example`, 'utf8') : '';
  const names = new Set([...text.matchAll(/^#?\s*(RATE_LIMIT_[A-Z0-9_]+)=/gm)].map((m) => m[1]));
  names.add('RATE_LIMIT_DEFAULT_PER_MINUTE');
  names.add('RATE_LIMIT_AUTH_PER_MINUTE');
  return Object.fromEntries([...names].map((name) => [name, name.includes('_ROLE_') ? '0' : '100000000']));
}

async function measure(port, kase, ctx, fixtures, seconds, pid) {
  if (kase.fresh) ctx[kase.fresh] = await fixtures.sessions(ctx.refreshUsers);
  let index = 0;
  const sampler = pid ? sampleMemory(pid) : undefined;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: settings.connections,
    duration: seconds,
    timeout: 30,
    setupClient: (client) => client.setRequests(kase.requests(index++, ctx)),
  });
  const rss = sampler?.stop();
  return {
    // Successful answers only: a server that sheds load with 503s must not look faster for it.
    rps: (result['2xx'] ?? result.requests.total - result.non2xx) / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, v.count])),
    rssMb: rss,
  };
}

/**
 * Requests cut off at the end of a run still occupy the server (a bcrypt compare cannot be
 * cancelled): wait until they are done, so that they do not eat into the next measured window.
 */
function drain(kase, hashesPerSecond) {
  const seconds = kase.key === 'signin' ? settings.connections / hashesPerSecond + 0.5 : 0.3;
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

/** One request of the case to both servers: statuses and response keys must agree. */
async function sanityCheck(kase, ctx, fixtures) {
  const shapes = {};
  for (const [name, port] of [['service', SERVICE_PORT], ['floor', FLOOR_PORT]]) {
    if (kase.fresh) ctx[kase.fresh] = await fixtures.sessions(ctx.refreshUsers);
    let [request] = kase.requests(0, ctx);
    if (request.setupRequest) request = request.setupRequest({ ...request }, {});
    const res = await fetch(`http://127.0.0.1:${port}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
    const body = await res.json().catch(() => ({}));
    const inner = Array.isArray(body.users) ? body.users[0] : body.user;
    shapes[name] = { status: res.status, keys: Object.keys(body).sort().join(','), innerKeys: inner ? Object.keys(inner).sort().join(',') : '', body };
  }
  const problems = [];
  if (shapes.service.status !== 200) problems.push(`service answered ${shapes.service.status}: ${JSON.stringify(shapes.service.body).slice(0, 200)}`);
  if (shapes.floor.status !== 200) problems.push(`floor answered ${shapes.floor.status}: ${JSON.stringify(shapes.floor.body).slice(0, 200)}`);
  if (problems.length === 0 && shapes.service.keys !== shapes.floor.keys) problems.push(`response keys differ: service [${shapes.service.keys}] floor [${shapes.floor.keys}]`);
  if (problems.length === 0 && shapes.service.innerKeys !== shapes.floor.innerKeys) problems.push(`user keys differ: service [${shapes.service.innerKeys}] floor [${shapes.floor.innerKeys}]`);
  return problems;
}

async function compareStatements() {
  const { serviceStatements } = await import('./lib/service-sql.mjs');
  const service = await serviceStatements();
  const search = listStatements({ search: 'ann', limit: 10 });
  const roles = listStatements(ROLES_LIST_CRITERIA);
  const floor = {
    ...SQL,
    searchList: search.list.text,
    searchEstimate: search.estimate.text,
    searchCount: search.count.text,
    rolesList: roles.list.text,
    rolesEstimate: roles.estimate.text,
    rolesCount: roles.count.text,
  };
  const differing = Object.keys(service).filter((name) => service[name] !== floor[name]);
  return { service, differing };
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ') + (ri === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

async function main() {
  const started = Date.now();
  if (!existsSync(`${ROOT}/dist/main.js`) || !existsSync(`${ROOT}/dist/database/seed/seed.cli.js`)) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does)');
  }
  log(`== users-api benchmark ${quick ? '(quick)' : ''}: ${fmt(settings.users)} users, ${settings.connections} connections, ` +
    `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s x ${settings.repetitions}, bcrypt cost ${settings.bcryptCost}, ${os.cpus().length} CPUs`);

  const { differing, service: serviceSql } = await compareStatements();
  if (differing.length > 0) log(`!! the floor's SQL differs from the service's for: ${differing.join(', ')} (update bench/floor/queries.mjs)`);
  const repositorySource = readFileSync(`${ROOT}/dist/users/user.repository.js`, 'utf8');
  const serviceCountLimit = Number((/EXACT_COUNT_LIMIT\s*=\s*([\d_]+)/.exec(repositorySource)?.[1] ?? 'NaN').replace(/_/g, ''));
  if (serviceCountLimit !== EXACT_COUNT_LIMIT) log(`!! the service counts up to ${serviceCountLimit} matches, the floor up to ${EXACT_COUNT_LIMIT} (update bench/floor/queries.mjs)`);

  // 1. Scratch database, seeded by the project's seeder (or, with --reuse-db, one a run kept).
  const childEnv = { PATH: env.PATH, HOME: env.HOME, DATABASE_URL: url, JWT_ACCESS_SECRET: JWT_SECRET, CODE_SECRET, BCRYPT_COST: String(settings.bcryptCost), LOG_LEVEL: 'warn' };
  const kept = args['reuse-db'] ? await existingUsers(server, dbName) : undefined;
  let seedSummary;
  let seedSeconds = NaN;
  if (kept !== undefined && kept >= settings.users) {
    seedSummary = { totalUsers: kept };
    log(`reusing database ${dbName} with ${fmt(kept)} users (--reuse-db)`);
  } else {
    await recreateDatabase(server, dbName);
    const seedStarted = performance.now();
    const seeded = await run(process.execPath, [`${ROOT}/dist/database/seed/seed.cli.js`, '--users', String(settings.users), '--json'], { env: { ...childEnv, NODE_ENV: 'development' } });
    seedSeconds = (performance.now() - seedStarted) / 1000;
    seedSummary = JSON.parse(seeded.stdout.trim().split('\n').pop());
    log(`seeded ${fmt(seedSummary.totalUsers)} users in ${fmt(seedSeconds, 1)} s (insert and index build ${fmt(seedSummary.fake.seconds, 1)} s, with migrations and ANALYZE)`);
  }

  // 2. What bcrypt alone allows, measured before any server runs.
  const hashSeconds = quick ? 2 : 4;
  const hashRates = [];
  for (const concurrency of [2, 4]) hashRates.push(await bcryptComparesPerSecond(settings.bcryptCost, hashSeconds, concurrency));
  const hashesPerSecond = Math.max(...hashRates);
  log(`bcrypt (cost ${settings.bcryptCost}) compares/s on ${os.cpus().length} cores: ${fmt(hashesPerSecond, 1)} (2 in flight: ${fmt(hashRates[0], 1)}, 4 in flight: ${fmt(hashRates[1], 1)})`);

  // 3. EXPLAIN ANALYZE of the service's list and count statements.
  const pattern = (term) => `%${term}%`;
  const runs = quick ? 1 : 3;
  const searchParams = SEARCH_TERMS.map((t) => [pattern(t)]);
  const rolesParams = [[['admin'], true]];
  const estimates = await explainStatements(url, [
    { name: 'search estimate', text: serviceSql.searchEstimate, paramSets: searchParams, planOnly: true },
    { name: 'roles estimate', text: serviceSql.rolesEstimate, paramSets: rolesParams, planOnly: true },
  ], runs);
  // The service counts only where the planner expects at most EXACT_COUNT_LIMIT matches.
  const counted = (paramSets, estimate) => paramSets.filter((_, i) => estimate.rows[i] <= EXACT_COUNT_LIMIT);
  const explain = [
    ...(await explainStatements(url, [
      { name: 'search list', text: serviceSql.searchList, paramSets: searchParams.map(([p]) => [p, 11]) },
      { name: 'search count', text: serviceSql.searchCount, paramSets: counted(searchParams, estimates[0]) },
      { name: 'roles list (page 20)', text: serviceSql.rolesList, paramSets: [[['admin'], true, 11, 190]] },
      { name: 'roles count', text: serviceSql.rolesCount, paramSets: counted(rolesParams, estimates[1]) },
      { name: 'stats', text: serviceSql.stats, paramSets: [['viewer', 'user', 'moderator', 'admin', 'super_admin']] },
    ], runs)),
    ...estimates.map((e) => ({ ...e, plan: `planning only (estimated rows; counted when <= ${EXACT_COUNT_LIMIT})` })),
  ];
  log('\nEXPLAIN (ANALYZE, BUFFERS) execution times, ms (estimates: planning time):');
  log(table([
    ['statement', 'runs', 'median', 'max', 'rows (per parameter set)', 'plan'],
    ...explain.map((e) => [e.name, e.samples, fmt(e.medianMs, 1), fmt(e.maxMs, 1), e.rows.join('/'), e.plan]),
  ]));

  // 4. Identities, then both servers.
  const fixtures = new Fixtures(url, JWT_SECRET);
  const readerUsers = await fixtures.users(`roles @> '{moderator}' AND NOT roles && '{admin,super_admin}'`, settings.connections);
  const plainUsers = await fixtures.users(`roles = '{user}'`, settings.connections + 500);
  const ctx = {
    readers: await fixtures.sessions(readerUsers),
    writers: await fixtures.sessions(plainUsers.slice(0, settings.connections)),
    signers: plainUsers.slice(settings.connections).map((u) => u.email),
    ids: await fixtures.randomIds(2000),
    refreshUsers: readerUsers,
    fakePassword: FAKE_PASSWORD,
  };

  const serviceEnv = {
    ...childEnv,
    ...generousRateLimits(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(SERVICE_PORT),
    DATABASE_POOL_MAX: env.BENCH_POOL_MAX ?? '10',
  };
  // BENCH_SERVICE_MAIN: another build of the service to measure (e.g. a copy with one guard removed).
  const serviceMain = env.BENCH_SERVICE_MAIN ?? `${ROOT}/dist/main.js`;
  // The service starts as `npm run start:prod` starts it: with that script's node flags (BENCH_NODE_FLAGS overrides).
  const startScript = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).scripts?.['start:prod'] ?? '';
  const nodeFlags = (env.BENCH_NODE_FLAGS ?? /\bnode\s+((?:--\S+\s+)*)/.exec(startScript)?.[1] ?? '').split(/\s+/).filter(Boolean);
  const service = await startServer('service', [...nodeFlags, serviceMain], { env: serviceEnv, port: SERVICE_PORT, readyPath: '/auth/check' });
  if (nodeFlags.length > 0) log(`service node flags: ${nodeFlags.join(' ')}`);
  // The floor caches stats exactly as long as the service does (read from the built service).
  const statsSource = existsSync(`${ROOT}/dist/stats/stats.service.js`) ? readFileSync(`${ROOT}/dist/stats/stats.service.js`, 'utf8') : '';
  const statsSetting = (name) => (new RegExp(`${name}\\s*=\\s*([\\d_]+)`).exec(statsSource)?.[1] ?? '0').replace(/_/g, '');
  const statsCacheMs = statsSetting('STATS_REFRESH_MS');
  const statsMaxAgeMs = statsSetting('STATS_MAX_AGE_MS');
  const floor = await startServer('floor', [`${ROOT}/bench/floor/server.mjs`], {
    env: { ...childEnv, PORT: String(FLOOR_PORT), DATABASE_POOL_MAX: env.BENCH_POOL_MAX ?? '10', STATS_REFRESH_MS: statsCacheMs, STATS_MAX_AGE_MS: statsMaxAgeMs },
    port: FLOOR_PORT,
  });
  log(`\nservice pid ${service.pid} (RSS ${fmt(memoryOf(service.pid).rss)} MB idle), floor pid ${floor.pid} (stats refreshed in the background after ${statsCacheMs} ms, at most ${statsMaxAgeMs} ms old, like the service)`);

  const results = [];
  let peak = { rss: NaN, hwm: NaN };
  try {
    for (const kase of selected) {
      const problems = await sanityCheck(kase, ctx, fixtures);
      if (problems.length > 0) log(`!! ${kase.name}: ${problems.join('; ')}`);
      const runs = { service: [], floor: [] };
      for (let rep = 0; rep < settings.repetitions; rep++) {
        // Alternate who goes first, so that drift of the machine does not favour one side.
        const order = rep % 2 === 0 ? [['service', service], ['floor', floor]] : [['floor', floor], ['service', service]];
        for (const [name, target] of order) {
          const pid = name === 'service' ? service.pid : undefined;
          if (settings.warmupSeconds > 0) {
            await measure(target.port, kase, ctx, fixtures, settings.warmupSeconds);
            await drain(kase, hashesPerSecond);
          }
          runs[name].push(await measure(target.port, kase, ctx, fixtures, settings.durationSeconds, pid));
          await drain(kase, hashesPerSecond);
        }
      }
      const summary = (list) => ({
        rps: median(list.map((r) => r.rps)),
        p50: median(list.map((r) => r.p50)),
        p99: median(list.map((r) => r.p99)),
        non2xx: list.reduce((n, r) => n + r.non2xx, 0),
        errors: list.reduce((n, r) => n + r.errors, 0),
        total: list.reduce((n, r) => n + r.total, 0),
        runs: list,
      });
      const s = summary(runs.service);
      const f = summary(runs.floor);
      const entry = {
        key: kase.key,
        name: kase.name,
        service: s,
        floor: f,
        ratio: s.rps / f.rps,
        rssMb: Math.max(...runs.service.map((r) => r.rssMb)),
        problems,
      };
      results.push(entry);
      log(`${kase.name}: service ${fmt(s.rps)} req/s (p50 ${s.p50} ms, p99 ${s.p99} ms), floor ${fmt(f.rps)} req/s, ratio ${fmt(entry.ratio, 2)}` +
        `${s.non2xx + s.errors + f.non2xx + f.errors > 0 ? `, non-2xx/errors service ${s.non2xx}/${s.errors} floor ${f.non2xx}/${f.errors}` : ''}`);
    }
  } finally {
    peak = memoryOf(service.pid);
    await service.stop();
    await floor.stop();
    await fixtures.close();
  }

  const peakRssMb = Math.max(peak.hwm, ...results.map((r) => r.rssMb));
  log(`\n== results (${new Date().toISOString().slice(0, 10)}, ${fmt(seedSummary.totalUsers)} users, medians of ${settings.repetitions} x ${settings.durationSeconds} s, ${settings.connections} connections)`);
  log(table([
    ['endpoint', 'service req/s', 'p50 ms', 'p99 ms', 'floor req/s', 'p50 ms', 'p99 ms', 'ratio', 'RSS MB', 'non-2xx'],
    ...results.map((r) => [r.name, fmt(r.service.rps), fmt(r.service.p50), fmt(r.service.p99), fmt(r.floor.rps), fmt(r.floor.p50), fmt(r.floor.p99), fmt(r.ratio, 2), fmt(r.rssMb), `${r.service.non2xx + r.service.errors}/${r.floor.non2xx + r.floor.errors}`]),
  ]));
  log(`peak RSS of the service (VmHWM): ${fmt(peakRssMb)} MB; bcrypt compares/s: ${fmt(hashesPerSecond, 1)}`);

  // 5. The issue's targets.
  const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
  const explainBy = Object.fromEntries(explain.map((e) => [e.name, e]));
  const targets = [];
  const target = (name, goal, value, met) => targets.push({ name, goal, value, met });
  for (const key of ['me', 'byId', 'search', 'rolesList']) {
    if (byKey[key]) target(`${byKey[key].name} ratio`, '>= 0.80', fmt(byKey[key].ratio, 2), byKey[key].ratio >= 0.8);
  }
  for (const [list, estimate, count] of [['search list', 'search estimate', 'search count'], ['roles list (page 20)', 'roles estimate', 'roles count']]) {
    const worst = explainBy[list].maxMs + explainBy[estimate].maxMs + explainBy[count].maxMs;
    target(`DB time ${list} + estimate + count (max of EXPLAIN runs)`, '< 20 ms', `${fmt(worst, 1)} ms`, worst < 20);
  }
  if (byKey.stats) target('GET /users/stats p99', '< 50 ms', `${fmt(byKey.stats.service.p99)} ms`, byKey.stats.service.p99 < 50);
  if (byKey.signin) {
    const share = byKey.signin.service.rps / hashesPerSecond;
    target('POST /auth/signin vs bcrypt alone', '>= 0.90', fmt(share, 2), share >= 0.9);
  }
  target('peak RSS of the service', '< 250 MB', `${fmt(peakRssMb)} MB`, peakRssMb < 250);
  log(`\nissue-7 targets (${fmt(seedSummary.totalUsers)} users${seedSummary.totalUsers < 1_000_000 ? '; the targets are stated for 1,000,000' : ''}):`);
  log(table([['target', 'goal', 'measured', 'met'], ...targets.map((t) => [t.name, t.goal, t.value, t.met ? 'yes' : 'NO'])]));

  const output = args.output ?? `${ROOT}/bench/${quick ? 'results-quick.json' : 'results.json'}`;
  writeFileSync(output, `${JSON.stringify({
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    settings,
    users: seedSummary.totalUsers,
    seedSeconds,
    bcrypt: { cost: settings.bcryptCost, comparesPerSecond: hashesPerSecond },
    explain,
    cases: results,
    peakRssMb,
    targets,
    floorSqlDiffers: differing,
    elapsedSeconds: (Date.now() - started) / 1000,
  }, null, 2)}\n`);
  log(`\nwritten to ${output.replace(`${ROOT}/`, '')} in ${fmt((Date.now() - started) / 1000)} s`);

  if (!args['keep-db'] && !args['reuse-db']) await dropDatabase(server, dbName);

  const broken = results.filter((r) => r.service.non2xx + r.service.errors > r.service.total * 0.01 || r.problems.length > 0);
  const slow = results.filter((r) => !(r.ratio >= settings.minRatio));
  if (quick && (slow.length > 0 || broken.length > 0)) {
    for (const r of slow) log(`FAIL ${r.name}: ratio ${fmt(r.ratio, 2)} below ${settings.minRatio}`);
    for (const r of broken) log(`FAIL ${r.name}: errors or non-2xx answers (${r.service.non2xx + r.service.errors} of ${r.service.total}) ${r.problems.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
