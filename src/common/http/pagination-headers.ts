import type { FastifyReply } from 'fastify';

/**
 * `X-Total-Count` and `Content-Range: items 0-9/42` (seed 003, as react-admin reads them) on
 * every list answer. CORS exposes both to browsers.
 */
export function setPaginationHeaders(reply: FastifyReply, page: { page: number; limit: number; total: number }, count: number): void {
  const start = (page.page - 1) * page.limit;
  const range = count > 0 ? `${start}-${start + count - 1}` : '*';
  void reply.header('x-total-count', String(page.total)).header('content-range', `items ${range}/${page.total}`).header('accept-ranges', 'items');
}
