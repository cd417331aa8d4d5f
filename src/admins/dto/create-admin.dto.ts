import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsAcceptablePassword } from '../../auth/passwords/is-acceptable-password.decorator.js';
import { ROLES, type Role } from '../../common/policy/roles.js';
import {
  IsAge,
  IsDescription,
  IsPersonName,
  IsPhoneNumber,
  IsUserEmail,
} from '../../common/validation/field-rules.js';

/** Seed 000's Create Admin body: password, phone number and age required; roles default to ['admin']. */
export class CreateAdminDto {
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;
  @IsUserEmail() email: string;
  @IsAcceptablePassword() password: string;
  @IsPhoneNumber() phoneNumber: string;
  @IsAge() age: number;
  @IsOptional() @IsDescription() description?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true, message: `roles must be a list of: ${ROLES.join(', ')}` })
  roles?: Role[];
}
