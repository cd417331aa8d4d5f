import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiMessage, ApiRoleRestricted, ApiSignedIn, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { UsersMessages } from '../users/users.messages.js';
import { SessionResponseDto } from './dto/session-response.dto.js';

/** The OpenAPI description of each sessions handler, one decorator per handler. */
const REVOKED = 'Session revoked successfully';
const SESSION_NOT_FOUND = new DomainError('SESSION_NOT_FOUND', 'Session not found');
const FORBIDDEN = [Errors.forbidden(), Errors.forbidden(UsersMessages.cannotActOnAdmin)];
const sessionId = () => ApiParam({ name: 'sessionId', type: String, example: '3b9d6c1e-8f2a-4e57-a1c0-5d2e9f7b4a61' });

export const ApiListOwnSessions = () =>
  applyDecorators(
    ApiOperation({ summary: 'One’s active sessions (signed-in devices)' }),
    ApiOkResponse({ type: SessionResponseDto, isArray: true }),
    ApiSignedIn(),
  );

export const ApiRevokeOwnSession = () =>
  applyDecorators(sessionId(), ApiSignedIn(SESSION_NOT_FOUND), ApiMessage('Sign one of one’s sessions out', REVOKED));

export const ApiListUserSessions = () =>
  applyDecorators(
    ApiOperation({ summary: 'A user’s active sessions (admin and above)' }),
    ApiUserIdParam(),
    ApiOkResponse({ type: SessionResponseDto, isArray: true }),
    ApiRoleRestricted(...FORBIDDEN, Errors.userNotFound()),
  );

export const ApiRevokeUserSession = () =>
  applyDecorators(
    ApiUserIdParam(),
    sessionId(),
    ApiRoleRestricted(...FORBIDDEN, Errors.userNotFound(), SESSION_NOT_FOUND),
    ApiMessage('Sign one of a user’s sessions out (admin and above)', REVOKED),
  );
