import { JwtService } from '@nestjs/jwt';
import type { KeyObject } from 'node:crypto';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TYPE, type AccessTokenClaims } from './token.service.js';

const MAX_TOKEN_LENGTH = 4096;
const jwt = new JwtService();
const VERIFIED = Symbol('bearer-claims');
type Carrier = { headers: Record<string, unknown>; [VERIFIED]?: AccessTokenClaims | null };

function verify(header: unknown, key: KeyObject): AccessTokenClaims | null {
  if (typeof header !== 'string' || !header.startsWith('Bearer ') || header.length > MAX_TOKEN_LENGTH) return null;
  try {
    const claims = jwt.verify<Partial<AccessTokenClaims>>(header.slice(7), { secret: key as never, algorithms: [ACCESS_TOKEN_ALGORITHM] });
    if (claims.typ !== ACCESS_TOKEN_TYPE || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    return claims as AccessTokenClaims;
  } catch {
    return null;
  }
}

/**
 * The verified claims of the request's bearer token, or null when it carries no usable one, kept
 * on the request so that the rate limiters (per route, per role) verify the token once between
 * them. The access-token guard then authenticates through passport-jwt, one more HMAC check (~12 µs).
 */
export function bearerClaimsOf(request: object, key: KeyObject): AccessTokenClaims | null {
  const carrier = request as Carrier;
  if (carrier[VERIFIED] === undefined) carrier[VERIFIED] = verify(carrier.headers.authorization, key);
  return carrier[VERIFIED];
}
