import { Injectable } from '@nestjs/common';
import { UserMetricsRepository, type UserMetricCounts } from './user-metrics.repository.js';

export const SIGNUP_DAYS = 30;

export interface UserMetricsResponse extends UserMetricCounts {
  signupsLast30Days: Array<{ date: string; count: number }>;
  generatedAt: string;
}

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
