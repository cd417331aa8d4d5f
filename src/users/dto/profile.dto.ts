import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsTimeZone } from '../../common/validation/is-time-zone.decorator.js';
import { THEMES, type Theme } from '../user-profile.types.js';

const nullable = () => ValidateIf((_object, value) => value !== null);
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true };

export class UserProfileDto {
  @IsOptional() @nullable() @IsString() @MaxLength(500) bio?: string | null;
  @IsOptional() @nullable() @IsString() @MaxLength(100) location?: string | null;
  @IsOptional() @nullable() @IsUrl(HTTP_URL, { message: 'profile.website must be an http(s) URL' }) @MaxLength(300)
  website?: string | null;
  @IsOptional() @nullable() @Matches(/^@?[A-Za-z0-9_]{1,15}$/, { message: 'profile.twitter must be a Twitter handle such as @jane' })
  twitter?: string | null;
  @IsOptional() @nullable() @IsString() @MaxLength(300) linkedin?: string | null;
  @IsOptional() @nullable() @Matches(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { message: 'profile.github must be a GitHub username' })
  github?: string | null;
}

export class NotificationPreferencesDto {
  @IsOptional() @IsBoolean() email?: boolean;
  @IsOptional() @IsBoolean() push?: boolean;
  @IsOptional() @IsBoolean() marketing?: boolean;
}

export class UserPreferencesDto {
  @IsOptional() @IsIn(THEMES, { message: `preferences.theme must be one of ${THEMES.join(', ')}` }) theme?: Theme;
  @IsOptional() @Matches(/^[a-z]{2}$/, { message: 'preferences.language must be an ISO 639-1 code such as en' })
  language?: string;
  @IsOptional() @IsTimeZone() timezone?: string;
  @IsOptional() @ValidateNested() @Type(() => NotificationPreferencesDto) notifications?: NotificationPreferencesDto;
}
