import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { entityTagOfJson, ifNoneMatchHolds, parseEntityTagCondition } from './entity-tag.js';
import { parseFieldSelection, selectFields } from './field-selection.js';

export const REPRESENTATION = 'http:representation';

export interface RepresentationOptions {
  /** The fields `?fields=` may name, in the order the answer lists them. */
  fields: readonly string[];
  /** For a list answer wrapped in an object: the key holding the items (`users`); a bare array needs none. */
  items?: string;
}

const CACHE_CONTROL = 'private, no-cache';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Applied by `@Representation()`: validates `?fields=` before the handler runs, then tags the
 * full answer with an `ETag`, answers 304 when the client's `If-None-Match` copy is current, and
 * projects the answer onto the selected fields. One place for all of it, so handlers stay one line.
 */
@Injectable()
export class RepresentationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<RepresentationOptions>(REPRESENTATION, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest<{ Querystring: { fields?: unknown } }>>();
    const reply = http.getResponse<FastifyReply>();
    const selection = parseFieldSelection(request.query?.fields, options.fields);

    return next.handle().pipe(
      map((body: unknown) => {
        if (body === null || typeof body !== 'object') return body;
        const json = JSON.stringify(body);
        const etag = entityTagOfJson(json, selection);
        void reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
        const readOnly = request.method === 'GET' || request.method === 'HEAD';
        if (readOnly && ifNoneMatchHolds(parseEntityTagCondition(request.headers['if-none-match']), etag)) {
          void reply.status(304);
          return undefined;
        }
        if (selection) return this.project(body, selection, options.items);
        // Already serialised for the tag: sent as is, not serialised a second time.
        void reply.type(JSON_TYPE);
        return json;
      }),
    );
  }

  private project(body: object, selection: readonly string[], items: string | undefined): object {
    if (Array.isArray(body)) return body.map((item: object) => selectFields(item, selection));
    if (!items) return selectFields(body, selection);
    const list = (body as Record<string, unknown>)[items];
    if (!Array.isArray(list)) return body;
    return { ...body, [items]: list.map((item: object) => selectFields(item, selection)) };
  }
}
