import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { Public } from '../common/decorators/public.decorator.js';
import { AuthRateLimited } from '../rate-limit/rate-limit.decorators.js';
import { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { ApiAcceptInvitation } from './invitations.openapi.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('auth')
@Controller('auth')
export class AcceptInvitationController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public() @AuthRateLimited() @Post('accept-invitation') @HttpCode(200) @ApiAcceptInvitation()
  accept(@Body() dto: AcceptInvitationDto, @Client() client: ClientInfo) {
    return this.invitations.accept(dto, client);
  }
}
