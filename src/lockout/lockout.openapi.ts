import { applyDecorators } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Errors } from '../common/errors/domain-error.js';
import { ApiMessage, ApiRoleRestricted, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { LockoutMessages } from './lockout.service.js';

/** The OpenAPI description of the unlock handler. */
export const ApiUnlockUser = () =>
  applyDecorators(
    ApiTags('users'),
    ApiUserIdParam(),
    ApiRoleRestricted(Errors.forbidden(), Errors.forbidden('Only a super admin may act on an admin or super admin'), Errors.userNotFound()),
    ApiMessage('Lift a brute-force sign-in lock (admin and above; not on admins unless super admin)', LockoutMessages.unlocked),
  );
