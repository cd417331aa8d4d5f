import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ActivityResponseDto } from '../../activity/dto/activity-response.dto.js';
import type { CodePurpose } from '../../database/schema/index.js';
import { CurrentUserResponseDto } from '../../docs/dto/user-response.dto.js';
import { InvitationResponseDto } from '../../invitations/dto/invitation-response.dto.js';
import { SessionResponseDto } from '../../sessions/dto/session-response.dto.js';
import type { AccountExport, AvatarExport, PendingCodeExport, SessionExport } from '../account-export.mapper.js';

/* OpenAPI schemas of `GET /users/me/export` (built by `account-export.mapper.ts`). */

/** A session as the export shows it: revoked ones too, with when and why. */
export class SessionExportDto extends SessionResponseDto implements SessionExport {
  revokedAt: string | null;
  /** @example "logout" */
  revokedReason: string | null;
}

const URL_STRING = { type: 'string' as const, example: 'https://api.example.com/avatars/7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d/9f86d081884c7d65.webp' };

/**
 * Inline rather than a `$ref`: OpenAPI 3.0 cannot make a referenced schema nullable in a way that
 * validators agree on, and the swagger plugin drops `| null` on class types.
 */
const AVATAR_EXPORT_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  description: 'The uploaded avatar, or null',
  required: ['url', 'thumbnails', 'contentType', 'width', 'height', 'updatedAt'],
  properties: {
    url: URL_STRING,
    thumbnails: { type: 'object', required: ['small', 'medium'], properties: { small: URL_STRING, medium: URL_STRING } },
    contentType: { type: 'string', example: 'image/webp' },
    width: { type: 'number' },
    height: { type: 'number' },
    updatedAt: { type: 'string' },
  },
};

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
  activity: ActivityResponseDto[];
  @ApiProperty(AVATAR_EXPORT_SCHEMA)
  avatar: AvatarExport | null;
  invitations: InvitationsExportDto;
  /** Codes in flight: metadata only, never the code. */
  pendingCodes: PendingCodeExportDto[];
}
