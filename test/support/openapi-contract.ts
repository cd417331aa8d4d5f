import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Contract checks: a live response must match what the OpenAPI document says about its route and
 * status. `OpenApiContract` works on any document (the live `/docs-json` in
 * test/ops/contract.e2e-spec.ts); `expectMatchesSchema` uses the checked-in `openapi.json`, which
 * the staleness test (test/ops/openapi.e2e-spec.ts) keeps equal to the live one.
 *
 *   expectMatchesSchema('post', '/auth/signin', 200, res.body);
 *   expectMatchesSchema('get', '/users/{id}', 404, res.body);   // or the concrete '/users/4f…'
 */
type Content = Record<string, { schema?: object }>;
type ResponseObject = { content?: Content };
export type Operation = { operationId?: string; security?: Array<Record<string, unknown>>; responses?: Record<string, ResponseObject> };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: object };

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface OperationRef {
  method: string;
  path: string;
  operation: Operation;
}

export interface LiveResponse {
  method: string;
  /** The concrete path, query string allowed. */
  path: string;
  status: number;
  contentType?: string;
  body: unknown;
}

export interface CheckOptions {
  /** Accept a status the operation does not list when its `default` response fits (the checked-in helper does). */
  allowDefault?: boolean;
}

const SPEC_ID = 'openapi.json';
/** The same components with no `required` lists: `?fields=` answers carry only the selected fields. */
const PROJECTED_SPEC_ID = 'openapi-projected.json';
// ajv-formats is CommonJS with `exports.default`: under Node's ES-module interop the default import is the module.
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as unknown as (ajv: Ajv) => Ajv;

/** `#/components/...` references point into the document registered under SPEC_ID. */
function rebase(schema: unknown, id = SPEC_ID): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rebase(item, id));
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${id}${value}` : rebase(value, id),
      ]),
    );
  }
  return schema;
}

const mediaTypeOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();
const isEmpty = (body: unknown) =>
  body === undefined || body === null || body === '' || (typeof body === 'object' && Object.keys(body as object).length === 0);

export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: string[];

  constructor(readonly document: OpenApiDocument) {
    // OpenAPI 3.0 schemas are JSON Schema plus `nullable`, `example` and friends: not strict.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components: document.components ?? {} });
    this.ajv.addSchema({ $id: PROJECTED_SPEC_ID, components: withoutRequired(document.components ?? {}) });
    this.templates = Object.keys(document.paths);
  }

  operations(): OperationRef[] {
    return Object.entries(this.document.paths).flatMap(([path, item]) =>
      HTTP_METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] })),
    );
  }

  /**
   * What the document leaves out, one line per problem naming the operation: no success response,
   * a success without a schema (204 aside), an error not in the shared error schema.
   */
  documentationProblems(errorSchemaRef = '#/components/schemas/ApiErrorDto'): string[] {
    const problems: string[] = [];
    for (const { method, path, operation } of this.operations()) {
      const key = `${method.toUpperCase()} ${path}`;
      const responses = Object.entries(operation.responses ?? {});
      const successes = responses.filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) problems.push(`${key} documents no success response`);
      for (const [status, response] of successes) {
        const hasSchema = Object.values(response.content ?? {}).some((media) => media.schema);
        if (status !== '204' && !hasSchema) {
          problems.push(`${key} → ${status} documents no response schema (add e.g. ApiOkResponse({ type: ... }) to its *.openapi.ts)`);
        }
      }
      for (const [status, response] of responses.filter(([status]) => /^[45]\d\d$|^default$/.test(status))) {
        const schema = response.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (schema?.$ref !== errorSchemaRef) problems.push(`${key} → ${status} is not documented as the shared error schema`);
      }
    }
    return problems;
  }

  /**
   * Operations the run did not exercise enough, given the statuses answered per operation key
   * (`GET /users/{id}`): each needs a success, and an error when it documents 4xx answers.
   */
  coverageProblems(answered: ReadonlyMap<string, ReadonlySet<number>>): string[] {
    const problems: string[] = [];
    for (const { method, path, operation } of this.operations()) {
      const key = `${method.toUpperCase()} ${path}`;
      const statuses = [...(answered.get(key) ?? [])];
      if (!statuses.some((status) => status < 400)) problems.push(`${key}: no success exercised`);
      const documentsErrors = Object.keys(operation.responses ?? {}).some((status) => /^4\d\d$/.test(status));
      if (documentsErrors && !statuses.some((status) => status >= 400)) problems.push(`${key}: no error exercised`);
    }
    return problems;
  }

  /** The documented template for a concrete path: `/users/abc` → `/users/{id}`; fixed words win. */
  templateOf(path: string): string | undefined {
    const clean = path.split('?')[0];
    if (this.templates.includes(clean)) return clean;
    const segments = clean.split('/');
    const candidates = this.templates.filter((template) => {
      const parts = template.split('/');
      return parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]);
    });
    // Prefer the template with the most fixed segments (`/users/me` over `/users/{id}`).
    const fixed = (template: string) => template.split('/').filter((part) => !part.startsWith('{')).length;
    return candidates.sort((a, b) => fixed(b) - fixed(a))[0];
  }

  /** The operation a concrete request reached, as `GET /users/{id}`, or an error naming what is missing. */
  operationOf(method: string, path: string): { key: string; template: string; operation: Operation } {
    const template = this.templateOf(path);
    if (!template) throw new Error(`the OpenAPI document has no path matching ${path}`);
    const operation = this.document.paths[template][method.toLowerCase()];
    if (!operation) throw new Error(`the OpenAPI document has no ${method.toUpperCase()} ${template}`);
    return { key: `${method.toUpperCase()} ${template}`, template, operation };
  }

  /** Throws, naming the route, unless the status is documented and the body fits its schema. */
  check(live: LiveResponse, options: CheckOptions = {}): string {
    const { key, operation } = this.operationOf(live.method, live.path);
    const documented = operation.responses?.[String(live.status)];
    const response = documented ?? (options.allowDefault ? operation.responses?.default : undefined);
    if (!response) {
      const listed = Object.keys(operation.responses ?? {}).join(', ');
      throw new Error(`${key} answered ${live.status}, which its OpenAPI description does not list (it lists ${listed})`);
    }
    if (!response.content) {
      if (!isEmpty(live.body)) throw new Error(`${key} → ${live.status} documents no body but answered ${JSON.stringify(live.body)}`);
      return key;
    }
    const mediaType = mediaTypeOf(live.contentType) || 'application/json';
    const media = response.content[mediaType];
    if (!media) {
      throw new Error(`${key} → ${live.status} answered ${mediaType}; documented: ${Object.keys(response.content).join(', ')}`);
    }
    if (!media.schema) throw new Error(`${key} → ${live.status} documents no schema for ${mediaType}`);
    const schema = media.schema as { format?: string };
    if (schema.format === 'binary') return key;
    // `?fields=` answers carry only the selected fields: what they hold must still fit the schema.
    const projected = /[?&]fields=/.test(live.path);
    const validatorKey = `${key} ${live.status} ${mediaType}${projected ? ' projected' : ''}`;
    let validate = this.validators.get(validatorKey);
    if (!validate) {
      const schema = projected ? withoutRequired(rebase(media.schema, PROJECTED_SPEC_ID)) : rebase(media.schema);
      validate = this.ajv.compile(schema as object);
      this.validators.set(validatorKey, validate);
    }
    if (!validate(live.body)) {
      const problems = (validate.errors ?? []).map((e) => `  ${e.instancePath || '(body)'} ${e.message}`).join('\n');
      throw new Error(`${key} → ${live.status} does not match the OpenAPI document:\n${problems}\nbody: ${JSON.stringify(live.body)}`);
    }
    return key;
  }
}

let checkedIn: OpenApiContract | undefined;

/** The contract of the checked-in `openapi.json`. */
export function checkedInContract(): OpenApiContract {
  checkedIn ??= new OpenApiContract(
    JSON.parse(readFileSync(fileURLToPath(new URL('../../openapi.json', import.meta.url)), 'utf8')) as OpenApiDocument,
  );
  return checkedIn;
}

export function responseSchemaFor(method: string, path: string, status: number): object {
  const { key, operation } = checkedInContract().operationOf(method, path);
  const response = operation.responses?.[String(status)] ?? operation.responses?.default;
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`openapi.json documents no JSON schema for ${key} → ${status}`);
  return schema;
}

/** Fails the test, listing every mismatch, when `body` does not fit the documented schema (or the `default` one). */
export function expectMatchesSchema(method: string, path: string, status: number, body: unknown): void {
  responseSchemaFor(method, path, status);
  checkedInContract().check({ method, path, status, body, contentType: 'application/json' }, { allowDefault: true });
}

/** A copy of a schema with every `required` list dropped, for answers projected by `?fields=`. */
function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'required')
      .map(([key, value]) => [key, withoutRequired(value)]),
  );
}
