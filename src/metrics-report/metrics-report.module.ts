import { Module } from '@nestjs/common';
import { UserMetricsController } from './user-metrics.controller.js';
import { UserMetricsRepository } from './user-metrics.repository.js';
import { UserMetricsService } from './user-metrics.service.js';

/** `GET /users/metrics`: seed 003's user metrics (not the Prometheus `/metrics`). */
@Module({
  controllers: [UserMetricsController],
  providers: [UserMetricsService, UserMetricsRepository],
})
export class MetricsReportModule {}
