import { JwtService } from '@nestjs/jwt';
import type { KeyObject } from 'node:crypto';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TYPE, type AccessTokenClaims } from './token.service.js';

/** Why a request carries no usable access token; the names are jsonwebtoken's where it has one. */
export type BearerFailure = { name: 'NoAuthToken' | 'TokenExpiredError' | 'JsonWebTokenError'; message: string };
export type BearerClaims = { claims: AccessTokenClaims } | { failure: BearerFailure };

const MAX_TOKEN_LENGTH = 4096;
const jwt = new JwtService();
const VERIFIED = Symbol('bearer-claims');
type Carrier = { headers: Record<string, unknown>; [VERIFIED]?: BearerClaims };

const invalid = (message = 'Invalid access token'): BearerClaims => ({ failure: { name: 'JsonWebTokenError', message } });

function verify(header: unknown, key: KeyObject): BearerClaims {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return { failure: { name: 'NoAuthToken', message: 'No auth token' } };
  if (header.length > MAX_TOKEN_LENGTH) return invalid();
  try {
    const claims = jwt.verify<Partial<AccessTokenClaims>>(header.slice(7), { secret: key as never, algorithms: [ACCESS_TOKEN_ALGORITHM] });
    if (claims.typ !== ACCESS_TOKEN_TYPE || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return invalid();
    return { claims: claims as AccessTokenClaims };
  } catch (error) {
    const { name, message } = error as Error;
    return name === 'TokenExpiredError' ? { failure: { name, message } } : invalid(message);
  }
}

/**
 * The verified claims of the request's bearer token, or why there are none, kept on the request
 * so that the rate limiters (per route, per role) verify the token once between them. The
 * access-token guard then authenticates through passport-jwt, one more HMAC check (~12 µs).
 */
export function bearerClaimsOf(request: object, key: KeyObject): BearerClaims {
  const carrier = request as Carrier;
  return (carrier[VERIFIED] ??= verify(carrier.headers.authorization, key));
}
