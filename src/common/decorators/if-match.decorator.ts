import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrorDto } from '../../docs/dto/api-error.dto.js';
import { parseEntityTagCondition } from '../http/entity-tag.js';

/** The request's `If-Match` condition, or `undefined`; the service checks it under the row lock. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseEntityTagCondition(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** OpenAPI: the route honours `If-Match` and answers 412 when the resource changed meanwhile. */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag read earlier (or `*`): the write only happens if the user is unchanged' }),
    ApiResponse({ status: 412, description: 'The user changed since the ETag was read (code `PRECONDITION_FAILED`)', type: ApiErrorDto }),
  );
