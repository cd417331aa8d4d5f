import type { KeyObject } from 'node:crypto';
import { Strategy } from 'passport';
import { bearerClaimsOf } from './bearer-claims.js';
import type { AccessTokenClaims } from './token.service.js';

type Verify = (claims: AccessTokenClaims, done: (error: unknown, user?: unknown, info?: unknown) => void) => void;

/**
 * A passport strategy over `bearerClaimsOf`: the same check as passport-jwt (HS256 with a key
 * object, expiry), but a token the rate limiter already verified for this request is not
 * verified a second time.
 */
export class BearerClaimsStrategy extends Strategy {
  override name = 'jwt';

  constructor(
    private readonly key: KeyObject,
    private readonly verify: Verify,
  ) {
    super();
  }

  override authenticate(request: object): void {
    const result = bearerClaimsOf(request, this.key);
    if ('failure' in result) return this.fail(result.failure, 401);
    this.verify(result.claims, (error, user, info) => {
      if (error) return this.error(error as Error);
      if (!user) return this.fail(info as string | undefined, 401);
      this.success(user as object, info as object | undefined);
    });
  }
}
