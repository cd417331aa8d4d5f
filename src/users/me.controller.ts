import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Client, type ClientInfo } from '../common/decorators/client-info.decorator.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { ApiIfMatch, IfMatch } from '../common/decorators/if-match.decorator.js';
import { RequirePermission } from '../common/decorators/require-permission.decorator.js';
import type { EntityTagCondition } from '../common/http/entity-tag.js';
import { Representation } from '../common/http/representation.decorator.js';
import { UpdateMeDto } from './dto/update-me.dto.js';
import { CURRENT_USER_RESPONSE_FIELDS } from './user.mapper.js';
import { ApiGetMe, ApiPatchMe, ApiReplaceMe } from './users.openapi.js';
import { UsersService } from './users.service.js';

const ME = { fields: CURRENT_USER_RESPONSE_FIELDS };

@ApiTags('account')
@Controller('users/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get() @RequirePermission('profile:read') @Representation(ME) @ApiGetMe()
  get(@CurrentUser() actor: Actor) {
    return this.users.me(actor);
  }

  @Put() @RequirePermission('profile:update') @Representation(ME, { conditionalGet: false }) @ApiIfMatch() @ApiReplaceMe()
  replace(
    @CurrentUser() actor: Actor,
    @Body() dto: UpdateMeDto,
    @Client() client: ClientInfo,
    @IfMatch() ifMatch: EntityTagCondition | undefined,
  ) {
    return this.users.updateMe(actor, dto, client, ifMatch);
  }

  @Patch() @RequirePermission('profile:update') @Representation(ME, { conditionalGet: false }) @ApiIfMatch() @ApiPatchMe()
  update(
    @CurrentUser() actor: Actor,
    @Body() dto: UpdateMeDto,
    @Client() client: ClientInfo,
    @IfMatch() ifMatch: EntityTagCondition | undefined,
  ) {
    return this.users.updateMe(actor, dto, client, ifMatch);
  }
}
