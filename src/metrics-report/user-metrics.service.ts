import { Injectable } from '@nestjs/common';
import type { UserMetricsResponseDto } from './dto/user-metrics-response.dto.js';
import { UserMetricsRepository } from './user-metrics.repository.js';

export const SIGNUP_DAYS = 30;

/** Declared once, as the documented DTO. */
export type UserMetricsResponse = UserMetricsResponseDto;

@Injectable()
export class UserMetricsService {
  constructor(private readonly metrics: UserMetricsRepository) {}

  async report(): Promise<UserMetricsResponse> {
    const [counts, signupsLast30Days] = await Promise.all([this.metrics.counts(), this.metrics.signupsPerDay(SIGNUP_DAYS)]);
    return {
      createdThisMonth: counts.createdThisMonth,
      createdThisYear: counts.createdThisYear,
      signupsLast30Days,
      unverified: counts.unverified,
      inactive: counts.inactive,
      blocked: counts.blocked,
      locked: counts.locked,
      activeLast24h: counts.activeLast24h,
      activeLast7d: counts.activeLast7d,
      activeLast30d: counts.activeLast30d,
      total: counts.total,
      generatedAt: new Date().toISOString(),
    };
  }
}
