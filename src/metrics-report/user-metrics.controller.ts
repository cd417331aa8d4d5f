import { Controller, Get } from '@nestjs/common';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ApiUserMetrics } from './user-metrics.openapi.js';
import { UserMetricsService } from './user-metrics.service.js';

@Controller('users/metrics')
export class UserMetricsController {
  constructor(private readonly metrics: UserMetricsService) {}

  @RequirePermission('metrics:read') @Get() @ApiUserMetrics()
  report() {
    return this.metrics.report();
  }
}
