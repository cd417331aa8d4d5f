import { Injectable } from '@nestjs/common';
import { UserRepository } from '../users/user.repository.js';
import type { UserStatsDto } from './dto/user-stats.dto.js';

/** Declared once, as the documented DTO. */
export type UserStats = UserStatsDto;

const CACHE_MS = 2_000;

/**
 * Seed 000's statistics. Counting a large table costs tens of milliseconds, so one answer is
 * shared for at most two seconds, and concurrent requests share one query.
 */
@Injectable()
export class StatsService {
  private cached?: { at: number; value: Promise<UserStats> };

  constructor(private readonly users: UserRepository) {}

  stats(): Promise<UserStats> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.value;
    const value = this.users.stats();
    this.cached = { at: now, value };
    value.catch(() => (this.cached = undefined));
    return value;
  }
}
