import type { FastifyReply } from 'fastify';
import type { PaginationDto } from '../../docs/dto/pagination.dto.js';

/** Declared once, as the documented DTO. */
export type Pagination = PaginationDto;

export function paginationOf(page: number, limit: number, total: number): Pagination {
  const totalPages = Math.ceil(total / limit);
  return { page, limit, total, totalPages, hasNext: page < totalPages, hasPrev: page > 1 };
}

/** A page whose total is an estimate: whether another page follows is known from the rows themselves. */
export function estimatedPaginationOf(page: number, limit: number, total: number, hasNext: boolean): Pagination {
  return { page, limit, total, totalPages: Math.max(Math.ceil(total / limit), hasNext ? page + 1 : page), hasNext, hasPrev: page > 1, totalEstimated: true };
}

/**
 * `X-Total-Count` and `Content-Range: items 0-9/42` (react-admin style dashboards read them);
 * `items *\/42` when the page is empty. An estimated total is an unknown length to Content-Range
 * (`items 0-9/*`); X-Total-Count carries the estimate.
 */
export function setListHeaders(reply: FastifyReply, offset: number, count: number, total: number, totalExact = true): void {
  const length = totalExact ? String(total) : '*';
  const range = count > 0 ? `items ${offset}-${offset + count - 1}/${length}` : `items */${length}`;
  void reply.header('x-total-count', String(total)).header('content-range', range).header('accept-ranges', 'items');
}
