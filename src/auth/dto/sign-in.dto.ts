import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsUserEmail } from '../../common/validation/field-rules.js';
import { PASSWORD_MAX_LENGTH } from '../passwords/is-acceptable-password.decorator.js';

export class SignInDto {
  @IsUserEmail() email: string;

  @IsString({ message: 'password must be a string' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
