import {
  IsBooleanString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

/**
 * The environment variables the service reads, as they arrive (strings, converted where typed).
 * `.env.example` documents each one; `loadConfig` turns them into the typed `AppConfig`.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '127.0.0.1';

  @IsOptional() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_MAX: number = 10;

  @IsInt() @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 10_000;

  @IsInt() @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS: number = 3_000;

  @IsString()
  PGLITE_DIR: string = './data';

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_ACCESS_SECRET must be at least 32 characters' })
  JWT_ACCESS_SECRET?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'CODE_SECRET must be at least 32 characters' })
  CODE_SECRET?: string;

  @IsInt() @Min(30) @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  @IsInt() @Min(300)
  REFRESH_TOKEN_TTL_SECONDS: number = 604_800;

  @IsInt() @Min(4) @Max(15)
  BCRYPT_COST: number = 12;

  @IsOptional() @IsEmail({}, { message: 'SUPER_ADMIN_EMAIL must be an email address' })
  SUPER_ADMIN_EMAIL?: string;

  @IsOptional() @IsString() @MinLength(8, { message: 'SUPER_ADMIN_PASSWORD must be at least 8 characters' })
  SUPER_ADMIN_PASSWORD?: string;

  @IsIn(['log', 'smtp'])
  MAIL_TRANSPORT: 'log' | 'smtp' = 'log';

  @IsOptional() @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false }, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM: string = 'Users API <no-reply@localhost>';

  @IsString()
  CORS_ORIGINS: string = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsBooleanString()
  TRUST_PROXY: string = 'false';

  @IsInt() @Min(1)
  RATE_LIMIT_AUTH_PER_MINUTE: number = 10;

  @IsInt() @Min(1)
  RATE_LIMIT_DEFAULT_PER_MINUTE: number = 600;

  @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsString() @Matches(/^[\w:.-]{1,64}$/, { message: 'REDIS_KEY_PREFIX must be 1-64 letters, digits or : . - _' })
  REDIS_KEY_PREFIX: string = 'users-api:';

  /** Global cap on code entries that name no email (the code alone picks the user). */
  @IsInt() @Min(1)
  RATE_LIMIT_CODE_GUESSES_PER_MINUTE: number = 60;

  /** Per route (seed 001), per signed-in user or else per client IP. */
  @IsInt() @Min(1)
  RATE_LIMIT_USERS_LIST_PER_MINUTE: number = 100;

  @IsInt() @Min(1)
  RATE_LIMIT_USERS_CREATE_PER_MINUTE: number = 10;

  @IsInt() @Min(1)
  RATE_LIMIT_USERS_UPDATE_PER_MINUTE: number = 20;

  @IsInt() @Min(1)
  RATE_LIMIT_USERS_DELETE_PER_MINUTE: number = 5;

  @IsInt() @Min(1)
  RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE: number = 3;

  /** Per role and hour (seed 002), per signed-in user; 0 = unlimited. Viewers count as users. */
  @IsInt() @Min(0)
  RATE_LIMIT_ROLE_USER_PER_HOUR: number = 100;

  @IsInt() @Min(0)
  RATE_LIMIT_ROLE_MODERATOR_PER_HOUR: number = 500;

  @IsInt() @Min(0)
  RATE_LIMIT_ROLE_ADMIN_PER_HOUR: number = 1000;

  @IsInt() @Min(0)
  RATE_LIMIT_ROLE_SUPER_ADMIN_PER_HOUR: number = 0;

  @IsOptional() @IsBooleanString()
  OPENAPI_ENABLED?: string;

  @IsOptional() @IsString() @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}
