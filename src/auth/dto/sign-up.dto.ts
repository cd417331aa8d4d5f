import { IsOptional } from 'class-validator';
import {
  IsAge,
  IsDescription,
  IsPersonName,
  IsPhoneNumber,
  IsUserEmail,
  IsUsername,
} from '../../common/validation/field-rules.js';
import { IsAcceptablePassword } from '../passwords/is-acceptable-password.decorator.js';

export class SignUpDto {
  @IsPersonName('firstName') firstName: string;
  @IsPersonName('lastName') lastName: string;
  @IsUserEmail() email: string;
  @IsPhoneNumber() phoneNumber: string;
  @IsAcceptablePassword() password: string;
  @IsAge() age: number;
  @IsOptional() @IsDescription() description?: string;
  @IsOptional() @IsUsername() username?: string;
}
