import { Inject, Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DATABASE, type Database } from './database.types.js';

interface TransactionContext {
  tx: Database;
  afterCommit: Array<() => void>;
}

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

/**
 * Transactions at the service boundary: `run()` opens one, and every repository call inside it
 * (through `db`) joins it without the transaction being passed by hand. Nested calls join the
 * outer transaction.
 */
@Injectable()
export class TransactionHost {
  private readonly logger = new Logger(TransactionHost.name);
  private readonly storage = new AsyncLocalStorage<TransactionContext>();

  constructor(@Inject(DATABASE) private readonly root: Database) {}

  /** The current transaction, or the database itself outside one. */
  get db(): Database {
    return this.storage.getStore()?.tx ?? this.root;
  }

  get inTransaction(): boolean {
    return this.storage.getStore() !== undefined;
  }

  async run<T>(work: () => Promise<T>, options: { isolationLevel?: IsolationLevel } = {}): Promise<T> {
    if (this.storage.getStore()) return work();
    const afterCommit: Array<() => void> = [];
    const result = await this.root.transaction(
      (tx) => this.storage.run({ tx: tx as unknown as Database, afterCommit }, work),
      options.isolationLevel ? { isolationLevel: options.isolationLevel } : undefined,
    );
    for (const callback of afterCommit) this.safely(callback);
    return result;
  }

  /** Runs `callback` once the current transaction commits (at once when there is none). */
  afterCommit(callback: () => void): void {
    const context = this.storage.getStore();
    if (context) context.afterCommit.push(callback);
    else this.safely(callback);
  }

  private safely(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.logger.error(`after-commit callback failed: ${(error as Error).message}`);
    }
  }
}
