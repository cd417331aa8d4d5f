import { Injectable } from '@nestjs/common';
import {
  and,
  arrayOverlaps,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  isNotNull,
  isNull,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Errors } from '../common/errors/domain-error.js';
import { ROLES, type Role } from '../common/policy/roles.js';
import { USER_SEARCH_DOCUMENT, sessions, users, type NewUserRow } from '../database/schema/index.js';
import { violatedUniqueConstraint } from '../database/postgres-errors.js';
import type { Database } from '../database/database.types.js';
import { TransactionHost } from '../database/transaction-host.js';
import type { UserListCriteria, UserSortField } from './user-list.criteria.js';
import type { UserRecord } from './user.record.js';

const { passwordHash: _passwordHash, ...publicColumns } = getTableColumns(users);
/** Every column but the password hash: the default projection of every read. */
export const USER_PUBLIC_COLUMNS = publicColumns;

/** Where a keyset walk over `(created_at, id)` stands: the timestamp as text keeps its microseconds. */
export interface UserKeysetCursor {
  createdAt: string;
  id: string;
}

export type UserWithPassword = UserRecord & { passwordHash: string | null };
export type UserChanges = Partial<Omit<NewUserRow, 'id' | 'createdAt'>>;

/** Up to this many matches (by the planner's estimate) a listing counts them exactly. */
export const EXACT_COUNT_LIMIT = 1_000;

export interface UserListPage {
  rows: UserRecord[];
  hasNext: boolean;
  /** Exact when `totalExact`, else the planner's estimate (at least the rows seen so far). */
  total: number;
  totalExact: boolean;
}

const SORT_COLUMNS: Record<UserSortField, AnyPgColumn> = {
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  lastActivity: users.lastActivity,
  lastLoginAt: users.lastLoginAt,
  age: users.age,
  username: users.username,
  id: users.id,
};

const UNIQUE_ERRORS: Record<string, () => Error> = {
  users_email_lower_key: Errors.emailInUse,
  users_phone_number_key: Errors.phoneNumberInUse,
  users_username_lower_key: Errors.usernameInUse,
};

function rethrowAsDomainError(error: unknown): never {
  const constraint = violatedUniqueConstraint(error);
  const domainError = constraint !== undefined ? UNIQUE_ERRORS[constraint] : undefined;
  throw domainError ? domainError() : error;
}

/** `%term%` for ILIKE, with the user's own wildcards taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const byIdQuery = (db: Database) =>
  db.select(USER_PUBLIC_COLUMNS).from(users).where(eq(users.id, sql.placeholder('id')));

const sessionHolderQuery = (db: Database) =>
  db
    .select({
      user: USER_PUBLIC_COLUMNS,
      sessionLive: sql<boolean>`(${sessions.id} is not null and ${sessions.revokedAt} is null and ${sessions.expiresAt} > now())`,
    })
    .from(users)
    .leftJoin(sessions, and(eq(sessions.id, sql.placeholder('sessionId')), eq(sessions.userId, users.id)))
    .where(eq(users.id, sql.placeholder('userId')));

@Injectable()
export class UserRepository {
  /**
   * The reads of every authenticated request, built once and prepared by name (the server parses
   * them once per connection); inside a transaction the same statements are built on it.
   */
  private readonly prepared: {
    byId?: ReturnType<ReturnType<typeof byIdQuery>['prepare']>;
    sessionHolder?: ReturnType<ReturnType<typeof sessionHolderQuery>['prepare']>;
  } = {};

  constructor(private readonly tx: TransactionHost) {}

  async findById(id: string): Promise<UserRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const query = this.tx.inTransaction ? byIdQuery(this.tx.db) : (this.prepared.byId ??= byIdQuery(this.tx.db).prepare('users_by_id'));
    const [row] = await query.execute({ id });
    return row;
  }

  /** Locks the row for the rest of the transaction, so concurrent rule checks see one order. */
  async findByIdForUpdate(id: string): Promise<UserRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.tx.db.select(USER_PUBLIC_COLUMNS).from(users).where(eq(users.id, id)).for('update');
    return row;
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const [row] = await this.tx.db
      .select(USER_PUBLIC_COLUMNS)
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`);
    return row;
  }

  /** The one read that includes the password hash: for checking a password, nothing else. */
  async findByEmailWithPassword(email: string): Promise<UserWithPassword | undefined> {
    const [row] = await this.tx.db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`);
    return row;
  }

  async findByIdWithPassword(id: string): Promise<UserWithPassword | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.tx.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async findByEmails(emails: string[]): Promise<UserRecord[]> {
    if (emails.length === 0) return [];
    const lowered = emails.map((email) => email.toLowerCase());
    return this.tx.db
      .select(USER_PUBLIC_COLUMNS)
      .from(users)
      .where(sql`lower(${users.email}) in ${lowered}`);
  }

  /**
   * The user behind an access token and whether its session is live, in one round trip: the
   * guard's check on every authenticated request.
   */
  async findSessionHolder(userId: string, sessionId: string): Promise<{ user: UserRecord; sessionLive: boolean } | undefined> {
    if (!isUuid(userId) || !isUuid(sessionId)) return undefined;
    const query = this.tx.inTransaction
      ? sessionHolderQuery(this.tx.db)
      : (this.prepared.sessionHolder ??= sessionHolderQuery(this.tx.db).prepare('users_session_holder'));
    const [row] = await query.execute({ userId, sessionId });
    return row;
  }

  async create(values: NewUserRow): Promise<UserRecord> {
    try {
      const [row] = await this.tx.db.insert(users).values(values).returning(USER_PUBLIC_COLUMNS);
      return row;
    } catch (error) {
      rethrowAsDomainError(error);
    }
  }

  async update(id: string, changes: UserChanges): Promise<UserRecord | undefined> {
    if (!isUuid(id)) return undefined;
    try {
      const [row] = await this.tx.db
        .update(users)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(eq(users.id, id))
        .returning(USER_PUBLIC_COLUMNS);
      return row;
    } catch (error) {
      rethrowAsDomainError(error);
    }
  }

  async delete(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const deleted = await this.tx.db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
    return deleted.length > 0;
  }

  /** Stamps activity at most once a minute per user, whichever instance serves the request. */
  async touchLastActivity(id: string): Promise<void> {
    await this.tx.db
      .update(users)
      .set({ lastActivity: sql`now()` })
      .where(
        and(eq(users.id, id), or(isNull(users.lastActivity), sql`${users.lastActivity} < now() - interval '1 minute'`)),
      );
  }

  async recordSuccessfulSignIn(id: string): Promise<void> {
    await this.tx.db
      .update(users)
      .set({ lastLoginAt: sql`now()`, lastActivity: sql`now()`, failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, id));
  }

  /**
   * Counts a failed sign-in; at `threshold` consecutive failures the account is locked until
   * `lockedUntil`. Returns the new state.
   */
  async recordFailedSignIn(
    id: string,
    threshold: number,
    lockSeconds: number,
  ): Promise<{ failedSignIns: number; lockedUntil: Date | null }> {
    const [row] = await this.tx.db
      .update(users)
      .set({
        failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${threshold} then 0 else ${users.failedSignIns} + 1 end`,
        lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${threshold} then now() + make_interval(secs => ${lockSeconds}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id))
      .returning({ failedSignIns: users.failedSignIns, lockedUntil: users.lockedUntil });
    return row;
  }

  /** Active, unblocked super admins, locked so that two requests cannot remove the last one together. */
  async lockActiveSuperAdminIds(): Promise<string[]> {
    const rows = await this.tx.db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`'super_admin' = any(${users.roles})`, eq(users.isActive, true), isNull(users.blockedAt)))
      .orderBy(users.id)
      .for('update');
    return rows.map((row) => row.id);
  }

  async existsSuperAdmin(): Promise<boolean> {
    const [row] = await this.tx.db
      .select({ id: users.id })
      .from(users)
      .where(sql`'super_admin' = any(${users.roles})`)
      .limit(1);
    return row !== undefined;
  }

  async listPrivileged(): Promise<UserRecord[]> {
    return this.tx.db
      .select(USER_PUBLIC_COLUMNS)
      .from(users)
      .where(arrayOverlaps(users.roles, ['admin', 'super_admin']))
      .orderBy(asc(users.createdAt), asc(users.id));
  }

  /**
   * One page (plus one row, to know whether another follows) and the number of matches. Counting
   * a filter that matches a large share of a million rows takes hundreds of milliseconds, so the
   * planner's estimate comes first (planning only, no rows read): up to EXACT_COUNT_LIMIT the
   * matches are counted, above it the estimate is the answer.
   */
  async list(criteria: UserListCriteria): Promise<UserListPage> {
    const where = and(...this.conditions(criteria));
    const column = SORT_COLUMNS[criteria.sortBy];
    const direction = criteria.sortOrder === 'asc' ? asc : desc;
    const offset = (criteria.page - 1) * criteria.limit;
    const [page, estimate] = await Promise.all([
      this.tx.db
        .select(USER_PUBLIC_COLUMNS)
        .from(users)
        .where(where)
        .orderBy(direction(column), direction(users.id))
        .limit(criteria.limit + 1)
        .offset(offset),
      this.estimatedMatches(where),
    ]);
    const hasNext = page.length > criteria.limit;
    const rows = hasNext ? page.slice(0, criteria.limit) : page;
    if (estimate > EXACT_COUNT_LIMIT) {
      // An estimate may fall short of what this very page proves to exist.
      return { rows, hasNext, total: Math.max(estimate, offset + rows.length + (hasNext ? 1 : 0)), totalExact: false };
    }
    const [{ total }] = await this.tx.db.select({ total: count() }).from(users).where(where);
    return { rows, hasNext, total, totalExact: true };
  }

  /** The planner's estimate of the rows matching `where` (EXPLAIN without ANALYZE reads none). */
  private async estimatedMatches(where: SQL | undefined): Promise<number> {
    const result = await this.tx.db.execute(sql`explain (format json) select 1 from ${users}${where ? sql` where ${where}` : sql``}`);
    const [row] = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
    const raw = row?.['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan?: { 'Plan Rows'?: number } }> | undefined;
    return Number(plan?.[0]?.Plan?.['Plan Rows'] ?? Infinity);
  }

  /**
   * One batch of a walk over every user matching the list filters, in `(created_at, id)` order
   * (the `users_created_at_idx` index), starting after `after`. Pagination and sort fields of the
   * criteria are ignored; `sortOrder` picks the direction.
   */
  async listBatchAfter(
    criteria: UserListCriteria,
    after: UserKeysetCursor | undefined,
    limit: number,
  ): Promise<Array<UserRecord & { cursor: string }>> {
    return this.batchAfterQuery(criteria, after, limit);
  }

  /** The query of `listBatchAfter`, unexecuted: its plan is checked by a test. */
  batchAfterQuery(criteria: UserListCriteria, after: UserKeysetCursor | undefined, limit: number) {
    const descending = criteria.sortOrder === 'desc';
    const conditions = this.conditions(criteria);
    if (after) {
      const position = sql`(${users.createdAt}, ${users.id})`;
      const bound = sql`(${after.createdAt}::timestamptz, ${after.id}::uuid)`;
      conditions.push(descending ? sql`${position} < ${bound}` : sql`${position} > ${bound}`);
    }
    // The index is `(created_at, id)` ascending: read forwards for `asc`, backwards for `desc`.
    const order = descending ? desc : asc;
    return this.tx.db
      .select({ ...USER_PUBLIC_COLUMNS, cursor: sql<string>`${users.createdAt}::text` })
      .from(users)
      .where(and(...conditions))
      .orderBy(order(users.createdAt), order(users.id))
      .limit(limit);
  }

  private conditions(c: UserListCriteria): SQL[] {
    const conditions: SQL[] = [];
    if (c.search) conditions.push(sql`${USER_SEARCH_DOCUMENT} ilike ${containsPattern(c.search)}`);
    if (c.firstName) conditions.push(ilike(users.firstName, containsPattern(c.firstName)));
    if (c.lastName) conditions.push(ilike(users.lastName, containsPattern(c.lastName)));
    if (c.email) conditions.push(ilike(users.email, containsPattern(c.email)));
    if (c.phoneNumber) conditions.push(ilike(users.phoneNumber, containsPattern(c.phoneNumber)));
    if (c.username) conditions.push(ilike(users.username, containsPattern(c.username)));
    if (c.roles?.length) conditions.push(arrayOverlaps(users.roles, c.roles));
    if (c.isEmailVerified !== undefined) conditions.push(eq(users.isEmailVerified, c.isEmailVerified));
    if (c.isActive !== undefined) conditions.push(eq(users.isActive, c.isActive));
    if (c.createdFrom) conditions.push(gte(users.createdAt, c.createdFrom));
    if (c.createdTo) conditions.push(lte(users.createdAt, c.createdTo));
    if (c.status) conditions.push(this.statusCondition(c.status));
    return conditions;
  }

  /** The SQL twin of `statusOf`: the same precedence, blocked over inactive over locked over pending. */
  private statusCondition(status: NonNullable<UserListCriteria['status']>): SQL {
    const notBlocked = isNull(users.blockedAt);
    const unlocked = or(isNull(users.lockedUntil), sql`${users.lockedUntil} <= now()`) as SQL;
    switch (status) {
      case 'blocked':
        return isNotNull(users.blockedAt);
      case 'inactive':
        return and(notBlocked, eq(users.isActive, false)) as SQL;
      case 'locked':
        return and(notBlocked, eq(users.isActive, true), sql`${users.lockedUntil} > now()`) as SQL;
      case 'pending':
        return and(notBlocked, eq(users.isActive, true), unlocked, eq(users.isEmailVerified, false)) as SQL;
      case 'active':
        return and(notBlocked, eq(users.isActive, true), unlocked, eq(users.isEmailVerified, true)) as SQL;
    }
  }

  /** Totals and per-role counts in one round trip. */
  async stats(): Promise<{ totalUsers: number; activeUsers: number; verifiedUsers: number; usersByRole: Record<Role, number> }> {
    const perRole = ROLES.map((role) => sql`count(*) filter (where ${role} = any(${users.roles}))::int`);
    const [row] = await this.tx.db
      .select({
        totalUsers: sql<number>`count(*)::int`,
        activeUsers: sql<number>`count(*) filter (where ${users.isActive} and ${users.blockedAt} is null)::int`,
        verifiedUsers: sql<number>`count(*) filter (where ${users.isEmailVerified})::int`,
        byRole: sql<number[]>`array[${sql.join(perRole, sql`, `)}]`,
      })
      .from(users);
    const usersByRole = Object.fromEntries(ROLES.map((role, i) => [role, Number(row.byRole[i])])) as Record<Role, number>;
    return { totalUsers: row.totalUsers, activeUsers: row.activeUsers, verifiedUsers: row.verifiedUsers, usersByRole };
  }
}
