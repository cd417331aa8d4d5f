import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { setListHeaders } from '../common/http/list-response.js';
import { NewRequestCodeDto, ResendEmailDto } from './dto/verification-requests.dto.js';
import { parseVerificationRequestQuery } from './verification-request.query.js';
import { ApiListVerificationRequests, ApiNewRequestCodes, ApiResendVerificationEmails } from './verification-requests.openapi.js';
import { VerificationRequestsService } from './verification-requests.service.js';

@ApiTags('verification requests')
@Controller('users/verification-requests')
@RequirePermission('verification:manage')
export class VerificationRequestsController {
  constructor(private readonly requests: VerificationRequestsService) {}

  @Get() @ApiListVerificationRequests()
  async list(@Query() query: Record<string, string | string[]>, @Res({ passthrough: true }) reply: FastifyReply) {
    const { data, total, offset } = await this.requests.list(parseVerificationRequestQuery(query ?? {}));
    setListHeaders(reply, offset, data.length, total);
    return { data, total };
  }

  @Post('resend-email') @HttpCode(200) @ApiResendVerificationEmails()
  resendEmail(@CurrentUser() actor: Actor, @Body() dto: ResendEmailDto) {
    return this.requests.resendEmail(actor, dto.emails);
  }

  @Post('new-request-code') @HttpCode(200) @ApiNewRequestCodes()
  newRequestCode(@CurrentUser() actor: Actor, @Body() dto: NewRequestCodeDto) {
    return this.requests.newRequestCode(actor, dto);
  }
}
