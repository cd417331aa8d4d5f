import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoleRestricted } from '../docs/api-docs.decorators.js';
import { UserMetricsResponseDto } from './dto/user-metrics-response.dto.js';

/** The OpenAPI description of the user metrics handler. */
export const ApiUserMetrics = () =>
  applyDecorators(
    ApiTags('users'),
    ApiOperation({ summary: 'Sign-ups, verification, activity and blocking figures for dashboards (admin and above)' }),
    ApiOkResponse({ type: UserMetricsResponseDto }),
    ApiRoleRestricted(),
  );
