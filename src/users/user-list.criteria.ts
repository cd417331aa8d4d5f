import type { Role } from '../common/policy/roles.js';
import type { UserStatus } from './user.record.js';

export const USER_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'email',
  'firstName',
  'lastName',
  'lastActivity',
  'lastLoginAt',
  'age',
  'username',
  'id',
] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** A parsed, validated user listing request, whatever query style it arrived in. */
export interface UserListCriteria {
  search?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phoneNumber?: string;
  username?: string;
  roles?: Role[];
  isEmailVerified?: boolean;
  isActive?: boolean;
  status?: UserStatus;
  createdFrom?: Date;
  createdTo?: Date;
  page: number;
  limit: number;
  sortBy: UserSortField;
  sortOrder: 'asc' | 'desc';
}
