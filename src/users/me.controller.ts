import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { UpdateMeDto } from './dto/update-me.dto.js';
import { UsersService } from './users.service.js';

@Controller('users/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get() @RequirePermission('profile:read')
  get(@CurrentUser() actor: Actor) {
    return this.users.me(actor);
  }

  @Put() @RequirePermission('profile:update')
  replace(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto, @Client() client: ClientInfo) {
    return this.users.updateMe(actor, dto, client);
  }

  @Patch() @RequirePermission('profile:update')
  update(@CurrentUser() actor: Actor, @Body() dto: UpdateMeDto, @Client() client: ClientInfo) {
    return this.users.updateMe(actor, dto, client);
  }
}
