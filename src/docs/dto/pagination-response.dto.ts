import type { Pagination } from '../../common/http/list-response.js';

export class PaginationResponseDto implements Pagination {
  /** @example 1 */
  page: number;
  /** @example 10 */
  limit: number;
  /** @example 42 */
  total: number;
  /** @example 5 */
  totalPages: number;
  hasNext: boolean;
  hasPrev: boolean;
}
