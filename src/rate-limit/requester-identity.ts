import { JwtService } from '@nestjs/jwt';
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { normalizeIp } from '@nestjs/throttler';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TYPE } from '../auth/token.service.js';

const jwt = new JwtService();
const resolved = new WeakMap<FastifyRequest, string>();

/**
 * Who a request counts against, before the access-token guard has run: `user:<id>` when it
 * carries a validly signed, unexpired access token (no database read: a forged token cannot
 * pick someone else's bucket), else `ip:<client ip>`. The IP is Fastify's `request.ip`, which
 * honours X-Forwarded-For only when TRUST_PROXY is set.
 */
export function requesterOf(request: FastifyRequest, config: AppConfig): string {
  const known = resolved.get(request);
  if (known) return known;
  const header = request.headers.authorization;
  let requester = `ip:${clientIpOf(request)}`;
  if (typeof header === 'string' && header.startsWith('Bearer ') && header.length < 4096) {
    try {
      const claims = jwt.verify<{ sub?: unknown; typ?: unknown }>(header.slice(7), {
        secret: config.auth.accessTokenKey as never,
        algorithms: [ACCESS_TOKEN_ALGORITHM],
      });
      if (claims.typ === ACCESS_TOKEN_TYPE && typeof claims.sub === 'string') requester = `user:${claims.sub}`;
    } catch {
      // not a usable token: counted per IP
    }
  }
  resolved.set(request, requester);
  return requester;
}

/** IPv6 clients count per /64 (one customer network), as @nestjs/throttler does. */
export function clientIpOf(request: FastifyRequest): string {
  return normalizeIp(request.ip);
}

/** Counter keys never hold an email or id in clear. */
export function hashKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}
