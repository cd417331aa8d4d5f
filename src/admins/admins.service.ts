import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { Actor } from '../auth/actor.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import { SessionRepository } from '../auth/session.repository.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { isPrivileged, isSuperAdmin } from '../common/policy/roles.js';
import { TransactionHost } from '../database/transaction-host.js';
import { toAdminResponse, type AdminResponse } from '../users/user.mapper.js';
import type { UserRecord } from '../users/user.record.js';
import { UserRepository } from '../users/user.repository.js';
import { UsersService } from '../users/users.service.js';
import { AdminsMessages } from './admins.messages.js';
import type { CreateAdminResponseDto } from './dto/create-admin-response.dto.js';
import type { CreateAdminDto } from './dto/create-admin.dto.js';

/** Super-admin management of admin accounts (seed 000's "Super Admin Management"). */
@Injectable()
export class AdminsService {
  constructor(
    private readonly users: UserRepository,
    private readonly usersService: UsersService,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly activity: ActivityService,
    private readonly tx: TransactionHost,
  ) {}

  async list(): Promise<AdminResponse[]> {
    return (await this.users.listPrivileged()).map(toAdminResponse);
  }

  async create(actor: Actor, dto: CreateAdminDto, client: ClientInfo): Promise<CreateAdminResponseDto> {
    const roles = dto.roles ?? ['admin'];
    if (!isPrivileged(roles)) throw Errors.badRequest('roles', AdminsMessages.rolesMustBePrivileged);
    const passwordHash = await this.hasher.hash(dto.password);
    const admin = await this.tx.run(async () => {
      const created = await this.users.create({
        email: dto.email,
        firstName: dto.firstName,
        lastName: dto.lastName,
        phoneNumber: dto.phoneNumber,
        age: dto.age,
        description: dto.description ?? null,
        roles,
        passwordHash,
        isEmailVerified: true,
        isActive: true,
      });
      await this.activity.record({
        userId: created.id,
        actorId: actor.id,
        type: 'user_created',
        description: `Admin account created by ${actor.user.email}`,
        metadata: { roles },
        client,
      });
      return created;
    });
    return { message: AdminsMessages.created, admin: toAdminResponse(admin) };
  }

  async delete(id: string): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const admin = await this.lockAdmin(id);
      if (isSuperAdmin(admin.roles)) throw new DomainError('CANNOT_MODIFY_SUPER_ADMIN', AdminsMessages.cannotDeleteSuperAdmin);
      await this.users.delete(admin.id);
    });
    return { message: AdminsMessages.deleted };
  }

  async block(actor: Actor, id: string, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const admin = await this.lockAdmin(id);
      if (isSuperAdmin(admin.roles)) throw new DomainError('CANNOT_MODIFY_SUPER_ADMIN', AdminsMessages.cannotBlockSuperAdmin);
      if (!admin.blockedAt) {
        await this.users.update(admin.id, { blockedAt: new Date() });
        await this.sessions.revokeAllForUser(admin.id, 'blocked');
        await this.activity.record({ userId: admin.id, actorId: actor.id, type: 'blocked', description: 'Admin blocked', client });
      }
    });
    return { message: AdminsMessages.blocked };
  }

  async unblock(actor: Actor, id: string, client: ClientInfo): Promise<{ message: string }> {
    await this.tx.run(async () => {
      const admin = await this.lockAdmin(id);
      if (admin.blockedAt) {
        await this.users.update(admin.id, { blockedAt: null });
        await this.activity.record({ userId: admin.id, actorId: actor.id, type: 'unblocked', description: 'Admin unblocked', client });
      }
    });
    return { message: AdminsMessages.unblocked };
  }

  private async lockAdmin(id: string): Promise<UserRecord> {
    let user: UserRecord;
    try {
      user = await this.usersService.lockForAdminChange(id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'USER_NOT_FOUND') throw Errors.adminNotFound();
      throw error;
    }
    if (!isPrivileged(user.roles)) throw new DomainError('NOT_AN_ADMIN', AdminsMessages.notAnAdmin);
    return user;
  }
}
