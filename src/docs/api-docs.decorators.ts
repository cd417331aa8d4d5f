import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiResponse } from '@nestjs/swagger';
import { DomainError, Errors } from '../common/errors/domain-error.js';
import { ERROR_STATUS } from '../common/errors/error-codes.js';
import { toErrorResponse, type ErrorBody } from '../common/errors/error-response.js';
import { MessageResponseDto } from './dto/user-response.dto.js';
import { ApiErrorDto } from './dto/api-error.dto.js';

export const BEARER_SCHEME = 'bearer';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (`errors` lists the fields)',
  401: 'Missing, invalid or expired credentials',
  403: 'The caller lacks the permission',
  404: 'Not found',
  409: 'Conflict with existing data',
  412: 'The resource changed since it was read',
  413: 'Body too large',
  415: 'Unsupported content type',
  429: 'Rate limited (see `Retry-After`)',
  503: 'Not ready or database unavailable (see `Retry-After`)',
};

/** The example shown for a status when a route names no error of its own. */
const TYPICAL_ERRORS: Record<number, () => DomainError> = {
  400: () => Errors.badRequest('email', 'email must be a valid email address'),
  401: () => Errors.authenticationRequired(),
  403: () => Errors.forbidden(),
  404: () => new DomainError('NOT_FOUND', 'Not found'),
  409: () => new DomainError('CONFLICT', 'Conflict with existing data'),
  412: () => new DomainError('PRECONDITION_FAILED', 'The resource was modified; fetch it again'),
  413: () => new DomainError('PAYLOAD_TOO_LARGE', 'Request body is too large'),
  415: () => new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported content type'),
  429: () => new DomainError('RATE_LIMITED', 'Too many requests, slow down'),
  503: () => new DomainError('SERVICE_UNAVAILABLE', 'Database unavailable, try again shortly'),
};

/** A status, or a domain error the route raises (its status, message and code become the example). */
export type ErrorSpec = number | DomainError;

const bodyOf = (error: DomainError): ErrorBody => toErrorResponse(error).body;

function examplesOf(bodies: ErrorBody[]) {
  if (bodies.length === 1) return { example: bodies[0] };
  const examples: Record<string, { summary: string; value: ErrorBody }> = {};
  for (const body of bodies) {
    const base = body.code ?? String(body.statusCode);
    let key = base;
    for (let n = 2; key in examples; n++) key = `${base}_${n}`;
    examples[key] = { summary: body.message, value: body };
  }
  return { examples };
}

/**
 * Error answers of a route, each in the `{message, statusCode, code?, errors?}` shape, grouped by
 * status: `ApiErrors(400, Errors.userNotFound(), Errors.emailInUse(), Errors.phoneNumberInUse())`.
 */
export const ApiErrors = (...errors: ErrorSpec[]) => {
  const byStatus = new Map<number, ErrorBody[]>();
  for (const error of errors) {
    const status = typeof error === 'number' ? error : ERROR_STATUS[error.code];
    const bodies = byStatus.get(status) ?? [];
    if (typeof error !== 'number') bodies.push(bodyOf(error));
    byStatus.set(status, bodies);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, bodies]) => {
      const typical = TYPICAL_ERRORS[status];
      const shown = bodies.length > 0 ? bodies : typical ? [bodyOf(typical())] : [];
      return ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        type: ApiErrorDto,
        ...(shown.length > 0 ? examplesOf(shown) : {}),
      });
    }),
  );
};

/** The route needs `Authorization: Bearer <access token>`: 401 without one, and the route's own `errors`. */
export const ApiSignedIn = (...errors: ErrorSpec[]) => applyDecorators(ApiBearerAuth(BEARER_SCHEME), ApiErrors(401, ...errors));

/**
 * A signed-in route that some roles may not call: 401 without a token, 403 without the permission
 * (or the route's own 403 errors, when `errors` names some), and the route's other `errors`.
 */
export const ApiRoleRestricted = (...errors: ErrorSpec[]) => ApiSignedIn(403, ...errors);

/** A route answering `{message}` with 200. */
export const ApiMessage = (summary: string, example: string, ...errors: ErrorSpec[]) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type: MessageResponseDto, example: { message: example } }),
    ApiErrors(...errors),
  );

const LIST_HEADERS = {
  'X-Total-Count': { description: 'Items matching the query, all pages', schema: { type: 'integer' as const, example: 42 } },
  'Content-Range': { description: 'The items of this page: `items 0-9/42` (`items */0` when empty)', schema: { type: 'string' as const, example: 'items 0-9/42' } },
};

/** A paged list answer (200) with `X-Total-Count` and `Content-Range`. */
export const ApiPageResponse = (type: Function) => ApiOkResponse({ type, headers: LIST_HEADERS });

/** A path parameter holding a user id; an unknown or malformed id answers 404. */
export const ApiUserIdParam = (name = 'id', description = 'User id (UUID); unknown or malformed ids answer 404') =>
  ApiParam({ name, type: String, description, example: '7f1c2a4e-0b7d-4c51-9d8e-3f0e6a1b2c3d' });

/** The optional `x-refresh-token` header of the refresh and logout routes. */
export const ApiRefreshTokenHeader = () =>
  ApiHeader({ name: 'x-refresh-token', required: false, description: 'The refresh token, when not sent in the body' });
