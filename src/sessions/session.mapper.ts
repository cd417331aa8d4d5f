import type { SessionView } from '../auth/session.repository.js';
import { describeDevice } from './device.js';
import type { SessionResponseDto } from './dto/session-response.dto.js';

/** Declared once, as the documented DTO. */
export type SessionResponse = SessionResponseDto;

export function toSessionResponse(session: SessionView, currentSessionId: string | null): SessionResponse {
  return {
    id: session.id,
    device: describeDevice(session.userAgent),
    userAgent: session.userAgent,
    ip: session.ip,
    createdAt: session.createdAt.toISOString(),
    lastUsedAt: session.lastUsedAt.toISOString(),
    expiresAt: session.expiresAt.toISOString(),
    current: session.id === currentSessionId,
  };
}
