import type { Role } from '../../common/policy/roles.js';

/** Users holding each role (a user with two roles counts in both). */
export class UsersByRoleDto implements Record<Role, number> {
  /** @example 0 */
  viewer: number;
  /** @example 140 */
  user: number;
  /** @example 0 */
  moderator: number;
  /** @example 8 */
  admin: number;
  /** @example 2 */
  super_admin: number;
}

/** `GET /users/stats` (seed 000). */
export class UserStatsDto {
  /** @example 150 */
  totalUsers: number;
  /** @example 142 */
  activeUsers: number;
  /** @example 135 */
  verifiedUsers: number;
  usersByRole: UsersByRoleDto;
}
