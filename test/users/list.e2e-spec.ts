import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
let admin: TestUser;
const tag = `L${Date.now() % 100000}`;

/** 25 users with a known spread of names, roles and states, all tagged in lastName for isolation. */
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInSuperAdmin(t);
  for (let i = 0; i < 25; i++) {
    await createUser(t, {
      firstName: i % 5 === 0 ? 'Jane' : `Person${String(i).padStart(2, '0')}`,
      lastName: `${tag}Doe${i % 3}`,
      username: `member_${tag.toLowerCase()}_${i}`,
      roles: i % 10 === 0 ? ['moderator'] : i % 7 === 0 ? ['viewer', 'user'] : ['user'],
      isActive: i % 4 !== 0,
      isEmailVerified: i % 6 !== 0,
      age: 20 + i,
    });
  }
});
afterAll(() => t.close());

const list = (query: string) => t.http().get(`/users?lastName=${tag}&${query}`).set('Authorization', admin.auth);

describe('GET /users', () => {
  it('answers {users, pagination} with the seed-000 defaults and the range headers', async () => {
    const res = await list('').expect(200);
    expect(res.body.pagination).toEqual({ page: 1, limit: 10, total: 25, totalPages: 3, hasNext: true, hasPrev: false });
    expect(res.body.users).toHaveLength(10);
    expect(res.headers['x-total-count']).toBe('25');
    expect(res.headers['content-range']).toBe('items 0-9/25');
    const created = res.body.users.map((u: { createdAt: string }) => u.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expectNoSecrets(res.body);
  });

  it('pages: the last page, past the last page, limit=100', async () => {
    const last = await list('page=3').expect(200);
    expect(last.body.users).toHaveLength(5);
    expect(last.body.pagination).toMatchObject({ page: 3, hasNext: false, hasPrev: true });
    expect(last.headers['content-range']).toBe('items 20-24/25');
    const past = await list('page=4').expect(200);
    expect(past.body.users).toHaveLength(0);
    expect(past.headers['content-range']).toBe('items */25');
    const all = await list('limit=100').expect(200);
    expect(all.body.users).toHaveLength(25);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1000', 'limit'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['sortBy=password', 'sortBy'],
    ['sortOrder=up', 'sortOrder'],
    ['roles=emperor', 'roles'],
    ['isActive=maybe', 'isActive'],
    ['status=sleepy', 'status'],
    ['filter={bad json', 'filter'],
    ['filter={"secret":1}', 'filter'],
    ['sort=["email","SIDEWAYS"]', 'sort'],
    ['createdFrom=yesterday', 'createdFrom'],
    ['colour=blue', 'colour'],
  ])('refuses %s with a 400 naming %s', async (query, parameter) => {
    const res = await list(encodeURI(query)).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_ERROR' });
    expect(res.body.message).toContain(parameter);
  });

  it('sorts stably across pages: every user exactly once', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 7; page++) {
      const res = await list(`sortBy=lastName&sortOrder=asc&limit=4&page=${page}`).expect(200);
      seen.push(...res.body.users.map((u: { id: string }) => u.id));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it.each(['firstName', 'lastName', 'email', 'age', 'username', 'updatedAt', 'lastActivity'])('sorts by %s', async (field) => {
    const res = await list(`sortBy=${field}&sortOrder=asc&limit=100`).expect(200);
    const values = res.body.users.map((u: Record<string, unknown>) => u[field]).filter((v: unknown) => v !== null);
    const sorted = [...values].sort((a, b) => (typeof a === 'number' ? (a as number) - (b as number) : String(a) < String(b) ? -1 : 1));
    if (field !== 'firstName' && field !== 'lastName' && field !== 'username' && field !== 'email') expect(values).toEqual(sorted);
    expect(res.body.users).toHaveLength(25);
  });

  it('searches partially and case-insensitively across names, email, phone and username', async () => {
    const byName = await list('search=jAnE').expect(200);
    expect(byName.body.pagination.total).toBe(5);
    const byUsername = await list(`search=MEMBER_${tag}_1&limit=100`).expect(200);
    expect(byUsername.body.users.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining([`member_${tag.toLowerCase()}_1`, `member_${tag.toLowerCase()}_10`]),
    );
    const { user } = await createUser(t, { lastName: 'Elsewhere', phoneNumber: '+19876543210' });
    const search = (query: string) => t.http().get(`/users?${query}`).set('Authorization', admin.auth).expect(200);
    const byPhone = await search('search=987654');
    expect(byPhone.body.users.map((u: { id: string }) => u.id)).toContain(user.id);
    const byEmail = await search(`email=${user.email.slice(2, 9).toUpperCase()}`);
    expect(byEmail.body.users.map((u: { id: string }) => u.id)).toContain(user.id);
    const wildcard = await list('search=%25').expect(200);
    expect(wildcard.body.pagination.total).toBe(0);
  });

  it('filters by roles in every spelling: roles=a&roles=b, roles[]=, percent-encoded, roles=a,b, role=', async () => {
    const expected = (await list('roles=moderator&roles=viewer&limit=100').expect(200)).body.pagination.total;
    expect(expected).toBe(3 + 3);
    for (const query of ['roles[]=moderator&roles[]=viewer', 'roles%5B%5D=moderator&roles%5B%5D=viewer', 'roles=moderator,viewer', 'role=moderator&role=viewer']) {
      const res = await list(query).expect(200);
      expect(res.body.pagination.total).toBe(expected);
    }
  });

  it('filters by booleans, status and dates, with aliases', async () => {
    const active = await list('isActive=true').expect(200);
    expect(active.body.pagination.total).toBe(18);
    expect((await list('active=false').expect(200)).body.pagination.total).toBe(7);
    expect((await list('isEmailVerified=false').expect(200)).body.pagination.total).toBe(5);
    expect((await list('status=inactive').expect(200)).body.pagination.total).toBe(7);
    const pending = await list('status=pending').expect(200);
    expect(pending.body.users.every((u: { status: string }) => u.status === 'pending')).toBe(true);
    expect((await list('createdFrom=2000-01-01&createdTo=2999-01-01').expect(200)).body.pagination.total).toBe(25);
    expect((await list('createdTo=2000-01-01').expect(200)).body.pagination.total).toBe(0);
  });

  it('understands seed 001 (q, sort, order, perPage) and seed 003 (JSON sort and filter)', async () => {
    const seed1 = await list('q=jane&sort=created_at&order=asc&perPage=2').expect(200);
    expect(seed1.body.pagination).toMatchObject({ limit: 2, total: 5 });
    const seed3 = await t
      .http()
      .get(`/users?page=1&perPage=3&sort=${encodeURIComponent('["firstName","ASC"]')}&filter=${encodeURIComponent(JSON.stringify({ q: 'Jane', lastName: tag, isActive: true }))}`)
      .set('Authorization', admin.auth)
      .expect(200);
    expect(seed3.body.pagination.total).toBe(3);
    expect(seed3.headers['content-range']).toBe('items 0-2/3');
  });

  it('is for moderators and above', async () => {
    const moderator = await signedInUser(t, ['moderator']);
    await t.http().get('/users').set('Authorization', moderator.auth).expect(200);
    for (const roles of [['user'], ['viewer']] as const) {
      const caller = await signedInUser(t, [...roles]);
      const res = await t.http().get('/users').set('Authorization', caller.auth).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403 });
    }
  });
});
