import { IsOptional } from 'class-validator';
import { IsOtp, IsUserEmail } from '../../common/validation/field-rules.js';
import { IsAcceptablePassword } from '../passwords/is-acceptable-password.decorator.js';

export class ResetPasswordDto {
  @IsOtp() otp: string;
  @IsAcceptablePassword() newPassword: string;
  @IsOptional() @IsUserEmail() email?: string;
}
