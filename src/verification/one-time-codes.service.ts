import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomInt } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { CodePurpose } from '../database/schema/index.js';
import { TransactionHost } from '../database/transaction-host.js';
import { OneTimeCodeRepository } from './one-time-code.repository.js';

export const CODE_TTL_SECONDS = 10 * 60;
export const MAX_CODE_ATTEMPTS = 3;
const MAX_DRAWS = 10;

const MESSAGES: Record<CodePurpose, { invalid: string }> = {
  email_verification: { invalid: 'Invalid or expired verification code' },
  password_reset: { invalid: 'Invalid or expired reset code' },
};

/**
 * Six-digit single-use codes. Only an HMAC of each code is stored (keyed with CODE_SECRET, so a
 * leaked table cannot be reversed by trying all million codes), and that HMAC is unique among
 * active codes, so a code alone identifies its user.
 */
@Injectable()
export class OneTimeCodesService {
  constructor(
    private readonly codes: OneTimeCodeRepository,
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues a fresh code for the user and purpose (replacing any earlier one); returns it in clear for the mail. */
  async issue(userId: string, purpose: CodePurpose): Promise<string> {
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
      if (await this.codes.replace(userId, purpose, this.hash(code), CODE_TTL_SECONDS)) return code;
    }
    throw new DomainError('SERVICE_UNAVAILABLE', 'Could not issue a code, try again');
  }

  /**
   * Checks a code and, when it is good, consumes it and runs `onValid` in the same transaction.
   * With an email, a wrong code counts against that user's code, void after three wrong attempts.
   * The failure is raised after the transaction commits, so counted attempts stick.
   */
  async consume<T>(
    purpose: CodePurpose,
    code: string,
    expectedUserId: string | undefined,
    onValid: (userId: string) => Promise<T>,
  ): Promise<T> {
    const outcome = await this.tx.run(async (): Promise<{ value: T } | { error: DomainError }> => {
      const found = await this.codes.findByHash(purpose, this.hash(code));
      if (found && (expectedUserId === undefined || found.userId === expectedUserId)) {
        await this.codes.delete(found.id);
        if (found.expired) return { error: new DomainError('CODE_EXPIRED', 'Code expired, request a new one') };
        if (found.attempts >= MAX_CODE_ATTEMPTS) return { error: this.tooManyAttempts() };
        return { value: await onValid(found.userId) };
      }
      const exhausted = expectedUserId !== undefined && (await this.countWrongGuess(expectedUserId, purpose));
      return { error: exhausted ? this.tooManyAttempts() : new DomainError('INVALID_CODE', MESSAGES[purpose].invalid) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** Returns true when this guess used up the code. */
  private async countWrongGuess(userId: string, purpose: CodePurpose): Promise<boolean> {
    const active = await this.codes.findForUser(userId, purpose);
    if (!active) return false;
    const attempts = await this.codes.recordFailedAttempt(active.id);
    if (attempts < MAX_CODE_ATTEMPTS) return false;
    await this.codes.delete(active.id);
    return true;
  }

  private tooManyAttempts() {
    return new DomainError('TOO_MANY_ATTEMPTS', 'Too many attempts, request a new code');
  }

  private hash(code: string): string {
    return createHmac('sha256', this.config.auth.codeKey).update(code).digest('base64url');
  }
}
