import { IsOptional } from 'class-validator';
import { IsOtp, IsUserEmail } from '../../common/validation/field-rules.js';

export class VerifyEmailDto {
  @IsOtp() otp: string;
  @IsOptional() @IsUserEmail() email?: string;
}
