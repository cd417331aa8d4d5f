import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../database/transaction-host.js';
import { MailDispatcher } from './mail-dispatcher.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { Mail } from './mail.types.js';

/** Queues mail in the outbox, inside the caller's transaction; it leaves once that commits. */
@Injectable()
export class MailService {
  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly dispatcher: MailDispatcher,
    private readonly tx: TransactionHost,
  ) {}

  async send(mail: Mail): Promise<void> {
    await this.outbox.add(mail);
    this.tx.afterCommit(() => this.dispatcher.wake());
  }
}
