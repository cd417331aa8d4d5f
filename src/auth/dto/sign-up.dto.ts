import { IsOptional } from 'class-validator';
import { IsUsername } from '../../common/validation/field-rules.js';
import { NewAccountDto } from '../../users/dto/new-account.dto.js';

export class SignUpDto extends NewAccountDto {
  @IsOptional() @IsUsername() username?: string;
}
