import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Printable, short, no spaces or quotes: safe to log and to echo back. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: reuse the caller's `X-Request-Id` (a proxy or the client correlating its
 * calls) when it looks sane, else a fresh UUID. The id is logged with every line of the request
 * and echoed in the `X-Request-Id` response header.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
