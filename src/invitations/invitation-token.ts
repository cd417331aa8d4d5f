import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;

/** 256 random bits, base64url: guessing is hopeless, so an unkeyed SHA-256 is enough to store it. */
export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
