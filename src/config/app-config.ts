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
  rateLimit: { authPerMinute: number; defaultPerMinute: number; redisUrl?: string };
  logLevel: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
