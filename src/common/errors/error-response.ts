import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { isDatabaseUnavailable } from '../../database/postgres-errors.js';
import { DomainError, type FieldError } from './domain-error.js';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

export interface ErrorBody {
  message: string;
  statusCode: number;
  code?: string;
  errors?: FieldError[];
}

export interface ErrorResponse {
  body: ErrorBody;
  headers: Record<string, string>;
  /** Set when the error was not one the service meant to show: it is logged in full. */
  unexpected: boolean;
}

const RETRY_AFTER_UNAVAILABLE_SECONDS = '5';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_ERROR',
  401: 'AUTHENTICATION_REQUIRED',
  403: 'INSUFFICIENT_PERMISSIONS',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Fastify's own request errors (body parsing, limits), with messages fit for a client. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'Request body is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Content-Length does not match the body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Request body must not be empty when Content-Type is application/json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Malformed JSON body',
  FST_ERR_INVALID_URL: 'Malformed URL',
  FST_ERR_BAD_URL: 'Malformed URL',
};

const INTERNAL_ERROR: ErrorResponse = {
  body: { message: 'Internal server error', statusCode: 500, code: 'INTERNAL_ERROR' },
  headers: {},
  unexpected: true,
};

function messageOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : fallback;
}

function fromStatus(status: number, message: string, headers: Record<string, string> = {}): ErrorResponse {
  const code = HTTP_CODES[status];
  return { body: { message, statusCode: status, ...(code ? { code } : {}) }, headers, unexpected: false };
}

/** Turns any thrown value into the `{message, statusCode}` answer. The one place errors become HTTP. */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof DomainError) {
    const statusCode = ERROR_STATUS[error.code];
    return {
      body: { message: error.message, statusCode, code: error.code, ...(error.errors ? { errors: error.errors } : {}) },
      headers: statusCode === 503 ? { 'retry-after': RETRY_AFTER_UNAVAILABLE_SECONDS } : {},
      unexpected: false,
    };
  }
  if (error instanceof ThrottlerException) return fromStatus(429, 'Too many requests, slow down');
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) return INTERNAL_ERROR;
    return fromStatus(status, messageOf(error.getResponse(), error.message));
  }
  if (isDatabaseUnavailable(error)) {
    return fromStatus(HttpStatus.SERVICE_UNAVAILABLE, 'Database unavailable, try again shortly', {
      'retry-after': RETRY_AFTER_UNAVAILABLE_SECONDS,
    });
  }
  const fastify = error as { code?: unknown; statusCode?: unknown };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const known = typeof fastify.code === 'string' ? FASTIFY_MESSAGES[fastify.code] : undefined;
    const fallback = fastify.statusCode === 400 ? 'Malformed request' : 'Request refused';
    return fromStatus(fastify.statusCode, known ?? fallback);
  }
  return INTERNAL_ERROR;
}
