import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ActivityLogService } from './activity-log.service.js';
import { ActivityController } from './activity.controller.js';

/** The HTTP side of the activity log (`GET /users/:id/activity`); recording lives in the global ActivityModule. */
@Module({
  imports: [UsersModule],
  controllers: [ActivityController],
  providers: [ActivityLogService],
})
export class ActivityLogModule {}
