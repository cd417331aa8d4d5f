import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Contract checks: a live response body must match the response schema that the checked-in
 * `openapi.json` documents for that route and status (or its `default` error response). The
 * staleness test (test/ops/openapi.e2e-spec.ts) keeps `openapi.json` equal to the live `/docs-json`,
 * so documentation and behaviour cannot drift apart silently.
 *
 *   expectMatchesSchema('post', '/auth/signin', 200, res.body);
 *   expectMatchesSchema('get', '/users/{id}', 404, res.body);   // or the concrete '/users/4f…'
 */
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: object }> }> };
type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: object };

const SPEC_ID = 'openapi.json';
// ajv-formats is CommonJS with `exports.default`: under Node's ES-module interop the default import is the module.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as unknown as (ajv: Ajv) => Ajv;
let cached: { document: OpenApiDocument; ajv: Ajv; validators: Map<string, ValidateFunction> } | undefined;

function load() {
  if (cached) return cached;
  const document = JSON.parse(readFileSync(fileURLToPath(new URL('../../openapi.json', import.meta.url)), 'utf8')) as OpenApiDocument;
  // OpenAPI 3.0 schemas are JSON Schema plus `nullable`, `example` and friends: not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: document.components ?? {} });
  cached = { document, ajv, validators: new Map() };
  return cached;
}

/** `#/components/...` references point into the document registered under SPEC_ID. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${SPEC_ID}${value}` : rebase(value),
      ]),
    );
  }
  return schema;
}

/** The documented template for a concrete path: `/users/abc` → `/users/{id}`; fixed words win. */
function templateOf(paths: string[], path: string): string | undefined {
  const clean = path.split('?')[0];
  if (paths.includes(clean)) return clean;
  const segments = clean.split('/');
  const candidates = paths.filter((template) => {
    const parts = template.split('/');
    return parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]);
  });
  // Prefer the template with the most fixed segments (`/users/me` over `/users/{id}`).
  const fixed = (template: string) => template.split('/').filter((part) => !part.startsWith('{')).length;
  return candidates.sort((a, b) => fixed(b) - fixed(a))[0];
}

export function responseSchemaFor(method: string, path: string, status: number): object {
  const { document } = load();
  const template = templateOf(Object.keys(document.paths), path);
  if (!template) throw new Error(`openapi.json documents no path matching ${path}`);
  const operation = document.paths[template][method.toLowerCase()];
  if (!operation) throw new Error(`openapi.json documents no ${method.toUpperCase()} ${template}`);
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`openapi.json documents no JSON schema for ${method.toUpperCase()} ${template} → ${status}`);
  return schema;
}

/** Fails the test, listing every mismatch, when `body` does not fit the documented schema. */
export function expectMatchesSchema(method: string, path: string, status: number, body: unknown): void {
  const { ajv, validators } = load();
  const key = `${method.toLowerCase()} ${path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(responseSchemaFor(method, path, status)) as object);
    validators.set(key, validate);
  }
  if (!validate(body)) {
    const problems = (validate.errors ?? []).map((e) => `  ${e.instancePath || '(body)'} ${e.message}`).join('\n');
    throw new Error(`${method.toUpperCase()} ${path} → ${status} does not match openapi.json:\n${problems}\nbody: ${JSON.stringify(body)}`);
  }
}
