import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { ApiIfMatch, IfMatch } from '../common/decorators/if-match.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import type { EntityTagCondition } from '../common/http/entity-tag.js';
import { setListHeaders } from '../common/http/list-response.js';
import { Representation } from '../common/http/representation.decorator.js';
import { BatchUsersDto } from './dto/batch-users.dto.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { USER_RESPONSE_FIELDS } from './user.mapper.js';
import type { UserListCriteria } from './user-list.criteria.js';
import { UserListQueryPipe } from './user-list-query.pipe.js';
import {
  ApiActivateUser,
  ApiCreateUser,
  ApiDeactivateUser,
  ApiDeleteUser,
  ApiGetUser,
  ApiListUsers,
  ApiPatchUser,
  ApiReplaceUser,
} from './users.openapi.js';
import { UsersBatchService } from './users-batch.service.js';
import { ApiBatchUsers } from './users-batch.openapi.js';
import { UsersService } from './users.service.js';

const USER = { fields: USER_RESPONSE_FIELDS };
const USER_LIST = { fields: USER_RESPONSE_FIELDS, items: 'users' };
const WRITE = { conditionalGet: false };

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly batch: UsersBatchService,
  ) {}

  @Get() @RequirePermission('users:read') @Representation(USER_LIST) @ApiListUsers()
  async list(@Query(UserListQueryPipe) criteria: UserListCriteria, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.users.list(criteria);
    setListHeaders(reply, (criteria.page - 1) * criteria.limit, page.users.length, page.pagination.total, !page.pagination.totalEstimated);
    return page;
  }

  @Post() @RequirePermission('users:create') @Representation(USER, WRITE) @ApiCreateUser()
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto, @Client() client: ClientInfo) {
    return this.users.create(actor, dto, client);
  }

  /** Each action also needs its own permission (`BATCH_ACTION_PERMISSIONS`), checked by the service. */
  @Post('batch') @HttpCode(200) @RequirePermission('users:update') @ApiBatchUsers()
  runBatch(@CurrentUser() actor: Actor, @Body() dto: BatchUsersDto, @Client() client: ClientInfo) {
    return this.batch.run(actor, dto, client);
  }

  /** Moderators and above see anyone; everybody sees themself (checked by the service). */
  @Get(':id') @Representation(USER) @ApiGetUser()
  get(@CurrentUser() actor: Actor, @Param('id') id: string) {
    return this.users.get(actor, id);
  }

  @Put(':id') @RequirePermission('users:update') @Representation(USER, WRITE) @ApiIfMatch() @ApiReplaceUser()
  replace(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
    @Client() client: ClientInfo,
    @IfMatch() ifMatch: EntityTagCondition | undefined,
  ) {
    return this.users.update(actor, id, dto, client, ifMatch);
  }

  @Patch(':id') @RequirePermission('users:update') @Representation(USER, WRITE) @ApiIfMatch() @ApiPatchUser()
  update(
    @CurrentUser() actor: Actor,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
    @Client() client: ClientInfo,
    @IfMatch() ifMatch: EntityTagCondition | undefined,
  ) {
    return this.users.update(actor, id, dto, client, ifMatch);
  }

  @Post(':id/deactivate') @HttpCode(200) @RequirePermission('users:update') @ApiDeactivateUser()
  deactivate(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.users.setActive(actor, id, false, client);
  }

  @Post(':id/activate') @HttpCode(200) @RequirePermission('users:update') @ApiActivateUser()
  activate(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.users.setActive(actor, id, true, client);
  }

  @Delete(':id') @RequirePermission('users:delete') @ApiDeleteUser()
  delete(@CurrentUser() actor: Actor, @Param('id') id: string, @Client() client: ClientInfo) {
    return this.users.delete(actor, id, client);
  }
}
