import { Injectable } from '@nestjs/common';
import { ActivityService } from '../activity/activity.service.js';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import type { MessageResponseDto } from '../docs/dto/user-response.dto.js';
import { TransactionHost } from '../database/transaction-host.js';
import { MailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { toCurrentUserResponse } from '../users/user.mapper.js';
import { UserRepository } from '../users/user.repository.js';
import { CODE_TTL_SECONDS, OneTimeCodesService } from '../verification/one-time-codes.service.js';
import type { Actor } from './actor.js';
import { AuthMessages } from './auth.messages.js';
import type { SignInResponseDto } from './dto/auth-responses.dto.js';
import type { SignInDto } from './dto/sign-in.dto.js';
import type { SignUpDto } from './dto/sign-up.dto.js';
import type { ResetPasswordDto } from './dto/reset-password.dto.js';
import type { VerifyEmailDto } from './dto/verify-email.dto.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { accountLocked, assertAccountUsable } from './session-authenticator.js';
import { SessionRepository } from './session.repository.js';
import { TokenService, type TokenPair } from './token.service.js';

export const LOCKOUT_THRESHOLD = 10;
export const LOCKOUT_SECONDS = 15 * 60;

/** Declared once, as the documented DTOs. */
export type Message = MessageResponseDto;
export type SignInResponse = SignInResponseDto;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly codes: OneTimeCodesService,
    private readonly mail: MailService,
    private readonly tx: TransactionHost,
    private readonly activity: ActivityService,
    private readonly metrics: MetricsService,
  ) {}

  async signUp(dto: SignUpDto, client: ClientInfo): Promise<Message> {
    const passwordHash = await this.hasher.hash(dto.password);
    await this.tx.run(async () => {
      const user = await this.users.create({
        email: dto.email,
        username: dto.username ?? null,
        firstName: dto.firstName,
        lastName: dto.lastName,
        age: dto.age,
        phoneNumber: dto.phoneNumber,
        description: dto.description ?? null,
        roles: ['user'],
        passwordHash,
      });
      await this.activity.record({ userId: user.id, type: 'signup', description: 'Signed up', client });
      await this.sendVerificationCode(user.id, user.email);
    });
    return { message: AuthMessages.signedUp };
  }

  async verifyEmail(dto: VerifyEmailDto): Promise<Message> {
    const expectedUserId = await this.userIdForEmail(dto.email);
    await this.codes.consume('email_verification', dto.otp, expectedUserId, async (userId) => {
      await this.users.update(userId, { isEmailVerified: true });
      await this.activity.record({ userId, type: 'email_verified', description: 'Email address verified' });
    });
    return { message: AuthMessages.emailVerified };
  }

  async resendVerification(email: string): Promise<Message> {
    await this.tx.run(async () => {
      const user = await this.users.findByEmail(email);
      if (user && !user.isEmailVerified) await this.sendVerificationCode(user.id, user.email);
    });
    return { message: AuthMessages.verificationSent };
  }

  async signIn(dto: SignInDto, client: ClientInfo): Promise<SignInResponse> {
    const user = await this.users.findByEmailWithPassword(dto.email);
    const passwordMatches = await this.hasher.verify(dto.password, user?.passwordHash);
    if (!user) {
      this.metrics.signInFailed();
      throw new DomainError('INVALID_CREDENTIALS', AuthMessages.invalidCredentials);
    }
    // While locked, the password is not judged at all: answering the right one differently would
    // let guessing go on straight through the lock.
    if (user.lockedUntil && user.lockedUntil > new Date()) throw accountLocked();
    if (!passwordMatches) {
      const lockedNow = await this.countFailedSignIn(user.id, user.email, client);
      this.metrics.signInFailed();
      if (lockedNow) this.metrics.accountLocked();
      throw lockedNow ? accountLocked() : new DomainError('INVALID_CREDENTIALS', AuthMessages.invalidCredentials);
    }
    assertAccountUsable(user, { requireVerifiedEmail: true });

    const secret = this.tokens.newRefreshSecret();
    const session = await this.tx.run(async () => {
      await this.users.recordSuccessfulSignIn(user.id);
      await this.activity.record({ userId: user.id, type: 'login', description: 'Signed in', client });
      return this.sessions.create({
        userId: user.id,
        tokenHash: this.tokens.hashRefreshSecret(secret),
        ttlSeconds: this.tokens.refreshTtlSeconds,
        ip: client.ip,
        userAgent: client.userAgent,
      });
    });
    const { passwordHash: _hash, ...record } = user;
    const now = new Date();
    return {
      message: AuthMessages.signedIn,
      user: toCurrentUserResponse({ ...record, lastLoginAt: now, lastActivity: now, failedSignIns: 0, lockedUntil: null }),
      ...this.tokens.pair(user.id, session.id, secret),
    };
  }

  async refresh(refreshToken: string | undefined): Promise<TokenPair> {
    const invalid = () => new DomainError('INVALID_TOKEN', AuthMessages.invalidRefreshToken);
    const parsed = refreshToken ? this.tokens.parseRefreshToken(refreshToken) : undefined;
    if (!parsed) throw refreshToken ? invalid() : Errors.authenticationRequired();

    const nextSecret = this.tokens.newRefreshSecret();
    const rotation = await this.tx.run(() =>
      this.sessions.rotate(parsed.sessionId, this.tokens.hashRefreshSecret(parsed.secret), this.tokens.hashRefreshSecret(nextSecret)),
    );
    if (rotation.outcome === 'reused') {
      await this.activity.record({
        userId: rotation.userId,
        type: 'token_reuse',
        description: 'A rotated refresh token was presented again; the session was revoked',
      });
    }
    if (rotation.outcome !== 'rotated') throw invalid();

    const user = await this.users.findById(rotation.session.userId);
    if (!user) throw invalid();
    try {
      assertAccountUsable(user, { requireVerifiedEmail: false });
    } catch (error) {
      await this.sessions.revoke(rotation.session.id, 'account unusable');
      throw error;
    }
    return this.tokens.pair(user.id, rotation.session.id, nextSecret);
  }

  /** Ends the session of the refresh token given, else the session of the access token. */
  async logout(actor: Actor | undefined, refreshToken: string | undefined): Promise<Message> {
    if (refreshToken) {
      const parsed = this.tokens.parseRefreshToken(refreshToken);
      const session = parsed && (await this.sessions.findByToken(parsed.sessionId, this.tokens.hashRefreshSecret(parsed.secret)));
      if (!session) throw new DomainError('INVALID_TOKEN', AuthMessages.invalidRefreshToken);
      await this.sessions.revoke(session.id, 'logout');
      await this.activity.record({ userId: session.userId, type: 'logout', description: 'Signed out' });
    } else if (actor) {
      await this.sessions.revoke(actor.sessionId, 'logout');
      await this.activity.record({ userId: actor.id, type: 'logout', description: 'Signed out' });
    } else {
      throw Errors.authenticationRequired();
    }
    return { message: AuthMessages.loggedOut };
  }

  async logoutAll(actor: Actor): Promise<Message> {
    await this.tx.run(async () => {
      await this.sessions.revokeAllForUser(actor.id, 'logout all');
      await this.activity.record({ userId: actor.id, type: 'logout_all', description: 'Signed out of every session' });
    });
    return { message: AuthMessages.loggedOutAll };
  }

  async requestPasswordReset(email: string): Promise<Message> {
    await this.tx.run(async () => {
      const user = await this.users.findByEmail(email);
      if (!user) return;
      const code = await this.codes.issue(user.id, 'password_reset');
      await this.mail.send(MailTemplates.passwordReset(user.email, code, CODE_TTL_SECONDS));
    });
    return { message: AuthMessages.resetRequested };
  }

  async resetPassword(dto: ResetPasswordDto): Promise<Message> {
    const expectedUserId = await this.userIdForEmail(dto.email);
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.codes.consume('password_reset', dto.otp, expectedUserId, async (userId) => {
      // The code came by mail, so it proves the address too; a reset also lifts a lockout.
      const user = await this.users.update(userId, { passwordHash, isEmailVerified: true, failedSignIns: 0, lockedUntil: null });
      await this.sessions.revokeAllForUser(userId, 'password reset');
      await this.activity.record({ userId, type: 'password_reset', description: 'Password reset with an emailed code' });
      if (user) await this.mail.send(MailTemplates.passwordChanged(user.email));
    });
    return { message: AuthMessages.passwordReset };
  }

  private async sendVerificationCode(userId: string, email: string): Promise<void> {
    const code = await this.codes.issue(userId, 'email_verification');
    await this.mail.send(MailTemplates.emailVerification(email, code, CODE_TTL_SECONDS));
  }

  /** With an email given, the code must be that user's; an unknown email can match no code. */
  private async userIdForEmail(email: string | undefined): Promise<string | undefined> {
    if (email === undefined) return undefined;
    return (await this.users.findByEmail(email))?.id ?? '00000000-0000-0000-0000-000000000000';
  }

  /** Returns true when this failure locked the account. */
  private async countFailedSignIn(userId: string, email: string, client: ClientInfo): Promise<boolean> {
    return this.tx.run(async () => {
      const state = await this.users.recordFailedSignIn(userId, LOCKOUT_THRESHOLD, LOCKOUT_SECONDS);
      await this.activity.record({ userId, type: 'login_failed', description: 'Failed sign-in: wrong password', client });
      if (state.lockedUntil && state.lockedUntil > new Date() && state.failedSignIns === 0) {
        await this.activity.record({ userId, type: 'locked', description: `Locked for ${LOCKOUT_SECONDS / 60} minutes after ${LOCKOUT_THRESHOLD} failed sign-ins`, client });
        await this.mail.send(MailTemplates.accountLocked(email, LOCKOUT_SECONDS));
        return true;
      }
      return false;
    });
  }
}
