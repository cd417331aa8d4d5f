import type { ActivityRow } from '../database/schema/index.js';

export interface ActivityResponse {
  id: string;
  type: string;
  description: string;
  metadata: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  actorId: string | null;
  createdAt: string;
}

export function toActivityResponse(row: ActivityRow): ActivityResponse {
  return {
    id: row.id,
    type: row.type,
    description: row.description,
    metadata: row.metadata ?? {},
    ip: row.ip,
    userAgent: row.userAgent,
    actorId: row.actorId,
    createdAt: row.createdAt.toISOString(),
  };
}
