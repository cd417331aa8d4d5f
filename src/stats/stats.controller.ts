import { Controller, Get } from '@nestjs/common';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ApiUserStats } from './stats.openapi.js';
import { StatsService } from './stats.service.js';

@Controller('users/stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get() @RequirePermission('stats:read') @ApiUserStats()
  get() {
    return this.stats.stats();
  }
}
