import type { InvitationRow } from '../database/schema/index.js';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Revoked over accepted over expired; the repository's SQL filter follows the same order. */
export function invitationStatusOf(
  invitation: Pick<InvitationRow, 'revokedAt' | 'acceptedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}
