import { Injectable } from '@nestjs/common';
import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { activityLog, type ActivityRow } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import type { ActivityType } from './activity-types.js';

export interface NewActivity {
  userId: string;
  actorId?: string | null;
  type: ActivityType;
  description: string;
  metadata?: Record<string, unknown>;
  ip?: string | null;
  userAgent?: string | null;
}

export interface ActivityCriteria {
  userId: string;
  type?: ActivityType;
  from?: Date;
  to?: Date;
  page: number;
  limit: number;
}

@Injectable()
export class ActivityRepository {
  constructor(private readonly tx: TransactionHost) {}

  async add(entry: NewActivity): Promise<void> {
    await this.tx.db.insert(activityLog).values({
      userId: entry.userId,
      actorId: entry.actorId ?? null,
      type: entry.type,
      description: entry.description,
      metadata: entry.metadata ?? {},
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
    });
  }

  async list(criteria: ActivityCriteria): Promise<{ rows: ActivityRow[]; total: number }> {
    const conditions: SQL[] = [eq(activityLog.userId, criteria.userId)];
    if (criteria.type) conditions.push(eq(activityLog.type, criteria.type));
    if (criteria.from) conditions.push(gte(activityLog.createdAt, criteria.from));
    if (criteria.to) conditions.push(lte(activityLog.createdAt, criteria.to));
    const where = and(...conditions);
    const [rows, [{ total }]] = await Promise.all([
      this.tx.db
        .select()
        .from(activityLog)
        .where(where)
        .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
        .limit(criteria.limit)
        .offset((criteria.page - 1) * criteria.limit),
      this.tx.db.select({ total: count() }).from(activityLog).where(where),
    ]);
    return { rows, total };
  }

  /** The user's whole log, newest first: for the user's data export. */
  async listAllForUser(userId: string): Promise<ActivityRow[]> {
    return this.tx.db
      .select()
      .from(activityLog)
      .where(eq(activityLog.userId, userId))
      .orderBy(desc(activityLog.createdAt), desc(activityLog.id));
  }
}
