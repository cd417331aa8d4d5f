import type { ActivityRow } from '../database/schema/index.js';
import type { ActivityType } from './activity-types.js';
import type { ActivityResponseDto } from './dto/activity-response.dto.js';

/** Declared once, as the documented DTO. */
export type ActivityResponse = ActivityResponseDto;

export function toActivityResponse(row: ActivityRow): ActivityResponse {
  return {
    id: row.id,
    type: row.type as ActivityType,
    description: row.description,
    metadata: row.metadata ?? {},
    ip: row.ip,
    userAgent: row.userAgent,
    actorId: row.actorId,
    createdAt: row.createdAt.toISOString(),
  };
}
