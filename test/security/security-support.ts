import { SessionRepository } from '../../src/auth/session.repository.js';
import { TokenService } from '../../src/auth/token.service.js';
import type { Role } from '../../src/common/policy/roles.js';
import type { UserRecord } from '../../src/users/user.record.js';
import { createUser, type TestUser } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

/**
 * A session and tokens for `user` without going through POST /auth/signin, so tests that squeeze
 * the sign-in rate limit can still have signed-in users.
 */
export async function tokensFor(t: TestApp, user: UserRecord) {
  const tokens = t.app.get(TokenService);
  const secret = tokens.newRefreshSecret();
  const session = await t.app.get(SessionRepository).create({
    userId: user.id,
    tokenHash: tokens.hashRefreshSecret(secret),
    ttlSeconds: tokens.refreshTtlSeconds,
    ip: null,
    userAgent: null,
  });
  return tokens.pair(user.id, session.id, secret);
}

/** Like `signedInUser`, without a sign-in request. */
export async function userWithTokens(t: TestApp, roles: Role[] = ['user'], fields: Partial<Omit<UserRecord, 'id'>> = {}): Promise<TestUser> {
  const { user, password } = await createUser(t, { roles, ...fields });
  const pair = await tokensFor(t, user);
  return { user, email: user.email, password, accessToken: pair.accessToken, refreshToken: pair.refreshToken, auth: `Bearer ${pair.accessToken}` };
}
