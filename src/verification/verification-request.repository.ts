import { Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { oneTimeCodes, users } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import { containsPattern } from '../users/user.repository.js';
import { MAX_CODE_ATTEMPTS } from './one-time-codes.service.js';
import type { VerificationRequestCriteria, VerificationRequestRow, VerificationSortField } from './verification-request.types.js';

const typeCode = sql<string>`(case ${oneTimeCodes.purpose} when 'email_verification' then 'REGR' else 'RPWR' end)`;
const typeName = sql<string>`(case ${oneTimeCodes.purpose} when 'email_verification' then 'Email Verification' else 'Reset Password' end)`;
const isActive = sql<boolean>`(${oneTimeCodes.expiresAt} > now() and ${oneTimeCodes.attempts} < ${MAX_CODE_ATTEMPTS})`;

const SORT: Record<VerificationSortField, SQL | typeof oneTimeCodes.id> = {
  id: sql`${oneTimeCodes.id}`,
  userId: sql`${oneTimeCodes.userId}`,
  requestTypeCode: typeCode,
  requestTypeName: typeName,
  createdOn: sql`${oneTimeCodes.createdAt}`,
  expiresAt: sql`${oneTimeCodes.expiresAt}`,
  attempts: sql`${oneTimeCodes.attempts}`,
  username: sql`lower(${users.username})`,
  email: sql`lower(${users.email})`,
  firstName: sql`lower(${users.firstName})`,
  lastName: sql`lower(${users.lastName})`,
  isActive,
};

/** The one-time codes joined with their users, as seed 003's admin listing shows them; no code, no hash. */
@Injectable()
export class VerificationRequestRepository {
  constructor(private readonly tx: TransactionHost) {}

  async list(criteria: VerificationRequestCriteria): Promise<{ rows: VerificationRequestRow[]; total: number }> {
    const where = and(...this.conditions(criteria));
    const direction = criteria.sortOrder === 'asc' ? asc : desc;
    const [rows, [{ total }]] = await Promise.all([
      this.tx.db
        .select({
          id: oneTimeCodes.id,
          userId: oneTimeCodes.userId,
          purpose: oneTimeCodes.purpose,
          createdAt: oneTimeCodes.createdAt,
          expiresAt: oneTimeCodes.expiresAt,
          attempts: oneTimeCodes.attempts,
          isActive,
          username: users.username,
          email: users.email,
          firstName: users.firstName,
          lastName: users.lastName,
        })
        .from(oneTimeCodes)
        .innerJoin(users, eq(users.id, oneTimeCodes.userId))
        .where(where)
        .orderBy(direction(SORT[criteria.sortBy]), direction(oneTimeCodes.id))
        .limit(criteria.perPage)
        .offset((criteria.page - 1) * criteria.perPage),
      this.tx.db.select({ total: count() }).from(oneTimeCodes).innerJoin(users, eq(users.id, oneTimeCodes.userId)).where(where),
    ]);
    return { rows, total };
  }

  private conditions(c: VerificationRequestCriteria): SQL[] {
    const conditions: SQL[] = [];
    if (c.id) conditions.push(eq(oneTimeCodes.id, c.id));
    if (c.userId) conditions.push(eq(oneTimeCodes.userId, c.userId));
    if (c.purposes) conditions.push(c.purposes.length ? inArray(oneTimeCodes.purpose, c.purposes) : sql`false`);
    if (c.username) conditions.push(ilike(users.username, containsPattern(c.username)));
    if (c.email) conditions.push(ilike(users.email, containsPattern(c.email)));
    if (c.firstName) conditions.push(ilike(users.firstName, containsPattern(c.firstName)));
    if (c.lastName) conditions.push(ilike(users.lastName, containsPattern(c.lastName)));
    if (c.attempts !== undefined) conditions.push(eq(oneTimeCodes.attempts, c.attempts));
    if (c.isActive !== undefined) conditions.push(c.isActive ? isActive : sql`not ${isActive}`);
    if (c.q) {
      const pattern = containsPattern(c.q);
      conditions.push(
        sql`(${typeCode} ilike ${pattern} or ${typeName} ilike ${pattern} or coalesce(${users.username}, '') ilike ${pattern} or ${users.email} ilike ${pattern} or ${users.firstName} ilike ${pattern} or ${users.lastName} ilike ${pattern})`,
      );
    }
    return conditions;
  }
}
