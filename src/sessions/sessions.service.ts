import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import { SessionRepository } from '../auth/session.repository.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { TransactionHost } from '../database/transaction-host.js';
import { assertMayManage } from '../users/user-access.policy.js';
import { isUuid, UserRepository } from '../users/user.repository.js';
import { toSessionResponse, type SessionResponse } from './session.mapper.js';

const sessionNotFound = () => new DomainError('SESSION_NOT_FOUND', 'Session not found');

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  async listOwn(actor: Actor): Promise<SessionResponse[]> {
    const rows = await this.sessions.listActiveForUser(actor.id);
    return rows.map((row) => toSessionResponse(row, actor.sessionId));
  }

  async revokeOwn(actor: Actor, sessionId: string, client: ClientInfo): Promise<{ message: string }> {
    await this.revoke(actor, actor.id, sessionId, client);
    return { message: 'Session revoked successfully' };
  }

  async listForUser(actor: Actor, userId: string): Promise<SessionResponse[]> {
    await this.target(actor, userId);
    const rows = await this.sessions.listActiveForUser(userId);
    return rows.map((row) => toSessionResponse(row, userId === actor.id ? actor.sessionId : null));
  }

  async revokeForUser(actor: Actor, userId: string, sessionId: string, client: ClientInfo): Promise<{ message: string }> {
    await this.target(actor, userId);
    await this.revoke(actor, userId, sessionId, client);
    return { message: 'Session revoked successfully' };
  }

  private async target(actor: Actor, userId: string) {
    const user = await this.users.findById(userId);
    if (!user) throw Errors.userNotFound();
    if (user.id !== actor.id) assertMayManage(actor, user);
    return user;
  }

  private async revoke(actor: Actor, userId: string, sessionId: string, client: ClientInfo): Promise<void> {
    if (!isUuid(sessionId)) throw sessionNotFound();
    await this.tx.run(async () => {
      const reason = actor.id === userId ? 'revoked by the user' : 'revoked by an admin';
      if (!(await this.sessions.revoke(sessionId, reason, userId))) throw sessionNotFound();
      await this.activity.record({
        userId,
        actorId: actor.id,
        type: 'session_revoked',
        description: actor.id === userId ? 'Session revoked' : 'Session revoked by an admin',
        metadata: { sessionId },
        client,
      });
    });
  }
}
