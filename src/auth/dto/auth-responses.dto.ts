import { CurrentUserResponseDto } from '../../docs/dto/user-response.dto.js';

/** The /auth answers, declared once: the services return these types and the OpenAPI schemas come from them. */
export class TokenPairResponseDto {
  /** A JWT to send as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
  /** Opaque; send it to /auth/refresh-token (body or `x-refresh-token` header). */
  refreshToken: string;
  /**
   * Seconds until the access token expires.
   * @example 900
   */
  expiresIn: number;
}

export class SignInResponseDto extends TokenPairResponseDto {
  /** @example "Signed in successfully" */
  message: string;
  user: CurrentUserResponseDto;
}

export class AuthCheckResponseDto {
  /** Whether the request carried a valid access token. */
  authenticated: boolean;
}
