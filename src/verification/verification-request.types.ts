import type { CodePurpose } from '../database/schema/index.js';

/** Seed 003's request types, in our terms: a code's purpose. */
export const REQUEST_TYPES = {
  REGR: { purpose: 'email_verification', name: 'Email Verification' },
  RPWR: { purpose: 'password_reset', name: 'Reset Password' },
} as const satisfies Record<string, { purpose: CodePurpose; name: string }>;
export type RequestTypeCode = keyof typeof REQUEST_TYPES;
export const REQUEST_TYPE_CODES = Object.keys(REQUEST_TYPES) as RequestTypeCode[];

export const VERIFICATION_SORT_FIELDS = [
  'id',
  'userId',
  'requestTypeCode',
  'requestTypeName',
  'createdOn',
  'expiresAt',
  'attempts',
  'username',
  'email',
  'firstName',
  'lastName',
  'isActive',
] as const;
export type VerificationSortField = (typeof VERIFICATION_SORT_FIELDS)[number];

export interface VerificationRequestCriteria {
  id?: string;
  userId?: string;
  purposes?: CodePurpose[];
  username?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  attempts?: number;
  isActive?: boolean;
  q?: string;
  sortBy: VerificationSortField;
  sortOrder: 'asc' | 'desc';
  page: number;
  perPage: number;
}

/** One row of the listing: the code's bookkeeping and its user, never the code or its hash. */
export interface VerificationRequestRow {
  id: string;
  userId: string;
  purpose: CodePurpose;
  createdAt: Date;
  expiresAt: Date;
  attempts: number;
  isActive: boolean;
  username: string | null;
  email: string;
  firstName: string;
  lastName: string;
}
