import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../common/decorators/public.decorator.js';
import { MetricsAccessGuard } from './metrics-access.guard.js';
import { MetricsService } from './metrics.service.js';
import { ApiMetrics } from './metrics.openapi.js';

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public() @SkipThrottle() @UseGuards(MetricsAccessGuard) @Get() @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8') @ApiMetrics()
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}
