import { sql } from 'drizzle-orm';
import { users } from '../../src/database/schema/index.js';
import { EXPORT_BATCH_SIZE } from '../../src/data-rights/users-export.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser, signedInSuperAdmin, signedInUser, unique, type TestUser } from '../support/factories.js';
import { expectNoSecrets } from '../support/no-secrets.js';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, ['admin']);
});
afterAll(() => t.close());

/** An RFC 4180 reader, to check that what the export writes reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

const exportAs = (query: string, auth = admin.auth) => t.http().get(`/users/export?${query}`).set('Authorization', auth);

describe('GET /users/export?format=csv', () => {
  it('streams a CSV attachment with a header row, filtered like GET /users', async () => {
    const tag = `csv${unique()}`;
    const a = await createUser(t, { lastName: `${tag}A`, roles: ['moderator'] });
    const b = await createUser(t, { lastName: `${tag}B`, isActive: false });
    await createUser(t, { lastName: 'Unrelated' });

    const res = await exportAs(`format=csv&search=${tag}`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="users-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(res.text);
    expect(header).toEqual(['id', 'email', 'username', 'firstName', 'lastName', 'age', 'phoneNumber', 'roles', 'status', 'isEmailVerified', 'isActive', 'description', 'avatarUrl', 'lastActivity', 'lastLoginAt', 'createdAt', 'updatedAt']);
    expect(rows.map((r) => r[0]).sort()).toEqual([a.user.id, b.user.id].sort());
    const rowA = rows.find((r) => r[0] === a.user.id) as string[];
    expect(rowA.slice(1, 5)).toEqual([a.user.email, '', 'Test', `${tag}A`]);
    expect(rowA[7]).toBe('moderator');
    expect(rowA[8]).toBe('active');
    expectNoSecrets(res.text);

    // Filters in every seed's style, status included; pagination is ignored.
    const inactive = await exportAs(`search=${tag}&isActive=false&page=5&limit=1`).expect(200);
    expect(parseCsv(inactive.text).slice(1).map((r) => r[0])).toEqual([b.user.id]);
    const byRole = await exportAs(`filter=${encodeURIComponent(JSON.stringify({ q: tag, role: 'moderator' }))}`).expect(200);
    expect(parseCsv(byRole.text).slice(1).map((r) => r[0])).toEqual([a.user.id]);
    const none = await exportAs(`search=nobody-${tag}`).expect(200);
    expect(parseCsv(none.text)).toEqual([header]);
  });

  it('escapes quotes, commas and line breaks, and defuses formula cells', async () => {
    const tag = `esc${unique()}`;
    const tricky = await createUser(t, { firstName: '=HYPERLINK("http://evil.example","click")', lastName: `${tag}, "Jr."`, description: 'line one\nline two\r\nthree' });
    const plus = await createUser(t, { firstName: '+SUM(A1)', lastName: `${tag}plus`, description: '@cmd', username: `-u${unique()}` });
    const tab = await createUser(t, { firstName: '\tTabbed', lastName: `${tag}tab`, description: '\rcarriage' });

    const res = await exportAs(`search=${tag}&sortOrder=asc`).expect(200);
    const rows = parseCsv(res.text).slice(1);
    expect(rows.map((r) => r[0])).toEqual([tricky.user.id, plus.user.id, tab.user.id]);
    expect(rows[0][3]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[0][4]).toBe(`${tag}, "Jr."`);
    expect(rows[0][11]).toBe('line one\nline two\r\nthree');
    expect(rows[1][3]).toBe("'+SUM(A1)");
    expect(rows[1][11]).toBe("'@cmd");
    expect(rows[1][2]).toBe(`'${plus.user.username}`);
    expect(rows[2][3]).toBe("'\tTabbed");
    expect(rows[2][11]).toBe("'\rcarriage");
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });
});

describe('GET /users/export?format=ndjson', () => {
  it('streams one JSON user per line, without secrets', async () => {
    const tag = `nd${unique()}`;
    const a = await createUser(t, { lastName: `${tag}A`, profile: { bio: 'Line\nbreak' } });
    const res = await exportAs(`format=ndjson&lastName=${tag}`).expect(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="users-[\d-]+\.ndjson"/);
    const lines = res.text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ id: a.user.id, lastName: `${tag}A`, profile: expect.objectContaining({ bio: 'Line\nbreak' }), status: 'active' }),
    ]);
    expectNoSecrets(res.text);
  });

  it('walks batch boundaries in order, ties on createdAt included, without losing or repeating a row', async () => {
    const tag = `bulk${unique()}`;
    const count = EXPORT_BATCH_SIZE * 2 + 345;
    // One statement: many rows share one created_at, so only the id breaks the ties.
    await t.db.insert(users).values(
      Array.from({ length: count }, (_, i) => ({
        email: `${tag}-${i}@example.com`,
        firstName: 'Bulk',
        lastName: tag,
        roles: ['user'],
        createdAt: i % 2 === 0 ? sql`now()` : sql`now() - make_interval(secs => ${i})`,
      })) as never,
    );
    for (const order of ['desc', 'asc'] as const) {
      const res = await exportAs(`format=ndjson&lastName=${tag}&sortOrder=${order}`).expect(200);
      const rows = res.text.trim().split('\n').map((line) => JSON.parse(line) as { id: string; createdAt: string });
      expect(rows).toHaveLength(count);
      expect(new Set(rows.map((r) => r.id)).size).toBe(count);
      const keys = rows.map((r) => `${r.createdAt}|${r.id}`);
      const sorted = [...keys].sort();
      expect(keys).toEqual(order === 'asc' ? sorted : sorted.reverse());
    }
  });
});

describe('GET /users/export: bad requests and permissions', () => {
  it.each(['format=xlsx', 'format=csv&format=ndjson', 'format=', 'nope=1', 'limit=0', 'sortBy=password', 'isActive=maybe'])('answers 400 for %s', async (query) => {
    const res = await exportAs(query).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_ERROR', message: expect.any(String) });
  });

  it('is for admins and super admins only', async () => {
    for (const role of ['viewer', 'user', 'moderator'] as const) {
      const caller = await signedInUser(t, [role]);
      const res = await exportAs('format=csv', caller.auth).expect(403);
      expect(res.body.code).toBe('INSUFFICIENT_PERMISSIONS');
    }
    await t.http().get('/users/export').expect(401);
    const root = await signedInSuperAdmin(t);
    await exportAs('format=ndjson', root.auth).expect(200);
  });
});
