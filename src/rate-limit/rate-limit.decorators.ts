import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMITED = 'rate-limit:auth';

/**
 * The strict limit for routes that take passwords or codes: per client IP and, when the body
 * names one, per target email (RATE_LIMIT_AUTH_PER_MINUTE each).
 */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);
