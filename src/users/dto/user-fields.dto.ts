import { Type } from 'class-transformer';
import { IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import {
  IsAge,
  IsDescription,
  IsHttpUrl,
  IsOptionalNotNull,
  IsPersonName,
  IsPhoneNumber,
  IsUserEmail,
  IsUsername,
} from '../../common/validation/field-rules.js';
import { UserPreferencesDto, UserProfileDto } from './profile.dto.js';

const nullable = () => ValidateIf((_object, value) => value !== null);

/** The profile fields, all optional: the common part of every user update. */
export class UserFieldsDto {
  @IsOptionalNotNull() @IsPersonName('firstName') firstName?: string;
  @IsOptionalNotNull() @IsPersonName('lastName') lastName?: string;
  @IsOptionalNotNull() @IsUserEmail() email?: string;
  @IsOptional() @nullable() @IsUsername() username?: string | null;
  @IsOptional() @nullable() @IsAge() age?: number | null;
  @IsOptional() @nullable() @IsPhoneNumber() phoneNumber?: string | null;
  @IsOptional() @nullable() @IsHttpUrl('avatarUrl') avatarUrl?: string | null;
  /** Seed 001's name for avatarUrl. */
  @IsOptional() @nullable() @IsHttpUrl('avatar') avatar?: string | null;
  @IsOptional() @nullable() @IsDescription() description?: string | null;
  @IsOptionalNotNull() @ValidateNested() @Type(() => UserProfileDto) profile?: UserProfileDto;
  @IsOptionalNotNull() @ValidateNested() @Type(() => UserPreferencesDto) preferences?: UserPreferencesDto;
}
