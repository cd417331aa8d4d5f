import { Injectable } from '@nestjs/common';
import { ActivityRepository } from '../activity/activity.repository.js';
import type { Actor } from '../auth/actor.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import { SessionRepository } from '../auth/session.repository.js';
import { AvatarRepository } from '../avatars/avatar.repository.js';
import { avatarPath } from '../avatars/avatars.service.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { TransactionHost } from '../database/transaction-host.js';
import { InvitationRepository } from '../invitations/invitation.repository.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { UserRepository } from '../users/user.repository.js';
import { UsersService } from '../users/users.service.js';
import { OneTimeCodeRepository } from '../verification/one-time-code.repository.js';
import { toAccountExport, type AccountExport, type AvatarExport } from './account-export.mapper.js';
import type { DeleteAccountDto } from './dto/delete-account.dto.js';

export const ACCOUNT_DELETED_MESSAGE = 'Account deleted successfully';

/** The user's own rights over their data: a copy of all of it, and erasure. */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly users: UserRepository,
    private readonly usersService: UsersService,
    private readonly sessions: SessionRepository,
    private readonly activity: ActivityRepository,
    private readonly avatars: AvatarRepository,
    private readonly invitations: InvitationRepository,
    private readonly codes: OneTimeCodeRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly tx: TransactionHost,
  ) {}

  /** Read in one transaction, so the parts agree with each other. */
  async export(actor: Actor, origin: string): Promise<AccountExport> {
    return this.tx.run(
      async () => {
        const user = await this.usersService.requireUser(actor.id);
        const [sessions, activity, avatar, invitations, codes] = await Promise.all([
          this.sessions.listAllForUser(user.id),
          this.activity.listAllForUser(user.id),
          this.avatarOf(user.id, origin),
          this.invitations.listInvolving(user.id),
          this.codes.listMetadataForUser(user.id),
        ]);
        return toAccountExport({ user, currentSessionId: actor.sessionId, sessions, activity, avatar, invitations, codes });
      },
      { isolationLevel: 'repeatable read' },
    );
  }

  /**
   * Hard delete after the password is confirmed. Sessions, codes, avatar, activity and received
   * invitations go with the row (ON DELETE CASCADE); invitations the user sent keep existing with
   * `invitedBy` null. With the sessions gone, every token of the user fails on its next use.
   */
  async deleteOwn(actor: Actor, dto: DeleteAccountDto): Promise<{ message: string }> {
    const user = await this.users.findByIdWithPassword(actor.id);
    if (!user) throw Errors.userNotFound();
    if (!(await this.hasher.verify(dto.password, user.passwordHash))) {
      throw new DomainError('INVALID_PASSWORD', 'Password is incorrect');
    }
    await this.tx.run(async () => {
      const current = await this.usersService.lockForAdminChange(actor.id);
      await this.usersService.guardLastSuperAdmin(current, { roles: [] });
      await this.users.delete(current.id);
      await this.mail.send(MailTemplates.accountDeleted(current.email));
    });
    return { message: ACCOUNT_DELETED_MESSAGE };
  }

  private async avatarOf(userId: string, origin: string): Promise<AvatarExport | null> {
    const meta = await this.avatars.findMeta(userId);
    if (!meta) return null;
    return {
      url: origin + avatarPath(userId, meta.version),
      thumbnails: { small: origin + avatarPath(userId, meta.version, 'small'), medium: origin + avatarPath(userId, meta.version, 'medium') },
      contentType: meta.contentType,
      width: meta.width,
      height: meta.height,
      updatedAt: meta.updatedAt.toISOString(),
    };
  }
}
