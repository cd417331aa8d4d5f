import type { Role } from './roles.js';

export const PERMISSIONS = [
  'profile:read',
  'profile:update',
  'password:change',
  'sessions:manage',
  'account:export',
  'account:delete',
  'users:read',
  'users:create',
  'users:update',
  'users:delete',
  'users:activity',
  'users:invite',
  'users:export',
  'stats:read',
  'metrics:read',
  'verification:manage',
  'admins:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OWN_ACCOUNT: Permission[] = ['profile:read', 'password:change', 'sessions:manage', 'account:export', 'account:delete'];
const USER: Permission[] = [...OWN_ACCOUNT, 'profile:update'];
const MODERATOR: Permission[] = [...USER, 'users:read', 'stats:read'];
const ADMIN: Permission[] = [
  ...MODERATOR,
  'users:create',
  'users:update',
  'users:delete',
  'users:activity',
  'users:invite',
  'users:export',
  'metrics:read',
  'verification:manage',
];

/**
 * The policy table: what each role may do. Every permission check in the service reads it.
 * The rule that admins may not act on admins or super admins is enforced by the services on
 * top of it, since it depends on the target as well as the caller.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: OWN_ACCOUNT,
  user: USER,
  moderator: MODERATOR,
  admin: ADMIN,
  super_admin: [...ADMIN, 'admins:manage'],
};

export function permissionsOf(roles: readonly string[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const permission of ROLE_PERMISSIONS[role as Role] ?? []) granted.add(permission);
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role as Role]?.includes(permission));
}
