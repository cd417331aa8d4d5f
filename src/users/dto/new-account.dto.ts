import { IsOptional } from 'class-validator';
import { IsAcceptablePassword } from '../../auth/passwords/is-acceptable-password.decorator.js';
import { IsAge, IsDescription, IsPersonName, IsPhoneNumber, IsUserEmail } from '../../common/validation/field-rules.js';

/** What seed 000 requires to open an account, by sign-up or by a super admin: all but the description. */
export class NewAccountDto {
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;
  @IsUserEmail() email: string;
  @IsPhoneNumber() phoneNumber: string;
  @IsAcceptablePassword() password: string;
  @IsAge() age: number;
  @IsOptional() @IsDescription() description?: string;
}
