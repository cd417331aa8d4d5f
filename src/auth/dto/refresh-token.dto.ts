import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The refresh token may come in the body or in the `x-refresh-token` header. */
export class RefreshTokenDto {
  @IsOptional() @IsString() @MaxLength(200) refreshToken?: string;
}
