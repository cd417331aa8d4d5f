import { Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsInt, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

/** Field rules shared by every DTO that carries the same user field. */
export const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * May be left out, but not sent as null: for columns that cannot be null. (`@IsOptional()` lets
 * null through, and the database then refuses the update: a 500.)
 */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;
export const DESCRIPTION_MAX_LENGTH = 1000;
export const PHONE_PATTERN = /^\+?[1-9]\d{6,14}$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,30}$/;
export const URL_MAX_LENGTH = 2048;

export const IsUserEmail = () =>
  applyDecorators(trim(), IsEmail({}, { message: 'email must be a valid email address' }), MaxLength(EMAIL_MAX_LENGTH));

export const IsPersonName = (field: string) =>
  applyDecorators(
    trim(),
    IsString({ message: `${field} must be a string` }),
    MinLength(1, { message: `${field} must not be empty` }),
    MaxLength(NAME_MAX_LENGTH, { message: `${field} must be at most ${NAME_MAX_LENGTH} characters` }),
  );

export const IsPhoneNumber = () =>
  applyDecorators(
    trim(),
    IsString({ message: 'phoneNumber must be a string' }),
    Matches(PHONE_PATTERN, { message: 'phoneNumber must be a valid phone number, such as +1234567890' }),
  );

export const IsAge = () =>
  applyDecorators(
    IsInt({ message: 'age must be an integer between 1 and 120' }),
    Min(1, { message: 'age must be an integer between 1 and 120' }),
    Max(120, { message: 'age must be an integer between 1 and 120' }),
  );

export const IsUsername = () =>
  applyDecorators(
    trim(),
    IsString({ message: 'username must be a string' }),
    Matches(USERNAME_PATTERN, { message: 'username must be 3 to 30 letters, digits, dots, dashes or underscores' }),
  );

export const IsDescription = () =>
  applyDecorators(
    IsString({ message: 'description must be a string' }),
    MaxLength(DESCRIPTION_MAX_LENGTH, { message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters` }),
  );

export const IsHttpUrl = (field: string) =>
  applyDecorators(
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: `${field} must be an http(s) URL` }),
    MaxLength(URL_MAX_LENGTH),
  );

export const IsOtp = () => applyDecorators(trim(), Matches(/^\d{6}$/, { message: 'otp must be a 6-digit code' }));
