import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors/domain-error.js';
import { IS_PUBLIC, OPTIONAL_AUTH } from '../decorators/public.decorator.js';

/**
 * Global: every route needs a valid access token unless marked `@Public()`. Public routes never
 * look at the `Authorization` header, so `Bearer undefined` from a client does no harm; routes
 * marked `@OptionalAuth()` use a valid token when there is one.
 */
@Injectable()
export class AccessTokenGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH, targets)) {
      const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
      if (!header?.startsWith('Bearer ')) return true;
      try {
        await super.canActivate(context);
      } catch {
        // An unusable token on an optional route is the same as none.
      }
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error) throw error;
    if (!user) {
      const reason = info as { name?: string; message?: string } | undefined;
      if (reason?.name === 'TokenExpiredError') throw Errors.invalidToken('Access token expired');
      if (reason?.message === 'No auth token') throw Errors.authenticationRequired();
      throw Errors.invalidToken('Invalid access token');
    }
    return user;
  }
}
