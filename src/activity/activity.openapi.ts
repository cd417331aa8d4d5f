import { applyDecorators } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Errors } from '../common/errors/domain-error.js';
import { ApiPageResponse, ApiRoleRestricted, ApiUserIdParam } from '../docs/api-docs.decorators.js';
import { ActivityPageDto } from './dto/activity-response.dto.js';

/** The OpenAPI description of the activity handler. */
export const ApiListActivity = () =>
  applyDecorators(
    ApiOperation({ summary: 'A user’s activity log, newest first (oneself, or admin and above)' }),
    ApiUserIdParam(),
    ApiPageResponse(ActivityPageDto),
    ApiRoleRestricted(Errors.badRequest('from', 'from must not be after to'), Errors.userNotFound()),
  );
