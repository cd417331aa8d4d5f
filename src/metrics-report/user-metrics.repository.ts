import { Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { users } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import type { UserMetricsResponseDto } from './dto/user-metrics-response.dto.js';

/** The counted figures of the report, as the documented DTO declares them. */
export type UserMetricCounts = Omit<UserMetricsResponseDto, 'signupsLast30Days' | 'generatedAt'>;

const UTC_TODAY = sql`(now() at time zone 'UTC')::date`;
/** When a user last did something: a request (stamped once a minute) or a sign-in. */
const LAST_SEEN = sql`greatest(${users.lastActivity}, ${users.lastLoginAt})`;

/** Seed 003's dashboard numbers, counted in PostgreSQL: one pass for the counts, one for the days. */
@Injectable()
export class UserMetricsRepository {
  constructor(private readonly tx: TransactionHost) {}

  async counts(): Promise<UserMetricCounts> {
    const [row] = await this.tx.db
      .select({
        total: sql<number>`count(*)::int`,
        createdThisMonth: sql<number>`count(*) filter (where ${users.createdAt} >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC')::int`,
        createdThisYear: sql<number>`count(*) filter (where ${users.createdAt} >= date_trunc('year', now() at time zone 'UTC') at time zone 'UTC')::int`,
        unverified: sql<number>`count(*) filter (where not ${users.isEmailVerified})::int`,
        inactive: sql<number>`count(*) filter (where not ${users.isActive})::int`,
        blocked: sql<number>`count(*) filter (where ${users.blockedAt} is not null)::int`,
        locked: sql<number>`count(*) filter (where ${users.lockedUntil} > now())::int`,
        activeLast24h: sql<number>`count(*) filter (where ${LAST_SEEN} >= now() - interval '24 hours')::int`,
        activeLast7d: sql<number>`count(*) filter (where ${LAST_SEEN} >= now() - interval '7 days')::int`,
        activeLast30d: sql<number>`count(*) filter (where ${LAST_SEEN} >= now() - interval '30 days')::int`,
      })
      .from(users);
    return row;
  }

  /** Sign-ups per UTC day over the last `days` days, today included, zero days included. */
  async signupsPerDay(days: number): Promise<Array<{ date: string; count: number }>> {
    const result = await this.tx.db.execute<{ date: string; count: number }>(sql`
      select to_char(day, 'YYYY-MM-DD') as date, coalesce(counts.count, 0)::int as count
      from generate_series(${UTC_TODAY} - ${days - 1}::int, ${UTC_TODAY}, interval '1 day') as day
      left join (
        select (${users.createdAt} at time zone 'UTC')::date as created_on, count(*) as count
        from ${users}
        where ${users.createdAt} >= (${UTC_TODAY} - ${days - 1}::int)::timestamp at time zone 'UTC'
        group by 1
      ) as counts on counts.created_on = day::date
      order by day`);
    const rows = (Array.isArray(result) ? result : (result as { rows: Array<{ date: string; count: number }> }).rows);
    return rows.map((row) => ({ date: row.date, count: Number(row.count) }));
  }
}
