import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { ApiListOwnSessions, ApiListUserSessions, ApiRevokeOwnSession, ApiRevokeUserSession } from './sessions.openapi.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('account')
@Controller('users')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @RequirePermission('sessions:manage') @Get('me/sessions') @ApiListOwnSessions()
  listOwn(@CurrentUser() actor: Actor) {
    return this.sessions.listOwn(actor);
  }

  @RequirePermission('sessions:manage') @Delete('me/sessions/:sessionId') @HttpCode(200) @ApiRevokeOwnSession()
  revokeOwn(@CurrentUser() actor: Actor, @Param('sessionId') sessionId: string, @Client() client: ClientInfo) {
    return this.sessions.revokeOwn(actor, sessionId, client);
  }

  @RequirePermission('users:update') @Get(':id/sessions') @ApiListUserSessions()
  listForUser(@CurrentUser() actor: Actor, @Param('id') id: string) {
    return this.sessions.listForUser(actor, id);
  }

  @RequirePermission('users:update') @Delete(':id/sessions/:sessionId') @HttpCode(200) @ApiRevokeUserSession()
  revokeForUser(@CurrentUser() actor: Actor, @Param('id') id: string, @Param('sessionId') sessionId: string, @Client() client: ClientInfo) {
    return this.sessions.revokeForUser(actor, id, sessionId, client);
  }
}
