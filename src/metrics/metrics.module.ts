import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MetricsAccessGuard } from './metrics-access.guard.js';
import { MetricsController } from './metrics.controller.js';
import { instrumentRequests } from './metrics.hook.js';
import { MetricsService } from './metrics.service.js';

/** Prometheus `/metrics`; `MetricsService` is global so that any module can count its events. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, MetricsAccessGuard],
  exports: [MetricsService],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    instrumentRequests(this.adapterHost.httpAdapter.getInstance() as FastifyInstance, this.metrics);
  }
}
