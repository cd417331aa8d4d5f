import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../docs/api-docs.decorators.js';

export const METRICS_SCHEME = 'metrics-token';

export const ApiMetrics = () =>
  applyDecorators(
    ApiTags('operations'),
    ApiBearerAuth(METRICS_SCHEME),
    ApiOperation({
      summary: 'Prometheus metrics',
      description:
        'Text exposition format. With METRICS_TOKEN set, send `Authorization: Bearer <METRICS_TOKEN>`; ' +
        'without it the route is public outside production and absent in production.',
    }),
    ApiResponse({ status: 200, description: 'Prometheus text', content: { 'text/plain': { schema: { type: 'string' } } } }),
    ApiErrors(401, 404),
  );
