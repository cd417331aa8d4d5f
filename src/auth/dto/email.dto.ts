import { IsUserEmail } from '../../common/validation/field-rules.js';

/** Body of resend-verification and request-password-reset. */
export class EmailDto {
  @IsUserEmail() email: string;
}
