import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * bcrypt over a SHA-256 pre-hash: bcrypt reads at most 72 bytes, so long passphrases are first
 * condensed to 44 base64 characters, and nothing the user typed is cut off. bcrypt's async API
 * hashes on libuv's thread pool, off the event loop.
 */
@Injectable()
export class PasswordHasher {
  private readonly dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Compared against when the account does not exist, so that costs the same time as a wrong password.
    this.dummyHash = this.hash(randomBytes(32).toString('hex'));
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(this.condense(password), this.config.auth.bcryptCost);
  }

  async verify(password: string, hash: string | null | undefined): Promise<boolean> {
    if (!hash) {
      await bcrypt.compare(this.condense(password), await this.dummyHash);
      return false;
    }
    return bcrypt.compare(this.condense(password), hash);
  }

  private condense(password: string): string {
    return createHash('sha256').update(password.normalize('NFC'), 'utf8').digest('base64');
  }
}
