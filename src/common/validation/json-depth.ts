import { Errors } from '../errors/domain-error.js';

/** Deeper than any DTO nests (three levels at most) by a wide margin. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a parsed JSON value nests objects or arrays deeper than `max`. Iterative on purpose:
 * the point is to refuse values that recursive code (class-transformer, class-validator) would
 * overflow the stack on.
 */
export function exceedsJsonDepth(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Fastify `preValidation` hook: a body nested too deeply is a 400 before any handler sees it. */
export async function refuseDeepJson(request: { body?: unknown }): Promise<void> {
  if (exceedsJsonDepth(request.body, MAX_JSON_DEPTH)) {
    throw Errors.badRequest('body', `Request body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
}
