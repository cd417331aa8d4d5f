import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ActivityLogModule } from './activity/activity-log.module.js';
import { ActivityModule } from './activity/activity.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AvatarsModule } from './avatars/avatars.module.js';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter.js';
import { AccessTokenGuard } from './common/guards/access-token.guard.js';
import { PermissionGuard } from './common/guards/permission.guard.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { LockoutModule } from './lockout/lockout.module.js';
import { MailModule } from './mail/mail.module.js';
import { MetricsReportModule } from './metrics-report/metrics-report.module.js';
import { PasswordModule } from './password/password.module.js';
import { RateLimitGuard } from './rate-limit/rate-limit.guard.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { RoleRateLimitGuard } from './rate-limit/role-rate-limit.guard.js';
import { UsersModule } from './users/users.module.js';
import { VerificationRequestsModule } from './verification/verification-requests.module.js';
import { DataRightsModule } from './data-rights/data-rights.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { HealthModule } from './health/health.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import type { DestinationStream } from 'pino';
import { AdminsModule } from './admins/admins.module.js';
import { StatsModule } from './stats/stats.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { logDestination?: DestinationStream } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config, options.logDestination),
        MetricsModule,
        HealthModule,
        DatabaseModule,
        MailModule,
        ActivityModule,
        RateLimitModule,
        AuthModule,
        UsersModule,
        AdminsModule,
        StatsModule,
        // Account features (issue 4)
        PasswordModule,
        AvatarsModule,
        SessionsModule,
        ActivityLogModule,
        VerificationRequestsModule,
        MetricsReportModule,
        // Invitations (issue 4, point 8)
        InvitationsModule,
        // Data rights (issue 4, point 11)
        DataRightsModule,
        // Security (issue 5)
        LockoutModule,
      ],
      providers: [
        // Guards run in this order: rate limit, then who is calling, then what they may do.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AccessTokenGuard },
        // The per-role hourly quota needs the caller's roles, so it runs once they are known.
        { provide: APP_GUARD, useClass: RoleRateLimitGuard },
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
