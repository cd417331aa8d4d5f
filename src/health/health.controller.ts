import { Controller, Get } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../common/decorators/public.decorator.js';
import { ApiLiveness, ApiReadiness } from './health.openapi.js';
import { HealthService } from './health.service.js';

@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get() @ApiLiveness()
  live() {
    return this.health.live();
  }

  @Get('ready') @ApiReadiness()
  ready() {
    return this.health.ready();
  }
}
