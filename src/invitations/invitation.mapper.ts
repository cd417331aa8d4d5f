import type { InvitationResponseDto } from './dto/invitation-response.dto.js';
import { invitationStatusOf } from './invitation-status.js';
import type { InvitationRecord } from './invitation.repository.js';

/** Declared once, as the documented DTO. */
export type InvitationResponse = InvitationResponseDto;

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
