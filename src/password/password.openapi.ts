import { applyDecorators } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiMessage, ApiSignedIn } from '../docs/api-docs.decorators.js';
import { PASSWORD_CHANGED_MESSAGE } from './password.service.js';

/** The OpenAPI description of the password handler. */
export const ApiChangePassword = () =>
  applyDecorators(
    ApiTags('account'),
    ApiSignedIn(
      new DomainError('INVALID_PASSWORD', 'Current password is incorrect'),
      Errors.badRequest('newPassword', 'newPassword must differ from the current password'),
    ),
    ApiMessage('Change one’s password with the current one; every other session ends', PASSWORD_CHANGED_MESSAGE),
  );
