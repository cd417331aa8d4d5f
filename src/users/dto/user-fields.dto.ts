import { Type } from 'class-transformer';
import { IsOptional, IsUrl, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  IsAge,
  IsDescription,
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
  @IsOptional() @IsPersonName('firstName') firstName?: string;
  @IsOptional() @IsPersonName('lastName') lastName?: string;
  @IsOptional() @IsUserEmail() email?: string;
  @IsOptional() @nullable() @IsUsername() username?: string | null;
  @IsOptional() @nullable() @IsAge() age?: number | null;
  @IsOptional() @nullable() @IsPhoneNumber() phoneNumber?: string | null;
  @IsOptional() @nullable() @httpUrl('avatarUrl') @MaxLength(2048) avatarUrl?: string | null;
  /** Seed 001's name for avatarUrl. */
  @IsOptional() @nullable() @httpUrl('avatar') @MaxLength(2048) avatar?: string | null;
  @IsOptional() @nullable() @IsDescription() description?: string | null;
  @IsOptional() @ValidateNested() @Type(() => UserProfileDto) profile?: UserProfileDto;
  @IsOptional() @ValidateNested() @Type(() => UserPreferencesDto) preferences?: UserPreferencesDto;
}
