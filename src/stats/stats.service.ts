import { Injectable } from '@nestjs/common';
import type { Role } from '../common/policy/roles.js';
import { UserRepository } from '../users/user.repository.js';

export interface UserStats {
  totalUsers: number;
  activeUsers: number;
  verifiedUsers: number;
  usersByRole: Record<Role, number>;
}

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
