import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { formatOpenApi, sortKeys } from '../../src/docs/openapi-json.js';
import { expectMatchesSchema } from '../support/openapi-contract.js';
import { createTestApp, SUPER_ADMIN, type TestApp } from '../support/test-app.js';

const STALE = 'openapi.json is stale: run `npm run openapi` and commit openapi.json and src/metadata.ts';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, { required?: string[] }>; securitySchemes: Record<string, { scheme?: string }> };
};

/** Every `$ref` of the document, to check that each one resolves. */
function refsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsOf(inner, found);
    }
  }
  return found;
}

/** The top-level paths and components that differ, for a readable failure. */
function differences(live: Doc, file: Doc): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(live.paths), ...Object.keys(file.paths)])) {
    if (JSON.stringify(sortKeys(live.paths[key])) !== JSON.stringify(sortKeys(file.paths[key]))) out.push(`paths ${key}`);
  }
  const schemas = new Set([...Object.keys(live.components.schemas), ...Object.keys(file.components.schemas)]);
  for (const key of schemas) {
    if (JSON.stringify(sortKeys(live.components.schemas[key])) !== JSON.stringify(sortKeys(file.components.schemas[key]))) out.push(`schema ${key}`);
  }
  return out;
}

describe('OpenAPI', () => {
  let t: TestApp;
  let live: Doc;
  beforeAll(async () => {
    t = await createTestApp();
    live = (await t.http().get('/docs-json').expect(200).expect('content-type', /application\/json/)).body as Doc;
  });
  afterAll(() => t.close());

  it('serves a well-formed OpenAPI 3 document with the bearer scheme and the error schema', () => {
    expect(live.openapi).toMatch(/^3\./);
    expect(live.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(live.components.schemas.ApiErrorDto.required).toEqual(expect.arrayContaining(['message', 'statusCode']));
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(live.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect({ path, method, responses: Object.keys(operation.responses ?? {}).length > 0 }).toMatchObject({ responses: true });
        if (operation.operationId) operationIds.push(operation.operationId);
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const ref of refsOf(live)) {
      const [, , , name] = ref.split('/');
      expect({ ref, resolves: name in live.components.schemas }).toEqual({ ref, resolves: true });
    }
  });

  it('documents the auth, health and metrics routes', () => {
    for (const path of ['/auth/signup', '/auth/signin', '/auth/check', '/health', '/health/ready', '/metrics']) {
      expect(Object.keys(live.paths)).toContain(path);
    }
    expect(live.components.schemas.SignInResponseDto).toBeDefined();
  });

  it('matches the checked-in openapi.json (key order aside)', () => {
    const file = JSON.parse(readFileSync('openapi.json', 'utf8')) as Doc;
    const changed = differences(live, file);
    if (changed.length > 0 || formatOpenApi(live) !== formatOpenApi(file)) {
      throw new Error(`${STALE}\ndiffering: ${changed.join(', ') || 'document header'}`);
    }
  });

  it('has an up-to-date src/metadata.ts (the swagger plugin output)', async () => {
    await promisify(execFile)(process.execPath, ['src/docs/generate-metadata.mjs', '--check']).catch((error: { stderr?: string }) => {
      throw new Error(`${STALE}\n${error.stderr ?? ''}`);
    });
  });

  it('serves the Swagger UI at /docs', async () => {
    const page = await t.http().get('/docs').expect(200).expect('content-type', /text\/html/);
    expect(page.text).toContain('swagger-ui-bundle.js');
    await t.http().get('/docs/swagger-ui-bundle.js').expect(200).expect('content-type', /javascript/);
    await t.http().get('/docs/swagger-ui.css').expect(200).expect('content-type', /css/);
    const init = await t.http().get('/docs/swagger-initializer.js').expect(200);
    expect(init.text).toContain('/docs-json');
  });

  it('describes the live answers of /auth/signin and /auth/check (contract)', async () => {
    const signin = await t.http().post('/auth/signin').send({ email: SUPER_ADMIN.email, password: SUPER_ADMIN.password }).expect(200);
    expectMatchesSchema('post', '/auth/signin', 200, signin.body);
    const wrong = await t.http().post('/auth/signin').send({ email: SUPER_ADMIN.email, password: 'not the password' }).expect(401);
    expectMatchesSchema('post', '/auth/signin', 401, wrong.body);
    const invalid = await t.http().post('/auth/signin').send({ email: 'nope' }).expect(400);
    expectMatchesSchema('post', '/auth/signin', 400, invalid.body);

    const anonymous = await t.http().get('/auth/check').expect(200);
    expectMatchesSchema('get', '/auth/check', 200, anonymous.body);
    const signedIn = await t.http().get('/auth/check').set('Authorization', `Bearer ${signin.body.accessToken}`).expect(200);
    expectMatchesSchema('get', '/auth/check', 200, signedIn.body);

    const health = await t.http().get('/health/ready').expect(200);
    expectMatchesSchema('get', '/health/ready', 200, health.body);
  });

  it('rejects a body that breaks the documented schema', () => {
    expect(() => expectMatchesSchema('get', '/auth/check', 200, { authenticated: 'yes' })).toThrow(/does not match/);
    expect(() => expectMatchesSchema('post', '/auth/signin', 200, { message: 'x' })).toThrow(/accessToken/);
  });
});

describe('OpenAPI in production', () => {
  const production = { NODE_ENV: 'production', BCRYPT_COST: '10' };

  it('is off unless OPENAPI_ENABLED=true', async () => {
    const t = await createTestApp(production);
    try {
      await t.http().get('/docs-json').expect(404);
      await t.http().get('/docs').expect(404);
    } finally {
      await t.close();
    }
  });

  it('is on with OPENAPI_ENABLED=true', async () => {
    const t = await createTestApp({ ...production, OPENAPI_ENABLED: 'true' });
    try {
      await t.http().get('/docs-json').expect(200);
      await t.http().get('/docs').expect(200);
    } finally {
      await t.close();
    }
  });
});
