import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../../auth/passwords/is-acceptable-password.decorator.js';

export class AcceptInvitationDto {
  /** The token from the invitation mail. */
  @IsString({ message: 'token must be a string' })
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200, { message: 'token must be at most 200 characters' })
  token: string;

  @IsAcceptablePassword() password: string;
}
