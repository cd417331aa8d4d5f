import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Actor } from './actor.js';
import { BearerClaimsStrategy } from './bearer-claims.strategy.js';
import { SessionAuthenticator } from './session-authenticator.js';
import type { AccessTokenClaims } from './token.service.js';

/**
 * Passport's `jwt` strategy: the bearer token verified with the one algorithm we sign with and a
 * key object (a string secret makes jsonwebtoken re-derive the key on every call, some 40 times
 * slower), then the caller loaded with their session in one query.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(BearerClaimsStrategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly authenticator: SessionAuthenticator,
  ) {
    super(config.auth.accessTokenKey);
  }

  validate(claims: AccessTokenClaims): Promise<Actor> {
    return this.authenticator.authenticate(claims.sub, claims.sid);
  }
}
