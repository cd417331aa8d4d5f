import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { UserRepository } from '../users/user.repository.js';
import { statusOf, type UserRecord } from '../users/user.record.js';
import type { Actor } from './actor.js';

const ACTIVITY_STAMP_INTERVAL_MS = 60_000;

export const accountLocked = () =>
  new DomainError('ACCOUNT_LOCKED', 'Account is temporarily locked after too many failed sign-ins; try again later or reset your password');

/**
 * Refuses accounts that may not act, with the reason; shared by sign-in, refresh and every request.
 * An unverified email only stops a new sign-in: a signed-in user who changes their email keeps
 * their session while they verify the new address.
 */
export function assertAccountUsable(
  user: Pick<UserRecord, 'blockedAt' | 'isActive' | 'lockedUntil' | 'isEmailVerified'>,
  { requireVerifiedEmail }: { requireVerifiedEmail: boolean },
): void {
  switch (statusOf(user)) {
    case 'blocked':
      throw new DomainError('ACCOUNT_BLOCKED', 'Account is blocked');
    case 'inactive':
      throw new DomainError('ACCOUNT_INACTIVE', 'Account is deactivated');
    case 'locked':
      throw accountLocked();
    case 'pending':
      if (requireVerifiedEmail) throw new DomainError('EMAIL_NOT_VERIFIED', 'Email not verified');
      return;
    case 'active':
      return;
  }
}

/**
 * Turns verified access-token claims into the caller: one query loads the user and checks the
 * session is live, so a revoked session or a deactivated, blocked or deleted user is refused on
 * the very next request, whichever instance serves it.
 */
@Injectable()
export class SessionAuthenticator {
  private readonly logger = new Logger(SessionAuthenticator.name);

  constructor(private readonly users: UserRepository) {}

  async authenticate(userId: string, sessionId: string): Promise<Actor> {
    const holder = await this.users.findSessionHolder(userId, sessionId);
    if (!holder) throw new DomainError('SESSION_REVOKED', 'Session expired or revoked, sign in again');
    const { user, sessionLive } = holder;
    // The account's state first: "deactivated" tells the user more than "session revoked".
    assertAccountUsable(user, { requireVerifiedEmail: false });
    if (!sessionLive) throw new DomainError('SESSION_REVOKED', 'Session expired or revoked, sign in again');
    this.stampActivity(user);
    return { id: user.id, roles: user.roles, sessionId, user };
  }

  private stampActivity(user: UserRecord): void {
    const last = user.lastActivity?.getTime() ?? 0;
    if (Date.now() - last < ACTIVITY_STAMP_INTERVAL_MS) return;
    this.users.touchLastActivity(user.id).catch((error: Error) => this.logger.warn(`lastActivity not stamped: ${error.message}`));
  }
}

