import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { setListHeaders } from '../common/http/list-response.js';
import { InvitationQueryDto } from './dto/invitation-query.dto.js';
import { InviteUserDto } from './dto/invite-user.dto.js';
import { ApiInvite, ApiListInvitations, ApiResendInvitation, ApiRevokeInvitation } from './invitations.openapi.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('invitations')
@Controller('users')
@RequirePermission('users:invite')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('invite') @ApiInvite()
  invite(@CurrentUser() actor: Actor, @Body() dto: InviteUserDto, @Client() client: ClientInfo) {
    return this.invitations.invite(actor, dto, client);
  }

  @Get('invitations') @ApiListInvitations()
  async list(@Query() query: InvitationQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { invitations, pagination, offset } = await this.invitations.list(query);
    setListHeaders(reply, offset, invitations.length, pagination.total);
    return { invitations, pagination };
  }

  @Delete('invitations/:id') @HttpCode(200) @ApiRevokeInvitation()
  revoke(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.invitations.revoke(actor, id, client);
  }

  @Post('invitations/:id/resend') @HttpCode(200) @ApiResendInvitation()
  resend(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.invitations.resend(actor, id, client);
  }
}
