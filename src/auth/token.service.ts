import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { TokenPairResponseDto } from './dto/auth-responses.dto.js';

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_TYPE = 'access';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  typ: typeof ACCESS_TOKEN_TYPE;
}

export interface RefreshToken {
  sessionId: string;
  secret: string;
}

/** Declared once, as the documented DTO. */
export type TokenPair = TokenPairResponseDto;

/**
 * Access tokens are short-lived JWTs naming the user and the session. Refresh tokens are opaque:
 * `<session id>.<256 random bits>`, of which only a SHA-256 hash is stored.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get refreshTtlSeconds(): number {
    return this.config.auth.refreshTokenTtlSeconds;
  }

  newRefreshSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  hashRefreshSecret(secret: string): string {
    return createHash('sha256').update(secret).digest('base64url');
  }

  formatRefreshToken(sessionId: string, secret: string): string {
    return `${sessionId}.${secret}`;
  }

  parseRefreshToken(token: string): RefreshToken | undefined {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
    return match ? { sessionId: match[1], secret: match[2] } : undefined;
  }

  pair(userId: string, sessionId: string, refreshSecret: string): TokenPair {
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId, typ: ACCESS_TOKEN_TYPE };
    return {
      accessToken: this.jwt.sign(claims, {
        secret: this.config.auth.accessTokenKey as never,
        algorithm: ACCESS_TOKEN_ALGORITHM,
        expiresIn: this.config.auth.accessTokenTtlSeconds,
      }),
      refreshToken: this.formatRefreshToken(sessionId, refreshSecret),
      expiresIn: this.config.auth.accessTokenTtlSeconds,
    };
  }
}
