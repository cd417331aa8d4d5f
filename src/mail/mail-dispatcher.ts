import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '../database/transaction-host.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail.types.js';

const POLL_INTERVAL_MS = 5_000;
const BATCH_SIZE = 20;
const MAX_BACKOFF_SECONDS = 3_600;

/** Delivers the outbox: woken after each commit that queued mail, and polling for retries. */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private wakeAgain = false;
  private stopped = false;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly tx: TransactionHost,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), POLL_INTERVAL_MS);
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.transport.close?.();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.warn(`mail delivery paused: ${error.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  /** Resolves once every mail due now has been tried (tests and shutdown wait on it). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const delivered = await this.tx.run(async () => {
        const due = await this.outbox.claimDue(BATCH_SIZE);
        for (const mail of due) {
          try {
            await this.transport.deliver({ to: mail.recipient, subject: mail.subject, text: mail.text });
            await this.outbox.markSent(mail.id);
          } catch (error) {
            const backoff = Math.min(MAX_BACKOFF_SECONDS, 30 * 2 ** mail.attempts);
            await this.outbox.markFailed(mail.id, (error as Error).message, backoff);
            this.logger.warn(`mail to ${mail.recipient} failed, retrying in ${backoff}s`);
          }
        }
        return due.length;
      });
      if (delivered < BATCH_SIZE) return;
    }
  }
}
