import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { createSecretKey } from 'node:crypto';
import type { AppConfig } from './app-config.js';
import { EnvironmentVariables } from './environment.schema.js';
import { readOrCreateLocalSecrets } from './local-secrets.js';

export class ConfigError extends Error {}

function parseEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, defined, { enableImplicitConversion: true });
  const problems = validateSync(vars, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
  if (vars.NODE_ENV === 'production') {
    if (!vars.JWT_ACCESS_SECRET) problems.push('JWT_ACCESS_SECRET is required in production');
    if (!vars.CODE_SECRET) problems.push('CODE_SECRET is required in production');
    if (vars.BCRYPT_COST < 10) problems.push('BCRYPT_COST must be at least 10 in production');
  }
  if (vars.MAIL_TRANSPORT === 'smtp' && !vars.SMTP_URL) problems.push('SMTP_URL is required when MAIL_TRANSPORT=smtp');
  if (Boolean(vars.SUPER_ADMIN_EMAIL) !== Boolean(vars.SUPER_ADMIN_PASSWORD)) {
    problems.push('SUPER_ADMIN_EMAIL and SUPER_ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return vars;
}

/** Validates the environment once and returns the typed configuration; a bad value throws, naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const vars = parseEnvironment(env);
  const local =
    vars.JWT_ACCESS_SECRET && vars.CODE_SECRET ? undefined : readOrCreateLocalSecrets(vars.PGLITE_DIR);
  const secret = (value: string | undefined, fallback: string | undefined) =>
    createSecretKey(Buffer.from((value ?? fallback) as string, 'utf8'));

  return {
    env: vars.NODE_ENV,
    isProduction: vars.NODE_ENV === 'production',
    http: {
      port: vars.PORT,
      host: vars.HOST,
      trustProxy: vars.TRUST_PROXY === 'true',
      corsOrigins: vars.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    },
    database: {
      url: vars.DATABASE_URL,
      poolMax: vars.DATABASE_POOL_MAX,
      statementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS,
      pgliteDir: vars.PGLITE_DIR,
    },
    auth: {
      accessTokenKey: secret(vars.JWT_ACCESS_SECRET, local?.accessTokenSecret),
      codeKey: secret(vars.CODE_SECRET, local?.codeSecret),
      accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: vars.REFRESH_TOKEN_TTL_SECONDS,
      bcryptCost: vars.BCRYPT_COST,
    },
    superAdmin:
      vars.SUPER_ADMIN_EMAIL && vars.SUPER_ADMIN_PASSWORD
        ? { email: vars.SUPER_ADMIN_EMAIL, password: vars.SUPER_ADMIN_PASSWORD }
        : undefined,
    mail: { transport: vars.MAIL_TRANSPORT, smtpUrl: vars.SMTP_URL, from: vars.MAIL_FROM },
    rateLimit: {
      authPerMinute: vars.RATE_LIMIT_AUTH_PER_MINUTE,
      defaultPerMinute: vars.RATE_LIMIT_DEFAULT_PER_MINUTE,
      redisUrl: vars.REDIS_URL,
      redisKeyPrefix: vars.REDIS_KEY_PREFIX,
      codeGuessesPerMinute: vars.RATE_LIMIT_CODE_GUESSES_PER_MINUTE,
      routesPerMinute: {
        usersList: vars.RATE_LIMIT_USERS_LIST_PER_MINUTE,
        usersCreate: vars.RATE_LIMIT_USERS_CREATE_PER_MINUTE,
        usersUpdate: vars.RATE_LIMIT_USERS_UPDATE_PER_MINUTE,
        usersDelete: vars.RATE_LIMIT_USERS_DELETE_PER_MINUTE,
        avatarUpload: vars.RATE_LIMIT_AVATAR_UPLOAD_PER_MINUTE,
      },
      rolesPerHour: {
        user: vars.RATE_LIMIT_ROLE_USER_PER_HOUR,
        moderator: vars.RATE_LIMIT_ROLE_MODERATOR_PER_HOUR,
        admin: vars.RATE_LIMIT_ROLE_ADMIN_PER_HOUR,
        super_admin: vars.RATE_LIMIT_ROLE_SUPER_ADMIN_PER_HOUR,
      },
    },
    logLevel: vars.LOG_LEVEL,
    openApiEnabled: vars.OPENAPI_ENABLED === undefined ? vars.NODE_ENV !== 'production' : vars.OPENAPI_ENABLED === 'true',
    metricsToken: vars.METRICS_TOKEN,
  };
}
