import { Errors } from '../errors/domain-error.js';
import { isPrivileged, isSuperAdmin } from './roles.js';

/**
 * The target half of the policy: an admin may act on users, but only a super admin may act on an
 * admin or a super admin. Acting on oneself is always allowed here (the route's permission decides).
 */
export function assertMayActOn(actor: { id: string; roles: readonly string[] }, target: { id: string; roles: readonly string[] }): void {
  if (actor.id === target.id) return;
  if (isPrivileged(target.roles) && !isSuperAdmin(actor.roles)) {
    throw Errors.forbidden('Only a super admin may act on an admin or super admin');
  }
}
