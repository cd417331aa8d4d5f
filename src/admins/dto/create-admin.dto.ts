import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role } from '../../common/policy/roles.js';
import { NewAccountDto } from '../../users/dto/new-account.dto.js';

/** Seed 000's Create Admin body: password, phone number and age required; roles default to ['admin']. */
export class CreateAdminDto extends NewAccountDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `roles must be a list of: ${ROLES.join(', ')}` })
  roles?: Role[];
}
