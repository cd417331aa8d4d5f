import { PaginationDto } from '../../docs/dto/pagination.dto.js';
import type { InvitationStatus } from '../invitation-status.js';

/** OpenAPI schema of `toInvitationResponse`'s answer. */
export class InvitationResponseDto {
  /** @example "5d0f3e1a-8c1b-4f7e-9a52-2b7c4d1e0f9a" */
  id: string;
  /** The invited account (inactive until the invitation is accepted). */
  userId: string;
  /** @example "new.colleague@example.com" */
  email: string;
  /** @example "Ada" */
  firstName: string;
  /** @example "Lovelace" */
  lastName: string;
  /** @example ["user"] */
  roles: string[];
  /** pending, accepted, expired or revoked. */
  status: InvitationStatus;
  /** The admin who sent it (null once that admin is deleted). */
  invitedBy: string | null;
  /** @example "2026-12-05T12:00:00.000Z" */
  createdAt: string;
  /** @example "2026-12-12T12:00:00.000Z" */
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export class InvitationPageResponseDto {
  invitations: InvitationResponseDto[];
  pagination: PaginationDto;
}
