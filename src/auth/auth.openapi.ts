import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ApiErrors, ApiMessage, ApiRefreshTokenHeader, ApiSignedIn, BEARER_SCHEME } from '../docs/api-docs.decorators.js';
import { AuthMessages } from './auth.messages.js';
import { accountLocked } from './session-authenticator.js';
import { AuthCheckResponseDto, SignInResponseDto, TokenPairResponseDto } from './dto/auth-responses.dto.js';

/** The OpenAPI description of each /auth handler, one decorator per handler. */
export const ApiSignUp = () =>
  ApiMessage(
    'Create an account; a 6-digit verification code is mailed',
    AuthMessages.signedUp,
    400,
    Errors.emailInUse(),
    Errors.phoneNumberInUse(),
    Errors.usernameInUse(),
    429,
  );

export const ApiVerifyEmail = () =>
  ApiMessage('Verify the email with the mailed code (the email is optional)', AuthMessages.emailVerified, 400, 429);

export const ApiResendVerification = () =>
  ApiMessage('Send a new verification code (same answer for unknown emails)', AuthMessages.verificationSent, 400, 429);

export const ApiSignIn = () =>
  applyDecorators(
    ApiOperation({ summary: 'Sign in: the user, an access token (15 min) and a refresh token (7 days)' }),
    ApiOkResponse({ type: SignInResponseDto }),
    ApiErrors(
      400,
      new DomainError('INVALID_CREDENTIALS', AuthMessages.invalidCredentials),
      new DomainError('EMAIL_NOT_VERIFIED', 'Email not verified'),
      accountLocked(),
      429,
    ),
  );

export const ApiRefresh = () =>
  applyDecorators(
    ApiOperation({ summary: 'Exchange a refresh token for a new pair (rotation; reuse revokes the family)' }),
    ApiRefreshTokenHeader(),
    ApiOkResponse({ type: TokenPairResponseDto }),
    ApiErrors(400, 401),
  );

export const ApiLogout = () =>
  applyDecorators(
    ApiBearerAuth(BEARER_SCHEME),
    ApiRefreshTokenHeader(),
    ApiMessage(
      'Revoke one session: the refresh token given, else the access token’s',
      AuthMessages.loggedOut,
      400,
      Errors.authenticationRequired(),
      new DomainError('INVALID_TOKEN', AuthMessages.invalidRefreshToken),
    ),
  );

export const ApiLogoutAll = () =>
  applyDecorators(ApiSignedIn(), ApiMessage('Revoke every session of the caller', AuthMessages.loggedOutAll));

export const ApiRequestPasswordReset = () =>
  ApiMessage('Mail a password reset code (same answer for unknown emails)', AuthMessages.resetRequested, 400, 429);

export const ApiResetPassword = () =>
  ApiMessage('Set a new password with the mailed code; revokes all sessions', AuthMessages.passwordReset, 400, 429);

export const ApiAuthCheck = () =>
  applyDecorators(
    ApiBearerAuth(BEARER_SCHEME),
    ApiOperation({ summary: 'Whether the access token sent (if any) is valid' }),
    ApiOkResponse({ type: AuthCheckResponseDto }),
  );
