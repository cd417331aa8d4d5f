import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import { SessionRepository } from '../auth/session.repository.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { Errors } from '../common/errors/domain-error.js';
import { ifMatchAllows, type EntityTagCondition } from '../common/http/entity-tag.js';
import { estimatedPaginationOf, paginationOf } from '../common/http/list-response.js';
import { hasPermission } from '../common/policy/permissions.js';
import { isSuperAdmin, type Role } from '../common/policy/roles.js';
import { TransactionHost } from '../database/transaction-host.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { CODE_TTL_SECONDS, OneTimeCodesService } from '../verification/one-time-codes.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateMeDto } from './dto/update-me.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { UserPageDto } from './dto/user-page.dto.js';
import { assertMayAssignRoles, assertMayManage } from './user-access.policy.js';
import { profileChanges } from './user-changes.js';
import type { UserListCriteria } from './user-list.criteria.js';
import { toCurrentUserResponse, toUserResponse, type CurrentUserResponse, type UserResponse } from './user.mapper.js';
import type { UserRecord } from './user.record.js';
import { UserRepository, type UserChanges } from './user.repository.js';
import { UsersMessages } from './users.messages.js';

export type UserPage = UserPageDto;

/** The rules of user management; controllers hand over the caller and the validated input. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly codes: OneTimeCodesService,
    private readonly mail: MailService,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  /** The guard already loaded the caller: no further query. */
  me(actor: Actor): CurrentUserResponse {
    return toCurrentUserResponse(actor.user);
  }

  /** `ifMatch` is checked against the locked row, so two writers holding one ETag cannot both win. */
  async updateMe(actor: Actor, dto: UpdateMeDto, client: ClientInfo, ifMatch?: EntityTagCondition): Promise<CurrentUserResponse> {
    const updated = await this.tx.run(async () => {
      const current = await this.requireUser(actor.id, { lock: true });
      if (!ifMatchAllows(ifMatch, toCurrentUserResponse(current))) throw Errors.preconditionFailed();
      const changes = profileChanges(current, dto);
      const user = await this.applyChanges(current, changes);
      await this.activity.record({
        userId: actor.id,
        type: 'profile_updated',
        description: 'Profile updated',
        metadata: { fields: Object.keys(changes) },
        client,
      });
      if (changes.email) await this.sendVerificationCode(user);
      return user;
    });
    return toCurrentUserResponse(updated);
  }

  async list(criteria: UserListCriteria): Promise<UserPage> {
    const { rows, total, totalExact, hasNext } = await this.users.list(criteria);
    const pagination = totalExact
      ? paginationOf(criteria.page, criteria.limit, total)
      : estimatedPaginationOf(criteria.page, criteria.limit, total, hasNext);
    return { users: rows.map(toUserResponse), pagination };
  }

  async get(actor: Actor, id: string): Promise<UserResponse> {
    if (id !== actor.id && !hasPermission(actor.roles, 'users:read')) throw Errors.forbidden();
    return toUserResponse(await this.requireUser(id));
  }

  async create(actor: Actor, dto: CreateUserDto, client: ClientInfo): Promise<UserResponse> {
    const roles = this.requestedRoles(dto) ?? ['user'];
    assertMayAssignRoles(actor, [], roles);
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : null;
    const user = await this.tx.run(async () => {
      const created = await this.users.create({
        email: dto.email,
        username: dto.username ?? null,
        firstName: dto.firstName,
        lastName: dto.lastName,
        age: dto.age ?? null,
        phoneNumber: dto.phoneNumber ?? null,
        avatarUrl: dto.avatarUrl ?? dto.avatar ?? null,
        description: dto.description ?? null,
        profile: dto.profile ?? {},
        preferences: dto.preferences ?? {},
        roles,
        passwordHash,
        isEmailVerified: dto.isEmailVerified ?? false,
        isActive: dto.isActive ?? (dto.status ? dto.status === 'active' : true),
      });
      await this.activity.record({
        userId: created.id,
        actorId: actor.id,
        type: 'user_created',
        description: `Account created by ${actor.user.email}`,
        metadata: { roles },
        client,
      });
      return created;
    });
    return toUserResponse(user);
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto, client: ClientInfo, ifMatch?: EntityTagCondition): Promise<UserResponse> {
    const updated = await this.tx.run(async () => {
      const current = await this.lockForAdminChange(id);
      assertMayManage(actor, current);
      if (!ifMatchAllows(ifMatch, toUserResponse(current))) throw Errors.preconditionFailed();
      const changes = profileChanges(current, dto);
      const roles = this.requestedRoles(dto);
      if (roles) {
        assertMayAssignRoles(actor, current.roles, roles);
        changes.roles = roles;
      }
      if (dto.isEmailVerified !== undefined) changes.isEmailVerified = dto.isEmailVerified;
      const isActive = dto.isActive ?? (dto.status ? dto.status === 'active' : undefined);
      if (isActive !== undefined) changes.isActive = isActive;
      await this.guardLastSuperAdmin(current, changes);

      const user = await this.applyChanges(current, changes);
      await this.recordAdminUpdate(actor, current, user, Object.keys(changes), client);
      if (current.isActive && !user.isActive) await this.sessions.revokeAllForUser(user.id, 'deactivated');
      return user;
    });
    return toUserResponse(updated);
  }

  async setActive(actor: Actor, id: string, isActive: boolean, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const current = await this.lockForAdminChange(id);
      assertMayManage(actor, current);
      await this.guardLastSuperAdmin(current, { isActive });
      await this.users.update(id, { isActive });
      if (!isActive) await this.sessions.revokeAllForUser(id, 'deactivated');
      await this.activity.record({
        userId: id,
        actorId: actor.id,
        type: isActive ? 'activated' : 'deactivated',
        description: isActive ? 'Account activated' : 'Account deactivated',
        client,
      });
    });
    return { message: isActive ? UsersMessages.activated : UsersMessages.deactivated };
  }

  /**
   * Hard delete: sessions, codes, avatar, activity and invitations go with the row (ON DELETE
   * CASCADE). The acting admin's own log keeps the deletion, naming the id only: the rest of the
   * person's data is meant to be gone.
   */
  async delete(actor: Actor, id: string, client?: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const current = await this.lockForAdminChange(id);
      assertMayManage(actor, current);
      await this.guardLastSuperAdmin(current, { roles: [] });
      await this.users.delete(id);
      if (actor.id !== id) {
        await this.activity.record({
          userId: actor.id,
          type: 'user_deleted',
          description: `Deleted user ${id}`,
          metadata: { userId: current.id, roles: current.roles },
          client,
        });
      }
    });
    return { message: UsersMessages.deleted };
  }

  async requireUser(id: string, { lock = false } = {}): Promise<UserRecord> {
    const user = lock ? await this.users.findByIdForUpdate(id) : await this.users.findById(id);
    if (!user) throw Errors.userNotFound();
    return user;
  }

  /**
   * Locks the active super admins, then the target: always in this order, so that two admin
   * changes in parallel (two super admins demoting each other) queue instead of deadlocking, and
   * the second sees what the first did.
   */
  async lockForAdminChange(id: string): Promise<UserRecord> {
    await this.users.lockActiveSuperAdminIds();
    return this.requireUser(id, { lock: true });
  }

  /** Refuses a change that would leave no active super admin. Call after `lockForAdminChange`. */
  async guardLastSuperAdmin(current: UserRecord, changes: Pick<UserChanges, 'roles' | 'isActive' | 'blockedAt'>): Promise<void> {
    if (!isSuperAdmin(current.roles)) return;
    const staysActiveSuperAdmin =
      (changes.roles ? isSuperAdmin(changes.roles) : true) && changes.isActive !== false && !changes.blockedAt;
    if (staysActiveSuperAdmin) return;
    const active = await this.users.lockActiveSuperAdminIds();
    if (active.filter((id) => id !== current.id).length === 0) throw Errors.lastSuperAdmin();
  }

  private async applyChanges(current: UserRecord, changes: UserChanges): Promise<UserRecord> {
    if (Object.keys(changes).length === 0) return current;
    const user = await this.users.update(current.id, changes);
    if (!user) throw Errors.userNotFound();
    return user;
  }

  private requestedRoles(dto: { roles?: Role[]; role?: Role }): Role[] | undefined {
    if (dto.roles && dto.role && !dto.roles.includes(dto.role)) {
      throw Errors.badRequest('role', 'role and roles disagree; send one of them');
    }
    return dto.roles ?? (dto.role ? [dto.role] : undefined);
  }

  private async recordAdminUpdate(actor: Actor, before: UserRecord, after: UserRecord, fields: string[], client: ClientInfo) {
    const base = { userId: after.id, actorId: actor.id, client };
    await this.activity.record({ ...base, type: 'user_updated', description: 'Account updated by an admin', metadata: { fields } });
    const rolesChanged = before.roles.length !== after.roles.length || before.roles.some((r) => !after.roles.includes(r));
    if (rolesChanged) {
      await this.activity.record({
        ...base,
        type: 'role_changed',
        description: `Roles changed from ${before.roles.join(', ')} to ${after.roles.join(', ')}`,
        metadata: { from: before.roles, to: after.roles },
      });
    }
    if (before.isActive !== after.isActive) {
      await this.activity.record({
        ...base,
        type: after.isActive ? 'activated' : 'deactivated',
        description: after.isActive ? 'Account activated' : 'Account deactivated',
      });
    }
  }

  private async sendVerificationCode(user: UserRecord): Promise<void> {
    const code = await this.codes.issue(user.id, 'email_verification');
    await this.mail.send(MailTemplates.emailVerification(user.email, code, CODE_TTL_SECONDS));
  }
}
