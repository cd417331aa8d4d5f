import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsUUID, ValidateNested } from 'class-validator';
import { REQUEST_TYPE_CODES, type RequestTypeCode } from '../verification-request.types.js';

export const MAX_BATCH = 100;

export class ResendEmailDto {
  @IsArray({ message: 'emails must be an array of email addresses' })
  @ArrayMinSize(1, { message: 'emails must not be empty' })
  @ArrayMaxSize(MAX_BATCH, { message: `emails must hold at most ${MAX_BATCH} addresses` })
  @IsEmail({}, { each: true, message: 'emails must hold valid email addresses' })
  emails!: string[];
}

export class UserRequestDto {
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;

  @IsIn(REQUEST_TYPE_CODES, { message: `request_type_code must be ${REQUEST_TYPE_CODES.join(' or ')}` })
  request_type_code!: RequestTypeCode;
}

export class NewRequestCodeDto {
  @IsArray({ message: 'userReqList must be an array' })
  @ArrayMinSize(1, { message: 'userReqList must not be empty' })
  @ArrayMaxSize(MAX_BATCH, { message: `userReqList must hold at most ${MAX_BATCH} requests` })
  @ValidateNested({ each: true })
  @Type(() => UserRequestDto)
  userReqList!: UserRequestDto[];
}
