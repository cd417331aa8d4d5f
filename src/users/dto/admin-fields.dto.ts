import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation/field-rules.js';
import { ROLES, type Role } from '../../common/policy/roles.js';

const ROLE_MESSAGE = `roles must be a list of: ${ROLES.join(', ')}`;

/** A non-empty list of known roles (seed 000's `roles`). */
export const IsRoleList = () =>
  applyDecorators(
    IsArray({ message: ROLE_MESSAGE }),
    ArrayMinSize(1, { message: 'roles must not be empty' }),
    ArrayMaxSize(ROLES.length),
    IsIn(ROLES, { each: true, message: ROLE_MESSAGE }),
  );

/** The fields only admins set: roles (or seed 001/002's single `role`), verification, activation. */
export function AdminFields<T extends new (...args: any[]) => object>(Base: T) {
  class WithAdminFields extends Base {
    @IsOptionalNotNull() @IsRoleList() roles?: Role[];

    @IsOptionalNotNull() @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` }) role?: Role;
    @IsOptionalNotNull() @IsBoolean({ message: 'isEmailVerified must be a boolean' }) isEmailVerified?: boolean;
    @IsOptionalNotNull() @IsBoolean({ message: 'isActive must be a boolean' }) isActive?: boolean;
    /** Seed 001's status, for the two states an admin sets directly. */
    @IsOptionalNotNull() @IsIn(['active', 'inactive'], { message: 'status must be active or inactive' }) status?: 'active' | 'inactive';
  }
  return WithAdminFields;
}
