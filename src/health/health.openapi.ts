import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-docs.decorators.js';
import { HealthStatusDto } from './dto/health-status.dto.js';

export const ApiLiveness = () =>
  applyDecorators(
    ApiTags('operations'),
    ApiOperation({ summary: 'Liveness: 200 while the process runs' }),
    ApiOkResponse({ type: HealthStatusDto, example: { status: 'ok', info: {}, error: {}, details: {} } }),
  );

export const ApiReadiness = () =>
  applyDecorators(
    ApiTags('operations'),
    ApiOperation({ summary: 'Readiness: the database (and Redis when configured) answer; else 503' }),
    ApiOkResponse({
      type: HealthStatusDto,
      example: { status: 'ok', info: { database: { status: 'up' } }, error: {}, details: { database: { status: 'up' } } },
    }),
    ApiErrors(503),
  );
