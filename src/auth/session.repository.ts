import { Injectable } from '@nestjs/common';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { sessions, type SessionRow } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';

export type SessionView = Omit<SessionRow, 'tokenHash' | 'generation'>;

const VIEW_COLUMNS = {
  id: sessions.id,
  userId: sessions.userId,
  ip: sessions.ip,
  userAgent: sessions.userAgent,
  createdAt: sessions.createdAt,
  lastUsedAt: sessions.lastUsedAt,
  expiresAt: sessions.expiresAt,
  revokedAt: sessions.revokedAt,
  revokedReason: sessions.revokedReason,
};

export type RotationResult =
  | { outcome: 'rotated'; session: SessionView }
  | { outcome: 'reused'; userId: string }
  | { outcome: 'unknown' | 'expired' | 'revoked' };

@Injectable()
export class SessionRepository {
  constructor(private readonly tx: TransactionHost) {}

  async create(values: { userId: string; tokenHash: string; ttlSeconds: number; ip: string | null; userAgent: string | null }): Promise<SessionView> {
    const [row] = await this.tx.db
      .insert(sessions)
      .values({
        userId: values.userId,
        tokenHash: values.tokenHash,
        ip: values.ip,
        userAgent: values.userAgent,
        expiresAt: sql`now() + make_interval(secs => ${values.ttlSeconds})` as never,
      })
      .returning(VIEW_COLUMNS);
    return row;
  }

  /**
   * Swaps the session's refresh-token hash in one atomic UPDATE: of parallel refreshes with one
   * token, exactly one matches. A token that no longer matches a live session is an old one of
   * the family, presented again: the whole session is revoked.
   */
  async rotate(sessionId: string, presentedHash: string, nextHash: string): Promise<RotationResult> {
    const [rotated] = await this.tx.db
      .update(sessions)
      .set({ tokenHash: nextHash, generation: sql`${sessions.generation} + 1`, lastUsedAt: sql`now()` })
      .where(
        and(
          eq(sessions.id, sessionId),
          eq(sessions.tokenHash, presentedHash),
          isNull(sessions.revokedAt),
          sql`${sessions.expiresAt} > now()`,
        ),
      )
      .returning(VIEW_COLUMNS);
    if (rotated) return { outcome: 'rotated', session: rotated };

    const [existing] = await this.tx.db
      .select({ userId: sessions.userId, revokedAt: sessions.revokedAt, expired: sql<boolean>`${sessions.expiresAt} <= now()` })
      .from(sessions)
      .where(eq(sessions.id, sessionId));
    if (!existing) return { outcome: 'unknown' };
    if (existing.revokedAt) return { outcome: 'revoked' };
    if (existing.expired) return { outcome: 'expired' };
    await this.revoke(sessionId, 'refresh token reuse');
    return { outcome: 'reused', userId: existing.userId };
  }

  async findByToken(sessionId: string, tokenHash: string): Promise<SessionView | undefined> {
    const [row] = await this.tx.db
      .select(VIEW_COLUMNS)
      .from(sessions)
      .where(and(eq(sessions.id, sessionId), eq(sessions.tokenHash, tokenHash)));
    return row;
  }

  async revoke(sessionId: string, reason: string, userId?: string): Promise<boolean> {
    const revoked = await this.tx.db
      .update(sessions)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), userId ? eq(sessions.userId, userId) : undefined))
      .returning({ id: sessions.id });
    return revoked.length > 0;
  }

  /** Revokes every live session of the user, but `exceptSessionId` when given. */
  async revokeAllForUser(userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const revoked = await this.tx.db
      .update(sessions)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(
        and(
          eq(sessions.userId, userId),
          isNull(sessions.revokedAt),
          exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
        ),
      )
      .returning({ id: sessions.id });
    return revoked.length;
  }

  async listActiveForUser(userId: string): Promise<SessionView[]> {
    return this.tx.db
      .select(VIEW_COLUMNS)
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.expiresAt} > now()`))
      .orderBy(desc(sessions.lastUsedAt));
  }

  /** Every session row of the user, revoked and expired ones too: for the user's data export. */
  async listAllForUser(userId: string): Promise<SessionView[]> {
    return this.tx.db.select(VIEW_COLUMNS).from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt));
  }
}
