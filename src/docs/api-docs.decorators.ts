import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { MessageResponseDto } from './dto/user-response.dto.js';
import { ApiErrorDto } from './dto/api-error.dto.js';

export const BEARER_SCHEME = 'bearer';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (`errors` lists the fields)',
  401: 'Missing, invalid or expired credentials',
  403: 'The caller lacks the permission',
  404: 'Not found',
  409: 'Conflict with existing data',
  413: 'Body too large',
  415: 'Unsupported content type',
  429: 'Rate limited (see `Retry-After`)',
  503: 'Not ready or database unavailable (see `Retry-After`)',
};

/** Error answers of a route, each in the `{message, statusCode, code?, errors?}` shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status] ?? 'Error', type: ApiErrorDto })),
  );

/** The route needs `Authorization: Bearer <access token>`. */
export const ApiSignedIn = () => applyDecorators(ApiBearerAuth(BEARER_SCHEME), ApiErrors(401));

/** A route answering `{message}` with 200. */
export const ApiMessage = (summary: string, example: string, ...errors: number[]) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({ type: MessageResponseDto, example: { message: example } }),
    ApiErrors(...errors),
  );

/** The optional `x-refresh-token` header of the refresh and logout routes. */
export const ApiRefreshTokenHeader = () =>
  ApiHeader({ name: 'x-refresh-token', required: false, description: 'The refresh token, when not sent in the body' });
