import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { PasswordHasher } from '../auth/passwords/password-hasher.js';
import { UserRepository } from './user.repository.js';

/** Creates the first super admin from SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD when there is none. */
@Injectable()
export class SuperAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(SuperAdminBootstrap.name);

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const account = this.config.superAdmin;
    if (!account || (await this.users.existsSuperAdmin())) return;
    try {
      await this.users.create({
        email: account.email,
        firstName: 'Super',
        lastName: 'Admin',
        roles: ['super_admin'],
        passwordHash: await this.hasher.hash(account.password),
        isEmailVerified: true,
        isActive: true,
      });
      this.logger.log(`Created the first super admin, ${account.email}`);
    } catch (error) {
      // Another instance starting at the same moment created it, or the email belongs to a user.
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn(`No super admin created: ${account.email} is already registered`);
    }
  }
}
