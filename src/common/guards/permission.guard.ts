import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Errors } from '../errors/domain-error.js';
import { REQUIRED_PERMISSION } from '../decorators/require-permission.decorator.js';
import type { AuthenticatedRequest } from '../http/authenticated-request.js';
import { hasPermission, type Permission } from '../policy/permissions.js';

/** Global, after the access-token guard: checks `@RequirePermission()` against the policy table. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) return true;
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!actor) throw Errors.authenticationRequired();
    if (!hasPermission(actor.roles, permission)) throw Errors.forbidden();
    return true;
  }
}
