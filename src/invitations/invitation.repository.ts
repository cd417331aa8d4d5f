import { Injectable } from '@nestjs/common';
import { and, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { invitations, users, type InvitationRow } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import { containsPattern, isUuid } from '../users/user.repository.js';
import type { InvitationStatus } from './invitation-status.js';

/** An invitation without its token hash, with the invitee's name, email and roles. */
export type InvitationRecord = Omit<InvitationRow, 'tokenHash'> & {
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
};

export interface InvitationCriteria {
  status?: InvitationStatus;
  email?: string;
  page: number;
  limit: number;
}

const RECORD_COLUMNS = {
  id: invitations.id,
  userId: invitations.userId,
  invitedBy: invitations.invitedBy,
  createdAt: invitations.createdAt,
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  roles: users.roles,
};

const expiresIn = (ttlSeconds: number) => sql`now() + make_interval(secs => ${ttlSeconds})`;

@Injectable()
export class InvitationRepository {
  constructor(private readonly tx: TransactionHost) {}

  async create(values: { userId: string; invitedBy: string; tokenHash: string; ttlSeconds: number }): Promise<InvitationRow> {
    const [row] = await this.tx.db
      .insert(invitations)
      .values({ userId: values.userId, invitedBy: values.invitedBy, tokenHash: values.tokenHash, expiresAt: expiresIn(values.ttlSeconds) as never })
      .returning();
    return row;
  }

  /** Locks the invitation, so that two acceptances of one token queue and the second sees it used. */
  async findByTokenHashForUpdate(tokenHash: string): Promise<InvitationRow | undefined> {
    const [row] = await this.tx.db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for('update');
    return row;
  }

  async findByIdForUpdate(id: string): Promise<InvitationRecord | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.tx.db
      .select(RECORD_COLUMNS)
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(eq(invitations.id, id))
      .for('update', { of: invitations });
    return row;
  }

  async markAccepted(id: string): Promise<void> {
    await this.tx.db.update(invitations).set({ acceptedAt: sql`now()` }).where(eq(invitations.id, id));
  }

  async markRevoked(id: string): Promise<void> {
    await this.tx.db.update(invitations).set({ revokedAt: sql`now()` }).where(eq(invitations.id, id));
  }

  /** A fresh token and a fresh validity; the previous token stops matching at once. */
  async reissue(id: string, tokenHash: string, ttlSeconds: number): Promise<void> {
    await this.tx.db
      .update(invitations)
      .set({ tokenHash, expiresAt: expiresIn(ttlSeconds), revokedAt: null })
      .where(eq(invitations.id, id));
  }

  async list(criteria: InvitationCriteria): Promise<{ rows: InvitationRecord[]; total: number }> {
    const conditions: SQL[] = [];
    if (criteria.status) conditions.push(this.statusCondition(criteria.status));
    if (criteria.email) conditions.push(ilike(users.email, containsPattern(criteria.email)));
    const where = and(...conditions);
    const [rows, [{ total }]] = await Promise.all([
      this.tx.db
        .select(RECORD_COLUMNS)
        .from(invitations)
        .innerJoin(users, eq(users.id, invitations.userId))
        .where(where)
        .orderBy(desc(invitations.createdAt), desc(invitations.id))
        .limit(criteria.limit)
        .offset((criteria.page - 1) * criteria.limit),
      this.tx.db.select({ total: count() }).from(invitations).innerJoin(users, eq(users.id, invitations.userId)).where(where),
    ]);
    return { rows, total };
  }

  /** Invitations the user received or sent: for the user's data export. */
  async listInvolving(userId: string): Promise<InvitationRecord[]> {
    return this.tx.db
      .select(RECORD_COLUMNS)
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(or(eq(invitations.userId, userId), eq(invitations.invitedBy, userId)))
      .orderBy(desc(invitations.createdAt));
  }

  /** The SQL twin of `invitationStatusOf`. */
  private statusCondition(status: InvitationStatus): SQL {
    const open = and(isNull(invitations.revokedAt), isNull(invitations.acceptedAt)) as SQL;
    switch (status) {
      case 'revoked':
        return isNotNull(invitations.revokedAt);
      case 'accepted':
        return and(isNull(invitations.revokedAt), isNotNull(invitations.acceptedAt)) as SQL;
      case 'expired':
        return and(open, sql`${invitations.expiresAt} <= now()`) as SQL;
      case 'pending':
        return and(open, sql`${invitations.expiresAt} > now()`) as SQL;
    }
  }
}
