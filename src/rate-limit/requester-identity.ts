import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { normalizeIp } from '@nestjs/throttler';
import { bearerClaimsOf } from '../auth/bearer-claims.js';

/**
 * Who a request counts against, before the access-token guard has run: `user:<id>` when it
 * carries a validly signed, unexpired access token (no database read: a forged token cannot
 * pick someone else's bucket), else `ip:<client ip>`. The IP is Fastify's `request.ip`, which
 * honours X-Forwarded-For only when TRUST_PROXY is set.
 */
export function requesterOf(request: FastifyRequest, config: AppConfig): string {
  const claims = bearerClaimsOf(request, config.auth.accessTokenKey);
  return claims ? `user:${claims.sub}` : `ip:${clientIpOf(request)}`;
}

/** IPv6 clients count per /64 (one customer network), as @nestjs/throttler does. */
export function clientIpOf(request: FastifyRequest): string {
  return normalizeIp(request.ip);
}

/** Counter keys never hold an email or id in clear. */
export function hashKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}
