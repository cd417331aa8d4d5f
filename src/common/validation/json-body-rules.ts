import { Errors } from '../errors/domain-error.js';

/** Deeper than any DTO nests (three levels at most) by a wide margin. */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What is wrong with a parsed JSON body that validation cannot be trusted to survive, if anything:
 * nesting deeper than `maxDepth` (class-transformer and class-validator recurse and would
 * overflow the stack), or a string or key that is not well-formed Unicode (a lone surrogate:
 * validator.js's isEmail/isURL call encodeURI, which throws). Iterative on purpose.
 */
export function unsafeJsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return 'Request body holds text that is not valid Unicode';
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return `Request body nests deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(current)) pending.push([key, depth + 1], [child, depth + 1]);
  }
  return undefined;
}

/** Fastify `preValidation` hook: such a body is a 400 before any handler sees it. */
export async function refuseUnsafeJson(request: { body?: unknown }): Promise<void> {
  const problem = unsafeJsonProblem(request.body);
  if (problem) throw Errors.badRequest('body', problem);
}
