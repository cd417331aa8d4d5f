import type { UserRow } from '../database/schema/index.js';

/** A user as the service handles it: every column but the password hash. */
export type UserRecord = Omit<UserRow, 'passwordHash'>;

export type UserStatus = 'pending' | 'active' | 'inactive' | 'blocked' | 'locked';

export function statusOf(user: Pick<UserRecord, 'blockedAt' | 'isActive' | 'lockedUntil' | 'isEmailVerified'>, now = new Date()): UserStatus {
  if (user.blockedAt) return 'blocked';
  if (!user.isActive) return 'inactive';
  if (user.lockedUntil && user.lockedUntil > now) return 'locked';
  if (!user.isEmailVerified) return 'pending';
  return 'active';
}
