import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { UpdateMeDto } from './dto/update-me.dto.js';
import { ApiGetMe, ApiPatchMe, ApiReplaceMe } from './users.openapi.js';
import { UsersService } from './users.service.js';

@ApiTags('account')
@Controller('users/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get() @RequirePermission('profile:read') @ApiGetMe()
  get(@CurrentUser() actor: Actor) {
    return this.users.me(actor);
  }

  @Put() @RequirePermission('profile:update') @ApiReplaceMe()
  replace(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto, @Client() client: ClientInfo) {
    return this.users.updateMe(actor, dto, client);
  }

  @Patch() @RequirePermission('profile:update') @ApiPatchMe()
  update(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto, @Client() client: ClientInfo) {
    return this.users.updateMe(actor, dto, client);
  }
}
