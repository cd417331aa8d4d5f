import type { ActivityResponse } from '../../activity/activity.mapper.js';
import type { CodePurpose } from '../../database/schema/index.js';
import { CurrentUserResponseDto } from '../../docs/dto/user-response.dto.js';
import { InvitationResponseDto } from '../../invitations/dto/invitation-response.dto.js';
import type { AccountExport, AvatarExport, PendingCodeExport, SessionExport } from '../account-export.mapper.js';

/** OpenAPI schemas of `GET /users/me/export` (built by `account-export.mapper.ts`). */
export class SessionExportDto implements SessionExport {
  id: string;
  /** @example "Firefox on Linux" */
  device: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** Whether it is the session of the request. */
  current: boolean;
  revokedAt: string | null;
  /** @example "logout" */
  revokedReason: string | null;
}

export class ActivityEntryDto implements ActivityResponse {
  id: string;
  /** @example "login" */
  type: string;
  /** @example "Signed in" */
  description: string;
  metadata: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  /** The admin who acted, when not the user. */
  actorId: string | null;
  createdAt: string;
}

export class AvatarThumbnailsDto {
  small: string;
  medium: string;
}

export class AvatarExportDto implements AvatarExport {
  url: string;
  thumbnails: AvatarThumbnailsDto;
  /** @example "image/webp" */
  contentType: string;
  width: number;
  height: number;
  updatedAt: string;
}

export class InvitationsExportDto {
  /** Invitations to this account. */
  received: InvitationResponseDto[];
  /** Invitations this user sent as an admin. */
  sent: InvitationResponseDto[];
}

export class PendingCodeExportDto implements PendingCodeExport {
  /** @example "email_verification" */
  purpose: CodePurpose;
  attempts: number;
  createdAt: string;
  expiresAt: string;
}

export class AccountExportResponseDto implements AccountExport {
  exportedAt: string;
  user: CurrentUserResponseDto;
  sessions: SessionExportDto[];
  activity: ActivityEntryDto[];
  avatar: AvatarExportDto | null;
  invitations: InvitationsExportDto;
  /** Codes in flight: metadata only, never the code. */
  pendingCodes: PendingCodeExportDto[];
}
