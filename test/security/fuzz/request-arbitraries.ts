import fc from 'fast-check';
import { resolveSchema, type OpenApiDocument, type Route, type SchemaObject } from './route-inventory.js';

/** Strings that have broken parsers, ORMs and path routers before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '\\',
  '\u0000',
  '%00',
  '../../etc/passwd',
  '..%2F..%2F',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/a}',
  '𝕦𝕟𝕚𝕔𝕠𝕕𝕖 ✓',
  '\ud800',
  'a'.repeat(5_000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-13-45T99:99:99Z',
  '__proto__',
  'constructor',
];

const nasty = fc.constantFrom(...NASTY_STRINGS);
/** Percent-encoding that does not decode: sent as is, not encoded again. */
const RAW_URL_PIECES = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%2e%2e', '%00', '%FF%FE'];
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const encode = (value: string) => encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
const urlPiece = (value: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 9, arbitrary: value.map(encode) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PIECES) });
const text = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) }, { weight: 2, arbitrary: nasty });

/** Any JSON value at all: what a client ignoring the schema sends. */
export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1, 1e21),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), text, { maxKeys: 3 }),
  fc.constant(JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) as unknown),
);

/** Values that look right for a field of that name, so requests get past validation into the services. */
function plausibleByName(name: string): fc.Arbitrary<unknown> | undefined {
  const lower = name.toLowerCase();
  if (lower.includes('email')) return fc.oneof(fc.emailAddress(), fc.constant('USER@EXAMPLE.COM'));
  if (lower.includes('password')) return fc.oneof(fc.string({ minLength: 8, maxLength: 80 }), fc.constant('a perfectly fine passphrase'));
  if (lower.includes('phone')) return fc.stringMatching(/^\+[1-9]\d{7,14}$/);
  if (lower === 'otp' || lower === 'code') return fc.stringMatching(/^\d{6}$/);
  if (lower === 'age') return fc.integer({ min: -5, max: 200 });
  if (lower.endsWith('id')) return fc.uuid();
  if (lower === 'roles') return fc.array(fc.constantFrom('viewer', 'user', 'moderator', 'admin', 'super_admin', 'root'), { maxLength: 3 });
  if (lower.includes('timezone')) return fc.constantFrom('Europe/Paris', 'UTC', 'Mars/Olympus', 'America/New_York');
  return undefined;
}

function plausibleBySchema(schema: SchemaObject | undefined, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  const resolved = resolveSchema(schema, document);
  if (!resolved) return wildValue;
  if (resolved.enum?.length) return fc.constantFrom(...resolved.enum);
  switch (resolved.type) {
    case 'string':
      if (resolved.format === 'uuid') return fc.uuid();
      if (resolved.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: (resolved.maxLength ?? 60) + 5 });
    case 'integer':
    case 'number':
      return fc.integer({ min: (resolved.minimum ?? -1_000) - 5, max: (resolved.maximum ?? 1_000) + 5 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueFor('', resolved.items, document, depth + 1), { maxLength: 4 });
    case 'object':
      return depth > 2 ? wildValue : objectFor(resolved, document, depth + 1).map((entries) => Object.fromEntries(entries));
    default:
      return wildValue;
  }
}

function valueFor(name: string, schema: SchemaObject | undefined, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  const plausible = plausibleByName(name) ?? plausibleBySchema(schema, document, depth);
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: wildValue });
}

type Entries = Array<[string, unknown]>;

/** The schema's properties, each maybe left out, plus maybe a few keys it does not know (mass assignment, poisoning). */
function objectFor(schema: SchemaObject, document: OpenApiDocument, depth: number): fc.Arbitrary<Entries> {
  const known = Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fc.option(valueFor(name, property, document, depth).map((value): [string, unknown] => [name, value]), { nil: undefined, freq: 3 }),
  );
  const extraKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'roles', 'passwordHash', 'isAdmin', 'isActive', 'isEmailVerified', 'status'),
    fc.string({ maxLength: 12 }),
  );
  const extras = fc.array(fc.tuple(extraKey, wildValue), { maxLength: 2 });
  return fc.tuple(fc.tuple(...known), fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extras })).map(
    ([fields, more]) => [...(fields.filter(Boolean) as Entries), ...(more as Entries)],
  );
}

/** JSON text written by hand so that keys such as `__proto__` reach the server verbatim. */
const entriesToJson = (entries: Entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`;

export interface FuzzBody {
  contentType: string | undefined;
  payload: string;
}

function bodyFor(route: Route, document: OpenApiDocument): fc.Arbitrary<FuzzBody | undefined> {
  if (route.method === 'get' || route.method === 'head') return fc.constant(undefined);
  const schema = resolveSchema(route.operation?.requestBody?.content['application/json']?.schema, document);
  const json = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((payload): FuzzBody => ({ contentType: 'application/json', payload }));
  const shaped = schema?.properties ? objectFor(schema, document, 0).map(entriesToJson) : fc.constant('{}');
  return fc.oneof(
    { weight: 12, arbitrary: json(shaped) },
    { weight: 2, arbitrary: json(wildValue.map((value) => JSON.stringify(value) ?? 'null')) },
    { weight: 1, arbitrary: json(fc.string({ maxLength: 30 })) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.record({
        contentType: fc.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml', undefined),
        payload: fc.string({ maxLength: 60 }),
      }),
    },
  );
}

const QUERY_NAMES = ['page', 'limit', 'search', 'q', 'role', 'roles', 'status', 'sort', 'sortBy', 'order', 'sortOrder', 'isActive', 'createdFrom', 'createdTo', 'filter', 'fields', 'type', 'from', 'to', 'email', 'firstName', 'per_page'];

function queryFor(route: Route, document: OpenApiDocument): fc.Arbitrary<string> {
  const documented = (route.operation?.parameters ?? []).filter((p) => p.in === 'query');
  const name = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...documented.map((p) => p.name), ...QUERY_NAMES) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'roles[]', 'a[b]')) },
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: text },
    { weight: 2, arbitrary: fc.integer({ min: -10, max: 2_000_000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'asc', 'desc', 'DESC', 'createdAt', 'created_at', 'admin', 'user,moderator', '2026-01-01', 'active', 'locked') },
  );
  return fc.array(fc.tuple(urlPiece(name), urlPiece(value)), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
}

function pathFor(route: Route, knownIds: string[]): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const segment = urlPiece(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
      { weight: 3, arbitrary: fc.uuid() },
      { weight: 3, arbitrary: text.filter((value) => value !== '') },
      { weight: 1, arbitrary: fc.constantFrom('avatar.webp', 'avatar.png', '..', '.', 'me', 'admins', 'stats') },
    ),
  );
  return fc.tuple(...names.map(() => segment)).map((values) => {
    let path = route.path;
    names.forEach((name, i) => (path = path.replace(`{${name}}`, values[i])));
    return path;
  });
}

export interface FuzzRequest {
  url: string;
  body: FuzzBody | undefined;
  headers: Record<string, string>;
  caller: number;
}

/** A request to `route`: its path, query, body and headers fuzzed; `caller` picks who sends it. */
export function requestFor(route: Route, document: OpenApiDocument, knownIds: string[], callers: number): fc.Arbitrary<FuzzRequest> {
  const headerNames = (route.operation?.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
  const headers = fc
    .tuple(...headerNames.map((name) => fc.option(text.map((value): [string, string] => [name, value.replace(/[^\x20-\x7e]/g, '')]))))
    .map((pairs) => Object.fromEntries(pairs.filter((p): p is [string, string] => p !== null)));
  return fc.record({
    url: fc.tuple(pathFor(route, knownIds), queryFor(route, document)).map(([path, query]) => (query ? `${path}?${query}` : path)),
    body: bodyFor(route, document),
    headers,
    caller: fc.nat({ max: callers - 1 }),
  });
}
