import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Errors } from '../common/errors/domain-error.js';
import { paginationOf, type Pagination } from '../common/http/list-response.js';
import { hasPermission } from '../common/policy/permissions.js';
import { UserRepository } from '../users/user.repository.js';
import { toActivityResponse, type ActivityResponse } from './activity.mapper.js';
import { ActivityRepository } from './activity.repository.js';
import type { ActivityQueryDto } from './dto/activity-query.dto.js';

export const ACTIVITY_PAGE_DEFAULT = 50;

export interface ActivityPage {
  activities: ActivityResponse[];
  pagination: Pagination;
  offset: number;
}

/** Reading a user's activity log: the user themself, or anyone holding `users:activity`. */
@Injectable()
export class ActivityLogService {
  constructor(
    private readonly activity: ActivityRepository,
    private readonly users: UserRepository,
  ) {}

  async list(actor: Actor, userId: string, query: ActivityQueryDto): Promise<ActivityPage> {
    if (actor.id !== userId && !hasPermission(actor.roles, 'users:activity')) throw Errors.forbidden();
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from > to) throw Errors.badRequest('from', 'from must not be after to');
    if (!(await this.users.findById(userId))) throw Errors.userNotFound();
    const page = query.page ?? 1;
    const limit = query.limit ?? ACTIVITY_PAGE_DEFAULT;
    const { rows, total } = await this.activity.list({ userId, type: query.type, from, to, page, limit });
    return { activities: rows.map(toActivityResponse), pagination: paginationOf(page, limit, total), offset: (page - 1) * limit };
  }
}
