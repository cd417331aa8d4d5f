import { invitationStatusOf, type InvitationStatus } from './invitation-status.js';
import type { InvitationRecord } from './invitation.repository.js';

export interface InvitationResponse {
  id: string;
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  status: InvitationStatus;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Built field by field: the token hash is never part of an answer. */
export function toInvitationResponse(invitation: InvitationRecord): InvitationResponse {
  return {
    id: invitation.id,
    userId: invitation.userId,
    email: invitation.email,
    firstName: invitation.firstName,
    lastName: invitation.lastName,
    roles: invitation.roles,
    status: invitationStatusOf(invitation),
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: iso(invitation.acceptedAt),
    revokedAt: iso(invitation.revokedAt),
  };
}
