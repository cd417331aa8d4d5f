/** One signed-in session (a refresh-token family) of a user. */
export class SessionResponseDto {
  /** @example "3b9d6c1e-8f2a-4e57-a1c0-5d2e9f7b4a61" */
  id: string;
  /**
   * A short label derived from the user agent.
   * @example "Chrome on macOS"
   */
  device: string;
  /** @example "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36" */
  userAgent: string | null;
  /** @example "203.0.113.7" */
  ip: string | null;
  /** @example "2024-01-15T10:30:00.000Z" */
  createdAt: string;
  /** @example "2024-01-15T11:00:00.000Z" */
  lastUsedAt: string;
  /** @example "2024-01-22T10:30:00.000Z" */
  expiresAt: string;
  /**
   * Whether this is the session of the access token making the request.
   * @example true
   */
  current: boolean;
}
