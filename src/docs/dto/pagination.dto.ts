/** The `pagination` object of every paged list (seed 000). */
export class PaginationDto {
  /** @example 1 */
  page: number;
  /** @example 10 */
  limit: number;
  /** @example 25 */
  total: number;
  /** @example 3 */
  totalPages: number;
  /** @example true */
  hasNext: boolean;
  /** @example false */
  hasPrev: boolean;
  /** Present, and true, when `total` is the planner's estimate (more than 1,000 matches) rather than a count. */
  totalEstimated?: true;
}
