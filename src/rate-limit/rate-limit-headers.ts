import type { FastifyReply, FastifyRequest } from 'fastify';

export interface LimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
}

const SHOWN = Symbol('rate-limit:shown');
type Tracked = FastifyRequest & { [SHOWN]?: LimitState };

/**
 * Several limits apply to one request (per IP, per route, per role...); the standard headers
 * describe the tightest one, the one with the fewest requests left.
 */
export function showLimit(request: FastifyRequest, reply: FastifyReply, state: LimitState, blockedForSeconds?: number): void {
  const tracked = request as Tracked;
  const shown = tracked[SHOWN];
  if (blockedForSeconds === undefined && shown && shown.remaining <= state.remaining) return;
  tracked[SHOWN] = state;
  void reply.header('X-RateLimit-Limit', state.limit);
  void reply.header('X-RateLimit-Remaining', state.remaining);
  void reply.header('X-RateLimit-Reset', state.reset);
  if (blockedForSeconds !== undefined) void reply.header('Retry-After', Math.max(1, blockedForSeconds));
}
