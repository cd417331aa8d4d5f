import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { AuthRateLimited } from '../rate-limit/rate-limit.decorators.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { OptionalAuth, Public } from '../common/decorators/public.decorator.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import { EmailDto } from './dto/email.dto.js';
import { RefreshTokenDto } from './dto/refresh-token.dto.js';
import { ResetPasswordDto } from './dto/reset-password.dto.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SignUpDto } from './dto/sign-up.dto.js';
import { VerifyEmailDto } from './dto/verify-email.dto.js';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAuthCheck,
  ApiLogout,
  ApiLogoutAll,
  ApiRefresh,
  ApiRequestPasswordReset,
  ApiResendVerification,
  ApiResetPassword,
  ApiSignIn,
  ApiSignUp,
  ApiVerifyEmail,
} from './auth.openapi.js';

const REFRESH_HEADER = 'x-refresh-token';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public() @AuthRateLimited() @Post('signup') @HttpCode(200) @ApiSignUp()
  signUp(@Body() dto: SignUpDto, @Client() client: ClientInfo) {
    return this.auth.signUp(dto, client);
  }

  @Public() @AuthRateLimited() @Post('verify-email') @HttpCode(200) @ApiVerifyEmail()
  verifyEmail(@Body() dto: VerifyEmailDto) {
    return this.auth.verifyEmail(dto);
  }

  @Public() @AuthRateLimited() @Post('resend-verification') @HttpCode(200) @ApiResendVerification()
  resendVerification(@Body() dto: EmailDto) {
    return this.auth.resendVerification(dto.email);
  }

  @Public() @AuthRateLimited() @Post('signin') @HttpCode(200) @ApiSignIn()
  signIn(@Body() dto: SignInDto, @Client() client: ClientInfo) {
    return this.auth.signIn(dto, client);
  }

  @Public() @Post(['refresh-token', 'refresh']) @HttpCode(200) @ApiRefresh()
  refresh(@Body() dto: RefreshTokenDto = {}, @Headers(REFRESH_HEADER) header?: string) {
    return this.auth.refresh(dto.refreshToken ?? header);
  }

  @OptionalAuth() @Post('logout') @HttpCode(200) @ApiLogout()
  logout(@CurrentUser() actor: Actor | undefined, @Body() dto: RefreshTokenDto = {}, @Headers(REFRESH_HEADER) header?: string) {
    return this.auth.logout(actor, dto.refreshToken ?? header);
  }

  @Post('logout-all') @HttpCode(200) @ApiLogoutAll()
  logoutAll(@CurrentUser() actor: Actor) {
    return this.auth.logoutAll(actor);
  }

  @Public() @AuthRateLimited() @Post(['request-password-reset', 'forgot-password']) @HttpCode(200) @ApiRequestPasswordReset()
  requestPasswordReset(@Body() dto: EmailDto) {
    return this.auth.requestPasswordReset(dto.email);
  }

  @Public() @AuthRateLimited() @Post(['verify-password-reset', 'reset-password']) @HttpCode(200) @ApiResetPassword()
  resetPassword(@Body() dto: ResetPasswordDto) {
    return this.auth.resetPassword(dto);
  }

  @OptionalAuth() @Get('check') @ApiAuthCheck()
  check(@CurrentUser() actor: Actor | undefined) {
    return { authenticated: actor !== undefined };
  }
}
