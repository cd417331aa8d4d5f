/** Sign-ups on one UTC day. */
export class DailySignupsDto {
  /** @example "2024-01-15" */
  date: string;
  /** @example 12 */
  count: number;
}

/** `GET /users/metrics`: seed 003's dashboard numbers, in our terms. */
export class UserMetricsResponseDto {
  /** @example 25 */
  createdThisMonth: number;
  /** @example 150 */
  createdThisYear: number;
  /** The last 30 UTC days, today included, days without sign-ups included. */
  signupsLast30Days: DailySignupsDto[];
  /** @example 15 */
  unverified: number;
  /** @example 8 */
  inactive: number;
  /** @example 1 */
  blocked: number;
  /** @example 0 */
  locked: number;
  /** @example 40 */
  activeLast24h: number;
  /** @example 95 */
  activeLast7d: number;
  /** @example 130 */
  activeLast30d: number;
  /** @example 150 */
  total: number;
  /** @example "2024-01-15T10:30:00.000Z" */
  generatedAt: string;
}
