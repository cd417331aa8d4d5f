import { applyDecorators, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiHeader, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { FieldSelectionGuard, REPRESENTATION, type RepresentationOptions } from './representation.js';

/**
 * A JSON answer with `?fields=` selection, an `ETag`, and 304 for a current `If-None-Match`
 * (see `representation.ts`), documented in OpenAPI along with it.
 */
export const Representation = (options: RepresentationOptions, { conditionalGet = true } = {}) =>
  applyDecorators(
    RouteConfig({ [REPRESENTATION]: options }),
    UseGuards(FieldSelectionGuard),
    ApiQuery({
      name: 'fields',
      type: String,
      required: false,
      description: `Comma-separated fields to return (\`id\` always included): ${options.fields.join(', ')}`,
      example: 'id,email,firstName',
    }),
    ...(conditionalGet
      ? [
          ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer: 304 without a body when still current' }),
          ApiResponse({ status: 304, description: 'Not modified: the ETag sent is still current' }),
        ]
      : []),
  );
