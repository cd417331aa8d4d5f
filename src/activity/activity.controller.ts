import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentUser } from '../common/decorators/current-user.decorator.js';
import { setListHeaders } from '../common/http/list-response.js';
import { ActivityLogService } from './activity-log.service.js';
import { ApiListActivity } from './activity.openapi.js';
import { ActivityQueryDto } from './dto/activity-query.dto.js';

@ApiTags('users')
@Controller('users')
export class ActivityController {
  constructor(private readonly activityLog: ActivityLogService) {}

  /** The user themself, or admins (`users:activity`); checked in the service since it depends on the target. */
  @Get(':id/activity') @ApiListActivity()
  async list(@CurrentUser() actor: Actor, @Param('id') id: string, @Query() query: ActivityQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { activities, pagination, offset } = await this.activityLog.list(actor, id, query);
    setListHeaders(reply, offset, activities.length, pagination.total);
    return { activities, pagination };
  }
}
