import type { SessionView } from '../auth/session.repository.js';
import { describeDevice } from './device.js';

export interface SessionResponse {
  id: string;
  device: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  current: boolean;
}

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
