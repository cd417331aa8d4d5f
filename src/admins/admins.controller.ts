import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { Representation } from '../common/http/representation.decorator.js';
import { ADMIN_RESPONSE_FIELDS } from '../users/user.mapper.js';
import { ApiBlockAdmin, ApiCreateAdmin, ApiDeleteAdmin, ApiListAdmins, ApiUnblockAdmin } from './admins.openapi.js';
import { AdminsService } from './admins.service.js';
import { CreateAdminDto } from './dto/create-admin.dto.js';

@ApiTags('admins')
@Controller('users/admins')
@RequirePermission('admins:manage')
export class AdminsController {
  constructor(private readonly admins: AdminsService) {}

  @Get() @Representation({ fields: ADMIN_RESPONSE_FIELDS }) @ApiListAdmins()
  list() {
    return this.admins.list();
  }

  @Post() @HttpCode(200) @ApiCreateAdmin()
  create(@CurrentUser() actor: Actor, @Body() dto: CreateAdminDto, @Client() client: ClientInfo) {
    return this.admins.create(actor, dto, client);
  }

  @Delete(':id') @ApiDeleteAdmin()
  delete(@Param('id') id: string) {
    return this.admins.delete(id);
  }

  @Post(':id/block') @HttpCode(200) @ApiBlockAdmin()
  block(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.admins.block(actor, id, client);
  }

  @Post(':id/unblock') @HttpCode(200) @ApiUnblockAdmin()
  unblock(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.admins.unblock(actor, id, client);
  }
}
