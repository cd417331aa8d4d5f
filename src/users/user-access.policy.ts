import type { Actor } from '../auth/actor.js';
import { Errors } from '../common/errors/domain-error.js';
import { PRIVILEGED_ROLES, isPrivileged, isSuperAdmin } from '../common/policy/roles.js';
import type { UserRecord } from './user.record.js';
import { UsersMessages } from './users.messages.js';

/**
 * The rules that depend on the target as well as the caller, on top of the policy table:
 * only a super admin acts on admins and super admins, or grants and removes those roles.
 */
export function assertMayManage(actor: Actor, target: Pick<UserRecord, 'roles'>): void {
  if (isPrivileged(target.roles) && !isSuperAdmin(actor.roles)) throw Errors.forbidden(UsersMessages.cannotActOnAdmin);
}

export function assertMayAssignRoles(actor: Actor, before: readonly string[], after: readonly string[]): void {
  if (isSuperAdmin(actor.roles)) return;
  const changed = PRIVILEGED_ROLES.some((role) => before.includes(role) !== after.includes(role));
  if (changed) throw Errors.forbidden(UsersMessages.onlySuperAdminGrants);
}
