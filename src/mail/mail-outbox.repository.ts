import { Injectable } from '@nestjs/common';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { mailOutbox, type MailRow } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import type { Mail } from './mail.types.js';

@Injectable()
export class MailOutboxRepository {
  constructor(private readonly tx: TransactionHost) {}

  async add(mail: Mail): Promise<void> {
    await this.tx.db.insert(mailOutbox).values({ recipient: mail.to, subject: mail.subject, text: mail.text });
  }

  /** Claims due mails; other instances skip the rows this one holds. Call inside a transaction. */
  async claimDue(limit: number): Promise<MailRow[]> {
    return this.tx.db
      .select()
      .from(mailOutbox)
      .where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
  }

  async markSent(id: string): Promise<void> {
    await this.tx.db.update(mailOutbox).set({ sentAt: sql`now()` }).where(eq(mailOutbox.id, id));
  }

  async markFailed(id: string, error: string, retryInSeconds: number): Promise<void> {
    await this.tx.db
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        lastError: error.slice(0, 500),
        nextAttemptAt: sql`now() + make_interval(secs => ${retryInSeconds})`,
      })
      .where(eq(mailOutbox.id, id));
  }
}
