import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError } from '../common/errors/domain-error.js';
import { paginationOf, type Pagination } from '../common/http/list-response.js';
import { TransactionHost } from '../database/transaction-host.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { assertMayAssignRoles, assertMayManage } from '../users/user-access.policy.js';
import { UserRepository } from '../users/user.repository.js';
import type { InvitationQueryDto } from './dto/invitation-query.dto.js';
import type { InviteUserDto } from './dto/invite-user.dto.js';
import type { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { invitationStatusOf } from './invitation-status.js';
import { INVITATION_TTL_SECONDS, hashInvitationToken, newInvitationToken } from './invitation-token.js';
import { toInvitationResponse, type InvitationResponse } from './invitation.mapper.js';
import { InvitationRepository, type InvitationRecord } from './invitation.repository.js';
import { InvitationsMessages } from './invitations.messages.js';

export const INVITATION_PAGE_DEFAULT = 10;

export interface InvitationPage {
  invitations: InvitationResponse[];
  pagination: Pagination;
  offset: number;
}

const invalidInvitation = () => new DomainError('INVALID_INVITATION', InvitationsMessages.invalid);
const invitationNotFound = () => new DomainError('INVITATION_NOT_FOUND', InvitationsMessages.notFound);
const alreadyAccepted = () => new DomainError('INVITATION_ALREADY_ACCEPTED', InvitationsMessages.alreadyAccepted);

/**
 * Admins invite people by email: the account exists at once, inactive and without a password,
 * and becomes usable when its owner accepts with the mailed token and chooses a password.
 * Revoking keeps the dormant account (and the invitation, for the record); resending a pending,
 * expired or revoked invitation issues a fresh token.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  async invite(actor: Actor, dto: InviteUserDto, client: ClientInfo): Promise<InvitationResponse> {
    const roles = dto.roles ?? ['user'];
    assertMayAssignRoles(actor, [], roles);
    const token = newInvitationToken();
    return this.tx.run(async () => {
      const user = await this.users.create({
        email: dto.email,
        firstName: dto.firstName,
        lastName: dto.lastName,
        roles,
        passwordHash: null,
        isEmailVerified: false,
        isActive: false,
      });
      const invitation = await this.invitations.create({
        userId: user.id,
        invitedBy: actor.id,
        tokenHash: hashInvitationToken(token),
        ttlSeconds: INVITATION_TTL_SECONDS,
      });
      await this.activity.record({
        userId: user.id,
        actorId: actor.id,
        type: 'invited',
        description: `Invited by ${actor.user.email}`,
        metadata: { invitationId: invitation.id, roles },
        client,
      });
      await this.mail.send(MailTemplates.invitation(user.email, token, INVITATION_TTL_SECONDS, this.nameOf(actor)));
      const { tokenHash: _hash, ...rest } = invitation;
      return toInvitationResponse({ ...rest, email: user.email, firstName: user.firstName, lastName: user.lastName, roles: user.roles });
    });
  }

  /** Unknown, expired, revoked and used tokens get the same answer: nothing to learn by probing. */
  async accept(dto: AcceptInvitationDto, client: ClientInfo): Promise<{ message: string }> {
    const passwordHash = await this.hasher.hash(dto.password);
    await this.tx.run(async () => {
      const invitation = await this.invitations.findByTokenHashForUpdate(hashInvitationToken(dto.token));
      if (!invitation || invitationStatusOf(invitation) !== 'pending') throw invalidInvitation();
      await this.invitations.markAccepted(invitation.id);
      // The token came by mail, so it proves the address.
      const user = await this.users.update(invitation.userId, {
        passwordHash,
        isEmailVerified: true,
        isActive: true,
        failedSignIns: 0,
        lockedUntil: null,
      });
      if (!user) throw invalidInvitation();
      await this.activity.record({
        userId: user.id,
        type: 'invitation_accepted',
        description: 'Invitation accepted and password set',
        metadata: { invitationId: invitation.id },
        client,
      });
    });
    return { message: InvitationsMessages.accepted };
  }

  async list(query: InvitationQueryDto): Promise<InvitationPage> {
    const page = query.page ?? 1;
    const limit = query.limit ?? INVITATION_PAGE_DEFAULT;
    const { rows, total } = await this.invitations.list({ status: query.status, email: query.email?.trim() || undefined, page, limit });
    return { invitations: rows.map(toInvitationResponse), pagination: paginationOf(page, limit, total), offset: (page - 1) * limit };
  }

  /** Idempotent; an accepted invitation cannot be revoked (deactivate or delete the user instead). */
  async revoke(actor: Actor, id: string, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const invitation = await this.requireManageable(actor, id);
      const status = invitationStatusOf(invitation);
      if (status === 'accepted') throw alreadyAccepted();
      if (status === 'revoked') return;
      await this.invitations.markRevoked(invitation.id);
      await this.activity.record({
        userId: invitation.userId,
        actorId: actor.id,
        type: 'invitation_revoked',
        description: `Invitation revoked by ${actor.user.email}`,
        metadata: { invitationId: invitation.id },
        client,
      });
    });
    return { message: InvitationsMessages.revoked };
  }

  async resend(actor: Actor, id: string, client: ClientInfo): Promise<InvitationResponse> {
    const token = newInvitationToken();
    return this.tx.run(async () => {
      const invitation = await this.requireManageable(actor, id);
      if (invitationStatusOf(invitation) === 'accepted') throw alreadyAccepted();
      await this.invitations.reissue(invitation.id, hashInvitationToken(token), INVITATION_TTL_SECONDS);
      await this.activity.record({
        userId: invitation.userId,
        actorId: actor.id,
        type: 'invitation_resent',
        description: `Invitation sent again by ${actor.user.email}`,
        metadata: { invitationId: invitation.id },
        client,
      });
      await this.mail.send(MailTemplates.invitation(invitation.email, token, INVITATION_TTL_SECONDS, this.nameOf(actor)));
      const reissued = await this.invitations.findByIdForUpdate(invitation.id);
      return toInvitationResponse(reissued ?? invitation);
    });
  }

  /** Only a super admin acts on invitations into `admin` or `super_admin`, as on those accounts. */
  private async requireManageable(actor: Actor, id: string): Promise<InvitationRecord> {
    const invitation = await this.invitations.findByIdForUpdate(id);
    if (!invitation) throw invitationNotFound();
    assertMayManage(actor, invitation);
    return invitation;
  }

  private nameOf(actor: Actor): string {
    return `${actor.user.firstName} ${actor.user.lastName}`.trim() || actor.user.email;
  }
}
