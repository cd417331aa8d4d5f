// The SQL the service itself sends: the built UserRepository runs against a recording client, so
// EXPLAIN looks at exactly the statements of the running code, and the floor's copies are checked.
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../../dist/database/schema/index.js';
import { UserRepository } from '../../dist/users/user.repository.js';

const ID = '00000000-0000-4000-8000-000000000000';

/** What the recording client answers: a small planner estimate, so that a listing also counts. */
const answerTo = (text) =>
  /^explain/i.test(text) ? { rows: [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': 1 } }] }], fields: [], rowCount: 1, command: 'EXPLAIN' } : { rows: [], fields: [], rowCount: 0, command: 'SELECT' };

async function record(call) {
  const queries = [];
  const client = {
    query: async (query, values) => {
      const text = typeof query === 'string' ? query : query.text;
      queries.push({ text, params: values ?? query.values ?? [] });
      return answerTo(text);
    },
  };
  const repository = new UserRepository({ db: drizzle(client, { schema }) });
  await call(repository).catch(() => undefined);
  return queries;
}

const defaults = { page: 1, limit: 10, sortBy: 'createdAt', sortOrder: 'desc' };

/**
 * `{list, estimate, count}` of `GET /users` with these criteria: the page and the planner's
 * estimate in parallel, then the count when the estimate is small.
 */
export async function listQueries(criteria) {
  const queries = await record((r) => r.list({ ...defaults, ...criteria }));
  const find = (pattern) => queries.find((q) => pattern.test(q.text));
  return { list: find(/^select "id"/), estimate: find(/^explain/), count: find(/^select count/) };
}

export const sessionHolderQuery = async () => (await record((r) => r.findSessionHolder(ID, ID)))[0];
export const findByIdQuery = async () => (await record((r) => r.findById(ID)))[0];
export const statsQuery = async () => (await record((r) => r.stats()))[0];

async function recordWith(Repository, call) {
  const queries = [];
  const client = {
    query: async (query, values) => {
      const text = typeof query === 'string' ? query : query.text;
      queries.push({ text, params: values ?? query.values ?? [] });
      return answerTo(text);
    },
  };
  await call(new Repository({ db: drizzle(client, { schema }) })).catch(() => undefined);
  return queries;
}

/** Every statement the benchmarked endpoints send, by name, as the built service writes it. */
export async function serviceStatements() {
  const { SessionRepository } = await import('../../dist/auth/session.repository.js');
  const { ActivityRepository } = await import('../../dist/activity/activity.repository.js');
  const user = (call) => recordWith(UserRepository, call).then((q) => q[0].text);
  const search = await listQueries({ search: 'ann' });
  const roles = await listQueries({ roles: ['admin'], isActive: true, sortBy: 'lastName', sortOrder: 'asc', page: 20 });
  return {
    sessionHolder: await user((r) => r.findSessionHolder(ID, ID)),
    findById: await user((r) => r.findById(ID)),
    findByIdForUpdate: await user((r) => r.findByIdForUpdate(ID)),
    findByEmailWithPassword: await user((r) => r.findByEmailWithPassword('a@b.c')),
    updateProfile: await user((r) => r.update(ID, { firstName: 'A', description: 'B' })),
    recordSuccessfulSignIn: await user((r) => r.recordSuccessfulSignIn(ID)),
    stats: await user((r) => r.stats()),
    searchList: search.list.text,
    searchEstimate: search.estimate.text,
    searchCount: search.count.text,
    rolesList: roles.list.text,
    rolesEstimate: roles.estimate.text,
    rolesCount: roles.count.text,
    createSession: (await recordWith(SessionRepository, (r) => r.create({ userId: ID, tokenHash: 'h', ttlSeconds: 60, ip: null, userAgent: null })))[0].text,
    rotateSession: (await recordWith(SessionRepository, (r) => r.rotate(ID, 'a', 'b')))[0].text,
    addActivity: (await recordWith(ActivityRepository, (r) => r.add({ userId: ID, type: 'profile_updated', description: 'x', metadata: {}, ip: null, userAgent: null })))[0].text,
  };
}
