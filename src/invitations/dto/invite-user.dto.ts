import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsPersonName, IsUserEmail } from '../../common/validation/field-rules.js';
import { ROLES, type Role } from '../../common/policy/roles.js';

const ROLE_MESSAGE = `roles must be a list of: ${ROLES.join(', ')}`;

export class InviteUserDto {
  @IsUserEmail() email: string;
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;

  /** Defaults to `["user"]`; only a super admin invites into `admin` or `super_admin`. */
  @IsOptional()
  @IsArray({ message: ROLE_MESSAGE })
  @ArrayMinSize(1, { message: 'roles must not be empty' })
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles?: Role[];
}
