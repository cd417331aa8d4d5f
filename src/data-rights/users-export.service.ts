import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { UserRepository, type UserKeysetCursor } from '../users/user.repository.js';
import { toUserResponse } from '../users/user.mapper.js';
import { CSV_HEADER, EXPORT_CONTENT_TYPES, formatUserLine } from './user-export.format.js';
import type { UserExportRequest } from './user-export-query.pipe.js';

/** Rows per query; each batch becomes one chunk of the response. */
export const EXPORT_BATCH_SIZE = 1_000;

export interface ExportDownload {
  contentType: string;
  fileName: string;
  body: Readable;
}

/**
 * The admin's export of the user list: every user matching the list filters, read in keyset
 * batches over `(created_at, id)` and written as they come, so memory stays flat whatever the
 * number of users. The stream pulls the next batch only when the client has taken the last one.
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

  private async *chunks({ format, criteria }: UserExportRequest): AsyncGenerator<string> {
    if (format === 'csv') yield CSV_HEADER;
    let after: UserKeysetCursor | undefined;
    for (;;) {
      const rows = await this.users.listBatchAfter(criteria, after, EXPORT_BATCH_SIZE);
      if (rows.length === 0) return;
      yield rows.map(({ cursor: _cursor, ...user }) => formatUserLine(format, toUserResponse(user))).join('');
      if (rows.length < EXPORT_BATCH_SIZE) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.cursor, id: last.id };
    }
  }
}
