import { Injectable } from '@nestjs/common';
import { and, eq, lt, sql } from 'drizzle-orm';
import { oneTimeCodes, type CodePurpose, type OneTimeCodeRow } from '../database/schema/index.js';
import { violatedUniqueConstraint } from '../database/postgres-errors.js';
import { TransactionHost } from '../database/transaction-host.js';

@Injectable()
export class OneTimeCodeRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Replaces the user's active code for `purpose`. Returns false when the hash collides with
   * another active code, so the caller draws a new one.
   */
  async replace(userId: string, purpose: CodePurpose, codeHash: string, ttlSeconds: number): Promise<boolean> {
    const db = this.tx.db;
    await db.delete(oneTimeCodes).where(lt(oneTimeCodes.expiresAt, sql`now()`));
    try {
      await db
        .insert(oneTimeCodes)
        .values({ userId, purpose, codeHash, expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})` as never })
        .onConflictDoUpdate({
          target: [oneTimeCodes.userId, oneTimeCodes.purpose],
          set: { codeHash, attempts: 0, createdAt: sql`now()`, expiresAt: sql`now() + make_interval(secs => ${ttlSeconds})` },
        });
      return true;
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'one_time_codes_code_hash_key') return false;
      throw error;
    }
  }

  async findByHash(purpose: CodePurpose, codeHash: string): Promise<(OneTimeCodeRow & { expired: boolean }) | undefined> {
    const [row] = await this.tx.db
      .select({ ...this.columns(), expired: sql<boolean>`${oneTimeCodes.expiresAt} <= now()` })
      .from(oneTimeCodes)
      .where(and(eq(oneTimeCodes.codeHash, codeHash), eq(oneTimeCodes.purpose, purpose)))
      .for('update');
    return row;
  }

  async findForUser(userId: string, purpose: CodePurpose): Promise<(OneTimeCodeRow & { expired: boolean }) | undefined> {
    const [row] = await this.tx.db
      .select({ ...this.columns(), expired: sql<boolean>`${oneTimeCodes.expiresAt} <= now()` })
      .from(oneTimeCodes)
      .where(and(eq(oneTimeCodes.userId, userId), eq(oneTimeCodes.purpose, purpose)))
      .for('update');
    return row;
  }

  /** Counts a wrong guess; returns the attempts made so far. */
  async recordFailedAttempt(id: string): Promise<number> {
    const [row] = await this.tx.db
      .update(oneTimeCodes)
      .set({ attempts: sql`${oneTimeCodes.attempts} + 1` })
      .where(eq(oneTimeCodes.id, id))
      .returning({ attempts: oneTimeCodes.attempts });
    return row?.attempts ?? 0;
  }

  async delete(id: string): Promise<void> {
    await this.tx.db.delete(oneTimeCodes).where(eq(oneTimeCodes.id, id));
  }

  /** What is known about the user's codes, never the codes or their hashes: for the user's data export. */
  async listMetadataForUser(userId: string): Promise<Array<{ purpose: CodePurpose; attempts: number; createdAt: Date; expiresAt: Date }>> {
    return this.tx.db
      .select({ purpose: oneTimeCodes.purpose, attempts: oneTimeCodes.attempts, createdAt: oneTimeCodes.createdAt, expiresAt: oneTimeCodes.expiresAt })
      .from(oneTimeCodes)
      .where(eq(oneTimeCodes.userId, userId));
  }

  private columns() {
    return {
      id: oneTimeCodes.id,
      userId: oneTimeCodes.userId,
      purpose: oneTimeCodes.purpose,
      codeHash: oneTimeCodes.codeHash,
      attempts: oneTimeCodes.attempts,
      createdAt: oneTimeCodes.createdAt,
      expiresAt: oneTimeCodes.expiresAt,
    };
  }
}
