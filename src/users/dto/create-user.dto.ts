import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { IsAcceptablePassword } from '../../auth/passwords/is-acceptable-password.decorator.js';
import {
  IsAge,
  IsDescription,
  IsHttpUrl,
  IsPersonName,
  IsPhoneNumber,
  IsUserEmail,
  IsUsername,
} from '../../common/validation/field-rules.js';
import { AdminFields } from './admin-fields.dto.js';
import { UserPreferencesDto, UserProfileDto } from './profile.dto.js';

class NewUserFieldsDto {
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;
  @IsUserEmail() email: string;
  /** Without one, the account signs in only after its owner sets a password by the reset flow. */
  @IsOptional() @IsAcceptablePassword() password?: string;
  @IsOptional() @IsUsername() username?: string;
  @IsOptional() @IsPhoneNumber() phoneNumber?: string;
  @IsOptional() @IsAge() age?: number;
  @IsOptional() @IsHttpUrl('avatarUrl') avatarUrl?: string;
  @IsOptional() @IsHttpUrl('avatar') avatar?: string;
  @IsOptional() @IsDescription() description?: string;
  @IsOptional() @ValidateNested() @Type(() => UserProfileDto) profile?: UserProfileDto;
  @IsOptional() @ValidateNested() @Type(() => UserPreferencesDto) preferences?: UserPreferencesDto;
}

/** An admin creating a user (seeds 001, 002, 004). */
export class CreateUserDto extends AdminFields(NewUserFieldsDto) {}
