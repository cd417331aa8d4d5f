import { toActivityResponse, type ActivityResponse } from '../activity/activity.mapper.js';
import type { SessionView } from '../auth/session.repository.js';
import type { CodePurpose } from '../database/schema/index.js';
import { toInvitationResponse, type InvitationResponse } from '../invitations/invitation.mapper.js';
import type { InvitationRecord } from '../invitations/invitation.repository.js';
import { toSessionResponse, type SessionResponse } from '../sessions/session.mapper.js';
import { toCurrentUserResponse, type CurrentUserResponse } from '../users/user.mapper.js';
import type { UserRecord } from '../users/user.record.js';
import type { ActivityRow } from '../database/schema/index.js';

export interface AvatarExport {
  url: string;
  thumbnails: { small: string; medium: string };
  contentType: string;
  width: number;
  height: number;
  updatedAt: string;
}

export interface SessionExport extends SessionResponse {
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface PendingCodeExport {
  purpose: CodePurpose;
  attempts: number;
  createdAt: string;
  expiresAt: string;
}

/** Everything held about one user (GET /users/me/export); hashes and codes are never part of it. */
export interface AccountExport {
  exportedAt: string;
  user: CurrentUserResponse;
  sessions: SessionExport[];
  activity: ActivityResponse[];
  avatar: AvatarExport | null;
  invitations: { received: InvitationResponse[]; sent: InvitationResponse[] };
  pendingCodes: PendingCodeExport[];
}

export interface AccountData {
  user: UserRecord;
  currentSessionId: string;
  sessions: SessionView[];
  activity: ActivityRow[];
  avatar: AvatarExport | null;
  invitations: InvitationRecord[];
  codes: Array<{ purpose: CodePurpose; attempts: number; createdAt: Date; expiresAt: Date }>;
}

export function toAccountExport(data: AccountData, now = new Date()): AccountExport {
  return {
    exportedAt: now.toISOString(),
    user: toCurrentUserResponse(data.user),
    sessions: data.sessions.map((session) => ({
      ...toSessionResponse(session, data.currentSessionId),
      revokedAt: session.revokedAt?.toISOString() ?? null,
      revokedReason: session.revokedReason,
    })),
    activity: data.activity.map(toActivityResponse),
    avatar: data.avatar,
    invitations: {
      received: data.invitations.filter((i) => i.userId === data.user.id).map(toInvitationResponse),
      sent: data.invitations.filter((i) => i.invitedBy === data.user.id).map(toInvitationResponse),
    },
    pendingCodes: data.codes.map((code) => ({
      purpose: code.purpose,
      attempts: code.attempts,
      createdAt: code.createdAt.toISOString(),
      expiresAt: code.expiresAt.toISOString(),
    })),
  };
}
