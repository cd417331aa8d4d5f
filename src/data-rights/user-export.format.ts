import type { UserResponse } from '../users/user.mapper.js';
import { csvRow } from './csv.js';

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** The CSV columns, in order; NDJSON lines carry the whole user (profile and preferences too). */
const CSV_COLUMNS = [
  'id',
  'email',
  'username',
  'firstName',
  'lastName',
  'age',
  'phoneNumber',
  'roles',
  'status',
  'isEmailVerified',
  'isActive',
  'description',
  'avatarUrl',
  'lastActivity',
  'lastLoginAt',
  'createdAt',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof UserResponse>;

export const CSV_HEADER = csvRow(CSV_COLUMNS);

export function formatUserLine(format: ExportFormat, user: UserResponse): string {
  if (format === 'ndjson') return `${JSON.stringify(user)}\n`;
  return csvRow(CSV_COLUMNS.map((column) => (column === 'roles' ? user.roles.join('|') : user[column])));
}
