import { Type } from 'class-transformer';
import { IsOptional, IsUrl, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  IsAge,
  IsDescription,
  IsOptionalNotNull,
  IsPersonName,
  IsPhoneNumber,
  IsUserEmail,
  IsUsername,
} from '../../common/validation/field-rules.js';
import { UserPreferencesDto, UserProfileDto } from './profile.dto.js';

const nullable = () => ValidateIf((_object, value) => value !== null);
const httpUrl = (field: string) =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: `${field} must be an http(s) URL` });

/** The profile fields, all optional: the common part of every user update. */
export class UserFieldsDto {
  @IsOptionalNotNull() @IsPersonName('firstName') firstName?: string;
  @IsOptionalNotNull() @IsPersonName('lastName') lastName?: string;
  @IsOptionalNotNull() @IsUserEmail() email?: string;
  @IsOptional() @nullable() @IsUsername() username?: string | null;
  @IsOptional() @nullable() @IsAge() age?: number | null;
  @IsOptional() @nullable() @IsPhoneNumber() phoneNumber?: string | null;
  @IsOptional() @nullable() @httpUrl('avatarUrl') @MaxLength(2048) avatarUrl?: string | null;
  /** Seed 001's name for avatarUrl. */
  @IsOptional() @nullable() @httpUrl('avatar') @MaxLength(2048) avatar?: string | null;
  @IsOptional() @nullable() @IsDescription() description?: string | null;
  @IsOptionalNotNull() @ValidateNested() @Type(() => UserProfileDto) profile?: UserProfileDto;
  @IsOptionalNotNull() @ValidateNested() @Type(() => UserPreferencesDto) preferences?: UserPreferencesDto;
}
