import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword, PASSWORD_MAX_LENGTH } from '../../auth/passwords/is-acceptable-password.decorator.js';

export class ChangePasswordDto {
  @IsString({ message: 'currentPassword must be a string' })
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `currentPassword must be at most ${PASSWORD_MAX_LENGTH} characters` })
  currentPassword!: string;

  @IsAcceptablePassword()
  newPassword!: string;
}
