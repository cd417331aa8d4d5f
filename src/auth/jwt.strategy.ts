import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Errors } from '../common/errors/domain-error.js';
import type { Actor } from './actor.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TYPE, type AccessTokenClaims } from './token.service.js';

/**
 * Verifies the bearer token with the one algorithm we sign with and a key object (a string secret
 * makes jsonwebtoken re-derive the key on every call, some 40 times slower).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly authenticator: SessionAuthenticator,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.auth.accessTokenKey as unknown as string,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<Actor> {
    if (claims.typ !== ACCESS_TOKEN_TYPE || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
      throw Errors.invalidToken();
    }
    return this.authenticator.authenticate(claims.sub, claims.sid);
  }
}
