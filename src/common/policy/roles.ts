/** Roles, lowest to highest. */
export const ROLES = ['viewer', 'user', 'moderator', 'admin', 'super_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles only a super admin may grant, remove, or act upon. */
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'super_admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPrivileged(roles: readonly string[]): boolean {
  return roles.some((role) => (PRIVILEGED_ROLES as readonly string[]).includes(role));
}

export function isSuperAdmin(roles: readonly string[]): boolean {
  return roles.includes('super_admin');
}
