// The benchmarked requests. Each case gives every autocannon connection its own request list
// (its own signed-in user where that matters), so no two connections fight over one row.

/** 3-letter search terms of varied frequency (none occurs in the email domains). */
export const SEARCH_TERMS = ['ann', 'mar', 'son', 'lee', 'ric', 'ber', 'ell', 'kim'];
export const ROLES_LIST_PATH = '/users?roles%5B%5D=admin&isActive=true&sortBy=lastName&sortOrder=asc&page=20';
export const ROLES_LIST_CRITERIA = { roles: ['admin'], isActive: true, sortBy: 'lastName', sortOrder: 'asc', page: 20, limit: 10 };

const bearer = (session) => ({ authorization: `Bearer ${session.accessToken}` });
const json = { 'content-type': 'application/json' };
const cycle = (list, start = 0) => {
  let i = start;
  return () => list[i++ % list.length];
};

/**
 * ctx: { readers, writers, signers, ids, refreshSessions, fakePassword } where readers and
 * writers are sessions (`{accessToken, ...}`) of moderators and of plain users, signers are emails.
 */
export const CASES = [
  {
    key: 'me',
    name: 'GET /users/me',
    requests: (i, ctx) => [{ method: 'GET', path: '/users/me', headers: bearer(ctx.readers[i % ctx.readers.length]) }],
  },
  {
    key: 'byId',
    name: 'GET /users/:id',
    requests: (i, ctx) => {
      const next = cycle(ctx.ids, i * 37);
      return [{ method: 'GET', path: '/users/x', headers: bearer(ctx.readers[i % ctx.readers.length]), setupRequest: (req) => ({ ...req, path: `/users/${next()}` }) }];
    },
  },
  {
    key: 'search',
    name: 'GET /users?search=<3 letters>&limit=10',
    requests: (i, ctx) => {
      const next = cycle(SEARCH_TERMS, i);
      return [{ method: 'GET', path: '/users', headers: bearer(ctx.readers[i % ctx.readers.length]), setupRequest: (req) => ({ ...req, path: `/users?search=${next()}&limit=10` }) }];
    },
  },
  {
    key: 'rolesList',
    name: 'GET /users?roles[]=admin&isActive=true&sortBy=lastName&sortOrder=asc&page=20',
    requests: (i, ctx) => [{ method: 'GET', path: ROLES_LIST_PATH, headers: bearer(ctx.readers[i % ctx.readers.length]) }],
  },
  {
    key: 'stats',
    name: 'GET /users/stats',
    requests: (i, ctx) => [{ method: 'GET', path: '/users/stats', headers: bearer(ctx.readers[i % ctx.readers.length]) }],
  },
  {
    key: 'updateMe',
    name: 'PUT /users/me',
    requests: (i, ctx) => {
      let n = 0;
      return [{
        method: 'PUT', path: '/users/me', headers: { ...json, ...bearer(ctx.writers[i % ctx.writers.length]) },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ firstName: 'Bench', description: `benchmark update ${i}.${n++}` }) }),
      }];
    },
  },
  {
    key: 'signin',
    name: 'POST /auth/signin',
    requests: (i, ctx) => {
      const next = cycle(ctx.signers, i * 13);
      return [{ method: 'POST', path: '/auth/signin', headers: json, setupRequest: (req) => ({ ...req, body: JSON.stringify({ email: next(), password: ctx.fakePassword }) }) }];
    },
  },
  {
    key: 'refresh',
    name: 'POST /auth/refresh-token',
    /** Each run starts from fresh sessions: a chain cut by the end of a run is never reused. */
    fresh: 'refreshSessions',
    requests: (i, ctx) => {
      const state = { token: ctx.refreshSessions[i % ctx.refreshSessions.length].refreshToken };
      return [{
        method: 'POST', path: '/auth/refresh-token', headers: json,
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ refreshToken: state.token }) }),
        onResponse: (status, body) => {
          if (status === 200) state.token = JSON.parse(body).refreshToken;
        },
      }];
    },
  },
];
