import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiPageResponse, ApiRoleRestricted } from '../docs/api-docs.decorators.js';
import { VerificationBatchResultDto, VerificationRequestPageDto } from './dto/verification-request-response.dto.js';
import { VerificationMessages } from './verification-requests.service.js';
import { VERIFICATION_SORT_FIELDS } from './verification-request.types.js';

/** The OpenAPI description of each /users/verification-requests handler (admin and above). */
const USERS_NOT_FOUND = new DomainError('USER_NOT_FOUND', VerificationMessages.usersNotFound);

const batchResult = (message: string) =>
  ApiOkResponse({ type: VerificationBatchResultDto, example: { code: 200, message } });

export const ApiListVerificationRequests = () =>
  applyDecorators(
    ApiOperation({ summary: 'Pending verification and password-reset codes, with their users (codes are never shown)' }),
    ApiQuery({ name: 'page', required: false, type: Number, description: 'From 1 (default 1)' }),
    ApiQuery({ name: 'perPage', required: false, type: Number, description: 'Default 10 (alias `limit`)' }),
    ApiQuery({ name: 'sort', required: false, type: String, description: `Seed 003's \`["createdOn","DESC"]\`; fields: ${VERIFICATION_SORT_FIELDS.join(', ')}` }),
    ApiQuery({ name: 'filter', required: false, type: String, description: 'Seed 003\'s JSON filter, e.g. `{"requestTypeCode":"RPWR"}` or `{"q":"john","isActive":true}`' }),
    ApiPageResponse(VerificationRequestPageDto),
    ApiRoleRestricted(Errors.badRequest('sort', 'sort: must be ["field","ASC"] or ["field","DESC"]')),
  );

export const ApiResendVerificationEmails = () =>
  applyDecorators(
    ApiOperation({ summary: 'Mail a fresh verification code to each listed, unverified user (all or nothing)' }),
    batchResult(VerificationMessages.codesSent),
    ApiRoleRestricted(400, USERS_NOT_FOUND),
  );

export const ApiNewRequestCodes = () =>
  applyDecorators(
    ApiOperation({ summary: 'Issue and mail a new code of the given type to each listed user (all or nothing)' }),
    batchResult(VerificationMessages.requestsCreated),
    ApiRoleRestricted(400, USERS_NOT_FOUND),
  );
