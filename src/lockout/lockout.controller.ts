import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ApiUnlockUser } from './lockout.openapi.js';
import { LockoutService } from './lockout.service.js';

@Controller('users')
export class LockoutController {
  constructor(private readonly lockout: LockoutService) {}

  /** Lifts a brute-force lock; admins may not unlock admins or super admins (403). */
  @Post(':id/unlock') @HttpCode(200) @RequirePermission('users:update') @ApiUnlockUser()
  unlock(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.lockout.unlock(actor, id, client);
  }
}
