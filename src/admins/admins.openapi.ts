import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiMessage, ApiRoleRestricted, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { AdminResponseDto } from '../docs/dto/user-response.dto.js';
import { AdminsMessages } from './admins.messages.js';
import { CreateAdminResponseDto } from './dto/create-admin-response.dto.js';

/** The OpenAPI description of each /users/admins handler (super admins only), one decorator per handler. */
const NOT_AN_ADMIN = new DomainError('NOT_AN_ADMIN', AdminsMessages.notAnAdmin);
const adminId = () => ApiUserIdParam('id', 'Id of an admin or super admin (UUID)');

export const ApiListAdmins = () =>
  applyDecorators(
    ApiOperation({ summary: 'Every admin and super admin, as a plain array' }),
    ApiOkResponse({ type: AdminResponseDto, isArray: true }),
    ApiRoleRestricted(),
  );

export const ApiCreateAdmin = () =>
  applyDecorators(
    ApiOperation({ summary: 'Create an admin account, verified and active (roles default to ["admin"])' }),
    ApiOkResponse({ type: CreateAdminResponseDto }),
    ApiRoleRestricted(Errors.badRequest('roles', AdminsMessages.rolesMustBePrivileged), Errors.emailInUse(), Errors.phoneNumberInUse()),
  );

export const ApiDeleteAdmin = () =>
  applyDecorators(
    adminId(),
    ApiRoleRestricted(NOT_AN_ADMIN, new DomainError('CANNOT_MODIFY_SUPER_ADMIN', AdminsMessages.cannotDeleteSuperAdmin), Errors.adminNotFound()),
    ApiMessage('Delete an admin account', AdminsMessages.deleted),
  );

export const ApiBlockAdmin = () =>
  applyDecorators(
    adminId(),
    ApiRoleRestricted(NOT_AN_ADMIN, new DomainError('CANNOT_MODIFY_SUPER_ADMIN', AdminsMessages.cannotBlockSuperAdmin), Errors.adminNotFound()),
    ApiMessage('Block an admin: their sessions end at once', AdminsMessages.blocked),
  );

export const ApiUnblockAdmin = () =>
  applyDecorators(
    adminId(),
    ApiRoleRestricted(NOT_AN_ADMIN, Errors.adminNotFound()),
    ApiMessage('Unblock an admin', AdminsMessages.unblocked),
  );
