import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { ApiMessage, ApiRoleRestricted, ApiSignedIn } from '../docs/api-docs.decorators.js';
import { ACCOUNT_DELETED_MESSAGE } from './account-data.service.js';
import { AccountExportResponseDto } from './dto/account-export-response.dto.js';
import { EXPORT_FORMATS } from './user-export.format.js';

/** The OpenAPI description of each data-rights handler, one decorator per handler. */
export const ApiExportOwnData = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiOperation({ summary: 'Everything held about the caller, as a JSON attachment (no hashes, no codes)' }),
    ApiOkResponse({ type: AccountExportResponseDto }),
  );

export const ApiDeleteOwnAccount = () =>
  applyDecorators(
    ApiSignedIn(),
    ApiMessage(
      'Delete the caller’s account and all its data after confirming the password; every token stops working',
      ACCOUNT_DELETED_MESSAGE,
      400,
      409,
      429,
    ),
  );

export const ApiExportUsers = () =>
  applyDecorators(
    ApiRoleRestricted(400),
    ApiOperation({
      summary: 'Stream every user matching the GET /users filters as CSV or NDJSON (pagination ignored, ordered by createdAt)',
    }),
    ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS, description: 'csv (default) or ndjson' }),
    ApiResponse({
      status: 200,
      description: 'The file, as an attachment',
      content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } },
    }),
  );
