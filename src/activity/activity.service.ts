import { Injectable } from '@nestjs/common';
import type { ClientInfo } from '../common/decorators/client-info.decorator.js';
import type { ActivityType } from './activity-types.js';
import { ActivityRepository } from './activity.repository.js';

export interface ActivityEvent {
  /** The account the entry is about. */
  userId: string;
  /** Who acted, when not the user themself (an admin acting on someone). */
  actorId?: string | null;
  type: ActivityType;
  description: string;
  metadata?: Record<string, unknown>;
  client?: ClientInfo;
}

/** Records what happened to an account; call it inside the transaction of the change it records. */
@Injectable()
export class ActivityService {
  constructor(private readonly activity: ActivityRepository) {}

  async record(event: ActivityEvent): Promise<void> {
    await this.activity.add({
      userId: event.userId,
      actorId: event.actorId && event.actorId !== event.userId ? event.actorId : null,
      type: event.type,
      description: event.description,
      metadata: event.metadata,
      ip: event.client?.ip ?? null,
      userAgent: event.client?.userAgent ?? null,
    });
  }
}
