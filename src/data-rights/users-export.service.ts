import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { UserRepository } from '../users/user.repository.js';
import { toUserResponse } from '../users/user.mapper.js';
import { CSV_HEADER, EXPORT_CONTENT_TYPES, formatUserLine } from './user-export.format.js';
import type { UserExportRequest } from './user-export-query.pipe.js';

/** Rows per query; each batch becomes one chunk of the response. */
export const EXPORT_BATCH_SIZE = 1_000;

type ExportBatch = Awaited<ReturnType<UserRepository['listBatchAfter']>>;

export interface ExportDownload {
  contentType: string;
  fileName: string;
  body: Readable;
}

/**
 * The admin's export of the user list: every user matching the list filters, read in keyset
 * batches over `(created_at, id)` and written as they come, so memory stays flat whatever the
 * number of users: the stream reads ahead by one batch at most, and waits while the client lags.
 */
@Injectable()
export class UsersExportService {
  constructor(private readonly users: UserRepository) {}

  export(request: UserExportRequest, now = new Date()): ExportDownload {
    return {
      contentType: EXPORT_CONTENT_TYPES[request.format],
      fileName: `users-${now.toISOString().slice(0, 10)}.${request.format}`,
      body: Readable.from(this.chunks(request), { objectMode: false }),
    };
  }

  /**
   * The next batch is asked for before the current one is formatted and written, so the
   * database and the formatting overlap; at most two batches are in memory at once.
   */
  private async *chunks({ format, criteria }: UserExportRequest): AsyncGenerator<string> {
    if (format === 'csv') yield CSV_HEADER;
    let next: Promise<ExportBatch> | undefined = this.users.listBatchAfter(criteria, undefined, EXPORT_BATCH_SIZE);
    try {
      while (next) {
        const rows: ExportBatch = await next;
        const last = rows[rows.length - 1];
        next = rows.length === EXPORT_BATCH_SIZE ? this.users.listBatchAfter(criteria, { createdAt: last.cursor, id: last.id }, EXPORT_BATCH_SIZE) : undefined;
        if (rows.length > 0) yield rows.map(({ cursor: _cursor, ...user }) => formatUserLine(format, toUserResponse(user))).join('');
      }
    } finally {
      // The client went away mid-export: the batch in flight is not wanted, nor is its failure.
      next?.catch(() => undefined);
    }
  }
}
