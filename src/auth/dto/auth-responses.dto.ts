import { CurrentUserResponseDto } from '../../docs/dto/user-response.dto.js';
import type { SignInResponse } from '../auth.service.js';
import type { TokenPair } from '../token.service.js';

/** OpenAPI schemas of the /auth answers (the service's own types are interfaces). */
export class TokenPairResponseDto implements TokenPair {
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

export class SignInResponseDto extends TokenPairResponseDto implements SignInResponse {
  /** @example "Signed in successfully" */
  message: string;
  user: CurrentUserResponseDto;
}

export class AuthCheckResponseDto {
  /** Whether the request carried a valid access token. */
  authenticated: boolean;
}
