import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoleRestricted } from '../docs/api-docs.decorators.js';
import { UserStatsDto } from './dto/user-stats.dto.js';

/** The OpenAPI description of the statistics handler. */
export const ApiUserStats = () =>
  applyDecorators(
    ApiTags('users'),
    ApiOperation({ summary: 'Counts of users: total, active, verified, per role (moderator and above)' }),
    ApiOkResponse({ type: UserStatsDto }),
    ApiRoleRestricted(),
  );
