import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import { setListHeaders } from '../common/http/list-response.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import type { UserListCriteria } from './user-list.criteria.js';
import { UserListQueryPipe } from './user-list-query.pipe.js';
import { UsersService } from './users.service.js';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get() @RequirePermission('users:read')
  async list(@Query(UserListQueryPipe) criteria: UserListCriteria, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.users.list(criteria);
    setListHeaders(reply, (criteria.page - 1) * criteria.limit, page.users.length, page.pagination.total, !page.pagination.totalEstimated);
    return page;
  }

  @Post() @RequirePermission('users:create')
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto, @Client() client: ClientInfo) {
    return this.users.create(actor, dto, client);
  }

  /** Moderators and above see anyone; everybody sees themself (checked by the service). */
  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param('id') id: string) {
    return this.users.get(actor, id);
  }

  @Put(':id') @RequirePermission('users:update')
  replace(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: UpdateUserDto, @Client() client: ClientInfo) {
    return this.users.update(actor, id, dto, client);
  }

  @Patch(':id') @RequirePermission('users:update')
  update(@CurrentUser() actor: Actor, @Param('id') id: string, @Body() dto: UpdateUserDto, @Client() client: ClientInfo) {
    return this.users.update(actor, id, dto, client);
  }

  @Post(':id/deactivate') @HttpCode(200) @RequirePermission('users:update')
  deactivate(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.users.setActive(actor, id, false, client);
  }

  @Post(':id/activate') @HttpCode(200) @RequirePermission('users:update')
  activate(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.users.setActive(actor, id, true, client);
  }

  @Delete(':id') @RequirePermission('users:delete')
  delete(@CurrentUser() actor: Actor, @Param('id') id: string) {
    return this.users.delete(actor, id);
  }
}
