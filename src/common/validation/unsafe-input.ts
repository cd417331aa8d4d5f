import { Errors } from '../errors/domain-error.js';

/** Deeper than any DTO nests (three levels at most) by a wide margin. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NUL = '\u0000';

/** Arrays and plain objects, including the query parser's (whose prototype is an empty object without one). */
function isPlainContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return Array.isArray(value) || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * What is wrong with a parsed body or query that the code behind cannot be trusted to survive, if
 * anything: nesting deeper than `maxDepth` (class-transformer and class-validator recurse and would
 * overflow the stack), a string or key that is not well-formed Unicode (a lone surrogate:
 * validator.js's isEmail/isURL call encodeURI, which throws), or a NUL character (PostgreSQL text
 * cannot hold one: the query fails). Iterative on purpose.
 */
export function unsafeInputProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return 'Request holds text that is not valid Unicode';
      if (current.includes(NUL)) return 'Request holds a NUL character';
      continue;
    }
    // Only what a JSON or query parser makes: no walking through buffers or streams.
    if (!isPlainContainer(current)) continue;
    if (depth >= maxDepth) return `Request nests deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(current)) pending.push([key, depth + 1], [child, depth + 1]);
  }
  return undefined;
}

/** Fastify `preValidation` hook: such a body or query string is a 400 before any handler sees it. */
export async function refuseUnsafeInput(request: { body?: unknown; query?: unknown }): Promise<void> {
  for (const [field, value] of [['body', request.body], ['query', request.query]] as const) {
    const problem = unsafeInputProblem(value);
    if (problem) throw Errors.badRequest(field, problem);
  }
}
