import { IsOptional } from 'class-validator';
import { IsPersonName, IsUserEmail } from '../../common/validation/field-rules.js';
import type { Role } from '../../common/policy/roles.js';
import { IsRoleList } from '../../users/dto/admin-fields.dto.js';

export class InviteUserDto {
  @IsUserEmail() email: string;
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;

  /** A non-empty list of roles, `["user"]` when left out; only a super admin invites into `admin` or `super_admin`. */
  @IsOptional() @IsRoleList() roles?: Role[];
}
