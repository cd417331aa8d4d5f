import type { KeyObject } from 'node:crypto';

/** The validated, typed configuration every module reads. Built once at boot by `loadConfig`. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  http: { port: number; host: string; trustProxy: boolean; corsOrigins: string[] };
  database: {
    url?: string;
    poolMax: number;
    statementTimeoutMs: number;
    connectTimeoutMs: number;
    pgliteDir: string;
  };
  auth: {
    accessTokenKey: KeyObject;
    codeKey: KeyObject;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    bcryptCost: number;
  };
  superAdmin?: { email: string; password: string };
  mail: { transport: 'log' | 'smtp'; smtpUrl?: string; from: string };
  rateLimit: {
    authPerMinute: number;
    defaultPerMinute: number;
    redisUrl?: string;
    /** Prefix of every Redis key, so that several deployments or test runs can share one Redis. */
    redisKeyPrefix: string;
    codeGuessesPerMinute: number;
    routesPerMinute: RouteLimits;
    /** Requests per hour per signed-in user, by role; 0 = unlimited. */
    rolesPerHour: { user: number; moderator: number; admin: number; super_admin: number };
  };
  logLevel: string;
  /** `/docs` and `/docs-json`: on outside production, or when OPENAPI_ENABLED=true. */
  openApiEnabled: boolean;
  /** Bearer token required on `/metrics` when set; unset: public outside production, off in production. */
  metricsToken?: string;
}

/** Seed 001's per-route limits, requests per minute. */
export interface RouteLimits {
  usersList: number;
  usersCreate: number;
  usersUpdate: number;
  usersDelete: number;
  avatarUpload: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
