import { ApiProperty } from '@nestjs/swagger';
import { PaginationDto } from '../../docs/dto/pagination.dto.js';
import type { ActivityType } from '../activity-types.js';

/** One entry of a user's activity log (seed 001). */
export class ActivityResponseDto {
  /** @example "9c4b2e7a-1d3f-4a8b-b6e5-0f2c7d9a3e18" */
  id: string;
  /** @example "login" */
  type: ActivityType;
  /** @example "Signed in" */
  description: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} })
  metadata: Record<string, unknown>;
  /** @example "192.168.1.1" */
  ip: string | null;
  /** @example "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0" */
  userAgent: string | null;
  /**
   * The admin who acted, when not the user themself.
   * @example null
   */
  actorId: string | null;
  /** @example "2024-01-16T10:30:00.000Z" */
  createdAt: string;
}

/** `GET /users/:id/activity`: one page of the log, newest first. */
export class ActivityPageDto {
  activities: ActivityResponseDto[];
  pagination: PaginationDto;
}
