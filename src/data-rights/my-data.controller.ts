import { Body, Controller, Delete, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { originOf } from '../common/http/request-origin.js';
import { AuthRateLimited } from '../rate-limit/rate-limit.decorators.js';
import { AccountDataService } from './account-data.service.js';
import { ApiDeleteOwnAccount, ApiExportOwnData } from './data-rights.openapi.js';
import { DeleteAccountDto } from './dto/delete-account.dto.js';

@ApiTags('data rights')
@Controller('users/me')
export class MyDataController {
  constructor(private readonly accountData: AccountDataService) {}

  @RequirePermission('account:export') @Get('export') @ApiExportOwnData()
  async export(@CurrentUser() actor: Actor, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-disposition', 'attachment; filename="my-data.json"').header('cache-control', 'no-store');
    return this.accountData.export(actor, originOf(request));
  }

  /** Password-checked, hence rate limited like sign-in. */
  @RequirePermission('account:delete') @AuthRateLimited() @Delete() @HttpCode(200) @ApiDeleteOwnAccount()
  delete(@CurrentUser() actor: Actor, @Body() dto: DeleteAccountDto) {
    return this.accountData.deleteOwn(actor, dto);
  }
}
