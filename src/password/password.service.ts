import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import { SessionRepository } from '../auth/session.repository.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { TransactionHost } from '../database/transaction-host.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { UserRepository } from '../users/user.repository.js';
import type { ChangePasswordDto } from './dto/change-password.dto.js';

export const PASSWORD_CHANGED_MESSAGE = 'Password updated successfully';

@Injectable()
export class PasswordService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  /** Checks the current password, stores the new one and signs out every other session, in one transaction. */
  async change(actor: Actor, dto: ChangePasswordDto, client: ClientInfo): Promise<{ message: string }> {
    const user = await this.users.findByIdWithPassword(actor.id);
    if (!user) throw Errors.userNotFound();
    if (!(await this.hasher.verify(dto.currentPassword, user.passwordHash))) {
      throw new DomainError('INVALID_PASSWORD', 'Current password is incorrect');
    }
    if (dto.newPassword === dto.currentPassword) {
      throw Errors.badRequest('newPassword', 'newPassword must differ from the current password');
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.tx.run(async () => {
      await this.users.update(user.id, { passwordHash });
      const revoked = await this.sessions.revokeAllForUser(user.id, 'password changed', actor.sessionId);
      await this.mail.send(MailTemplates.passwordChanged(user.email));
      await this.activity.record({
        userId: user.id,
        type: 'password_changed',
        description: 'Password changed',
        metadata: { otherSessionsRevoked: revoked },
        client,
      });
    });
    return { message: PASSWORD_CHANGED_MESSAGE };
  }
}
