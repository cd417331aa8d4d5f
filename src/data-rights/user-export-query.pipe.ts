import { Injectable, type PipeTransform } from '@nestjs/common';
import { Errors } from '../common/errors/domain-error.js';
import type { UserListCriteria } from '../users/user-list.criteria.js';
import { parseUserListQuery } from '../users/user-list.query.js';
import { EXPORT_FORMATS, type ExportFormat } from './user-export.format.js';

export interface UserExportRequest {
  format: ExportFormat;
  criteria: UserListCriteria;
}

/** `?format=csv|ndjson` (csv by default) plus every filter `GET /users` takes, in any seed's style. */
@Injectable()
export class UserExportQueryPipe implements PipeTransform<Record<string, string | string[]>, UserExportRequest> {
  transform(query: Record<string, string | string[]>): UserExportRequest {
    const { format = 'csv', ...filters } = query ?? {};
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw Errors.badRequest('format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    return { format: format as ExportFormat, criteria: parseUserListQuery(filters) };
  }
}
