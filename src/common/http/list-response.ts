import type { FastifyReply } from 'fastify';
import type { PaginationDto } from '../../docs/dto/pagination.dto.js';

/** Declared once, as the documented DTO. */
export type Pagination = PaginationDto;

export function paginationOf(page: number, limit: number, total: number): Pagination {
  const totalPages = Math.ceil(total / limit);
  return { page, limit, total, totalPages, hasNext: page < totalPages, hasPrev: page > 1 };
}

/**
 * `X-Total-Count` and `Content-Range: items 0-9/42` (react-admin style dashboards read them);
 * `items *\/42` when the page is empty.
 */
export function setListHeaders(reply: FastifyReply, offset: number, count: number, total: number): void {
  const range = count > 0 ? `items ${offset}-${offset + count - 1}/${total}` : `items */${total}`;
  void reply.header('x-total-count', String(total)).header('content-range', range).header('accept-ranges', 'items');
}
